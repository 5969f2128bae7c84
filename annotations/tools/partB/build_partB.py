"""Build annotations/work/001_partB.json from the hand-written spec beside it.

Usage: .venv/bin/python annotations/tools/partB/build_partB.py [--audit]

The spec (`spec_001_partB.py`) lists what the annotator read, one item per
mention, each located by a context string with the mention marked ⟦…⟧ (or the
whole string when unmarked). This script only finds strings; every decision is
in the spec. Context notation (the raw PDF text has tabs, U+FFFD and U+3000
where words were spaced):
  " "  one or more of space, tab, U+FFFD, U+3000 or newline
  "⏎"  exactly one newline
Every context must match exactly once inside the annotated regions (or give
nth=k, 0-based). The located text is read back from the raw text, so
raw[start:end] == text by construction; GoldFile validation re-checks it.

--audit lists every occurrence of every annotated surface (and of a few
watch words) inside the regions that no item covers, outside page furniture
and URLs, so that missed mentions can be reviewed by eye.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from pipeline.schema import GoldFile  # noqa: E402

L, R = "⟦", "⟧"
SPACE = r"[ \t\ufffd\u3000\n]+"


def read_raw(name: str) -> str:
    text = (ROOT / "raw" / name).read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def ctx_regex(ctx: str) -> re.Pattern:
    if L not in ctx:
        ctx = L + ctx + R
    if ctx.count(L) != 1 or ctx.count(R) != 1:
        raise ValueError(f"context needs exactly one {L}…{R}: {ctx!r}")
    out = []
    for ch in ctx:
        if ch == L:
            out.append("(")
        elif ch == R:
            out.append(")")
        elif ch == " ":
            out.append(SPACE)
        elif ch == "⏎":
            out.append("\n")
        else:
            out.append(re.escape(ch))
    return re.compile("".join(out))


class Locator:
    """Finds contexts in the regions; collects failures so one run lists them all."""

    def __init__(self, raw: str, regions: list[tuple[int, int]]):
        self.raw, self.regions, self.errors = raw, regions, []

    def __call__(self, ctx: str, nth: int | None = None) -> tuple[int, int, str]:
        try:
            return self._find(ctx, nth)
        except ValueError as exc:
            self.errors.append(str(exc))
            return 0, 0, ""

    def _find(self, ctx: str, nth: int | None) -> tuple[int, int, str]:
        pat = ctx_regex(ctx)
        hits = []
        for s, e in self.regions:
            hits += [m.span(1) for m in pat.finditer(self.raw, s, e)]
        if not hits:
            raise ValueError(f"context not found in regions: {ctx!r}")
        if nth is None and len(hits) != 1:
            raise ValueError(f"context found {len(hits)} times, give nth or more context: {ctx!r}")
        s, e = hits[nth or 0]
        return s, e, self.raw[s:e]


def _end_of_month(y: int, m: int) -> date:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return nxt - timedelta(days=1)


def extent(value: str | None) -> tuple[str | None, str | None]:
    """Inclusive ISO begin/end of a TIMEX3 value (years, months, days, FY, intervals)."""
    if value is None or value.endswith("_REF") or value.startswith("P"):
        return None, None
    if "/" in value:
        a, b = value.split("/")
        return extent(a)[0], extent(b)[1]
    if m := re.fullmatch(r"FY(\d{4})", value):
        y = int(m.group(1))
        return f"{y}-04-01", f"{y + 1}-03-31"
    if m := re.fullmatch(r"(\d{4})", value):
        return f"{value}-01-01", f"{value}-12-31"
    if m := re.fullmatch(r"(\d{3})", value):
        return f"{value}0-01-01", f"{value}9-12-31"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        y, mo = int(m.group(1)), int(m.group(2))
        return f"{value}-01", _end_of_month(y, mo).isoformat()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value, value
    raise ValueError(f"no extent rule for value {value!r}")


def sentence_of(raw: str, pos: int, lo: int, hi: int) -> dict:
    """Sentence around pos: after the previous 。 or blank line (or bullet/row start)
    up to the next 。 inclusive, or the end of the paragraph for headlines.
    PDF hard wraps are single newlines inside a sentence, so they do not end it.
    A footnote line (number + U+FFFD) is its own sentence: from its start to its 。 or line end."""
    line_start = raw.rfind("\n", lo, pos) + 1
    if re.match(r"\d+\ufffd", raw[line_start:pos]):
        line_end = raw.find("\n", pos, hi)
        line_end = hi if line_end < 0 else line_end
        stop = raw.find("。", pos, line_end)
        return {"start": line_start, "end": stop + 1 if stop >= 0 else line_end}
    s = pos
    while s > lo and raw[s - 1] != "。" and raw[s - 2:s] != "\n\n" and not (
            raw[s - 1] == "\n" and raw[s] in "●➡○（【①②"):
        s -= 1
    while raw[s] in " \n\t":
        s += 1
    e = pos
    while e < hi and raw[e] != "。" and raw[e:e + 2] != "\n\n" and not (
            raw[e] == "\n" and raw[e + 1:e + 2] in ("●", "➡", "○")):
        e += 1
    if e < hi and raw[e] == "。":
        e += 1
    return {"start": s, "end": e}


def load_spec():
    path = Path(__file__).with_name("spec_001_partB.py")
    ms = importlib.util.spec_from_file_location("spec_001_partB", path)
    mod = importlib.util.module_from_spec(ms)
    ms.loader.exec_module(mod)
    return mod


def build(audit: bool = False) -> Path:
    spec = load_spec()
    raw = read_raw(spec.FILE)
    regions = [tuple(r) for r in spec.REGIONS]
    loc = Locator(raw, regions)
    furniture = [(loc(a)[0], loc(b)[1]) for a, b in spec.FURNITURE]

    def in_furniture(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in furniture)

    entities = []
    for ctx, label, canonical, *opt in spec.ENTITIES:
        s, e, t = loc(ctx, opt[0] if opt else None)
        entities.append({"start": s, "end": e, "text": t, "label": label, "canonical": canonical})
    dates = []
    for ctx, typ, value, mod, *opt in spec.DATES:
        s, e, t = loc(ctx, opt[0] if opt else None)
        b, en = extent(value) if typ == "DATE" else (None, None)
        dates.append({"start": s, "end": e, "text": t, "type": typ, "value": value,
                      "begin": b, "end_date": en, "mod": mod})
    events = []
    for ev in spec.EVENTS:
        s, e, t = loc(ev["at"], ev.get("nth"))
        actors = []
        for a_ctx, canonical in ev.get("actors", []):
            a_s, a_e, a_t = loc(a_ctx)
            actors.append({"text": a_t, "canonical": canonical, "start": a_s, "end": a_e})
        region = next(r for r in regions if r[0] <= s < r[1])
        if "sent" in ev:
            sentence = {"start": loc(ev["sent"][0])[0], "end": loc(ev["sent"][1])[1]}
        else:
            sentence = sentence_of(raw, s, *region)
        events.append({"type": ev["type"], "trigger": {"start": s, "end": e, "text": t},
                       "actors": actors, "content": ev.get("content"), "date": ev.get("date"),
                       "location": ev.get("location"), "negated": ev.get("negated", False),
                       "sentence": sentence})

    if loc.errors:
        raise SystemExit("\n".join(loc.errors))
    # sanity: no duplicates, no nesting within the entity and date layers, nothing in furniture
    for layer, items in (("entity", entities), ("date", dates)):
        items.sort(key=lambda x: (x["start"], x["end"]))
        for a, b in zip(items, items[1:]):
            if b["start"] < a["end"]:
                raise ValueError(f"{layer} spans overlap: {a['text']!r}@{a['start']} / {b['text']!r}@{b['start']}")
        for x in items:
            if in_furniture(x["start"], x["end"]):
                raise ValueError(f"{layer} inside page furniture: {x['text']!r}@{x['start']}")
    events.sort(key=lambda x: x["trigger"]["start"])
    seen = set()
    for ev in events:
        key = (ev["trigger"]["start"], ev["trigger"]["end"])
        if key in seen:
            raise ValueError(f"two events on one trigger at {key}")
        seen.add(key)

    gold = {"file": spec.FILE, "regions": [list(r) for r in regions], "published": spec.PUBLISHED,
            "published_note": spec.PUBLISHED_NOTE,
            "entities": entities, "dates": dates, "events": events}
    GoldFile.model_validate(gold).check_offsets(raw)
    out = ROOT / "annotations" / "work" / "001_partB.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    if audit:
        covered = [(x["start"], x["end"]) for x in entities + dates]
        urls = [m.span() for m in re.finditer(r"https?://[!-~]+", raw)]
        surfaces = {x["text"] for x in entities} | set(spec.WATCH)
        for surf in sorted(surfaces, key=len):
            pat = ctx_regex(surf.replace("\n", "⏎"))
            for s0, e0 in regions:
                for m in pat.finditer(raw, s0, e0):
                    s, e = m.span(1)
                    if any(a <= s and e <= b for a, b in covered):
                        continue
                    why = "furniture" if in_furniture(s, e) else "url" if any(a <= s < b for a, b in urls) else ""
                    if why == "furniture":
                        continue
                    inside = next((x["text"] for x in entities if x["start"] < e and s < x["end"]), None)
                    print(f"UNCOVERED {surf!r}@{s} {why} {('inside ' + repr(inside)) if inside else ''} "
                          f"…{raw[max(0, s - 10):e + 10]!r}…")
    from collections import Counter
    print("entities", len(entities), dict(Counter(x["label"] for x in entities)))
    print("dates", len(dates), dict(Counter(x["type"] for x in dates)))
    print("events", len(events), dict(Counter(x["type"] for x in events)))
    print(f"wrote {out.relative_to(ROOT)}")
    return out


if __name__ == "__main__":
    build(audit="--audit" in sys.argv)
