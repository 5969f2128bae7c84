"""A cleaned copy of the raw text with a map from every cleaned character back to raw offsets."""
from __future__ import annotations

import unicodedata
from array import array
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    """A run of the cleaned text: one paragraph, heading, bullet or footnote."""

    start: int
    end: int
    kind: str  # body | heading | bullet | footnote
    rule: str | None = None


@dataclass
class NormalizedText:
    raw: str
    text: str
    src_start: array  # raw offset where cleaned char i comes from
    src_end: array  # raw offset just after it
    blocks: list[Block] = field(default_factory=list)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the cleaned range [start, end) to the raw range covering the same characters."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"range [{start},{end}) outside cleaned text of length {len(self.text)}")
        if start == end:
            pos = self.src_start[start] if start < len(self.text) else len(self.raw)
            return pos, pos
        rs, re_ = self.src_start[start], self.src_end[end - 1]
        # Synthetic separators are zero-width: trim them so the span starts and ends on real text.
        while start < end and self.src_start[start] == self.src_end[start]:
            start += 1
            rs = self.src_start[start] if start < end else rs
        while end > start and self.src_start[end - 1] == self.src_end[end - 1]:
            end -= 1
            re_ = self.src_end[end - 1] if end > start else re_
        return rs, max(rs, re_)

    def raw_text(self, start: int, end: int) -> tuple[int, int, str]:
        rs, re_ = self.raw_span(start, end)
        return rs, re_, self.raw[rs:re_]


_HALFWIDTH_MARKS = "\uff9e\uff9f"


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class OffsetBuilder:
    """Builds cleaned text piece by piece, remembering where each character came from."""

    def __init__(self, raw: str):
        self.raw = raw
        self.parts: list[str] = []
        self.src_start = array("l")
        self.src_end = array("l")
        self.length = 0

    def emit_raw(self, i: int, j: int, drop: str = "\ufffd", tab_to_space: bool = True) -> None:
        """Append raw[i:j], NFKC-normalised character by character, dropping `drop` characters."""
        seg = self.raw[i:j]
        if seg.isascii() and seg.isprintable():
            self.parts.append(seg)
            self.src_start.extend(range(i, j))
            self.src_end.extend(range(i + 1, j + 1))
            self.length += j - i
            return
        k = i
        while k < j:
            ch = self.raw[k]
            width = 1
            if ch in drop or (ch < " " and ch != "\t") or ch == "\x7f":
                # Debris standing for a lost space between Latin words keeps them apart.
                if 0 < k < len(self.raw) - 1 and _latin(self.raw[k - 1]) and _latin(self.raw[k + 1]):
                    self._push(" ", k, k + 1)
                k += 1
                continue
            if ch == "\t" and tab_to_space:
                out = " "
            elif ch.isascii():
                out = ch
            elif k + 1 < j and self.raw[k + 1] in _HALFWIDTH_MARKS:
                # Half-width kana + voiced mark compose into one character (ｶﾞ -> ガ).
                width = 2
                out = unicodedata.normalize("NFKC", self.raw[k:k + 2])
            else:
                out = unicodedata.normalize("NFKC", ch)
            for oc in out:
                self._push(oc, k, k + width)
            if "\u2460" <= ch <= "\u24ff" and out.isdigit() and k + 1 < j and not self.raw[k + 1].isspace():
                # A circled number is a list marker (①ISC総会): NFKC makes it a digit that would glue to the
                # word after it (1ISC総会), so a space with no raw source keeps them apart.
                self._push(" ", k + 1, k + 1)
            k += width

    def _push(self, ch: str, s: int, e: int) -> None:
        self.parts.append(ch)
        self.src_start.append(s)
        self.src_end.append(e)
        self.length += 1

    def emit_synthetic(self, s: str, at: int) -> None:
        """Append characters with no raw source (separators): they map to an empty raw range."""
        for oc in s:
            self.parts.append(oc)
            self.src_start.append(at)
            self.src_end.append(at)
            self.length += 1

    def last_char(self) -> str:
        return self.parts[-1][-1] if self.parts else ""

    def build(self, blocks: list[Block]) -> NormalizedText:
        return NormalizedText(self.raw, "".join(self.parts), self.src_start, self.src_end, blocks)
