"""The dates case table (tests/data/date_cases.jsonl), read once for the dates tests."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

CASES_PATH = Path(__file__).resolve().parents[1] / "data" / "date_cases.jsonl"
FIELDS = {"class", "text", "anchor", "span", "start", "type", "value", "begin", "end_date", "mod", "source"}


def load_cases() -> list[dict]:
    rows = []
    with CASES_PATH.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            row = json.loads(line)
            row["_line"] = n
            rows.append(row)
    return rows


def anchor_of(row: dict) -> dt.date | None:
    return dt.date.fromisoformat(row["anchor"]) if row.get("anchor") else None


def case_id(row: dict) -> str:
    span = row["span"] if row["span"] is not None else f"not:{row['absent']}"
    return f"L{row['_line']}-{row['class']}-{span}".replace("\n", "⏎")


ALL = load_cases()
POSITIVE = [r for r in ALL if r["span"] is not None]
NEGATIVE = [r for r in ALL if r["span"] is None]
