"""Table rows as pydantic models: the fixed columns of every output table."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocumentRow(_Row):
    doc_id: str
    path: str
    title: Optional[str]
    published: Optional[str]
    encoding: str
    text_source: str
    text_path: Optional[str]
    n_chars: int
    n_sentences: int
    n_entities: int
    n_dates: int
    n_events: int
    pipeline_version: str


class SentenceRow(_Row):
    sentence_id: str
    doc_id: str
    sentence_index: int
    start: int
    end: int
    kind: str
    text: str


class EntityRow(_Row):
    entity_id: str
    doc_id: str
    sentence_id: Optional[str]
    start: int
    end: int
    text: str
    label: str
    canonical: str
    qid: Optional[str]
    ene: Optional[str]
    rule: Optional[str]


class DateRow(_Row):
    date_id: str
    doc_id: str
    sentence_id: Optional[str]
    start: int
    end: int
    text: str
    type: str
    value: Optional[str]
    begin: Optional[str]
    end_date: Optional[str]
    mod: Optional[str]
    rule: Optional[str]


class EventRow(_Row):
    event_id: str
    doc_id: str
    sentence_id: Optional[str]
    type: str
    is_commitment: bool
    trigger_start: int
    trigger_end: int
    trigger_text: str
    content: Optional[str]
    date_value: Optional[str]
    date_begin: Optional[str]
    date_end: Optional[str]
    date_mod: Optional[str]
    location: Optional[str]
    negated: bool
    modality: Optional[str]  # "weak" for 検討-style intentions, else null
    sentence_start: Optional[int]
    sentence_end: Optional[int]
    rule: Optional[str]


class EventActorRow(_Row):
    event_id: str
    doc_id: str
    actor_index: int
    text: str
    canonical: Optional[str]
    label: Optional[str]
    role: str
    start: Optional[int]
    end: Optional[int]


class EntityCatalogRow(_Row):
    doc_id: str
    canonical: str
    label: str
    qid: Optional[str]
    mentions: int


class ErrorRow(_Row):
    error_id: str
    doc_id: Optional[str]
    path: str
    code: str
    message: str
    stage: str


TABLE_ROWS: dict[str, type[_Row]] = {
    "documents": DocumentRow,
    "sentences": SentenceRow,
    "entities": EntityRow,
    "dates": DateRow,
    "events": EventRow,
    "event_actors": EventActorRow,
    "entity_catalog": EntityCatalogRow,
    "errors": ErrorRow,
}

#: Natural keys: a re-run replaces rows with the same key.
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "sentences": ("sentence_id",),
    "entities": ("entity_id",),
    "dates": ("date_id",),
    "events": ("event_id",),
    "event_actors": ("event_id", "actor_index"),
    "entity_catalog": ("doc_id", "canonical", "label"),
    "errors": ("error_id",),
}


def columns(table: str) -> list[str]:
    return list(TABLE_ROWS[table].model_fields)
