"""Write annotations/wiki6/wiki_dev9.txt and wiki_dev10.txt: two more development texts (2026-12-03, fourth
session), drawn before anything was fitted to them, so that their first scoring measures how kiroku's rules carry
to unseen text. Sentences of Stockmark's Japanese Wikipedia NER dataset (benchmarks/ner-wikipedia-ja/ner.json,
CC BY-SA 3.0, Stockmark Inc. and the authors of Japanese Wikipedia).

- wiki_dev9: 60 sentences of the third held-out set's pool (annotations/heldout3/make_text.py: train/dev part; a
  法人名, その他の組織名 or イベント名 but no 政治的組織名; a year), minus the sentences the third held-out set,
  annotations/wiki4/ and annotations/wiki5/ (wiki_dev8) drew.
- wiki_dev10: 60 sentences with a 政治的組織名 and no year (the pool of annotations/wiki5/ wiki_dev7), minus the
  sentences wiki_dev7 drew.
Both drawn with random.seed(20261209). Only the other sets' selection code is reused; none of their text or gold
is read.

    .venv/bin/python annotations/wiki6/make_text.py
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANN = HERE.parent
sys.path.insert(0, str(ANN / "tools"))

import wiki_sentences as ws  # noqa: E402

SEED, N = 20261209, 60


def _w5():
    return ws.load_module(ANN / "wiki5" / "make_text.py")


def org_rest(rows: list[dict]) -> list[dict]:
    w5 = _w5()
    rest = w5.org_rest(rows)
    random.seed(w5.SEED)
    taken = {id(r) for r in random.sample(rest, w5.N)}
    return [r for r in rest if id(r) not in taken]


def political_rest(rows: list[dict]) -> list[dict]:
    w5 = _w5()
    pool = w5.political_without_year(rows)
    random.seed(w5.SEED)
    taken = {id(r) for r in random.sample(pool, w5.N)}
    return [r for r in pool if id(r) not in taken]


def main() -> None:
    rows = ws.records()
    for stem, pool in (("wiki_dev9", org_rest(rows)), ("wiki_dev10", political_rest(rows))):
        random.seed(SEED)
        part = random.sample(pool, N)
        n_chars = ws.write_sentences(part, HERE, stem)
        print(f"{stem}: {len(part)} sentences of {len(pool)} in its pool, {n_chars} chars")


if __name__ == "__main__":
    main()
