"""Coded, one-line errors a user can act on (style: spacy/errors.py).

Every failure that stops one document carries a code from `ErrorCode`; the
batch records it in the `errors` table and goes on with the other documents.
"""
from __future__ import annotations

from enum import Enum


class ErrorCode(str, Enum):
    E001_EMPTY = "E001"
    E002_BINARY = "E002"
    E003_UNDECODABLE = "E003"
    E004_UNREADABLE = "E004"
    E005_UNSUPPORTED = "E005"
    E006_NO_TEXT_LAYER = "E006"
    E007_ENCRYPTED = "E007"
    E008_TOO_LARGE = "E008"
    E009_BROKEN = "E009"
    E010_PIPELINE = "E010"
    E020_CONFIG = "E020"
    E021_DATA_FILE = "E021"


MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.E001_EMPTY: "file is empty or holds only whitespace",
    ErrorCode.E002_BINARY: "file looks binary ({detail}), not a text report",
    ErrorCode.E003_UNDECODABLE: "file could not be decoded as UTF-8, CP932, EUC-JP or UTF-16 ({detail})",
    ErrorCode.E004_UNREADABLE: "file could not be read ({detail})",
    ErrorCode.E005_UNSUPPORTED: "unsupported file type {detail}",
    ErrorCode.E006_NO_TEXT_LAYER: "PDF has no text layer ({detail}; scanned?); run OCR first",
    ErrorCode.E007_ENCRYPTED: "PDF is encrypted ({detail}); decrypt it first",
    ErrorCode.E008_TOO_LARGE: "file is larger than the limit ({detail})",
    ErrorCode.E009_BROKEN: "file is damaged and could not be parsed ({detail})",
    ErrorCode.E010_PIPELINE: "processing failed: {detail}",
    ErrorCode.E020_CONFIG: "bad setting: {detail}",
    ErrorCode.E021_DATA_FILE: "bad data file {detail}",
}


class KirokuError(Exception):
    """An error with a code and a one-line message."""

    def __init__(self, code: ErrorCode, detail: str = "", path: str | None = None):
        self.code = code
        self.detail = detail
        self.path = path
        message = MESSAGES[code].format(detail=detail)
        # One line, always: newlines in details would break logs and the errors table.
        self.message = " ".join(message.split())
        super().__init__(f"{code.value}: {self.message}")

    def one_line(self) -> str:
        where = f"{printable_path(self.path)}: " if self.path else ""
        return f"{where}{self.code.value} {self.message}"


def printable_path(path: str) -> str:
    """A file name as one printable line: control characters (a newline in a name) shown escaped."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in str(path))
