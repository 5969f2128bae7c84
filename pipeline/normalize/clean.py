"""Cleaning a raw report into paragraphs, headings, bullets and footnotes, keeping the offset map.

The recipe: split lines, classify them (layout.py), measure whether the text is
hard-wrapped (a PDF dump), then emit blocks: page furniture dropped, wrapped
lines joined (also across page breaks, blank lines and footnotes that interrupt
a sentence), footnotes emitted as their own blocks after the paragraph they
interrupted. Blocks are separated by one synthetic newline.
"""
from __future__ import annotations

from .layout import CompiledRules, Line, classify_lines, load_layout_rules, split_lines
from .offsets import Block, NormalizedText, OffsetBuilder


def _wrap_width(lines: list[Line], compiled: CompiledRules) -> int | None:
    """The width a PDF dump was wrapped at, or None when lines are whole paragraphs."""
    rules = compiled.rules
    body = [ln.stripped for ln in lines if ln.kind in ("body", "bullet")]
    if len(body) < 5:
        return None
    lengths = sorted(len(s) for s in body)
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width < 20 or width > 200:
        return None
    near = [s for s in body if len(s) >= rules.continuation_min_ratio * width and s[-1] not in rules.sentence_end]
    return width if len(near) / len(body) >= rules.wrapped_doc_min_share else None


def _strip_bounds(ln: Line) -> tuple[int, int]:
    text = ln.text
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    return ln.start + left, ln.start + max(left, right)


class _Assembler:
    def __init__(self, raw: str, compiled: CompiledRules, width: int | None):
        self.b = OffsetBuilder(raw)
        self.rules = compiled.rules
        self.width = width
        self.blocks: list[Block] = []
        self.open_kind: str | None = None
        self.open_rule: str | None = None
        self.open_start = 0
        self.last_line: Line | None = None
        self.pending_footnotes: list[Line] = []
        self.depth = 0  # brackets left open in the open block
        self.column = 0  # longest line of the open block
        self.short_joined = False  # the open block was joined by the short-wrap rule
        self.carried = 0  # column width of the short-wrapped block just closed right above (no blank line)

    def continues(self, nxt: Line | None = None) -> bool:
        """Does the open block's last line run on into the next line (a hard wrap)?

        `nxt` is the next line when it is a body line right below (no blank line between):
        then a short line (a table cell, a narrow column) may run on too (`short_wrap` rule).
        """
        if self.open_kind not in ("body", "bullet") or self.width is None or self.last_line is None:
            return False
        s = self.last_line.stripped
        if not s or s[-1] in self.rules.sentence_end:
            return False
        if len(s) >= self.rules.continuation_min_ratio * self.width:
            return True
        sw = self.rules.short_wrap
        if sw is None or nxt is None or not nxt.stripped:
            return False
        t = nxt.stripped
        if (s[-1] in sw.line_endings or self.depth > 0 or t[0] in sw.next_starts
                or (s[-1].isascii() and s[-1].isalpha() and t[0].isascii() and t[0].islower())):
            return True
        return self.short_joined and len(s) >= sw.column_ratio * self.column

    def open(self, ln: Line, kind: str) -> None:
        self.close()
        self.open_kind, self.open_rule, self.open_start = kind, ln.rule, self.b.length
        if self.carried and kind in ("body", "bullet"):
            # the next sentence of the same narrow column: 「…を採択。」 then 「潜在的…の実」 / 「現を目指す…」
            self.column, self.short_joined = self.carried, True
        self._emit(ln, join=False)

    def append(self, ln: Line) -> None:
        if self.open_kind in ("body", "bullet") and self.width is not None and self.last_line is not None \
                and len(self.last_line.stripped) < self.rules.continuation_min_ratio * self.width:
            self.short_joined = True  # a line shorter than the page ran on: the block is a narrow column
        self._emit(ln, join=True)

    def _emit(self, ln: Line, join: bool) -> None:
        i, j = _strip_bounds(ln)
        sw = self.rules.short_wrap
        if sw is not None:
            text = ln.stripped
            self.depth = max(0, self.depth + sum(c in sw.open_brackets for c in text)
                             - sum(c in sw.close_brackets for c in text))
            self.column = max(self.column, len(text))
        if join and self.b.length > self.open_start:
            first = ln.text.strip()[:1]
            if self.b.last_char().isascii() and self.b.last_char().isalnum() and first.isascii() and first.isalnum():
                self.b.emit_synthetic(" ", i)
        self.b.emit_raw(i, j)
        self.last_line = ln

    def close(self) -> None:
        if self.open_kind is not None:
            # Trailing spaces left by dropped debris do not belong to the block.
            end = self.b.length
            if end > self.open_start:
                self.blocks.append(Block(self.open_start, end, self.open_kind, self.open_rule))
                self.b.emit_synthetic("\n", self.b.src_end[-1] if len(self.b.src_end) else 0)
            self.open_kind = None
            self.last_line = None
            self.carried = self.column if self.short_joined else 0
            self.depth, self.column, self.short_joined = 0, 0, False
        if self.pending_footnotes:
            pending, self.pending_footnotes = self.pending_footnotes, []
            for ln in pending:
                if ln.rule == "footnote_continued" and self.open_kind == "footnote":
                    self.append(ln)
                else:
                    self.open(ln, "footnote")
            self.close()


def normalize_with_offsets(raw: str, compiled: CompiledRules | None = None) -> NormalizedText:
    """Clean `raw` into a NormalizedText whose every character maps back to raw offsets."""
    compiled = compiled or load_layout_rules()
    lines = split_lines(raw)
    classify_lines(lines, compiled)
    asm = _Assembler(raw, compiled, _wrap_width(lines, compiled))
    for ln in lines:
        kind = ln.kind
        if kind == "furniture":
            continue
        if kind == "blank":
            if not asm.continues():
                asm.close()
                asm.carried = 0
            continue
        if kind == "footnote":
            if asm.continues():
                asm.pending_footnotes.append(ln)
            elif ln.rule == "footnote_continued" and asm.open_kind == "footnote":
                asm.append(ln)
            else:
                asm.open(ln, "footnote")
            continue
        if kind == "body" and asm.continues(ln):
            asm.append(ln)
            continue
        asm.open(ln, "body" if kind == "url" else kind)
        if kind == "heading":
            asm.close()
    asm.close()
    return asm.b.build(asm.blocks)


def sentence_spans(norm: NormalizedText, max_chars: int = 600) -> list[tuple[int, int, str]]:
    """Sentences as (start, end, block kind) in the cleaned text.

    A sentence ends at 。！？!? (with any closing brackets after it) and at the end
    of a block: headings, bullets and footnotes are their own sentences. Very long
    runs are cut at the last 、 or space before `max_chars`: GiNZA's bunsetu step
    grows much faster than linearly with sentence length (2,000 characters take
    ~36 s, 500 take ~0.5 s), and the cut also keeps SudachiPy under its byte limit.
    """
    rules = load_layout_rules().rules
    ends, closing = set(rules.sentence_end), set(rules.closing_brackets)
    text = norm.text
    out: list[tuple[int, int, str]] = []

    def push(s: int, e: int, kind: str) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > max_chars:
            cut = max(text.rfind("、", s, s + max_chars), text.rfind(" ", s, s + max_chars))
            cut = cut + 1 if cut > s + max_chars // 2 else s + max_chars
            out.append((s, cut, kind))
            s = cut
        if e > s:
            out.append((s, e, kind))

    for blk in norm.blocks:
        s, i = blk.start, blk.start
        while i < blk.end:
            if text[i] in ends:
                j = i + 1
                while j < blk.end and (text[j] in closing or text[j] in ends):
                    j += 1
                push(s, j, blk.kind)
                s = i = j
            else:
                i += 1
        push(s, blk.end, blk.kind)
    return out
