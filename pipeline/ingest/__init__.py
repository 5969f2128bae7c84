"""Files -> RawDocument: bytes, detected encoding, doc_id, decoded text.

Offsets everywhere in kiroku are code points into `RawDocument.text`: the bytes
decoded with the detected encoding, a leading BOM removed, line endings left as
they are.
"""
from __future__ import annotations

from .discover import SUPPORTED_SUFFIXES, discover_files, sidecar_path
from .encoding import decode_bytes, detect_encoding
from .reader import RawDocument, read_document, read_published_sidecar

__all__ = [
    "RawDocument",
    "SUPPORTED_SUFFIXES",
    "decode_bytes",
    "detect_encoding",
    "discover_files",
    "read_document",
    "read_published_sidecar",
    "sidecar_path",
]
