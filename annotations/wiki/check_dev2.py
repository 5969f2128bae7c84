"""Check annotations/wiki/wiki_dev2.txt.json on its own (reads the JSON, not the spec), with the shared checker
and with the team's gold checks (tests/annotations/annotation_gold_checks.py), which glob only top-level
annotations/*.json and read raw files from raw/, and so are called on this file explicitly here, with its
text file (beside the JSON) as the raw text. As check.py, for wiki_dev2.txt.

    .venv/bin/python annotations/wiki/check_dev2.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "annotations" / "tools"))
sys.path.insert(0, str(ROOT))

import spec_gold  # noqa: E402
from tests.annotations import annotation_gold_checks as agc  # noqa: E402

GOLD = HERE / "wiki_dev2.txt.json"
# the text is plain sentences: no page furniture
FURNITURE: list[tuple[int, int]] = []

if __name__ == "__main__":
    spec_gold.RAW = HERE / "wiki_dev2.txt"  # the shared checker reads its raw text from here
    agc.RAW = HERE                          # and the team checks read gold["file"] from this folder
    spec_gold.check(GOLD, furniture=FURNITURE, published=None)
    spec_gold.team_check(GOLD, file_name=True, commitment=True)
