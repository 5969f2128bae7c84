"""Build a gold file of annotations/wiki6 from its hand-written spec: `dev9` reads spec_dev9.py and wiki_dev9.txt and
writes wiki_dev9.txt.json (likewise `dev10`), with the shared locator (`annotations/tools/spec_gold.locate_beside`).

    .venv/bin/python annotations/wiki6/locate.py dev9          # writes the gold file, prints a review listing
    .venv/bin/python annotations/wiki6/locate.py dev9 --check  # only checks, writes nothing
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "annotations" / "tools"))

import spec_gold  # noqa: E402

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("dev9", "dev10"):
        sys.exit("usage: locate.py dev9|dev10 [--check]")
    stem = sys.argv[1]
    spec_gold.locate_beside(HERE, f"spec_{stem}.py", f"wiki_{stem}.txt", [sys.argv[0], *sys.argv[2:]])
