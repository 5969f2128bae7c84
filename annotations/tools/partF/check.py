"""Check annotations/work/001_partF.json on its own (reads the JSON, not the spec),
with the shared checker and with the team's gold checks (tests/annotations/annotation_gold_checks.py),
which glob only top-level annotations/*.json and so are called on this file explicitly here
(all of agc.CHECKS; check_file_name is left out: a part file is not named after its raw file).

    .venv/bin/python annotations/tools/partF/check.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "annotations" / "tools"))

import spec_gold  # noqa: E402

GOLD = ROOT / "annotations" / "work" / "001_partF.json"
# page furniture inside the region (running footer/header, side tab, page number, link dump):
# no CRDS-FY… footer, no 研究開発の俯瞰報告書… header, no side tab and no bare page-number line lie inside
# (checked by reading and by searching); the one furniture line is the bare link URL printed under the title
# of 図表IX-4 (https://www.kantei.go.jp/…/siryou5.pdf, the figure's source link, not a footnote).
# The lone 「57」 line under 「第1目 STI政策への取り組み」 is that heading's footnote marker, not a page number.
# Footnote lines, figure titles and 「出典：…CRDS作成」 lines are body text.
FURNITURE = [(35409, 35476)]

if __name__ == "__main__":
    spec_gold.check(GOLD, furniture=FURNITURE)
    spec_gold.team_check(GOLD)
