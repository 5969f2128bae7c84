"""Write annotations/wiki/wiki_dev.txt: the text of the Wikipedia development set of 2026-12-02,
sentences drawn from Stockmark's Japanese Wikipedia NER dataset (benchmarks/ner-wikipedia-ja/ner.json,
CC BY-SA 3.0, Stockmark Inc. and the authors of Japanese Wikipedia).

Selection: the pool of the held-out set (annotations/heldout/make_text.py: every sentence whose dataset
gold holds a 政治的組織名 and whose text holds a year, 336 in all) without the 110 sentences the held-out
set drew; 110 of the remaining 226 drawn with random.seed(20261203). Development gold: its errors may be
read and rules fitted to it; the held-out set stays blind. The pool's other sentences (neither held-out
nor drawn here) make a second development text, wiki_dev2.txt, in their order in the dataset. One sentence per paragraph (a blank line
between); `wiki_dev.sources.tsv` gives each sentence's offset and Wikipedia curid (attribution).

    .venv/bin/python annotations/wiki/make_text.py
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "annotations" / "tools"))

import wiki_sentences as ws  # noqa: E402

HELDOUT = HERE.parents[1] / "annotations" / "heldout"
SEED, N = 20261203, 110
# a second development text: every sentence of the pool left after the held-out set and wiki_dev.txt
SECOND = "wiki_dev2"


def main() -> None:
    pool = ws.pool(ws.records())
    held_text = (HELDOUT / "wiki_events.txt").read_text(encoding="utf-8")
    taken = {held_text[s:e] for s, e, _ in ws.read_sources(HELDOUT, "wiki_events")}
    rest = [r for r in pool if r["text"].strip() not in taken]
    random.seed(SEED)
    picked = random.sample(rest, N)
    n_chars = ws.write_sentences(picked, HERE, "wiki_dev")
    print(f"{N} sentences of {len(rest)} left ({len(pool)} in the pool), {n_chars} chars")
    chosen = {id(r) for r in picked}
    left = [r for r in rest if id(r) not in chosen]
    n_chars = ws.write_sentences(left, HERE, SECOND)
    print(f"{SECOND}: the other {len(left)} sentences, {n_chars} chars")


if __name__ == "__main__":
    main()
