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

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = ROOT / "benchmarks" / "ner-wikipedia-ja" / "ner.json"
SEED, N = 20261202, 110


def main() -> None:
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    pool = [r for r in rows if any(e["type"] == "政治的組織名" for e in r["entities"]) and re.search(r"\d+年", r["text"])]
    random.seed(SEED)
    picked = random.sample(pool, N)
    text, src = "", ["start\tend\tcurid"]
    for r in picked:
        s = r["text"].strip()
        src.append(f"{len(text)}\t{len(text) + len(s)}\t{r['curid']}")
        text += s + "\n\n"
    (HERE / "wiki_events.txt").write_text(text, encoding="utf-8")
    (HERE / "wiki_events.sources.tsv").write_text("\n".join(src) + "\n", encoding="utf-8")
    print(f"{N} sentences of {len(pool)}, {len(text)} chars")


if __name__ == "__main__":
    main()
