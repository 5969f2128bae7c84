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

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = ROOT / "benchmarks" / "ner-wikipedia-ja" / "ner.json"
HELDOUT_SOURCES = ROOT / "annotations" / "heldout" / "wiki_events.sources.tsv"
SEED, N = 20261203, 110
# a second development text: every sentence of the pool left after the held-out set and wiki_dev.txt
SECOND = "wiki_dev2"


def main() -> None:
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    pool = [r for r in rows if any(e["type"] == "政治的組織名" for e in r["entities"]) and re.search(r"\d+年", r["text"])]
    held = HELDOUT_SOURCES.read_text(encoding="utf-8").splitlines()[1:]
    held_text = (ROOT / "annotations" / "heldout" / "wiki_events.txt").read_text(encoding="utf-8")
    taken = {held_text[int(s):int(e)] for s, e, _ in (line.split("\t") for line in held)}
    rest = [r for r in pool if r["text"].strip() not in taken]
    random.seed(SEED)
    picked = random.sample(rest, N)
    text, src = "", ["start\tend\tcurid"]
    for r in picked:
        s = r["text"].strip()
        src.append(f"{len(text)}\t{len(text) + len(s)}\t{r['curid']}")
        text += s + "\n\n"
    (HERE / "wiki_dev.txt").write_text(text, encoding="utf-8")
    (HERE / "wiki_dev.sources.tsv").write_text("\n".join(src) + "\n", encoding="utf-8")
    print(f"{N} sentences of {len(rest)} left ({len(pool)} in the pool), {len(text)} chars")
    chosen = {id(r) for r in picked}
    left = [r for r in rest if id(r) not in chosen]
    text, src = "", ["start\tend\tcurid"]
    for r in left:
        s = r["text"].strip()
        src.append(f"{len(text)}\t{len(text) + len(s)}\t{r['curid']}")
        text += s + "\n\n"
    (HERE / f"{SECOND}.txt").write_text(text, encoding="utf-8")
    (HERE / f"{SECOND}.sources.tsv").write_text("\n".join(src) + "\n", encoding="utf-8")
    print(f"{SECOND}: the other {len(left)} sentences, {len(text)} chars")


if __name__ == "__main__":
    main()
