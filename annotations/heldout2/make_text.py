"""Write annotations/heldout2/wiki_orgs.txt: the text of the second held-out set (2026-12-02), sentences
drawn from Stockmark's Japanese Wikipedia NER dataset (benchmarks/ner-wikipedia-ja/ner.json, CC BY-SA 3.0,
Stockmark Inc. and the authors of Japanese Wikipedia).

Selection, fixed and independent of kiroku's rules (the dataset's entity types and a year only):
- only the dataset's test split, records[4274:] (models/ner/README.md): kiroku's NER head never trained on
  these sentences, unlike most of the first held-out set's;
- every such sentence whose dataset gold holds a 法人名, その他の組織名 or イベント名 but no 政治的組織名, and
  whose text holds a year (`\\d+年`). No 政治的組織名 makes the pool disjoint from the one the first held-out
  set and both development sets were drawn from (annotations/tools/wiki_sentences.pool);
- 110 of them drawn with random.seed(20261204), kept in the draw's order.
One sentence per paragraph (a blank line between); `wiki_orgs.sources.tsv` gives each sentence's offsets and
Wikipedia curid (attribution).

    .venv/bin/python annotations/heldout2/make_text.py
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "annotations" / "tools"))

import wiki_sentences as ws  # noqa: E402

SEED, N = 20261204, 110


def pool(rows: list[dict]) -> list[dict]:
    return ws.org_pool(rows, "test")


def main() -> None:
    rows = ws.records()
    candidates = pool(rows)
    taken = {id(r) for r in ws.pool(rows)}
    assert not any(id(r) in taken for r in candidates)
    random.seed(SEED)
    picked = random.sample(candidates, N)
    n_chars = ws.write_sentences(picked, HERE, "wiki_orgs")
    print(f"{N} sentences of {len(candidates)} in the pool, {n_chars} chars")


if __name__ == "__main__":
    main()
