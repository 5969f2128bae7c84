"""Build a gold annotation file from a hand-written spec (no NER, no date tool).

Usage: .venv/bin/python annotations/tools/build_gold.py 002

The spec module `spec_<id>.py` beside this script lists what the annotator read:
  FILE, PUBLISHED
  ENTITIES: (surface, label, canonical) -- every occurrence is placed, longest
            surfaces first; an occurrence overlapping an already placed span is
            skipped (the containing name wins) and listed for review.
            Optional 4th item: dict(skip=[context strings]) whose marked part
            is an occurrence NOT to tag.
  DATES:    dicts with `at` (a context string with the date marked ⟦…⟧) and
            type, value, begin, end_date, mod.
  EVENTS:   dicts with type, `at` (context with the trigger marked ⟦…⟧),
            actors [(context with the actor marked, canonical)], content,
            date, location, negated.
Context strings must occur exactly once in the raw text (or give `nth`).
The script only finds strings; every decision is in the spec.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
L, R = "⟦", "⟧"


def read_raw(name: str) -> str:
    text = (ROOT / "raw" / name).read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def locate(raw: str, ctx: str, nth: int | None = None) -> tuple[int, int, str]:
    """Offsets of the ⟦marked⟧ part of `ctx` in `raw`."""
    if ctx.count(L) != 1 or ctx.count(R) != 1:
        raise ValueError(f"context needs exactly one {L}…{R}: {ctx!r}")
    i, j = ctx.index(L), ctx.index(R)
    plain = ctx.replace(L, "").replace(R, "")
    hits, k = [], raw.find(plain)
    while k >= 0:
        hits.append(k)
        k = raw.find(plain, k + 1)
    if not hits:
        raise ValueError(f"context not found: {plain!r}")
    if nth is None and len(hits) != 1:
        raise ValueError(f"context found {len(hits)} times, give nth: {plain!r}")
    base = hits[nth or 0]
    start, end = base + i, base + j - 1
    return start, end, raw[start:end]


def sentence_of(raw: str, pos: int) -> dict:
    s = pos
    while s > 0 and raw[s - 1] not in "。\n":
        s -= 1
    e = pos
    while e < len(raw) and raw[e] not in "。\n":
        e += 1
    if e < len(raw) and raw[e] == "。":
        e += 1
    return {"start": s, "end": e}


def place_entities(raw: str, specs: list) -> tuple[list[dict], list[str]]:
    placed: list[dict] = []
    notes: list[str] = []
    skips: set[tuple[int, int]] = set()
    for spec in specs:
        for ctx in (spec[3].get("skip", []) if len(spec) > 3 else []):
            s, e, _ = locate(raw, ctx)
            skips.add((s, e))
    for surface, label, canonical, *_ in sorted(specs, key=lambda x: -len(x[0])):
        k = raw.find(surface)
        n = 0
        while k >= 0:
            s, e = k, k + len(surface)
            clash = next((p for p in placed if p["start"] < e and s < p["end"]), None)
            if (s, e) in skips:
                notes.append(f"skip (spec) {surface!r} at {s}: …{raw[max(0, s-8):e+8]}…")
            elif clash:
                notes.append(f"inside {clash['text']!r}: {surface!r} at {s}")
            else:
                placed.append({"start": s, "end": e, "text": surface, "label": label, "canonical": canonical})
                n += 1
            k = raw.find(surface, k + 1)
        if n == 0:
            raise ValueError(f"entity {surface!r} never placed")
    placed.sort(key=lambda x: x["start"])
    return placed, notes


def build(spec_id: str) -> Path:
    path = Path(__file__).with_name(f"spec_{spec_id}.py")
    mod_spec = importlib.util.spec_from_file_location(f"spec_{spec_id}", path)
    spec = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(spec)
    raw = read_raw(spec.FILE)

    entities, notes = place_entities(raw, spec.ENTITIES)
    dates = []
    for d in spec.DATES:
        s, e, t = locate(raw, d["at"], d.get("nth"))
        dates.append({"start": s, "end": e, "text": t, "type": d["type"], "value": d["value"],
                      "begin": d.get("begin"), "end_date": d.get("end_date"), "mod": d.get("mod")})
    dates.sort(key=lambda x: x["start"])
    events = []
    for ev in spec.EVENTS:
        s, e, t = locate(raw, ev["at"], ev.get("nth"))
        actors = []
        for a_ctx, canonical in ev.get("actors", []):
            a_s, a_e, a_t = locate(raw, a_ctx)
            actors.append({"text": a_t, "canonical": canonical, "start": a_s, "end": a_e})
        events.append({"type": ev["type"], "trigger": {"start": s, "end": e, "text": t},
                       "actors": actors, "content": ev.get("content"), "date": ev.get("date"),
                       "location": ev.get("location"), "negated": ev.get("negated", False),
                       "sentence": sentence_of(raw, s)})
    events.sort(key=lambda x: x["trigger"]["start"])
    gold = {"file": spec.FILE, "regions": [[0, len(raw)]], "published": spec.PUBLISHED,
            "entities": entities, "dates": dates, "events": events}
    out = ROOT / "annotations" / f"{spec.FILE}.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    for x in entities:
        print(f"E {x['start']:5d} {x['label']:10s} {x['text']}  -> {x['canonical']}")
    for n in notes:
        print("  note:", n)
    for x in dates:
        print(f"D {x['start']:5d} {x['type']:8s} {x['text']}  {x['value']} {x['begin']}..{x['end_date']} {x['mod']}")
    for x in events:
        a = ", ".join(f"{y['text']}={y['canonical']}" for y in x["actors"])
        print(f"V {x['trigger']['start']:5d} {x['type']:9s} {x['trigger']['text']}  [{a}] date={x['date']}  :: {x['content']}")
    print(f"wrote {out.relative_to(ROOT)}: {len(entities)} entities, {len(dates)} dates, {len(events)} events")
    return out


if __name__ == "__main__":
    build(sys.argv[1])
