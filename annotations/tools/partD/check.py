"""Check annotations/work/001_partD.json on its own (reads the JSON, not the spec).

    .venv/bin/python annotations/tools/partD/check.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "annotations" / "tools"))

import spec_gold  # noqa: E402

GOLD = ROOT / "annotations" / "work" / "001_partD.json"
# page furniture inside the regions (running footer/header, side tab, page number, link dump):
# these two regions hold none (checked: no CRDS footer, running header, side tab or page number inside)
FURNITURE: list[tuple[int, int]] = []

if __name__ == "__main__":
    spec_gold.check(GOLD, furniture=FURNITURE)
