"""Write annotations/wiki3/wiki_dev3.txt and wiki_dev4.txt: two more development texts (2026-12-02), the
sentences of the second held-out set's pool that its draw did not take. Sentences of Stockmark's Japanese
Wikipedia NER dataset (benchmarks/ner-wikipedia-ja/ner.json, CC BY-SA 3.0, Stockmark Inc. and the authors of
Japanese Wikipedia).

Selection, fixed and independent of kiroku's rules:
- the pool of annotations/heldout2/make_text.py (test split only, records[4274:]; a 法人名, その他の組織名 or
  イベント名 but no 政治的組織名; a year), minus the 110 sentences its draw (random.seed(20261204)) took;
- the remaining sentences shuffled with random.seed(20261205); the first half is wiki_dev3, the second wiki_dev4.
Only the held-out set's selection code is reused; none of its text or gold is read.
One sentence per paragraph (a blank line between); `<stem>.sources.tsv` gives each sentence's offsets and
Wikipedia curid (attribution).

    .venv/bin/python annotations/wiki3/make_text.py
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANN = HERE.parent
sys.path.insert(0, str(ANN / "tools"))

import wiki_sentences as ws  # noqa: E402

SEED = 20261205


def main() -> None:
    h2 = ws.load_module(ANN / "heldout2" / "make_text.py")
    rows = ws.records()
    candidates = h2.pool(rows)
    random.seed(h2.SEED)
    drawn = {id(r) for r in random.sample(candidates, h2.N)}
    rest = [r for r in candidates if id(r) not in drawn]
    random.seed(SEED)
    random.shuffle(rest)
    half = (len(rest) + 1) // 2
    for stem, part in (("wiki_dev3", rest[:half]), ("wiki_dev4", rest[half:])):
        n_chars = ws.write_sentences(part, HERE, stem)
        print(f"{stem}: {len(part)} sentences, {n_chars} chars")


if __name__ == "__main__":
    main()
