"""Parsing cleaned documents sentence by sentence with nlp.pipe."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

from ..normalize import NormalizedText, sentence_spans
from .loader import load_nlp


@dataclass
class SentenceDoc:
    index: int
    start: int  # offset in norm.text
    end: int
    kind: str  # body | heading | bullet | footnote
    doc: object  # spacy.tokens.Doc; doc.text == norm.text[start:end]


@dataclass
class ParsedDocument:
    norm: NormalizedText
    sentences: list[SentenceDoc] = field(default_factory=list)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.norm.raw_span(start, end)

    def sentence_at(self, norm_offset: int) -> SentenceDoc | None:
        """The sentence containing a cleaned-text offset (binary search)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].end <= norm_offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.sentences) and self.sentences[lo].start <= norm_offset < self.sentences[lo].end:
            return self.sentences[lo]
        return None


def parse_many(
    norms: Iterable[NormalizedText],
    nlp=None,
    n_process: int = 1,
    batch_size: int = 64,
) -> Iterator[ParsedDocument]:
    """Parse many cleaned documents in one nlp.pipe stream, yielding them in order.

    Documents are consumed lazily; sentences of all documents share batches and
    worker processes, so short documents do not starve the workers.
    """
    nlp = nlp or load_nlp()
    pending: dict[int, tuple[ParsedDocument, int]] = {}
    next_out = 0

    def feed() -> Iterator[tuple[str, tuple[int, int]]]:
        for d_i, norm in enumerate(norms):
            spans = sentence_spans(norm)
            parsed = ParsedDocument(norm, [SentenceDoc(i, s, e, kind, None) for i, (s, e, kind) in enumerate(spans)])
            # Register every sentence before the first is yielded: a document is complete only when all are parsed.
            pending[d_i] = (parsed, len(spans))
            for sent in parsed.sentences:
                yield norm.text[sent.start:sent.end], (d_i, sent.index)

    for doc, (d_i, s_i) in nlp.pipe(feed(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        parsed, _ = pending[d_i]
        parsed.sentences[s_i].doc = doc
        while next_out in pending and all(s.doc is not None for s in pending[next_out][0].sentences):
            yield pending.pop(next_out)[0]
            next_out += 1
    while next_out in pending:  # documents with no sentences at all
        yield pending.pop(next_out)[0]
        next_out += 1


def parse(norm: NormalizedText, nlp=None, n_process: int = 1) -> ParsedDocument:
    return next(iter(parse_many([norm], nlp=nlp, n_process=n_process)))
