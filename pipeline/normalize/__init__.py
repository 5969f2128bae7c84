"""Cleaning with an offset map back to the raw text. Pure: no I/O, no models."""
from .clean import normalize_with_offsets, sentence_spans
from .layout import load_layout_rules
from .offsets import Block, NormalizedText

__all__ = ["Block", "NormalizedText", "load_layout_rules", "normalize_with_offsets", "sentence_spans"]
