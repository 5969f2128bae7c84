"""Build annotations/work/001_partA.json from the hand-written specs beside this script.

Usage: .venv/bin/python annotations/tools/partA/build_001_partA.py [--list]

Regions (raw code points, half-open, whole lines):
  G7 2024  [5879, 11863): `第3目\t 2024年の主な動向` .. line before `第1目\t G20とは`
           (includes the trailing heading line ` 第2項\t G20`);
  G20 2024 [16475, 20617): `第3目\t 2024年の主な動向` .. line before `第3項\t QUAD`.
Page furniture inside G7 2024: [8125, 8316) running header, report title, side-tab
letters, page number and a stray duplicate URL; nothing is annotated there.

The script only locates strings; every decision is in the spec files. It checks
that each item lies in a region and outside furniture, that entities and dates
do not overlap within their layer, that raw[start:end] == text, and validates
the result with pipeline.schema.GoldFile.
"""
from __future__ import annotations

import calendar
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from locate import ROOT, Cursor, Doc, read_raw  # noqa: E402
import spec_001_partA_entities as SE  # noqa: E402
import spec_001_partA_dates_events as SD  # noqa: E402

FILE = "001_b21e1c190a10bc85.txt"
# No sidecar, no dateline in the text. CRDS-FY2024-FR-09 is a FY2024 report titled
# "（2025年）"; every access date is 2025年3月3日, so it came out in March 2025: we take
# the last day of FY2024.
PUBLISHED = "2025-03-31"
REGION_G7 = (5879, 11863)
REGION_G20 = (16475, 20617)
FURNITURE = [(8125, 8316)]
OUT = ROOT / "annotations" / "work" / "001_partA.json"


def parse_lines(block: str) -> list[tuple[list[str], dict]]:
    rows = []
    for line in block.strip("\n").split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("|")]
        pos = [f for f in fields if "=" not in f or f.startswith("=")]
        kw = dict(f.split("=", 1) for f in fields if "=" in f and not f.startswith("="))
        rows.append((pos, kw))
    return rows


def extent(value: str | None) -> tuple[str | None, str | None]:
    """Inclusive calendar extent of a plain TIMEX3 value (YYYY, YYYY-MM, YYYY-MM-DD, a/b)."""
    if value is None or not value[:1].isdigit():
        return None, None
    if "/" in value:
        a, b = value.split("/")
        return extent(a)[0], extent(b)[1]
    parts = value.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return f"{y:04d}-01-01", f"{y:04d}-12-31"
    m = int(parts[1])
    if len(parts) == 2:
        return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
    return value, value


def build_entities(doc: Doc) -> list[dict]:
    out = []
    for block, (lo, hi) in ((SE.REGION_G7, REGION_G7), (SE.REGION_G20, REGION_G20)):
        cur = Cursor(doc, lo, hi)
        for pos, kw in parse_lines(block):
            text, label = pos[0], pos[1]
            canonical = pos[2] if len(pos) > 2 and pos[2] else SE.ALIAS.get(text, text)
            s, e = cur.take(text, kw.get("ctx"), kw.get("rctx"))
            out.append({"start": s, "end": e, "text": doc.raw[s:e], "label": label, "canonical": canonical})
    return out


def build_dates(doc: Doc) -> list[dict]:
    out = []
    for block, (lo, hi) in ((SD.DATES_G7, REGION_G7), (SD.DATES_G20, REGION_G20)):
        cur = Cursor(doc, lo, hi)
        for pos, kw in parse_lines(block):
            text, typ, value = pos[0], pos[1], pos[2]
            value = None if value == "null" else value
            mod = pos[3] if len(pos) > 3 and pos[3] else None
            begin, end = extent(value) if typ == "DATE" else (None, None)
            begin, end = kw.get("begin", begin), kw.get("end", end)
            s, e = cur.take(text, kw.get("ctx"), kw.get("rctx"))
            out.append({"start": s, "end": e, "text": doc.raw[s:e], "type": typ, "value": value,
                        "begin": begin, "end_date": end, "mod": mod})
    return out


def actor_at(doc: Doc, text: str, anchor: str, canonical: str | None) -> dict:
    a, b = doc.unique(anchor)
    s, e = doc.find_from(text, a, b)
    return {"text": doc.raw[s:e], "canonical": canonical, "start": s, "end": e}


def participants(doc: Doc, entities: list[dict], start_anchor: str, end_anchor: str, exclude: set[str]) -> list[dict]:
    """Every country and body named in a participants list, one actor per canonical."""
    lo, hi = doc.unique(start_anchor)[0], doc.unique(end_anchor)[0]
    seen, out = set(), []
    for x in entities:
        if lo <= x["start"] < hi and x["label"] in ("GPE", "ORG") and x["canonical"] not in exclude \
                and x["canonical"] not in seen:
            seen.add(x["canonical"])
            out.append({"text": x["text"], "canonical": x["canonical"], "start": x["start"], "end": x["end"]})
    return out


def actor_specs(doc: Doc, entities: list[dict]) -> dict[str, list[dict]]:
    one = lambda text, anchor, canonical: [actor_at(doc, text, anchor, canonical)]  # noqa: E731
    return {
        # 〇出席者 list: members, invited countries, invited bodies, guest. The list heads
        # 【G7】 and the chair notes (G20議長国, アフリカ連合議長国, the EU's two presidents'
        # institutions) are not separate participants. (Issue 4 and GUIDELINES 6.2: the items of a
        # participants list are the MEET event's actors.)
        "PUGLIA_PARTICIPANTS": participants(doc, entities, "〇出席者", "〇セッション",
                                            {"G7", "G20", "アフリカ連合", "欧州理事会", "欧州委員会"}),
        "PUGLIA_COMMUNIQUE": one("G7プーリア首脳コミュニケ", "「G7プーリア首脳コミュニケ」のうち", "G7"),
        "ENDORSING_COUNTRIES": one("国", "を了承した国を歓迎", None),
        "COP28": one("COP28", "COP28（第28回気候変動枠組条約締約国会議）で合意", "COP28"),
        "TURIN_MEETING": one(SE.TURIN, "日のG7トリノ気候・エネルギー・環境大臣会合では", "G7"),
        "TURIN_DOCUMENT": one("成果文書", "成果文書が取りまとめられた。ポイントは", "G7"),
        "BOLOGNA_THIS_MEETING": one("本会合", "本会合の成果として", "G7"),
        "BOLOGNA_COMMUNIQUE": one("G7科学大臣コミュニケ", "「G7科学大臣コミュニケ」が公表", "G7"),
        "G7_SCIENCE_MINISTERS": one("G7科学技術大臣", "G7科学技術大臣は", "G7"),
        "OECD_CSTP_MEETING": one("OECD科学技術政策委員会（CSTP）閣僚級会合", "OECD科学技術政策委員会（CSTP）閣僚級会合で採択",
                                 "経済協力開発機構"),
        # GUIDELINES 6.1: a minister acting in office acts for the country
        "SAITO": one("齋藤", "齋藤経済産業大臣が", "日本"),
        "G7_FN16": one("G7", "2024年のG7は", "G7"),
        "COMO_THIS_MEETING": one("この会合", "この会合の成果として", "G7"),
        "COMO_STATEMENT": one("共同声明", "共同声明が公表され", "G7"),
        "BRAZIL_HOST": one("ブラジル", "議長国ブラジルの主催", "ブラジル"),
        # ○出席者 list: G20 members (with AU and EU), invited countries, international bodies;
        # the list head 【G20メンバー】 is not a participant of its own.
        "RIO_PARTICIPANTS": participants(doc, entities, "○出席者", "○セッション", {"G20"}),
        "RIO_DECLARATION": one("G20リオデジャネイロ首脳宣言", "「G20リオデジャネイロ首脳宣言」", "G20"),
        "G20RI_MEETING": one(SE.G20RI, "9月19日、G20研究・イノベーション大臣会合が", "G20"),
        "G20RI_PARTICIPANTS": participants(doc, entities, "招待国（アンゴラ", "が参加した", set()),
        "G20RI_STATEMENT": one("閣僚声明", "閣僚声明および合意文書", "G20"),
        "G20ET_MEETING": one(SE.G20ET, "10月4日、G20エネルギー移行大臣会合が", "G20"),
        "G20ET_DOCUMENT": one("成果文書", "成果文書が発表された", "G20"),
    }


def sentence(doc: Doc, trig_start: int, trig_end: int, lo: int, start_text: str, end_text: str | None) -> dict:
    s, _ = doc.last_before(start_text, trig_start + 1, lo)
    if end_text is not None:
        _, e = doc.find_from(end_text, s, len(doc.raw))
    else:
        e = trig_end
        while doc.raw[e] != "。" or doc.in_furniture(e, e + 1):
            e += 1
        e += 1
    return {"start": s, "end": e}


def build_events(doc: Doc, entities: list[dict]) -> list[dict]:
    actors = actor_specs(doc, entities)
    out = []
    for specs, (lo, hi) in ((SD.EVENTS_G7, REGION_G7), (SD.EVENTS_G20, REGION_G20)):
        cur = Cursor(doc, lo, hi, overlap=True)
        for ev in specs:
            s, e = cur.take(ev["trig"], ev.get("ctx"), ev.get("rctx"))
            out.append({
                "type": ev["type"],
                "trigger": {"start": s, "end": e, "text": doc.raw[s:e]},
                "actors": actors[ev["actors"]] if ev.get("actors") else [],
                "content": ev.get("content"),
                "date": ev.get("date"),
                "location": ev.get("location"),
                "negated": ev.get("negated", False),
                "sentence": sentence(doc, s, e, lo, ev["sent"], ev.get("send")),
            })
    return out


def check(doc: Doc, gold: dict) -> None:
    from pipeline.schema import GoldFile

    for layer in ("entities", "dates"):
        items = sorted(gold[layer], key=lambda x: x["start"])
        for a, b in zip(items, items[1:]):
            if b["start"] < a["end"]:
                raise ValueError(f"{layer} overlap: {a['text']!r}@{a['start']} / {b['text']!r}@{b['start']}")
        for x in items:
            if not doc.in_region(x["start"], x["end"]) or doc.in_furniture(x["start"], x["end"]):
                raise ValueError(f"{layer} item outside region or in furniture: {x}")
    for ev in gold["events"]:
        t = ev["trigger"]
        if not doc.in_region(t["start"], t["end"]):
            raise ValueError(f"trigger outside region: {t}")
        if not (ev["sentence"]["start"] <= t["start"] and t["end"] <= ev["sentence"]["end"]):
            raise ValueError(f"trigger outside its sentence: {ev}")
    g = GoldFile.model_validate(gold)
    g.check_offsets(doc.raw)


def listing(doc: Doc, gold: dict) -> None:
    raw = doc.raw
    ctx = lambda s, e: (raw[max(0, s - 8):s] + "[" + raw[s:e] + "]" + raw[e:e + 8]).replace("\n", "⏎")  # noqa: E731
    for x in gold["entities"]:
        print(f"E {x['start']:6d} {x['label']:10s} {ctx(x['start'], x['end'])}  -> {x['canonical']}")
    for x in gold["dates"]:
        print(f"D {x['start']:6d} {x['type']:8s} {ctx(x['start'], x['end'])}  {x['value']} "
              f"{x['begin']}..{x['end_date']} {x['mod']}")
    for x in gold["events"]:
        t = x["trigger"]
        a = ", ".join(f"{y['text']}={y['canonical']}" for y in x["actors"])
        sent = raw[x["sentence"]["start"]:x["sentence"]["end"]].replace("\n", "")
        print(f"V {t['start']:6d} {x['type']:9s} {ctx(t['start'], t['end'])}  [{a}] date={x['date']} loc={x['location']}")
        print(f"      S: {sent[:60]}…{sent[-20:]}")


def main(argv: list[str]) -> None:
    doc = Doc(read_raw(FILE), [REGION_G7, REGION_G20], FURNITURE)
    entities = build_entities(doc)
    gold = {"file": FILE, "regions": [list(REGION_G7), list(REGION_G20)], "published": PUBLISHED,
            "entities": entities, "dates": build_dates(doc), "events": build_events(doc, entities)}
    check(doc, gold)
    if "--list" in argv:
        listing(doc, gold)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(gold['entities'])} entities, {len(gold['dates'])} dates, "
          f"{len(gold['events'])} events")


if __name__ == "__main__":
    main(sys.argv[1:])
