"""ExtractionResult -> rows of every table (no I/O)."""
from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd

from ..schema import ExtractionResult, content_id, is_commitment
from .rows import (
    TABLE_ROWS,
    DateRow,
    DocumentRow,
    EntityCatalogRow,
    EntityRow,
    ErrorRow,
    EventActorRow,
    EventRow,
    SentenceRow,
    columns,
)


class _SentenceIndex:
    """Find the sentence containing a raw offset."""

    def __init__(self, result: ExtractionResult):
        self.items = sorted((s.start, s.end, s.sentence_id) for s in result.sentences)  # type: ignore[attr-defined]

    def at(self, start: int) -> str | None:
        import bisect

        i = bisect.bisect_right(self.items, (start, float("inf"), "")) - 1
        if i >= 0 and self.items[i][0] <= start < max(self.items[i][1], self.items[i][0] + 1):
            return self.items[i][2]
        return None


def result_rows(result: ExtractionResult) -> dict[str, list[dict[str, Any]]]:
    doc = result.document
    doc_id = doc.doc_id
    sents = _SentenceIndex(result)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_ROWS}
    rows["documents"].append(DocumentRow(
        doc_id=doc_id, path=doc.path, title=doc.title, published=doc.published, encoding=doc.encoding,
        text_source=doc.text_source or "raw", text_path=doc.text_path, n_chars=doc.n_chars,
        n_sentences=len(result.sentences), n_entities=len(result.entities), n_dates=len(result.dates),
        n_events=len(result.events), pipeline_version=doc.pipeline_version,
    ).model_dump())
    for s in result.sentences:
        rows["sentences"].append(SentenceRow(
            sentence_id=s.sentence_id, doc_id=doc_id, sentence_index=s.index, start=s.start, end=s.end,  # type: ignore[attr-defined]
            kind=s.kind, text=s.text,
        ).model_dump())
    for e in result.entities:
        rows["entities"].append(EntityRow(
            entity_id=content_id(doc_id, e.start, e.end, e.label), doc_id=doc_id, sentence_id=sents.at(e.start),
            start=e.start, end=e.end, text=e.text, label=e.label, canonical=e.canonical, qid=e.qid, ene=e.ene,
            rule=e.rule,
        ).model_dump())
    catalog = Counter((e.canonical, e.label, e.qid) for e in result.entities)
    for (canonical, label, qid), n in sorted(catalog.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        rows["entity_catalog"].append(EntityCatalogRow(doc_id=doc_id, canonical=canonical, label=label, qid=qid,
                                                       mentions=n).model_dump())
    # One catalog row per (canonical, label): merge rows that differ only by qid.
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows["entity_catalog"]:
        key = (r["canonical"], r["label"])
        if key in merged:
            merged[key]["mentions"] += r["mentions"]
            merged[key]["qid"] = merged[key]["qid"] or r["qid"]
        else:
            merged[key] = r
    rows["entity_catalog"] = list(merged.values())
    for d in result.dates:
        rows["dates"].append(DateRow(
            date_id=content_id(doc_id, d.start, d.end, "date"), doc_id=doc_id, sentence_id=sents.at(d.start),
            start=d.start, end=d.end, text=d.text, type=d.type, value=d.value, begin=d.begin, end_date=d.end_date,
            mod=d.mod, rule=d.rule,
        ).model_dump())
    dates_by_value = {d.value: d for d in result.dates if d.value}
    for ev in result.events:
        event_id = content_id(doc_id, ev.trigger.start, ev.trigger.end, ev.type)
        linked = dates_by_value.get(ev.date) if ev.date else None
        sentence_start = ev.sentence.start if ev.sentence else None
        rows["events"].append(EventRow(
            event_id=event_id, doc_id=doc_id, sentence_id=sents.at(ev.trigger.start), type=ev.type,
            is_commitment=is_commitment(ev.type), trigger_start=ev.trigger.start, trigger_end=ev.trigger.end,
            trigger_text=ev.trigger.text, content=ev.content, date_value=ev.date,
            date_begin=getattr(ev, "date_begin", None) or (linked.begin if linked else None),
            date_end=getattr(ev, "date_end", None) or (linked.end_date if linked else None),
            date_mod=getattr(ev, "date_mod", None) or (linked.mod if linked else None),
            location=ev.location, negated=ev.negated, modality=getattr(ev, "modality", None),
            sentence_start=sentence_start,
            sentence_end=ev.sentence.end if ev.sentence else None, rule=ev.rule,
        ).model_dump())
        for i, a in enumerate(ev.actors):
            rows["event_actors"].append(EventActorRow(
                event_id=event_id, doc_id=doc_id, actor_index=i, text=a.text, canonical=a.canonical,
                label=getattr(a, "label", None), role=getattr(a, "role", None) or "actor", start=a.start, end=a.end,
            ).model_dump())
    return rows


def error_row(path: str, code: str, message: str, stage: str, doc_id: str | None = None) -> dict[str, Any]:
    return ErrorRow(error_id=content_id(path, doc_id, code, stage), doc_id=doc_id, path=path, code=code,
                    message=message, stage=stage).model_dump()


def to_frames(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pd.DataFrame]:
    """Fixed columns and dtypes, whatever the number of rows."""
    frames = {}
    for table in TABLE_ROWS:
        frames[table] = pd.DataFrame(rows.get(table, []), columns=columns(table))
    return frames
