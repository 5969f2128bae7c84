"""Build annotations/work/001_partC.json from the hand-written spec
annotations/tools/partC/spec.py (part C of the 001 development gold: NATO and ISC).

    .venv/bin/python annotations/tools/partC/locate.py          # writes the gold file, prints a review listing
    .venv/bin/python annotations/tools/partC/locate.py --check  # only checks, writes nothing

The locator itself (string finding, sentence and content extents, checks) is
`annotations/tools/spec_gold.py`, shared by every spec-written gold set.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "annotations" / "tools"))

import spec_gold  # noqa: E402

OUT = ROOT / "annotations" / "work" / "001_partC.json"
# heading lines of these regions (written before the held-out set widened the shared default)
HEADING = re.compile(r"^(第\d+[項目]|（\d+）|[①②③④⑤⑥⑦⑧⑨⑩]|●|発足趣旨$)")
LEADING = "\n \t"

if __name__ == "__main__":
    spec_gold.build(HERE / "spec.py", OUT, heading=HEADING, leading=LEADING, check_only="--check" in sys.argv)
