"""Write annotations/heldout3/wiki_h3a.txt and wiki_h3b.txt: the texts of the third held-out set (2026-12-02),
sentences drawn from Stockmark's Japanese Wikipedia NER dataset (benchmarks/ner-wikipedia-ja/ner.json,
CC BY-SA 3.0, Stockmark Inc. and the authors of Japanese Wikipedia).

Selection, fixed and independent of kiroku's rules (the dataset's entity types and a year only):
- only the train/dev part of the dataset, records[:4274] (models/ner/README.md). kiroku's NER head trained on
  these sentences, so this set's entity scores are optimistic; it is drawn to measure events (who did what),
  which no kiroku component learnt from;
- every such sentence whose dataset gold holds a 法人名, その他の組織名 or イベント名 but no 政治的組織名, and
  whose text holds a year (`\\d+年`). No 政治的組織名 keeps the pool disjoint from the one the first held-out set and
  the first two development sets were drawn from (annotations/tools/wiki_sentences.pool); the train/dev part keeps
  it disjoint from the second held-out set's and wiki_dev3/4's (test split only);
- 140 of them drawn with random.seed(20261206), kept in the draw's order: the first 70 are wiki_h3a, the
  other 70 wiki_h3b.
One sentence per paragraph (a blank line between); `<stem>.sources.tsv` gives each sentence's offsets and
Wikipedia curid (attribution).

    .venv/bin/python annotations/heldout3/make_text.py
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "annotations" / "tools"))

import wiki_sentences as ws  # noqa: E402

SEED, N = 20261206, 140


def pool(rows: list[dict]) -> list[dict]:
    return ws.org_pool(rows, "train")


def drawn(rows: list[dict]) -> list[dict]:
    candidates = pool(rows)
    random.seed(SEED)
    return random.sample(candidates, N)


def main() -> None:
    rows = ws.records()
    candidates = pool(rows)
    taken = {id(r) for r in ws.pool(rows)}
    assert not any(id(r) in taken for r in candidates)
    picked = drawn(rows)
    half = N // 2
    for stem, part in (("wiki_h3a", picked[:half]), ("wiki_h3b", picked[half:])):
        n_chars = ws.write_sentences(part, HERE, stem)
        print(f"{stem}: {len(part)} sentences of {len(candidates)} in the pool, {n_chars} chars")


if __name__ == "__main__":
    main()
