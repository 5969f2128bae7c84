"""Write annotations/wiki5/wiki_dev7.txt and wiki_dev8.txt: two more development texts (2026-12-03), drawn before
anything was fitted to them, so that their first scoring measures how kiroku's rules carry to unseen text.
Sentences of Stockmark's Japanese Wikipedia NER dataset (benchmarks/ner-wikipedia-ja/ner.json, CC BY-SA 3.0,
Stockmark Inc. and the authors of Japanese Wikipedia).

- wiki_dev7: 70 sentences whose dataset gold holds a 政治的組織名 but whose text holds no year (`\\d+年`), so the
  pool is disjoint from the one the first held-out set and annotations/wiki/ were drawn from (a 政治的組織名 and a
  year); both splits of the dataset.
- wiki_dev8: 70 sentences of the third held-out set's pool (annotations/heldout3/make_text.py: train/dev part; a
  法人名, その他の組織名 or イベント名 but no 政治的組織名; a year), minus the sentences the third held-out set and
  annotations/wiki4/ drew.
Both drawn with random.seed(20261208). Only the other sets' selection code is reused; none of their text or gold
is read.

    .venv/bin/python annotations/wiki5/make_text.py
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANN = HERE.parent
sys.path.insert(0, str(ANN / "tools"))

import wiki_sentences as ws  # noqa: E402

SEED, N = 20261208, 70


def political_without_year(rows: list[dict]) -> list[dict]:
    return [r for r in rows if any(e["type"] == "政治的組織名" for e in r["entities"])
            and not re.search(r"\d+年", r["text"])]


def org_rest(rows: list[dict]) -> list[dict]:
    h3 = ws.load_module(ANN / "heldout3" / "make_text.py")
    w4 = ws.load_module(ANN / "wiki4" / "make_text.py")
    taken = {id(r) for r in h3.drawn(rows)}
    rest = [r for r in h3.pool(rows) if id(r) not in taken]
    random.seed(w4.SEED)
    taken |= {id(r) for r in random.sample(rest, w4.N)}
    return [r for r in h3.pool(rows) if id(r) not in taken]


def main() -> None:
    rows = ws.records()
    for stem, pool in (("wiki_dev7", political_without_year(rows)), ("wiki_dev8", org_rest(rows))):
        random.seed(SEED)
        part = random.sample(pool, N)
        n_chars = ws.write_sentences(part, HERE, stem)
        print(f"{stem}: {len(part)} sentences of {len(pool)} in its pool, {n_chars} chars")


if __name__ == "__main__":
    main()
