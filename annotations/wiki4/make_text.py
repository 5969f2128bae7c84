"""Write annotations/wiki4/wiki_dev5.txt and wiki_dev6.txt: two more development texts (2026-12-02) from the
third held-out set's pool (annotations/heldout3/make_text.py: train/dev part of the dataset, records[:4274]; a
法人名, その他の組織名 or イベント名 but no 政治的組織名; a year), minus the 140 sentences that set drew.
Sentences of Stockmark's Japanese Wikipedia NER dataset (benchmarks/ner-wikipedia-ja/ner.json, CC BY-SA 3.0,
Stockmark Inc. and the authors of Japanese Wikipedia).

- 140 of the rest drawn with random.seed(20261207); the first 70 are wiki_dev5, the other 70 wiki_dev6.
kiroku's NER head trained on these sentences: entity scores on them are optimistic; they serve the event rules.
Only the held-out set's selection code is reused; none of its text or gold is read.

    .venv/bin/python annotations/wiki4/make_text.py
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANN = HERE.parent
sys.path.insert(0, str(ANN / "tools"))

import wiki_sentences as ws  # noqa: E402

SEED, N = 20261207, 140


def main() -> None:
    h3 = ws.load_module(ANN / "heldout3" / "make_text.py")
    rows = ws.records()
    taken = {id(r) for r in h3.drawn(rows)}
    rest = [r for r in h3.pool(rows) if id(r) not in taken]
    random.seed(SEED)
    picked = random.sample(rest, N)
    half = N // 2
    for stem, part in (("wiki_dev5", picked[:half]), ("wiki_dev6", picked[half:])):
        n_chars = ws.write_sentences(part, HERE, stem)
        print(f"{stem}: {len(part)} sentences of {len(rest)} left in the pool, {n_chars} chars")


if __name__ == "__main__":
    main()
