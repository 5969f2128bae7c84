"""Write annotations/heldout/wiki_events.txt: the text of the held-out set of 2026-12-02 (second),
sentences drawn from Stockmark's Japanese Wikipedia NER dataset (benchmarks/ner-wikipedia-ja/ner.json,
CC BY-SA 3.0, Stockmark Inc. and the authors of Japanese Wikipedia).

Selection, fixed and independent of kiroku's rules: every sentence whose dataset gold holds a
政治的組織名 (political organisation: governments, parliaments, parties, ministries, international bodies)
and whose text holds a year (`\\d+年`); 110 of those 336 drawn with random.seed(20261202).
Each sentence is one paragraph (a blank line between), so no sentence runs into the next.
`wiki_events.sources.tsv` gives each sentence's offset and Wikipedia curid (attribution).

    .venv/bin/python annotations/heldout/make_text.py
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "annotations" / "tools"))

import wiki_sentences as ws  # noqa: E402

SEED, N = 20261202, 110


def main() -> None:
    pool = ws.pool(ws.records())
    random.seed(SEED)
    n_chars = ws.write_sentences(random.sample(pool, N), HERE, "wiki_events")
    print(f"{N} sentences of {len(pool)}, {n_chars} chars")


if __name__ == "__main__":
    main()
