"""Page furniture of PDF text: running headers and footers found by repetition across pages, page numbers.

Works on the text of each page (a list of strings), before the pages are
joined: a line is furniture when it sits in the top or bottom zone of its page
(the first or last `zone_lines` non-blank lines) and either its digit-folded,
space-free form recurs in the zones of enough pages, or it is a page number.
Hard-wrapped lines are left alone; the cleaner (pipeline/normalize) joins them.
Rules live in models/ingest/formats.json (section "pdf").
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

from .format_rules import PdfRules, load_format_rules


@dataclass(frozen=True)
class DroppedLine:
    page: int  # 0-based page index
    text: str
    rule: str  # id of the rule that dropped it


@dataclass
class PageText:
    pages: list[str]  # page texts with furniture removed
    dropped: list[DroppedLine] = field(default_factory=list)


_SPACE = re.compile(r"\s+")
# A page number sits at either edge of a running line ("12 CRDS-FY2024…", "海外動向 - 3 -"); numbers
# inside it (第3章, FY2024) stay, so chapter headings that open each page are not taken for headers.
_EDGE_NUMBER = re.compile(r"^[^\w]*([0-9]+)[^\w]*|[^\w]*([0-9]+)[^\w]*$")


def line_key(line: str) -> str:
    """What stays the same in a running line across pages: NFKC, no spaces, an edge number as #."""
    return line_key_and_number(line)[0]


def line_key_and_number(line: str) -> tuple[str, int | None]:
    """(key, the first edge number or None)."""
    s = _SPACE.sub("", unicodedata.normalize("NFKC", line))
    m = _EDGE_NUMBER.search(s)
    number = int(m.group(1) or m.group(2)) if m else None
    return _EDGE_NUMBER.sub("#", s), number


def _running_keys(page_lines: list[list[str]], zones: list[set[int]], rules: PdfRules) -> set[tuple[str, int | None]]:
    """Keys seen in the zones of enough pages. A key with a folded number must also keep one
    page-number offset (number - page index) on those pages: 2023年度 atop page 2 and 2024年度
    atop page 7 are not a running header, 海外動向 3 / 海外動向 4 on pages 3 and 4 are."""
    needed = max(rules.min_pages, math.ceil(rules.min_share * len(page_lines)))
    if len(page_lines) < rules.min_pages:
        return set()
    pages_by: dict[tuple[str, int | None], set[int]] = {}
    for p_i, (lines, zone) in enumerate(zip(page_lines, zones)):
        for i in zone:
            key, number = line_key_and_number(lines[i])
            if len(key) < rules.min_chars:
                continue
            offset = None if number is None else number - p_i
            pages_by.setdefault((key, offset), set()).add(p_i)
    return {key_offset for key_offset, pages in pages_by.items() if len(pages) >= needed}


def _zone(lines: list[str], n: int) -> set[int]:
    """Indexes of the first and last `n` non-blank lines."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    return set(filled[:n]) | set(filled[-n:]) if filled else set()


def strip_page_furniture(pages: list[str], rules: PdfRules | None = None) -> PageText:
    """Drop running headers, footers and page numbers from each page's text."""
    rules = rules or load_format_rules().pdf
    page_lines = [p.splitlines() for p in pages]
    zones = [_zone(lines, rules.zone_lines) for lines in page_lines]
    running = _running_keys(page_lines, zones, rules)
    numbers = rules.compiled_page_numbers()

    out = PageText(pages=[])
    for p_i, (lines, zone) in enumerate(zip(page_lines, zones)):
        kept = []
        for i, ln in enumerate(lines):
            if i in zone:
                stripped = ln.strip()
                key, number = line_key_and_number(ln)
                rule = next((rid for rid, rx in numbers if rx.search(stripped)), None)
                if rule is None and (key, None if number is None else number - p_i) in running:
                    rule = "pdf_running_line"
                if rule:
                    out.dropped.append(DroppedLine(p_i, stripped, rule))
                    continue
            kept.append(ln)
        out.pages.append("\n".join(kept).strip("\n"))
    return out
