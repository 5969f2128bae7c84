"""The core recipe, free of Prefect: raw text -> cleaned copy -> GiNZA -> entities, dates, events.

Both `cli.py` and `flows/` call these functions; nothing here knows about
storage or orchestration.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from .extract.dates import extract_dates, find_published
from .extract.events import extract_events
from .ingest import RawDocument, read_document
from .nlp import ParsedDocument, load_nlp, parse_many
from .normalize import normalize_with_offsets
from .schema import DocumentInfo, ExtractionResult, Sentence, content_id
from .version import pipeline_version

log = logging.getLogger(__name__)


@dataclass
class ProcessedDocument:
    raw: RawDocument
    result: ExtractionResult

    @property
    def raw_text(self) -> str:
        return self.raw.text


def _published(raw: RawDocument, override: date | None) -> date | None:
    """CLI option and sidecar win; else the report's own dateline."""
    return override or raw.published or find_published(raw.text)


def _sentences(parsed: ParsedDocument, doc_id: str) -> list[Sentence]:
    out = []
    for s in parsed.sentences:
        rs, re_ = parsed.raw_span(s.start, s.end)
        out.append(Sentence(start=rs, end=re_, text=parsed.norm.raw[rs:re_], index=s.index, kind=s.kind,
                            sentence_id=content_id(doc_id, rs, re_)))
    return out


def build_result(raw: RawDocument, parsed: ParsedDocument, published: date | None) -> ExtractionResult:
    from .extract.entities import extract_entities

    entities = extract_entities(parsed)
    dates = extract_dates(parsed, published)
    events = extract_events(parsed, entities, dates)
    info = DocumentInfo(
        doc_id=raw.doc_id,
        path=raw.path,
        title=raw.title,
        published=published.isoformat() if published else None,
        encoding=raw.encoding,
        n_chars=len(raw.text),
        pipeline_version=pipeline_version(),
        text_source=raw.text_source,
    )
    return ExtractionResult(document=info, entities=entities, dates=dates, events=events,
                            sentences=_sentences(parsed, raw.doc_id))


def process_raw_documents(
    raws: Iterable[tuple[RawDocument, date | None]],
    nlp=None,
    n_process: int = 1,
    batch_size: int = 64,
) -> Iterator[ProcessedDocument]:
    """Stream documents through one nlp.pipe; yields in input order."""
    queue: list[tuple[RawDocument, date | None]] = []

    def norms():
        for raw, published in raws:
            queue.append((raw, _published(raw, published)))
            yield normalize_with_offsets(raw.text)

    for parsed in parse_many(norms(), nlp=nlp or load_nlp(), n_process=n_process, batch_size=batch_size):
        raw, published = queue.pop(0)
        yield ProcessedDocument(raw, build_result(raw, parsed, published))


def extract_file(path: Path | str, *, published: date | None = None, nlp=None) -> ProcessedDocument:
    raw = read_document(Path(path))
    return next(process_raw_documents([(raw, published)], nlp=nlp))


def extract_text(text: str, *, published: date | None = None, nlp=None, path: str = "<text>") -> ExtractionResult:
    import hashlib

    raw = RawDocument(path=path, doc_id=hashlib.sha256(text.encode("utf-8")).hexdigest(), encoding="utf-8",
                      text=text, n_bytes=len(text.encode("utf-8")))
    return next(process_raw_documents([(raw, published)], nlp=nlp)).result


def extract_texts(texts: Iterable[str], *, nlp=None, n_process: int = 1) -> Iterator[ExtractionResult]:
    """Many short texts (benchmarks) through one nlp.pipe stream."""
    import hashlib

    def raws():
        for i, text in enumerate(texts):
            yield RawDocument(path=f"<text {i}>", doc_id=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                              encoding="utf-8", text=text), None

    for processed in process_raw_documents(raws(), nlp=nlp, n_process=n_process):
        yield processed.result
