"""Build annotations/iaa/<file>.second.json from a hand-written (text, left context) spec.

    .venv/bin/python annotations/iaa/locate.py            # writes the file, prints a review listing

The script only finds strings: every decision is in spec_004_second.py. An entry's
left context must sit immediately before its text in the raw text; an empty context
means the text occurs exactly once. Anything ambiguous or missing is an error.
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


def load_spec(path: Path):
    spec = importlib.util.spec_from_file_location("spec", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_raw(path: Path) -> str:
    text = path.read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def occurrences(raw: str, text: str) -> list[int]:
    out, i = [], raw.find(text)
    while i >= 0:
        out.append(i)
        i = raw.find(text, i + 1)
    return out


def locate(raw: str, text: str, left: str) -> int:
    hits = [i for i in occurrences(raw, text) if raw[max(0, i - len(left)):i] == left]
    if len(hits) != 1:
        raise SystemExit(f"{text!r} after {left!r}: {len(hits)} placements {hits}")
    return hits[0]


def sentence_of(raw: str, start: int, end: int) -> dict:
    s = max(raw.rfind("。", 0, start), raw.rfind("\n", 0, start)) + 1
    candidates = [i for i in (raw.find("。", end), raw.find("\n", end)) if i >= 0]
    e = min(candidates) if candidates else len(raw)
    if e < len(raw) and raw[e] == "。":
        e += 1
    return {"start": s, "end": e}


def build(spec, raw: str) -> dict:
    ents = []
    for text, left, label, canonical in spec.ENTITIES:
        s = locate(raw, text, left)
        ents.append({"start": s, "end": s + len(text), "text": text, "label": label,
                     "canonical": canonical, "rule": "iaa-second"})
    dates = []
    for text, left, typ, value, begin, end_date, mod in spec.DATES:
        s = locate(raw, text, left)
        dates.append({"start": s, "end": s + len(text), "text": text, "type": typ, "value": value,
                      "begin": begin, "end_date": end_date, "mod": mod, "rule": "iaa-second"})
    events = []
    for ev in spec.EVENTS:
        ttext, tleft = ev["trigger"]
        ts = locate(raw, ttext, tleft)
        actors = []
        for atext, aleft, acanon in ev["actors"]:
            a = locate(raw, atext, aleft)
            actors.append({"text": atext, "canonical": acanon, "start": a, "end": a + len(atext)})
        events.append({"type": ev["type"],
                       "trigger": {"start": ts, "end": ts + len(ttext), "text": ttext},
                       "actors": actors, "content": ev["content"], "date": ev["date"],
                       "location": ev["location"], "negated": ev.get("negated", False),
                       "sentence": sentence_of(raw, ts, ts + len(ttext)), "rule": "iaa-second"})
    ents.sort(key=lambda x: x["start"])
    dates.sort(key=lambda x: x["start"])
    events.sort(key=lambda x: x["trigger"]["start"])
    return {"file": spec.FILE, "regions": [[0, len(raw)]], "published": spec.PUBLISHED,
            "entities": ents, "dates": dates, "events": events}


def check_layers(doc: dict, raw: str) -> None:
    for layer in ("entities", "dates"):
        items = doc[layer]
        for a, b in zip(items, items[1:]):
            if b["start"] < a["end"]:
                raise SystemExit(f"overlap in {layer}: {a['text']!r}@{a['start']} / {b['text']!r}@{b['start']}")
    for ev in doc["events"]:
        for a in ev["actors"]:
            if a["canonical"] is None:
                raise SystemExit(f"actor without canonical: {a}")
        if ev["content"] and ev["content"] not in raw:
            raise SystemExit(f"content not found verbatim: {ev['content']!r}")


def review(doc: dict, raw: str) -> None:
    """Print every occurrence of an annotated entity string that no entity span covers."""
    covered = [(e["start"], e["end"]) for e in doc["entities"]]
    print("== occurrences of annotated entity strings left out (nested or not a mention):")
    for text in sorted({e["text"] for e in doc["entities"]}):
        for i in occurrences(raw, text):
            if not any(s <= i and i + len(text) <= e for s, e in covered) or not any(
                    s == i and e == i + len(text) for s, e in covered):
                inside = [raw[s:e] for s, e in covered if s <= i and i + len(text) <= e]
                if not any(s == i and e == i + len(text) for s, e in covered):
                    print(f"  {text!r}@{i} inside {inside or 'nothing'}: …{raw[max(0, i - 8):i + len(text) + 8]!r}…")


def main(argv: list[str]) -> int:
    spec = load_spec(HERE / "spec_004_second.py")
    raw_path = ROOT / "raw" / spec.FILE
    raw = read_raw(raw_path)
    doc = build(spec, raw)
    check_layers(doc, raw)
    GoldFile(**doc).check_offsets(raw)
    out = HERE / f"{spec.FILE}.second.json"
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}: {len(doc['entities'])} entities, {len(doc['dates'])} dates, "
          f"{len(doc['events'])} events, text length {len(raw)}")
    for ev in doc["events"]:
        s = ev["sentence"]
        print(f"  {ev['type']:<9} {ev['trigger']['text']}@{ev['trigger']['start']} actors="
              f"{[a['canonical'] for a in ev['actors']]} sentence=[{s['start']},{s['end']}) {raw[s['start']:s['end']][:30]!r}…")
    review(doc, raw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
