"""The dates layer: find and normalise Japanese temporal expressions (contract, Dates).

    find_dates(text, published)   -> DateItems with offsets into `text` (raw or cleaned)
    find_published(text)          -> the report's own date, or None
    extract_dates(parsed, published) -> DateItems with raw offsets and sentence_index

The recipe (after ja-timex): fold the text, run the rule table of models/dates,
keep the leftmost-longest matches, join ranges written once, attach modifiers,
then anchor years on `published` and on the date mentioned last.
"""
from __future__ import annotations

import bisect
import datetime as dt
from typing import Optional

from pipeline.extract.dates.anchors import resolve
from pipeline.extract.dates.lexicon import load_lexicon
from pipeline.extract.dates.published import find_published, find_published_rule
from pipeline.extract.dates.scan import scan
from pipeline.schema import DateItem

__all__ = ["extract_dates", "find_dates", "find_published", "find_published_rule"]


def _iso(d: Optional[dt.date]) -> Optional[str]:
    return d.isoformat() if d else None


def find_dates(text: str, published: Optional[dt.date] = None) -> list[DateItem]:
    """Every temporal expression of `text`, in text order, as DateItems (offsets into `text`)."""
    lex = load_lexicon()
    items = []
    for r in resolve(scan(text, lex), published, text):
        f = r.found
        item = DateItem(
            start=f.start, end=f.end, text=text[f.start:f.end], type=r.type, value=r.value,
            begin=_iso(r.begin), end_date=_iso(r.end), mod=r.mod, rule=f.rule,
        )
        if f.citation:
            item.citation = True  # an access date of a reference: not used as an anchor
        items.append(item)
    return items


def extract_dates(parsed, published: Optional[dt.date]) -> list[DateItem]:
    """find_dates over the cleaned text, spans mapped back to raw offsets, with sentence_index.

    Needs only parsed.norm.text, parsed.norm.raw, parsed.norm.raw_span and
    parsed.sentences[i].start/.end/.index.
    """
    norm = parsed.norm
    sentences = sorted(parsed.sentences, key=lambda s: s.start)
    starts = [s.start for s in sentences]
    out = []
    for item in find_dates(norm.text, published):
        rs, re_ = norm.raw_span(item.start, item.end)
        k = bisect.bisect_right(starts, item.start) - 1
        sent = sentences[k] if k >= 0 and sentences[k].start <= item.start < sentences[k].end else None
        data = item.model_dump()
        data.update(start=rs, end=re_, text=norm.raw[rs:re_],
                    sentence_index=sent.index if sent is not None else None)
        out.append(DateItem(**data))
    return out
