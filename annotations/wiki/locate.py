"""Build annotations/wiki/wiki_dev.txt.json from the hand-written spec annotations/wiki/spec.py
(the Wikipedia development set of 2026-12-02: 110 sentences of Japanese Wikipedia from Stockmark's NER dataset).

    .venv/bin/python annotations/wiki/locate.py          # writes the gold file, prints a review listing
    .venv/bin/python annotations/wiki/locate.py --check  # only checks, writes nothing

The locator itself (string finding, sentence and content extents, checks) is
`annotations/tools/spec_gold.py`, shared by every spec-written gold set; it is used unchanged. Its raw text
is pointed at wiki_dev.txt (beside this file) instead of report 001, and its heading pattern is replaced
by one that never matches: these are plain sentences, none of them a heading or a bullet (each paragraph is
one sentence ending in its only 。). After it has written the file, `is_commitment` (contract: every type
but MEET and ANNOUNCE) is added to each event, as an extra field.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "annotations" / "tools"))

import spec_gold  # noqa: E402

spec_gold.RAW = HERE / "wiki_dev.txt"
OUT = HERE / "wiki_dev.txt.json"
HEADING = re.compile(r"(?!)")  # never matches
LEADING = spec_gold.LEADING


if __name__ == "__main__":
    check_only = "--check" in sys.argv
    spec_gold.build(HERE / "spec.py", OUT, heading=HEADING, leading=LEADING, check_only=check_only)
    if not check_only:
        spec_gold.add_commitment_flag(OUT)
