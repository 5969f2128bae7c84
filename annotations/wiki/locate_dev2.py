"""Build annotations/wiki/wiki_dev2.txt.json from the hand-written spec annotations/wiki/spec_dev2.py
(the second Wikipedia development text: 116 sentences of Japanese Wikipedia from Stockmark's NER dataset).

    .venv/bin/python annotations/wiki/locate_dev2.py          # writes the gold file, prints a review listing
    .venv/bin/python annotations/wiki/locate_dev2.py --check  # only checks, writes nothing

As locate.py (for wiki_dev.txt): the shared locator `annotations/tools/spec_gold.py`, used unchanged, with its
raw text pointed at wiki_dev2.txt (beside this file) and a heading pattern that never matches (plain
sentences, one per paragraph). After it has written the file, `is_commitment` (contract: every type but MEET
and ANNOUNCE) is added to each event, as an extra field.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "annotations" / "tools"))

import spec_gold  # noqa: E402

spec_gold.RAW = HERE / "wiki_dev2.txt"
OUT = HERE / "wiki_dev2.txt.json"
HEADING = re.compile(r"(?!)")  # never matches
LEADING = spec_gold.LEADING


if __name__ == "__main__":
    check_only = "--check" in sys.argv
    spec_gold.build(HERE / "spec_dev2.py", OUT, heading=HEADING, leading=LEADING, check_only=check_only)
    if not check_only:
        spec_gold.add_commitment_flag(OUT)
