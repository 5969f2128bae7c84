"""Check annotations/heldout3/wiki_h3b.txt.json on its own (reads the JSON, not the spec), with the shared checker
and with the team's gold checks (tests/annotations/annotation_gold_checks.py, which glob only top-level
annotations/*.json and read raw/), both reading wiki_h3b.txt beside it (`spec_gold.check_beside`). Prints counts
only.

    .venv/bin/python annotations/heldout3/check_h3b.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "annotations" / "tools"))

import spec_gold  # noqa: E402

if __name__ == "__main__":
    spec_gold.check_beside(HERE, "wiki_h3b.txt")
