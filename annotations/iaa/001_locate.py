"""Build annotations/iaa/001_b21e1c190a10bc85.txt.second.json from the hand-written spec
annotations/iaa/001_spec_second.py (two regions of report 001).

    .venv/bin/python annotations/iaa/001_locate.py            # writes the file, prints a review listing

The script only finds strings: every decision is in the spec. An entry's left context
must sit immediately before its text in the raw text, and the entry must lie inside one
of the annotated regions; an empty context means the text occurs once inside the regions.
Anything ambiguous, missing or outside the regions is an error. Sentence spans: from the
character after the previous 。 or the start of a later bullet line (●, ○, ①…), blank lines
skipped (or an explicit start anchor from the spec), to the next 。 inclusive, or to the end of the line for a headline marked "eol"; never outside the region.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.schema import GoldFile  # noqa: E402

SPEC = HERE / "001_spec_second.py"
BULLETS = "●○①②③④⑤⑥"


def load_spec(path: Path):
    spec = importlib.util.spec_from_file_location("spec_001_second", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_raw(path: Path) -> str:
    text = path.read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


class Locator:
    def __init__(self, raw: str, regions: list[list[int]]):
        self.raw = raw
        self.regions = [tuple(r) for r in regions]
        for s, e in self.regions:
            if not (0 <= s < e <= len(raw)):
                raise SystemExit(f"region [{s},{e}) outside the text (length {len(raw)})")
            if s > 0 and raw[s - 1] != "\n":
                raise SystemExit(f"region [{s},{e}) does not start at a line start")
            if raw[e - 1] != "\n":
                raise SystemExit(f"region [{s},{e}) does not end at a line end")

    def region_of(self, start: int, end: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in self.regions if s <= start and end <= e), None)

    def occurrences(self, text: str) -> list[int]:
        out, i = [], self.raw.find(text)
        while i >= 0:
            if self.region_of(i, i + len(text)):
                out.append(i)
            i = self.raw.find(text, i + 1)
        return out

    def find(self, text: str, left: str) -> int:
        if not text:
            raise SystemExit("empty text in spec")
        hits = [i for i in self.occurrences(text) if self.raw[max(0, i - len(left)):i] == left]
        if len(hits) != 1:
            raise SystemExit(f"{text!r} after {left!r}: {len(hits)} placements in the regions {hits}")
        return hits[0]

    def sentence(self, ts: int, te: int, override) -> dict:
        raw = self.raw
        rs, re_ = self.region_of(ts, te)
        if override:
            s = self.find(override[0], override[1])
            if s > ts:
                raise SystemExit(f"sentence start {override!r} lies after the trigger at {ts}")
        else:
            s = max(raw.rfind("。", rs, ts) + 1, rs)
            # a bullet or heading line (●, ○, ①…) between the last 。 and the trigger starts the sentence
            for i in range(ts - 1, s - 1, -1):
                if raw[i] in BULLETS and (i == 0 or raw[i - 1] == "\n"):
                    s = i
                    break
            while s < ts and raw[s] == "\n":
                s += 1
        if override and len(override) > 2 and override[2] == "eol":
            e = raw.find("\n", te)
        else:
            e = raw.find("。", te)
            e = e + 1 if e >= 0 else -1
        if e < 0 or e > re_:
            raise SystemExit(f"sentence of trigger at {ts} runs out of its region")
        return {"start": s, "end": e}


def build(spec, raw: str) -> dict:
    loc = Locator(raw, spec.REGIONS)
    ents = []
    for text, left, label, canonical in spec.ENTITIES:
        s = loc.find(text, left)
        ents.append({"start": s, "end": s + len(text), "text": text, "label": label,
                     "canonical": canonical, "rule": "iaa-second"})
    dates = []
    for text, left, typ, value, begin, end_date, mod in spec.DATES:
        s = loc.find(text, left)
        dates.append({"start": s, "end": s + len(text), "text": text, "type": typ, "value": value,
                      "begin": begin, "end_date": end_date, "mod": mod, "rule": "iaa-second"})
    events = []
    for ev in spec.EVENTS:
        ttext, tleft = ev["trigger"]
        ts = loc.find(ttext, tleft)
        actors = []
        for atext, aleft, acanon in ev["actors"]:
            a = loc.find(atext, aleft)
            actors.append({"text": atext, "canonical": acanon, "start": a, "end": a + len(atext)})
        events.append({"type": ev["type"],
                       "trigger": {"start": ts, "end": ts + len(ttext), "text": ttext},
                       "actors": actors, "content": ev["content"], "date": ev["date"],
                       "location": ev["location"], "negated": ev.get("negated", False),
                       "sentence": loc.sentence(ts, ts + len(ttext), ev.get("sentence")),
                       "rule": "iaa-second"})
    ents.sort(key=lambda x: x["start"])
    dates.sort(key=lambda x: x["start"])
    events.sort(key=lambda x: x["trigger"]["start"])
    return {"file": spec.FILE, "regions": [list(r) for r in spec.REGIONS], "published": spec.PUBLISHED,
            "entities": ents, "dates": dates, "events": events}


def check_layers(doc: dict, raw: str) -> None:
    for layer in ("entities", "dates"):
        items = doc[layer]
        for a, b in zip(items, items[1:]):
            if b["start"] < a["end"]:
                raise SystemExit(f"overlap in {layer}: {a['text']!r}@{a['start']} / {b['text']!r}@{b['start']}")
    trig = [(e["trigger"]["start"], e["trigger"]["end"]) for e in doc["events"]]
    if len(set(trig)) != len(trig):
        raise SystemExit("two events share one trigger")
    for ev in doc["events"]:
        s = ev["sentence"]
        if not (s["start"] <= ev["trigger"]["start"] and ev["trigger"]["end"] <= s["end"]):
            raise SystemExit(f"sentence does not hold its trigger: {ev['trigger']}")
        for a in ev["actors"]:
            if a["canonical"] is None:
                raise SystemExit(f"actor without canonical: {a}")
        if ev["content"] and ev["content"] not in raw:
            raise SystemExit(f"content not found verbatim: {ev['content']!r}")


def review(doc: dict, raw: str, loc: Locator) -> None:
    """Print every in-region occurrence of an annotated entity string that is not itself a mention."""
    exact = {(e["start"], e["end"]) for e in doc["entities"]}
    spans = sorted(exact)
    print("== in-region occurrences of annotated entity strings that are not mentions themselves:")
    for text in sorted({e["text"] for e in doc["entities"]}):
        for i in loc.occurrences(text):
            if (i, i + len(text)) in exact:
                continue
            inside = [raw[s:e] for s, e in spans if s <= i and i + len(text) <= e]
            print(f"  {text!r}@{i} inside {inside or 'nothing'}: …{raw[max(0, i - 8):i + len(text) + 8]!r}…")


def main(argv: list[str]) -> int:
    spec = load_spec(SPEC)
    raw = read_raw(ROOT / "raw" / spec.FILE)
    doc = build(spec, raw)
    check_layers(doc, raw)
    GoldFile(**doc).check_offsets(raw)
    out = HERE / f"{spec.FILE}.second.json"
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}: {len(doc['entities'])} entities, {len(doc['dates'])} dates, "
          f"{len(doc['events'])} events; regions {doc['regions']}")
    if "-q" not in argv:
        for ev in doc["events"]:
            s = ev["sentence"]
            print(f"  {ev['type']:<9} {ev['trigger']['text']!r}@{ev['trigger']['start']} "
                  f"actors={[a['canonical'] for a in ev['actors']][:4]}{'…' if len(ev['actors']) > 4 else ''} "
                  f"date={ev['date']} loc={ev['location']} sentence=[{s['start']},{s['end']}) "
                  f"{raw[s['start']:s['start'] + 16]!r}…{raw[s['end'] - 8:s['end']]!r}")
        review(doc, raw, Locator(raw, spec.REGIONS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
