"""Build annotations/work/001_partF.json from the hand-written spec
annotations/tools/partF/spec.py (part F of the 001 development gold: 第5項 アジア太平洋地域の経済枠組み (ASEAN, TPP,
RCEP, IPEF), 第2節 opening, 第1項 国際連合・関連機関 第1目 and 第2目 STI for SDGs (1)-(4), footnotes 50-70).

    .venv/bin/python annotations/tools/partF/locate.py          # writes the part file, prints a review listing
    .venv/bin/python annotations/tools/partF/locate.py --check  # only checks, writes nothing

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

OUT = ROOT / "annotations" / "work" / "001_partF.json"
# heading lines of this region: the shared default, plus 第N節 (「第2節 国際機関等の動向」) and figure titles
# (【図表IX-n】, also with a leading space), so that a sentence does not run back over them.
HEADING = re.compile(r"^[ \u3000]*(第\d+[項目節]|（\d+）|[①②③④⑤⑥⑦⑧⑨⑩]|●|■|∇|○|【図表)")
LEADING = spec_gold.LEADING


if __name__ == "__main__":
    spec_gold.build(HERE / "spec.py", OUT, heading=HEADING, leading=LEADING, check_only="--check" in sys.argv)
