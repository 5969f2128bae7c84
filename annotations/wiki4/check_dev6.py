"""Check annotations/wiki4/wiki_dev6.txt.json on its own (reads the JSON, not the spec), with the shared checker and
with the team's gold checks (tests/annotations/annotation_gold_checks.py, which glob only top-level
annotations/*.json and read raw/), both reading wiki_dev6.txt beside it (`spec_gold.check_beside`).

    .venv/bin/python annotations/wiki4/check_dev6.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "annotations" / "tools"))

import spec_gold  # noqa: E402

if __name__ == "__main__":
    spec_gold.check_beside(HERE, "wiki_dev6.txt")
