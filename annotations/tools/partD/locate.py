"""Build annotations/work/001_partD.json from the hand-written spec
annotations/tools/partD/spec.py (part D of the 001 development gold, the second held-out set until 2026-12-02: 001 UN 2024 developments + UN bodies, OECD MCM 2024).

    .venv/bin/python annotations/tools/partD/locate.py          # writes the gold file, prints a review listing
    .venv/bin/python annotations/tools/partD/locate.py --check  # only checks, writes nothing

The locator itself (string finding, sentence and content extents, checks) is
`annotations/tools/spec_gold.py`, shared by every spec-written gold set.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "annotations" / "tools"))

import spec_gold  # noqa: E402

OUT = ROOT / "annotations" / "work" / "001_partD.json"
# heading lines of these regions: the shared default (also ■ outcome documents, ∇ their sections, ○ lists)
HEADING = spec_gold.HEADING
LEADING = spec_gold.LEADING

if __name__ == "__main__":
    spec_gold.build(HERE / "spec.py", OUT, heading=HEADING, leading=LEADING, check_only="--check" in sys.argv)
