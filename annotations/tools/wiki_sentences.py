"""Sentence sets drawn from Stockmark's Japanese Wikipedia NER dataset (benchmarks/ner-wikipedia-ja/ner.json,
CC BY-SA 3.0): the pool both Wikipedia gold sets draw from, and the writer of a set's text and sources
(annotations/heldout/make_text.py, annotations/wiki/make_text.py, annotations/tools/test_split_subset.py)."""
from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "ner-wikipedia-ja" / "ner.json"
TEST_START = 4274  # models/ner/README.md: records[:4274] = train/dev of the NER head, records[4274:] = test


def records() -> list[dict]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def pool(rows: list[dict]) -> list[dict]:
    """Every sentence whose dataset gold holds a 政治的組織名 and whose text holds a year (`\\d+年`)."""
    return [r for r in rows if any(e["type"] == "政治的組織名" for e in r["entities"]) and re.search(r"\d+年", r["text"])]


ORG_TYPES = frozenset({"法人名", "その他の組織名", "イベント名"})


def org_pool(rows: list[dict], part: str) -> list[dict]:
    """The pool of the second and third held-out sets: every sentence of the test split (part "test",
    records[TEST_START:]) or of the train/dev part ("train", records[:TEST_START]) whose dataset gold holds a
    法人名, その他の組織名 or イベント名 but no 政治的組織名 (so disjoint from `pool`), and whose text holds a year."""
    part_rows = rows[TEST_START:] if part == "test" else rows[:TEST_START]

    def types(r):
        return {e["type"] for e in r["entities"]}
    return [r for r in part_rows
            if types(r) & ORG_TYPES and "政治的組織名" not in types(r) and re.search(r"\d+年", r["text"])]


def load_module(path: Path):
    """Another set's make_text.py as a module, to reuse its selection (its SEED, N, pool, drawn)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"make_text_{path.parent.name}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write_sentences(rows: list[dict], folder: Path, stem: str) -> int:
    """folder/<stem>.txt (one sentence per paragraph, a blank line between) and folder/<stem>.sources.tsv
    (each sentence's offsets and Wikipedia curid); returns the text's length in characters."""
    text, src = "", ["start\tend\tcurid"]
    for r in rows:
        s = r["text"].strip()
        src.append(f"{len(text)}\t{len(text) + len(s)}\t{r['curid']}")
        text += s + "\n\n"
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    (folder / f"{stem}.sources.tsv").write_text("\n".join(src) + "\n", encoding="utf-8")
    return len(text)


def read_sources(folder: Path, stem: str) -> list[tuple[int, int, str]]:
    """(start, end, curid) of each sentence of folder/<stem>.txt."""
    lines = (folder / f"{stem}.sources.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [(int(s), int(e), c) for s, e, c in (line.split("\t") for line in lines)]
