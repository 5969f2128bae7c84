"""Build annotations/work/001_partG.json from the hand-written spec
annotations/tools/partG/spec.py (part G of the 001 development gold, the held-out set of 2026-12-02 01:00 until it was seen: 001 G20 第1目–第2目 (3) and OECD 第3目 (2)–(4)).

    .venv/bin/python annotations/tools/partG/locate.py          # writes the gold file, prints a review listing
    .venv/bin/python annotations/tools/partG/locate.py --check  # only checks, writes nothing

The locator itself (string finding, sentence and content extents, checks) is
`annotations/tools/spec_gold.py`, shared by every spec-written gold set; it is used unchanged.
No `is_commitment` is added (it follows from the type; the merge drops it anyway).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "annotations" / "tools"))

import spec_gold  # noqa: E402

OUT = ROOT / "annotations" / "work" / "001_partG.json"
# heading lines of these regions: the shared default, plus figure titles (【図表IX-8】) and the column-header
# line of its table (「年 月 開催地 活動」), so that a table row's sentence does not run back over them.
HEADING = re.compile(r"^[ \u3000]*(第\d+[項目節]|（\d+）|[①②③④⑤⑥⑦⑧⑨⑩]|●|■|∇|○|【図表|年 )")
LEADING = spec_gold.LEADING


if __name__ == "__main__":
    check_only = "--check" in sys.argv
    spec_gold.build(HERE / "spec.py", OUT, heading=HEADING, leading=LEADING, check_only=check_only)
