"""The extraction contract (../shared/contract.md) as pydantic models and enums.

Imports nothing else from kiroku. Every other module speaks these shapes:
extractors return them, tables flatten them, the evaluator reads them from
gold files and from predictions alike.
"""
from __future__ import annotations

import hashlib
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator


class EntityLabel(str, Enum):
    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    LOC = "LOC"
    FACILITY = "FACILITY"
    EVENT = "EVENT"
    DOCUMENT = "DOCUMENT"
    TECHNOLOGY = "TECHNOLOGY"
    PRODUCT = "PRODUCT"


class DateType(str, Enum):
    DATE = "DATE"
    DURATION = "DURATION"


class DateMod(str, Enum):
    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"
    BEFORE = "BEFORE"
    AFTER = "AFTER"


class EventType(str, Enum):
    MEET = "MEET"
    ANNOUNCE = "ANNOUNCE"
    AGREE = "AGREE"
    PLEDGE = "PLEDGE"
    INTEND = "INTEND"
    ESTABLISH = "ESTABLISH"
    ADOPT = "ADOPT"
    SUPPORT = "SUPPORT"
    ACTION = "ACTION"


#: Every event type but MEET and ANNOUNCE is a commitment (contract, Events).
COMMITMENT_TYPES = frozenset(t for t in EventType if t not in (EventType.MEET, EventType.ANNOUNCE))


def is_commitment(event_type: str | EventType) -> bool:
    return EventType(event_type) in COMMITMENT_TYPES


def content_id(*parts: object) -> str:
    """Stable id from content: re-runs give the same ids (style habit 5)."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:16]


class _Model(BaseModel):
    # Extra fields are allowed: the contract says "add fields freely".
    model_config = ConfigDict(extra="allow", use_enum_values=True)


class Span(_Model):
    """A [start, end) code-point range into the decoded raw text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} < start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError(f"span [{self.start},{self.end}) does not fit text of length {len(self.text)}")
        return self

    def check_against(self, raw: str) -> None:
        if raw[self.start:self.end] != self.text:
            raise ValueError(
                f"span [{self.start},{self.end}) reads {raw[self.start:self.end]!r} in the raw text, not {self.text!r}"
            )


class Entity(Span):
    label: EntityLabel
    canonical: str
    ene: Optional[str] = None
    qid: Optional[str] = None
    rule: Optional[str] = None  # id of the rule or model that made it


class DateItem(Span):
    type: DateType
    value: Optional[str] = None
    begin: Optional[str] = None
    end_date: Optional[str] = None
    mod: Optional[DateMod] = None
    rule: Optional[str] = None


class Trigger(Span):
    pass


class Actor(_Model):
    text: str
    canonical: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None


class SentenceRef(_Model):
    start: int
    end: int


class Event(_Model):
    type: EventType
    trigger: Trigger
    actors: list[Actor] = Field(default_factory=list)
    content: Optional[str] = None
    date: Optional[str] = None
    location: Optional[str] = None
    negated: bool = False
    sentence: Optional[SentenceRef] = None
    rule: Optional[str] = None


class Sentence(Span):
    """A sentence of the cleaned text, as raw offsets. `kind` is body, heading, bullet or footnote."""

    index: int
    kind: str = "body"


class DocumentInfo(_Model):
    doc_id: str
    path: str
    title: Optional[str] = None
    published: Optional[str] = None
    encoding: str
    n_chars: int
    pipeline_version: str
    text_source: str = "raw"  # "raw": offsets into the decoded file; "extracted": into the text pulled out of HTML/PDF
    text_path: Optional[str] = None  # where the extracted text was written (outputs/text/<doc_id>.txt)


class ExtractionResult(_Model):
    """What `kiroku extract FILE --format json` prints (plus `sentences`)."""

    document: DocumentInfo
    entities: list[Entity] = Field(default_factory=list)
    dates: list[DateItem] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)

    def check_offsets(self, raw: str) -> None:
        """Raise if any span does not read its own text in `raw`."""
        for item in [*self.entities, *self.dates, *self.sentences]:
            item.check_against(raw)
        for ev in self.events:
            ev.trigger.check_against(raw)


class GoldFile(_Model):
    """annotations/<raw file name>.json"""

    file: str
    regions: list[tuple[int, int]]
    entities: list[Entity] = Field(default_factory=list)
    dates: list[DateItem] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    def check_offsets(self, raw: str) -> None:
        for s, e in self.regions:
            if not (0 <= s <= e <= len(raw)):
                raise ValueError(f"region [{s},{e}) lies outside the text (length {len(raw)})")
        for item in [*self.entities, *self.dates]:
            item.check_against(raw)
        for ev in self.events:
            ev.trigger.check_against(raw)
            for a in ev.actors:
                if a.start is not None and a.end is not None and raw[a.start:a.end] != a.text:
                    raise ValueError(f"actor [{a.start},{a.end}) does not read {a.text!r}")
