"""Encoding detection for Japanese reports: BOMs, strict UTF-8, UTF-16, CP932, EUC-JP."""
from __future__ import annotations

import codecs
import re

from ..errors import ErrorCode, KirokuError

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
]

# Magic numbers of common binary formats that are not reports.
_MAGIC = {
    b"\x89PNG": "PNG image",
    b"PK\x03\x04": "ZIP archive",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "ELF executable",
    b"%PDF": "PDF document",
}

_JA_CHARS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")
# C0 controls no text file carries (tab, line breaks, form feed and ESC excepted).
_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_PRINTABLE_ASCII = re.compile(r"[\x20-\x7e\t\r\n]")


def _score(text: str) -> float:
    """Share of characters that are Japanese script or plain ASCII: high for the right codec."""
    if not text:
        return 0.0
    good = len(_JA_CHARS.findall(text)) + len(_PRINTABLE_ASCII.findall(text))
    return good / len(text)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-heavy text leaves NULs at every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    candidates = []
    if odd_nul > 0.3 and even_nul < 0.05:
        candidates.append("utf-16-le")
    if even_nul > 0.3 and odd_nul < 0.05:
        candidates.append("utf-16-be")
    for codec in candidates:
        try:
            data.decode(codec)
            return codec
        except UnicodeDecodeError:
            continue
    # Japanese-only UTF-16 has few NULs; accept it when it decodes and scores well.
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _score(text) > 0.97 and len(_JA_CHARS.findall(text)) > len(text) * 0.5:
            return codec
    return None


def _utf8_status(data: bytes) -> str | None:
    """"utf-8" when `data` is UTF-8; "utf-8-truncated" when only its last character was cut off."""
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A file cut short mid-character (a broken download): the tail bytes cannot decode, the rest is fine.
        if exc.reason == "unexpected end of data" and exc.end == len(data) and exc.start >= len(data) - 3:
            return "utf-8-truncated"
        return None


def detect_encoding(data: bytes) -> tuple[str, str]:
    """Return (python codec, contract name) for `data` or raise KirokuError.

    Order: BOM, strict UTF-8, UTF-16 heuristics, then CP932 vs EUC-JP by which
    decodes strictly and reads most like Japanese.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return codec, name
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise KirokuError(ErrorCode.E002_BINARY, what)
    utf8 = _utf8_status(data) is not None  # a cut-off last character is dealt with by decode_bytes
    if utf8 and b"\x00" not in data[:65536]:
        return "utf-8", "utf-8"
    utf16 = _looks_utf16(data)
    if utf16:
        return utf16, "utf-16"
    if utf8 and data.count(b"\x00") <= max(1, len(data) // 100):
        return "utf-8", "utf-8"  # a UTF-8 text with stray NULs: the cleaner drops control characters
    if data.count(b"\x00") > max(1, len(data) // 100):
        raise KirokuError(ErrorCode.E002_BINARY, "NUL bytes")
    best: tuple[float, str, str] | None = None
    for codec, name in (("cp932", "cp932"), ("euc_jp", "euc-jp")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _score(text)
        if best is None or score > best[0]:
            best = (score, codec, name)
    if best is not None and best[0] >= 0.9:
        return best[1], best[2]
    if len(_BINARY_CONTROL.findall(data)) > len(data) * 0.02:
        raise KirokuError(ErrorCode.E002_BINARY, "control bytes")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KirokuError(ErrorCode.E003_UNDECODABLE, f"first bad byte at {exc.start}") from None
    raise KirokuError(ErrorCode.E002_BINARY, "control bytes")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode report bytes: (text without BOM, encoding name). Line endings untouched."""
    codec, name = detect_encoding(data)
    if codec == "utf-8" and _utf8_status(data) == "utf-8-truncated":
        # The incomplete last character becomes one U+FFFD: visible, and dropped by the cleaner.
        text = data.decode("utf-8", errors="replace")
    else:
        text = data.decode(codec)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, name
