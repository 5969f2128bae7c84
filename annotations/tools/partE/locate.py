"""Build annotations/work/001_partE.json from the hand-written spec
annotations/tools/partE/spec.py (part E of the 001 development gold, the third held-out set until 2026-12-02: 001 G7 第1節 opening to 第2目 (4), and OECD 第2目 / 第3目 (1) CSTP).

    .venv/bin/python annotations/tools/partE/locate.py          # writes the gold file, prints a review listing
    .venv/bin/python annotations/tools/partE/locate.py --check  # only checks, writes nothing

The locator itself (string finding, sentence and content extents, checks) is
`annotations/tools/spec_gold.py`, shared by every spec-written gold set; it is used unchanged.
After it has written the file, `is_commitment` (contract: every type but MEET and ANNOUNCE) is
added to each event, as an extra field (the contract allows added fields).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "annotations" / "tools"))

import spec_gold  # noqa: E402

OUT = ROOT / "annotations" / "work" / "001_partE.json"
# heading lines of these regions: the shared default, plus 第N節 (the section title that opens the G7 region),
# figure titles (【図表IX-n】) and the column-header lines of the two tables (「年 サミット開催地 動き」,
# 「年 月 OECD全体の動向 CSTPの動向」), so that a table row's sentence does not run back over them.
HEADING = re.compile(r"^[ \u3000]*(第\d+[項目節]|（\d+）|[①②③④⑤⑥⑦⑧⑨⑩]|●|■|∇|○|【図表|年 )")
LEADING = spec_gold.LEADING


if __name__ == "__main__":
    check_only = "--check" in sys.argv
    spec_gold.build(HERE / "spec.py", OUT, heading=HEADING, leading=LEADING, check_only=check_only)
    if not check_only:
        spec_gold.add_commitment_flag(OUT)
