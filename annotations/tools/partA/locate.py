"""Find hand-written annotation strings in the raw text of one report, in reading order.

Nothing here decides what to annotate: the spec lists every mention as read by
a person; this module only turns (text, context) into raw offsets and refuses
anything ambiguous, out of region, inside page furniture, or overlapping.

Matching: a spec string may be written "clean"; between any two of its
characters the raw text may hold line breaks (hard-wrapped PDF lines), and a
space in the spec matches a space or U+FFFD (the PDF dump writes English word
gaps as U+FFFD). The recorded `text` is always the raw slice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def read_raw(name: str) -> str:
    # bytes -> str by hand: no newline translation, BOM stripped (contract, Offsets)
    text = (ROOT / "raw" / name).read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def pattern(s: str) -> re.Pattern:
    parts = ["[ \ufffd]" if ch == " " else re.escape(ch) for ch in s]
    return re.compile("\n*".join(parts))


@dataclass
class Doc:
    raw: str
    regions: list[tuple[int, int]]
    furniture: list[tuple[int, int]] = field(default_factory=list)

    def in_region(self, s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in self.regions)

    def in_furniture(self, s: int, e: int) -> bool:
        return any(s < b and a < e for a, b in self.furniture)

    def find_from(self, s: str, pos: int, hi: int, ctx: str | None = None, rctx: str | None = None) -> tuple[int, int]:
        """First acceptable match of `s` in raw[pos:hi]."""
        rx = pattern(s)
        p = pos
        while True:
            m = rx.search(self.raw, p, hi)
            if not m:
                raise ValueError(f"not found in [{pos},{hi}): {s!r} ctx={ctx!r} rctx={rctx!r}")
            a, b = m.span()
            ok = not self.in_furniture(a, b)
            if ok and ctx is not None:
                # contexts are compared with line breaks removed on both sides
                left = self.raw[max(0, a - len(ctx) - 20):a].replace("\n", "")
                ok = left.endswith(ctx.replace("\n", ""))
            if ok and rctx is not None:
                ok = self.raw[b:b + len(rctx) + 20].replace("\n", "").startswith(rctx.replace("\n", ""))
            if ok:
                return a, b
            p = a + 1

    def unique(self, s: str) -> tuple[int, int]:
        """The one occurrence of `s` inside the regions (asserted unique)."""
        hits = []
        for lo, hi in self.regions:
            p = lo
            rx = pattern(s)
            while True:
                m = rx.search(self.raw, p, hi)
                if not m:
                    break
                hits.append(m.span())
                p = m.start() + 1
        if len(hits) != 1:
            raise ValueError(f"anchor {s!r} occurs {len(hits)} times in the regions: {hits}")
        return hits[0]

    def last_before(self, s: str, pos: int, lo: int) -> tuple[int, int]:
        """The last match of `s` starting in [lo, pos] (outside furniture)."""
        rx = pattern(s)
        best = None
        p = lo
        while True:
            m = rx.search(self.raw, p)
            if not m or m.start() > pos:
                break
            if not self.in_furniture(*m.span()):
                best = m.span()
            p = m.start() + 1
        if best is None:
            raise ValueError(f"{s!r} not found before {pos}")
        return best


class Cursor:
    """Sequential placement within one region: each item must come after the previous one."""

    def __init__(self, doc: Doc, lo: int, hi: int, overlap: bool = False):
        self.doc, self.pos, self.hi, self.overlap = doc, lo, hi, overlap

    def take(self, s: str, ctx: str | None = None, rctx: str | None = None) -> tuple[int, int]:
        a, b = self.doc.find_from(s, self.pos, self.hi, ctx, rctx)
        self.pos = a + 1 if self.overlap else b
        return a, b
