"""Per-sentence views over a ParsedDocument: raw offsets of tokens, the entities and dates inside.

Entities and dates arrive with raw offsets; tokens live in the cleaned text. A
SentenceView maps every token to its raw range once, so the other modules can
relate the three by token index.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Mention:
    """An entity inside one sentence, with the tokens it overlaps ([first, last))."""

    entity: object  # schema.Entity
    first: int
    last: int

    @property
    def label(self) -> str:
        return str(getattr(self.entity.label, "value", self.entity.label))


@dataclass
class DateRef:
    item: object  # schema.DateItem
    first: int
    last: int


@dataclass
class SentenceView:
    index: int
    kind: str
    block: int
    doc: object  # spacy Doc or None when the sentence has no parse
    raw_start: int
    raw_end: int
    text: str  # cleaned text of the sentence (doc.text)
    tok_raw: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)

    def raw_of(self, first: int, last: int) -> tuple[int, int]:
        """Raw range covering tokens [first, last)."""
        return self.tok_raw[first][0], self.tok_raw[last - 1][1]

    def mention_at(self, i: int) -> Optional[Mention]:
        for m in self.mentions:
            if m.first <= i < m.last:
                return m
        return None

    def mentions_in(self, first: int, last: int) -> list[Mention]:
        return [m for m in self.mentions if m.first < last and first < m.last]

    @property
    def calendar_dates(self) -> list[DateRef]:
        """The DATE items of the sentence (no DURATION)."""
        return [d for d in self.dates if str(getattr(d.item.type, "value", d.item.type)) == "DATE"]

    def dates_in(self, first: int, last: int) -> list[DateRef]:
        return [d for d in self.dates if d.first < last and first < d.last]


def _overlapping_tokens(tok_raw: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    idx = [i for i, (s, e) in enumerate(tok_raw) if s < end and start < e]
    if not idx:
        return None
    return idx[0], idx[-1] + 1


def build_views(parsed, entities, dates) -> list[SentenceView]:
    norm = parsed.norm
    block_starts = [b.start for b in norm.blocks]
    ents = sorted(entities, key=lambda e: e.start)
    ent_starts = [e.start for e in ents]
    dts = sorted((d for d in dates if not getattr(d, "citation", False)), key=lambda d: d.start)
    dt_starts = [d.start for d in dts]
    views = []
    for s in parsed.sentences:
        rs, re_ = parsed.raw_span(s.start, s.end)
        b = bisect.bisect_right(block_starts, s.start) - 1
        doc = s.doc
        view = SentenceView(index=s.index, kind=s.kind, block=b, doc=doc, raw_start=rs, raw_end=re_,
                            text=norm.text[s.start:s.end])
        if doc is not None and len(doc) > 0:
            for t in doc:
                a = s.start + t.idx
                view.tok_raw.append(parsed.raw_span(a, a + len(t.text)))
            lo = bisect.bisect_left(ent_starts, rs)
            # entities may start a little before a sentence they overlap; scan back a few
            for e in ents[max(0, lo - 3):bisect.bisect_left(ent_starts, re_)]:
                if e.start < re_ and rs < e.end:
                    span = _overlapping_tokens(view.tok_raw, e.start, e.end)
                    if span:
                        view.mentions.append(Mention(e, *span))
            for d in dts[bisect.bisect_left(dt_starts, rs):bisect.bisect_left(dt_starts, re_)]:
                span = _overlapping_tokens(view.tok_raw, d.start, d.end)
                if span:
                    view.dates.append(DateRef(d, *span))
        views.append(view)
    return views
