"""Build annotations/heldout3/wiki_h3b.txt.json from the hand-written spec annotations/heldout3/spec_h3b.py
(the second text of the third held-out set: 70 sentences of Japanese Wikipedia from Stockmark's NER dataset).

HELD OUT: the review listing this prints is for annotators only.

    .venv/bin/python annotations/heldout3/locate_h3b.py          # writes the gold file, prints a review listing
    .venv/bin/python annotations/heldout3/locate_h3b.py --check  # only checks, writes nothing

The shared locator `annotations/tools/spec_gold.py` (`locate_beside`) does the work, used unchanged: its raw
text is wiki_h3b.txt beside this file, with no heading pattern (plain sentences, one per paragraph), and
`is_commitment` (contract: every type but MEET and ANNOUNCE) is added to each event as an extra field. The spec places a string at offset 0 with the left context
`spec_gold.START` ("^"), which the shared locator reads.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "annotations" / "tools"))

import spec_gold  # noqa: E402

if __name__ == "__main__":
    spec_gold.locate_beside(HERE, "spec_h3b.py", "wiki_h3b.txt", sys.argv)
