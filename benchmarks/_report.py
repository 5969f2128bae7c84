"""Shared by the benchmark scripts: write a JSON report with the project's atomic writer."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.store import atomic_write_text


def write_report(path: Path, report: dict) -> None:
    atomic_write_text(path, json.dumps(report, ensure_ascii=False, indent=2))
    print(f"\nwritten {path}")
