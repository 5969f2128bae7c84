"""Check annotations/heldout/001_b21e1c190a10bc85.txt.json on its own (reads the JSON, not the spec).

    .venv/bin/python annotations/heldout/check.py

- GoldFile validates and check_offsets(raw) passes (entities, dates, triggers, actors);
- every span lies inside one region and does not start or end inside page furniture;
- no two entity spans overlap; no two date spans overlap;
- every event's sentence lies in a region and holds its trigger;
- prints counts per layer and label.
Exits non-zero on the first failure.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.schema import GoldFile  # noqa: E402

GOLD = ROOT / "annotations" / "heldout" / "001_b21e1c190a10bc85.txt.json"
RAW = ROOT / "raw" / "001_b21e1c190a10bc85.txt"
# page furniture inside the regions (running footer/header, side tab, page number, link dump):
# these two regions hold none (checked: no CRDS footer, running header, side tab or page number inside)
FURNITURE: list[tuple[int, int]] = []


def fail(msg: str) -> None:
    sys.exit(f"FAIL: {msg}")


def main() -> None:
    raw = RAW.read_bytes().decode("utf-8")
    raw = raw[1:] if raw.startswith("\ufeff") else raw
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    gold = GoldFile(**data)
    gold.check_offsets(raw)
    if data.get("published") != "2025-03-31":
        fail(f"published is {data.get('published')!r}")
    regions = [tuple(r) for r in gold.regions]

    def region_of(s, e):
        return next(((a, b) for a, b in regions if a <= s and e <= b), None)

    def in_furniture(s, e):
        return any(a <= s < b or a < e <= b for a, b in FURNITURE)

    spans = [("entity", x.start, x.end, x.text) for x in gold.entities] + \
            [("date", x.start, x.end, x.text) for x in gold.dates] + \
            [("trigger", ev.trigger.start, ev.trigger.end, ev.trigger.text) for ev in gold.events] + \
            [("actor", a.start, a.end, a.text) for ev in gold.events for a in ev.actors if a.start is not None]
    for kind, s, e, t in spans:
        if not region_of(s, e):
            fail(f"{kind} {t!r} [{s},{e}) outside the regions")
        if in_furniture(s, e):
            fail(f"{kind} {t!r} [{s},{e}) inside page furniture")
    for layer, items in (("entity", gold.entities), ("date", gold.dates)):
        ss = sorted((x.start, x.end, x.text) for x in items)
        for (a, b, t1), (c, d, t2) in zip(ss, ss[1:]):
            if c < b:
                fail(f"overlapping {layer} spans {t1!r} [{a},{b}) / {t2!r} [{c},{d})")
    for ev in gold.events:
        sn, t = ev.sentence, ev.trigger
        if sn is None or not (sn.start <= t.start and t.end <= sn.end) or not region_of(sn.start, sn.end):
            fail(f"sentence of trigger {t.text!r} at {t.start} does not hold it or leaves the regions")
    print("OK", GOLD.relative_to(ROOT), "regions", [list(r) for r in regions])
    print("entities", len(gold.entities), dict(sorted(Counter(x.label for x in gold.entities).items())))
    print("dates", len(gold.dates), dict(sorted(Counter(x.type for x in gold.dates).items())),
          "mods", dict(sorted(Counter(str(x.mod) for x in gold.dates).items())))
    print("events", len(gold.events), dict(sorted(Counter(x.type for x in gold.events).items())),
          "with actors", sum(1 for x in gold.events if x.actors))


if __name__ == "__main__":
    main()
