"""Build annotations/heldout3/wiki_h3b.txt.json from the hand-written spec annotations/heldout3/spec_h3b.py
(a HELD-OUT text: 70 sentences of Japanese Wikipedia from Stockmark's NER dataset). The listing it prints is for
the annotator only: kiroku's developers read score tables computed against this set, never the listing.

    .venv/bin/python annotations/heldout3/locate_h3b.py          # writes the gold file, prints a review listing
    .venv/bin/python annotations/heldout3/locate_h3b.py --check  # only checks, writes nothing

The shared locator `annotations/tools/spec_gold.py` (`locate_beside`) does the work, used unchanged: its raw
text is wiki_h3b.txt beside this file, with no heading pattern (plain sentences, one per paragraph), and
`is_commitment` (contract: every type but MEET and ANNOUNCE) is added to each event as an extra field.

One addition, made here at run time and not in the shared file: a left context "^" means "the occurrence at the
very start of the text" (the text's first item has no left context, and an empty one requires the string to be
unique in the text).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "annotations" / "tools"))

import spec_gold  # noqa: E402

_find = spec_gold.Locator.find


def _find_at_start(self, text, left, what=""):
    if left == "^":
        if not self.raw.startswith(text) or not self.region_of(0, len(text)):
            sys.exit(f"{what}{text!r} is not at the start of the text")
        return 0
    return _find(self, text, left, what)


spec_gold.Locator.find = _find_at_start

if __name__ == "__main__":
    spec_gold.locate_beside(HERE, "spec_h3b.py", "wiki_h3b.txt", sys.argv)
