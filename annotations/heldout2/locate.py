"""Build annotations/heldout2/wiki_orgs.txt.json from the hand-written spec annotations/heldout2/spec.py
(the second held-out set of 2026-12-02: 110 sentences of Japanese Wikipedia from the test split of
Stockmark's NER dataset). HELD OUT: kiroku's developers must not read the spec, the gold or this listing.

    .venv/bin/python annotations/heldout2/locate.py          # writes the gold file, prints a review listing
    .venv/bin/python annotations/heldout2/locate.py --check  # only checks, writes nothing

The shared locator `annotations/tools/spec_gold.py` (`locate_beside`) does the work, used unchanged: its raw
text is wiki_orgs.txt beside this file, with no heading pattern (plain sentences, one per paragraph), and
`is_commitment` (contract: every type but MEET and ANNOUNCE) is added to each event as an extra field.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "annotations" / "tools"))

import spec_gold  # noqa: E402

if __name__ == "__main__":
    spec_gold.locate_beside(HERE, "spec.py", "wiki_orgs.txt", sys.argv)
