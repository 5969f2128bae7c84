"""GiNZA, loaded once per process, over the cleaned text's sentences.

Each sentence is parsed as its own spaCy Doc: GiNZA does not split sentences on
line breaks, our segmenter does (headings, bullets), and short Docs keep every
input far under SudachiPy's 49,149-byte limit.
"""
from __future__ import annotations

from .loader import load_nlp
from .parsed import ParsedDocument, SentenceDoc, parse, parse_many

__all__ = ["ParsedDocument", "SentenceDoc", "load_nlp", "parse", "parse_many"]
