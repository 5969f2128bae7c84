"""Reading one report file into a RawDocument."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import ErrorCode, KirokuError
from .discover import sidecar_path
from .encoding import decode_bytes

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
MARKUP_SUFFIXES = {".html", ".htm"}
PDF_SUFFIXES = {".pdf"}


@dataclass
class RawDocument:
    path: str
    doc_id: str  # sha256 of the file's bytes
    encoding: str
    text: str  # the text offsets point into
    text_source: str = "raw"  # "raw": decoded file; "extracted": text pulled out of HTML/PDF
    published: date | None = None  # from the sidecar, when there is one
    n_bytes: int = 0

    @property
    def title(self) -> str | None:
        for line in self.text.splitlines():
            line = line.strip().strip("#").strip()
            if line:
                return line[:200]
        return None


def read_published_sidecar(path: Path) -> date | None:
    """`report.txt.meta.json` holding {"published": "YYYY-MM-DD"}; None when absent or unreadable."""
    meta = sidecar_path(Path(path))
    if not meta.is_file():
        return None
    try:
        value = json.loads(meta.read_text(encoding="utf-8")).get("published")
        return date.fromisoformat(value) if value else None
    except (OSError, ValueError, AttributeError, TypeError):
        return None


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise KirokuError(ErrorCode.E008_TOO_LARGE, f"{size} bytes > {max_bytes}", str(path))
        return path.read_bytes()
    except KirokuError:
        raise
    except OSError as exc:
        raise KirokuError(ErrorCode.E004_UNREADABLE, exc.strerror or type(exc).__name__, str(path)) from None


def read_document(path: Path | str, max_bytes: int = 200 * 1024 * 1024) -> RawDocument:
    """Read and decode one report; raise KirokuError with a one-line reason on bad input."""
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    doc_id = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise KirokuError(ErrorCode.E001_EMPTY, path=str(path))
    suffix = path.suffix.lower()
    try:
        if suffix in PDF_SUFFIXES:
            from .formats import extract_pdf

            text, encoding, source = extract_pdf(data), "pdf", "extracted"
        elif suffix in MARKUP_SUFFIXES:
            from .formats import extract_html

            text, encoding, source = extract_html(data), "html", "extracted"
        elif suffix in TEXT_SUFFIXES:
            text, encoding = decode_bytes(data)
            source = "raw"
        else:
            raise KirokuError(ErrorCode.E005_UNSUPPORTED, repr(suffix))
    except KirokuError as exc:
        exc.path = str(path)
        raise
    if not text.strip():
        raise KirokuError(ErrorCode.E001_EMPTY, path=str(path))
    return RawDocument(
        path=str(path),
        doc_id=doc_id,
        encoding=encoding,
        text=text,
        text_source=source,
        published=read_published_sidecar(path),
        n_bytes=len(data),
    )
