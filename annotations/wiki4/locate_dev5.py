"""Build annotations/wiki4/wiki_dev5.txt.json from the hand-written spec annotations/wiki4/spec_dev5.py
(the fifth Wikipedia development text: 70 sentences of Japanese Wikipedia from Stockmark's NER dataset).

    .venv/bin/python annotations/wiki4/locate_dev5.py          # writes the gold file, prints a review listing
    .venv/bin/python annotations/wiki4/locate_dev5.py --check  # only checks, writes nothing

The shared locator `annotations/tools/spec_gold.py` (`locate_beside`) does the work, used unchanged: its raw
text is wiki_dev5.txt beside this file, with no heading pattern (plain sentences, one per paragraph), and
`is_commitment` (contract: every type but MEET and ANNOUNCE) is added to each event as an extra field.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "annotations" / "tools"))

import spec_gold  # noqa: E402

if __name__ == "__main__":
    spec_gold.locate_beside(HERE, "spec_dev5.py", "wiki_dev5.txt", sys.argv)
