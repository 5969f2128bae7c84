"""Merge the region files annotated separately (annotations/work/<stem>_part*.json) into one gold file.

    .venv/bin/python annotations/tools/merge_parts.py 001_b21e1c190a10bc85.txt

Regions must not overlap; items are concatenated and sorted by offset; the
result is validated against the raw text before it is written.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.schema import GoldFile  # noqa: E402


def merge(file_name: str) -> Path:
    stem = file_name.split("_")[0]
    parts = sorted((ROOT / "annotations" / "work").glob(f"{stem}_part*.json"))
    if not parts:
        raise SystemExit(f"no parts for {file_name}")
    merged = {"file": file_name, "regions": [], "entities": [], "dates": [], "events": []}
    published = set()
    for p in parts:
        data = json.loads(p.read_text(encoding="utf-8"))
        if data["file"] != file_name:
            raise SystemExit(f"{p}: file {data['file']!r} != {file_name!r}")
        published.add(data.get("published"))
        for key in ("regions", "entities", "dates", "events"):
            merged[key] += data.get(key, [])
    if len(published) != 1:
        raise SystemExit(f"parts disagree on published: {published}")
    merged["published"] = published.pop()
    merged["regions"] = sorted(merged["regions"])
    for (s1, e1), (s2, e2) in zip(merged["regions"], merged["regions"][1:]):
        if s2 < e1:
            raise SystemExit(f"regions overlap: [{s1},{e1}) and [{s2},{e2})")
    merged["entities"].sort(key=lambda x: (x["start"], x["end"]))
    merged["dates"].sort(key=lambda x: (x["start"], x["end"]))
    for ev in merged["events"]:
        ev.pop("is_commitment", None)  # part E carries it; it follows from the type (contract), so the merged file drops it
    merged["events"].sort(key=lambda x: (x["trigger"]["start"], x["trigger"]["end"]))
    raw = (ROOT / "raw" / file_name).read_bytes().decode("utf-8").removeprefix("\ufeff")
    GoldFile.model_validate(merged).check_offsets(raw)
    out = ROOT / "annotations" / f"{file_name}.json"
    out.write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out.name}: {len(merged['regions'])} regions, {sum(e - s for s, e in merged['regions'])} chars, "
          f"{len(merged['entities'])} entities, {len(merged['dates'])} dates, {len(merged['events'])} events")
    return out


if __name__ == "__main__":
    merge(sys.argv[1] if len(sys.argv) > 1 else "001_b21e1c190a10bc85.txt")
