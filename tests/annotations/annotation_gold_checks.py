"""Checks of a gold annotation file against its raw text and the contract.

Each check takes (gold dict, raw text) and returns a list of problems (empty = fine),
so the positive tests (real gold files) and the negative tests (broken copies)
share one implementation. Imports only pipeline.schema (no GiNZA).
"""
from __future__ import annotations

import datetime
import re
from pathlib import Path

from pipeline.schema import DateMod, DateType, EntityLabel, EventType, GoldFile

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "annotations"
RAW = ROOT / "raw"

LABELS = {x.value for x in EntityLabel}
DATE_TYPES = {x.value for x in DateType}
MODS = {x.value for x in DateMod}
EVENT_TYPES = {x.value for x in EventType}

_POINT = r"(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])|FY\d{4}(?:-Q[1-4]|-H[12])?|\d{2,3}|XXXX-\d{2}(?:-\d{2})?)"
DATE_VALUE = re.compile(rf"^(?:{_POINT}(?:/{_POINT})?|PRESENT_REF|PAST_REF|FUTURE_REF)$")
DURATION_VALUE = re.compile(r"^P\d+(?:\.\d+)?[YMWDQ]$|^PT\d+H$")
BRACKETED = re.compile(r"^(?P<full>.+?)[(（＜<](?P<alias>[^()（）＜＞<>]+)[)）＞>]$")


def gold_files() -> list[Path]:
    """Top-level annotations/*.json (files in subfolders are not gold)."""
    return sorted(p for p in ANNOTATIONS.glob("*.json") if p.is_file())


def read_raw(name: str) -> str:
    text = (RAW / name).read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def check_schema(gold: dict, raw: str) -> list[str]:
    try:
        GoldFile.model_validate(gold)
    except Exception as exc:  # pydantic.ValidationError, reported as text
        return [f"schema: {exc}"]
    return []


def check_regions(gold: dict, raw: str) -> list[str]:
    out = []
    if not gold.get("regions"):
        out.append("no regions")
    for s, e in gold.get("regions", []):
        if not (0 <= s <= e <= len(raw)):
            out.append(f"region [{s},{e}) outside text of length {len(raw)}")
    return out


def _span_problem(kind: str, item: dict, raw: str) -> str | None:
    s, e, t = item.get("start"), item.get("end"), item.get("text")
    if s is None or e is None:
        return None
    if raw[s:e] != t:
        return f"{kind} [{s},{e}) reads {raw[s:e]!r}, not {t!r}"
    return None


def check_offsets(gold: dict, raw: str) -> list[str]:
    out = []
    for ent in gold.get("entities", []):
        out.append(_span_problem("entity", ent, raw))
    for d in gold.get("dates", []):
        out.append(_span_problem("date", d, raw))
    for ev in gold.get("events", []):
        out.append(_span_problem("trigger", ev["trigger"], raw))
        for a in ev.get("actors", []):
            out.append(_span_problem("actor", a, raw))
        sent = ev.get("sentence")
        if sent is not None:
            t = ev["trigger"]
            if not (0 <= sent["start"] <= t["start"] and t["end"] <= sent["end"] <= len(raw)):
                out.append(f"sentence {sent} does not hold trigger {t['text']!r} at {t['start']}")
    return [p for p in out if p]


def check_vocabularies(gold: dict, raw: str) -> list[str]:
    out = []
    for ent in gold.get("entities", []):
        if ent.get("label") not in LABELS:
            out.append(f"entity {ent.get('text')!r}: label {ent.get('label')!r} not in the contract")
        if not ent.get("canonical"):
            out.append(f"entity {ent.get('text')!r}: empty canonical")
    for d in gold.get("dates", []):
        if d.get("type") not in DATE_TYPES:
            out.append(f"date {d.get('text')!r}: type {d.get('type')!r} not in the contract")
        if d.get("mod") is not None and d["mod"] not in MODS:
            out.append(f"date {d.get('text')!r}: mod {d['mod']!r} not in the contract")
    for ev in gold.get("events", []):
        if ev.get("type") not in EVENT_TYPES:
            out.append(f"event {ev['trigger'].get('text')!r}: type {ev.get('type')!r} not in the contract")
        for a in ev.get("actors", []):
            if not a.get("canonical"):
                out.append(f"event {ev['trigger'].get('text')!r}: actor {a.get('text')!r} without canonical")
    return out


def _iso(value: str | None) -> datetime.date | None:
    return None if value is None else datetime.date.fromisoformat(value)


def check_date_values(gold: dict, raw: str) -> list[str]:
    out = []
    for d in gold.get("dates", []):
        name, value = d.get("text"), d.get("value")
        try:
            begin, end = _iso(d.get("begin")), _iso(d.get("end_date"))
        except ValueError as exc:
            out.append(f"date {name!r}: begin/end_date not ISO dates ({exc})")
            continue
        if (begin is None) != (end is None):
            out.append(f"date {name!r}: begin and end_date must both be set or both null")
        if begin and end and begin > end:
            out.append(f"date {name!r}: begin {begin} after end_date {end}")
        if d.get("type") == "DURATION":
            if value is not None and not DURATION_VALUE.match(value):
                out.append(f"date {name!r}: duration value {value!r} is not P<n><unit>")
            if begin or end:
                out.append(f"date {name!r}: a duration has no calendar extent")
        elif d.get("type") == "DATE" and value is not None:
            if not DATE_VALUE.match(value):
                out.append(f"date {name!r}: value {value!r} is not a contract TIMEX3 value")
            elif value.endswith("_REF") or value.startswith("XXXX"):
                if begin or end:
                    out.append(f"date {name!r}: {value} has no calendar extent")
            elif begin is None:
                out.append(f"date {name!r}: calendar value {value!r} without begin/end_date")
    pub = gold.get("published")
    if pub is not None:
        try:
            datetime.date.fromisoformat(pub)
        except ValueError:
            out.append(f"published {pub!r} is not YYYY-MM-DD")
    return out


def _alias_pair(a: dict, b: dict) -> bool:
    """a contains b as 'full name(acronym)': the one allowed overlap, same canonical."""
    if a["canonical"] != b["canonical"]:
        return False
    m = BRACKETED.match(a["text"])
    if not m:
        return False
    offset = b["start"] - a["start"]
    full, alias = m.group("full"), m.group("alias")
    return (offset == 0 and b["text"] == full) or (b["text"] == alias and offset == m.start("alias"))


def check_overlaps(gold: dict, raw: str) -> list[str]:
    out = []
    ents = sorted(gold.get("entities", []), key=lambda x: (x["start"], -x["end"]))
    for i, a in enumerate(ents):
        for b in ents[i + 1:]:
            if b["start"] >= a["end"]:
                break
            if (a["start"], a["end"]) == (b["start"], b["end"]):
                out.append(f"entity {a['text']!r} at {a['start']} annotated twice")
            elif not (_alias_pair(a, b) or _alias_pair(b, a)):
                out.append(f"entities overlap: {a['text']!r}@{a['start']} and {b['text']!r}@{b['start']}")
    dates = sorted(gold.get("dates", []), key=lambda x: (x["start"], -x["end"]))
    for i, a in enumerate(dates):
        for b in dates[i + 1:]:
            if b["start"] >= a["end"]:
                break
            out.append(f"dates overlap: {a['text']!r}@{a['start']} and {b['text']!r}@{b['start']}")
    return out


def check_file_name(gold: dict, raw: str, path: Path | None = None) -> list[str]:
    if path is not None and gold.get("file") + ".json" != path.name:
        return [f"'file' {gold.get('file')!r} does not match {path.name}"]
    return []


CHECKS = {
    "schema": check_schema,
    "regions": check_regions,
    "offsets": check_offsets,
    "vocabularies": check_vocabularies,
    "date_values": check_date_values,
    "overlaps": check_overlaps,
}
