"""Check annotations/work/001_partG.json on its own (reads the JSON, not the spec),
with the shared checker and with the team's gold checks (tests/annotations/annotation_gold_checks.py),
which glob only top-level annotations/*.json and so are called on this file explicitly here.

    .venv/bin/python annotations/tools/partG/check.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "annotations" / "tools"))

import spec_gold  # noqa: E402

GOLD = ROOT / "annotations" / "work" / "001_partG.json"
# page furniture inside the regions (running footer/header, side tab, page number, link dump):
# these two regions hold none (checked by reading and by searching for CRDS-FY / 研究開発の俯瞰報告書 /
# bare page-number lines); footnote lines, the 図表IX-8 title and table, and the 「出典：…CRDS 作成」 line are body text.
# The page breaks inside the regions show only as footnote blocks followed by a line starting with a space.
FURNITURE: list[tuple[int, int]] = []

if __name__ == "__main__":
    spec_gold.check(GOLD, furniture=FURNITURE)
    spec_gold.team_check(GOLD)
