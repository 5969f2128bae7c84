"""Check a gold file of annotations/wiki6 on its own (reads the JSON, not the spec), with the shared checker and the
team's gold checks (`annotations/tools/spec_gold.check_beside`).

    .venv/bin/python annotations/wiki6/check.py dev9   # or dev10
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "annotations" / "tools"))

import spec_gold  # noqa: E402

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("dev9", "dev10"):
        sys.exit("usage: check.py dev9|dev10")
    spec_gold.check_beside(HERE, f"wiki_{sys.argv[1]}.txt")
