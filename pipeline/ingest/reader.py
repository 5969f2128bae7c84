"""Reading one report file into a RawDocument."""
from __future__ import annotations

import errno
import hashlib
import json
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import ErrorCode, KirokuError
from .discover import sidecar_path
from .encoding import decode_bytes

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
MARKUP_SUFFIXES = {".html", ".htm"}
PDF_SUFFIXES = {".pdf"}
#: Most characters analysed in one document (~9 MB of Japanese UTF-8; a 1,000-page white paper has ~2M).
MAX_TEXT_CHARS = 3_000_000


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
                # A news item's first line is a whole paragraph: its first sentence is the title.
                end = line.find("。")
                return (line[: end + 1] if 0 < end < 120 else line[:120]).strip()
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


def _read_bytes(path: Path, max_bytes: int, why: str = "max_file_bytes") -> bytes:
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            # A FIFO or device would block or never end; a directory is not a report.
            what = "a directory" if stat.S_ISDIR(st.st_mode) else "not a regular file"
            raise KirokuError(ErrorCode.E004_UNREADABLE, what, str(path))
        if st.st_size > max_bytes:
            raise KirokuError(ErrorCode.E008_TOO_LARGE, f"{st.st_size:,} bytes > {max_bytes:,} bytes, {why}", str(path))
        return path.read_bytes()
    except KirokuError:
        raise
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        if exc.errno == errno.ELOOP:
            reason = "symbolic link loop"
        elif path.is_symlink() and not path.exists():
            reason = "broken symbolic link"
        raise KirokuError(ErrorCode.E004_UNREADABLE, reason, str(path)) from None


def read_document(path: Path | str, max_bytes: int = 200 * 1024 * 1024, max_chars: int = MAX_TEXT_CHARS) -> RawDocument:
    """Read and decode one report; raise KirokuError with a one-line reason on bad input.

    Two limits: `max_bytes` on the file (PDFs carry images, so it is generous) and
    `max_chars` on the text to analyse. A text file too big to hold `max_chars`
    characters even at 4 bytes each is refused before it is decoded.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    # Text needs at most 4 bytes a character: a bigger text file is refused before it is read.
    if suffix in TEXT_SUFFIXES and 4 * max_chars < max_bytes:
        data = _read_bytes(path, 4 * max_chars, f"4 bytes x max_text_chars {max_chars:,}; split the file")
    else:
        data = _read_bytes(path, max_bytes)
    doc_id = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise KirokuError(ErrorCode.E001_EMPTY, path=str(path))
    try:
        # A PDF saved as .txt or without a suffix is still a PDF: its magic number says so.
        if suffix in PDF_SUFFIXES or (suffix in TEXT_SUFFIXES and data.startswith(b"%PDF-")):
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
    if len(text) > max_chars:
        raise KirokuError(ErrorCode.E008_TOO_LARGE, f"{len(text):,} characters > {max_chars:,} (max_text_chars); "
                          "split the file", str(path))
    return RawDocument(
        path=str(path),
        doc_id=doc_id,
        encoding=encoding,
        text=text,
        text_source=source,
        published=read_published_sidecar(path),
        n_bytes=len(data),
    )
