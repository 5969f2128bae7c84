"""Label Studio round trip: kiroku records -> tasks, Label Studio JSON export -> gold files. Pure.

The labelling config (`labelling_config()`, kept in annotations/labelstudio/config.xml):
- `entity`  Labels  PERSON ... PRODUCT                   -> Entity
- `date`    Labels  DATE, DURATION                       -> DateItem
- `event`   Labels  MEET ... ACTION, on the trigger      -> Event
- `actor`   Labels  ACTOR, an actor mention that is not an entity mention (or names another body)
- `region`  Labels  ANNOTATED, the ranges that were annotated (none: the whole text)
- per-region fields (linked to their region by the region's id, as Label Studio does):
  `canonical` (TextArea; entity and actor canonical, default = the mention's text),
  `date_value`, `date_begin`, `date_end` (TextArea), `date_mod` (Choices),
  `event_content`, `event_date`, `event_location` (TextArea), `event_negated` (Choices),
  `event_actors` (TextArea; actors without a span, one per line, `text|canonical` when they differ)
- relations `actor` from an event trigger region to an entity or actor region, in actor order.

Offsets: kiroku writes code points. Label Studio has counted both code points and
UTF-16 units over its versions (emoji, rare kanji); on import a region whose
offsets do not read its own `text` is tried as UTF-16 offsets, then searched
for nearby; if none fits, the import stops with the task and region named.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Optional
from xml.sax.saxutils import quoteattr

from ..schema import (
    Actor,
    DateItem,
    DateMod,
    DateType,
    Entity,
    EntityLabel,
    Event,
    EventType,
    GoldFile,
    Trigger,
    content_id,
)

TO_NAME = "text"
ENTITY, DATE, EVENT, ACTOR, REGION = "entity", "date", "event", "actor", "region"
ACTOR_LABEL, REGION_LABEL, ACTOR_RELATION, NEGATED = "ACTOR", "ANNOTATED", "actor", "negated"

COLOURS = {
    "PERSON": "#f4a3a3", "ORG": "#a3c4f4", "GPE": "#a3f4b5", "LOC": "#c9f4a3", "FACILITY": "#f4d9a3",
    "EVENT": "#e0a3f4", "DOCUMENT": "#f4f0a3", "TECHNOLOGY": "#a3f4ee", "PRODUCT": "#d0d0d0",
    "DATE": "#ffcc80", "DURATION": "#ffe0b2", ACTOR_LABEL: "#b0bec5", REGION_LABEL: "#eeeeee",
    "MEET": "#90caf9", "ANNOUNCE": "#b39ddb", "AGREE": "#80cbc4", "PLEDGE": "#ef9a9a", "INTEND": "#ffab91",
    "ESTABLISH": "#a5d6a7", "ADOPT": "#fff59d", "SUPPORT": "#ce93d8", "ACTION": "#f48fb1",
}


class LabelStudioImportError(ValueError):
    pass


# ---------------------------------------------------------------- config

def labelling_config() -> str:
    """The Label Studio labelling config XML for kiroku's layers (contract labels and types)."""

    def labels(name: str, values: Iterable[str], **attrs: str) -> str:
        extra = "".join(f" {k}={quoteattr(v)}" for k, v in attrs.items())
        inner = "".join(f'\n    <Label value={quoteattr(v)} background={quoteattr(COLOURS.get(v, "#ffd54f"))}/>'
                        for v in values)
        return f'  <Labels name="{name}" toName="{TO_NAME}"{extra}>{inner}\n  </Labels>'

    def per_region(tag: str, name: str, when: str | None, placeholder: str = "", choices: Iterable[str] = ()) -> str:
        common = f'name="{name}" toName="{TO_NAME}" perRegion="true"'
        if when:
            common += f' visibleWhen="region-selected" whenTagName="{when}"'
        if tag == "TextArea":
            return (f'    <TextArea {common} editable="true" maxSubmissions="1" rows="1" '
                    f'placeholder={quoteattr(placeholder)}/>')
        inner = "".join(f'<Choice value={quoteattr(c)}/>' for c in choices)
        return f'    <Choices {common} choice="single" showInline="true">{inner}</Choices>'

    mods = [m.value for m in DateMod]
    parts = [
        "<View>",
        '  <Style>.htx-text{ white-space: pre-wrap; }</Style>',
        '  <Header value="$file"/>',
        labels(ENTITY, [lab.value for lab in EntityLabel]),
        labels(DATE, [t.value for t in DateType]),
        labels(EVENT, [t.value for t in EventType]),
        labels(ACTOR, [ACTOR_LABEL]),
        labels(REGION, [REGION_LABEL]),
        f'  <Relations>\n    <Relation value="{ACTOR_RELATION}"/>\n  </Relations>',
        f'  <Text name="{TO_NAME}" value="$text" granularity="symbol"/>',
        '  <View>',
        # One `canonical` field serves entity and actor regions alike (control names must be unique).
        per_region("TextArea", "canonical", None, "canonical name (entities, actors; empty = the text)"),
        per_region("TextArea", "date_value", DATE, "TIMEX3 value: 2024-06, FY2024, P10Y, FUTURE_REF"),
        per_region("TextArea", "date_begin", DATE, "begin YYYY-MM-DD"),
        per_region("TextArea", "date_end", DATE, "end YYYY-MM-DD"),
        per_region("Choices", "date_mod", DATE, choices=mods),
        per_region("TextArea", "event_content", EVENT, "what is committed to"),
        per_region("TextArea", "event_date", EVENT, "linked date value"),
        per_region("TextArea", "event_location", EVENT, "linked place"),
        per_region("TextArea", "event_actors", EVENT, "actors without a span: text|canonical, one per line"),
        per_region("Choices", "event_negated", EVENT, choices=[NEGATED]),
        "  </View>",
        "</View>",
    ]
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------- export

def _rid(*parts: object) -> str:
    return content_id(*parts)[:10]


def _v(x: Any) -> Any:
    return getattr(x, "value", x)


def _labels_item(rid: str, control: str, s: int, e: int, text: str, label: str) -> dict[str, Any]:
    return {"id": rid, "from_name": control, "to_name": TO_NAME, "type": "labels",
            "value": {"start": s, "end": e, "text": text, "labels": [label]}}


def _textarea(rid: str, control: str, s: int, e: int, value: str) -> dict[str, Any]:
    return {"id": rid, "from_name": control, "to_name": TO_NAME, "type": "textarea",
            "value": {"start": s, "end": e, "text": [value]}}


def _choices(rid: str, control: str, s: int, e: int, choice: str) -> dict[str, Any]:
    return {"id": rid, "from_name": control, "to_name": TO_NAME, "type": "choices",
            "value": {"start": s, "end": e, "choices": [choice]}}


def records_to_result(entities: Iterable[Entity], dates: Iterable[DateItem], events: Iterable[Event],
                      regions: Optional[Iterable[tuple[int, int]]] = None) -> list[dict[str, Any]]:
    """Label Studio `result` items for kiroku records (ExtractionResult or GoldFile lists)."""
    out: list[dict[str, Any]] = []
    entity_ids: dict[tuple[int, int, str], str] = {}  # (start, end, canonical) -> region id
    for ent in entities:
        rid = _rid("entity", ent.start, ent.end, _v(ent.label))
        out.append(_labels_item(rid, ENTITY, ent.start, ent.end, ent.text, _v(ent.label)))
        if ent.canonical != ent.text:
            out.append(_textarea(rid, "canonical", ent.start, ent.end, ent.canonical))
        entity_ids.setdefault((ent.start, ent.end, ent.canonical), rid)
    for d in dates:
        rid = _rid("date", d.start, d.end)
        out.append(_labels_item(rid, DATE, d.start, d.end, d.text, _v(d.type)))
        for control, value in (("date_value", d.value), ("date_begin", d.begin), ("date_end", d.end_date)):
            if value is not None:
                out.append(_textarea(rid, control, d.start, d.end, value))
        if d.mod is not None:
            out.append(_choices(rid, "date_mod", d.start, d.end, _v(d.mod)))
    actor_ids: dict[tuple[int, int, str], str] = {}
    for ev in events:
        t = ev.trigger
        rid = _rid("event", t.start, t.end, _v(ev.type))
        out.append(_labels_item(rid, EVENT, t.start, t.end, t.text, _v(ev.type)))
        for control, value in (("event_content", ev.content), ("event_date", ev.date), ("event_location", ev.location)):
            if value:
                out.append(_textarea(rid, control, t.start, t.end, value))
        if ev.negated:
            out.append(_choices(rid, "event_negated", t.start, t.end, NEGATED))
        spanless = []
        for a in ev.actors:
            if a.start is None or a.end is None:
                spanless.append(a.text if (a.canonical or a.text) == a.text else f"{a.text}|{a.canonical}")
                continue
            canonical = a.canonical or a.text
            target = entity_ids.get((a.start, a.end, canonical))
            if target is None:
                key = (a.start, a.end, canonical)
                target = actor_ids.get(key)
                if target is None:
                    target = actor_ids[key] = _rid("actor", a.start, a.end, canonical)
                    out.append(_labels_item(target, ACTOR, a.start, a.end, a.text, ACTOR_LABEL))
                    if canonical != a.text:
                        out.append(_textarea(target, "canonical", a.start, a.end, canonical))
            out.append({"from_id": rid, "to_id": target, "type": "relation", "direction": "right",
                        "labels": [ACTOR_RELATION]})
        if spanless:
            out.append(_textarea(rid, "event_actors", t.start, t.end, "\n".join(spanless)))
    for s, e in regions or ():
        rid = _rid("region", s, e)
        out.append({"id": rid, "from_name": REGION, "to_name": TO_NAME, "type": "labels",
                    "value": {"start": s, "end": e, "labels": [REGION_LABEL]}})
    return out


def to_task(raw_text: str, records, *, file: str, published: Optional[str] = None,
            model_version: str = "kiroku", as_annotation: bool = False,
            regions: Optional[list[tuple[int, int]]] = None) -> dict[str, Any]:
    """One Label Studio task; kiroku's records go in `predictions` (pre-annotations) or, for review of
    existing gold, in `annotations`."""
    result = records_to_result(records.entities, records.dates, records.events, regions)
    data: dict[str, Any] = {"text": raw_text, "file": file}
    if published:
        data["published"] = str(published)
    task: dict[str, Any] = {"data": data}
    if as_annotation:
        task["annotations"] = [{"result": result, "ground_truth": False}]
    else:
        task["predictions"] = [{"model_version": model_version, "result": result}]
    return task


# ---------------------------------------------------------------- import

def _utf16_to_cp(raw: str) -> list[int]:
    """Index: UTF-16 unit offset -> code-point offset (only needed when astral characters occur)."""
    table = []
    for i, ch in enumerate(raw):
        table.append(i)
        if ord(ch) > 0xFFFF:
            table.append(i)
    table.append(len(raw))
    return table


def locate(raw: str, start: int, end: int, text: Optional[str], where: str) -> tuple[int, int]:
    """Code-point offsets for a Label Studio region; see the module note on offsets."""
    if text is None or raw[start:end] == text:
        if not (0 <= start <= end <= len(raw)):
            raise LabelStudioImportError(f"{where}: offsets [{start}, {end}) lie outside the text")
        return start, end
    if any(ord(c) > 0xFFFF for c in raw):
        table = _utf16_to_cp(raw)
        if end < len(table):
            s2, e2 = table[start], table[end]
            if raw[s2:e2] == text:
                return s2, e2
    # Nearest occurrence of the text (whitespace or line-ending drift in old exports).
    best = None
    for m in re.finditer(re.escape(text), raw):
        if best is None or abs(m.start() - start) < abs(best - start):
            best = m.start()
    if best is not None and abs(best - start) <= 50:
        return best, best + len(text)
    raise LabelStudioImportError(f"{where}: [{start}, {end}) reads {raw[start:end]!r}, not {text!r}")


def choose_annotation(task: dict[str, Any]) -> Optional[dict[str, Any]]:
    """The annotation to import: a ground-truth one first, else the latest; cancelled ones never."""
    anns = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if not anns:
        return None
    gt = [a for a in anns if a.get("ground_truth")]
    pool = gt or anns
    return max(enumerate(pool), key=lambda ia: (ia[1].get("updated_at") or ia[1].get("created_at") or "", ia[0]))[1]


def _text_of(item: dict[str, Any]) -> str:
    v = item.get("value", {}).get("text")
    if isinstance(v, list):
        return "\n".join(str(x) for x in v).strip()
    return "" if v is None else str(v).strip()


def task_to_gold(task: dict[str, Any], annotation: Optional[dict[str, Any]] = None) -> GoldFile:
    """A GoldFile from one exported task (its chosen annotation)."""
    data = task.get("data") or {}
    tid = task.get("id", "?")
    raw = data.get("text")
    if not isinstance(raw, str):
        raise LabelStudioImportError(f"task {tid}: data.text is missing")
    file = data.get("file") or data.get("path")
    if not file:
        raise LabelStudioImportError(f"task {tid}: data.file (the raw file name) is missing")
    ann = annotation if annotation is not None else choose_annotation(task)
    if ann is None:
        raise LabelStudioImportError(f"task {tid}: no (uncancelled) annotation")
    result = ann.get("result") or []

    regions_by_id: dict[str, dict[str, Any]] = {}
    fields: dict[str, dict[str, Any]] = {}  # region id -> {control: value}
    pending_fields: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    for item in result:
        kind = item.get("type")
        if kind == "relation":
            relations.append(item)
        elif kind == "labels":
            regions_by_id[item["id"]] = item
        elif kind in ("textarea", "choices"):
            pending_fields.append(item)
    # Locate every labelled region once.
    spans: dict[str, tuple[int, int]] = {}
    for rid, item in regions_by_id.items():
        v = item.get("value", {})
        where = f"task {tid}, region {rid}"
        if "start" not in v or "end" not in v:
            raise LabelStudioImportError(f"{where}: no start/end")
        spans[rid] = locate(raw, int(v["start"]), int(v["end"]), v.get("text"), where)
    by_offsets: dict[tuple[int, int], list[str]] = {}
    for rid, item in regions_by_id.items():
        v = item["value"]
        by_offsets.setdefault((int(v["start"]), int(v["end"])), []).append(rid)
    for item in pending_fields:
        rid = item.get("id")
        if rid not in regions_by_id:  # fall back to the region with the same offsets
            v = item.get("value", {})
            cands = by_offsets.get((v.get("start"), v.get("end")), [])
            if len(cands) != 1:
                continue  # a task-level field or an orphan: nothing to attach it to
            rid = cands[0]
        value: Any = item["value"].get("choices", []) if item["type"] == "choices" else _text_of(item)
        fields.setdefault(rid, {})[item["from_name"]] = value

    def label_of(rid: str) -> str:
        labs = regions_by_id[rid].get("value", {}).get("labels") or []
        if len(labs) != 1:
            raise LabelStudioImportError(f"task {tid}, region {rid}: expected one label, got {labs}")
        return labs[0]

    def span_text(rid: str) -> tuple[int, int, str]:
        s, e = spans[rid]
        return s, e, raw[s:e]

    entities, dates, events, regions = [], [], [], []
    actor_links: dict[str, list[str]] = {}
    for rel in relations:
        if ACTOR_RELATION in (rel.get("labels") or [ACTOR_RELATION]):
            actor_links.setdefault(rel["from_id"], []).append(rel["to_id"])
    try:
        for rid, item in regions_by_id.items():
            control = item.get("from_name")
            f = fields.get(rid, {})
            if control == REGION:
                regions.append(spans[rid])
            elif control == ENTITY:
                s, e, text = span_text(rid)
                entities.append(Entity(start=s, end=e, text=text, label=label_of(rid),
                                       canonical=f.get("canonical") or text))
            elif control == DATE:
                s, e, text = span_text(rid)
                mod = (f.get("date_mod") or [None])[0]
                dates.append(DateItem(start=s, end=e, text=text, type=label_of(rid),
                                      value=f.get("date_value") or None, begin=f.get("date_begin") or None,
                                      end_date=f.get("date_end") or None, mod=mod))
            elif control == EVENT:
                s, e, text = span_text(rid)
                actors = []
                for target in actor_links.get(rid, []):
                    if target not in regions_by_id:
                        raise LabelStudioImportError(f"task {tid}: relation to unknown region {target}")
                    a_s, a_e, a_text = span_text(target)
                    actors.append(Actor(text=a_text, canonical=fields.get(target, {}).get("canonical") or a_text,
                                        start=a_s, end=a_e))
                for line in (f.get("event_actors") or "").splitlines():
                    if line.strip():
                        a_text, _, canon = line.strip().partition("|")
                        actors.append(Actor(text=a_text, canonical=canon or a_text))
                events.append(Event(type=label_of(rid), trigger=Trigger(start=s, end=e, text=text), actors=actors,
                                    content=f.get("event_content") or None, date=f.get("event_date") or None,
                                    location=f.get("event_location") or None,
                                    negated=NEGATED in (f.get("event_negated") or [])))
    except LabelStudioImportError:
        raise
    except ValueError as exc:  # pydantic: a label or type outside the contract, a bad span
        raise LabelStudioImportError(f"task {tid}: {' '.join(str(exc).split())}") from None
    if not regions:
        regions = [tuple(r) for r in data.get("regions") or [(0, len(raw))]]
    extra = {"published": data["published"]} if data.get("published") else {}
    gold = GoldFile(file=file, regions=sorted(regions), entities=sorted(entities, key=lambda x: (x.start, x.end)),
                    dates=sorted(dates, key=lambda x: (x.start, x.end)),
                    events=sorted(events, key=lambda x: (x.trigger.start, x.trigger.end)), **extra)
    try:
        gold.check_offsets(raw)
    except ValueError as exc:
        raise LabelStudioImportError(f"task {tid}: {exc}") from None
    return gold


def export_to_gold(export: Any) -> tuple[list[GoldFile], list[str]]:
    """Every annotated task of a Label Studio JSON export; also the one-line reasons tasks were skipped."""
    if isinstance(export, dict):
        export = [export]
    if not isinstance(export, list):
        raise LabelStudioImportError("a Label Studio JSON export is a list of tasks")
    golds, skipped = [], []
    for task in export:
        ann = choose_annotation(task)
        if ann is None:
            skipped.append(f"task {task.get('id', '?')}: no annotation, skipped")
            continue
        golds.append(task_to_gold(task, ann))
    return golds, skipped
