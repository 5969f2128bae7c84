"""The report's own date: `find_published(text)`.

Rule (in this order, first hit wins):
1. `pub.dateline_full`: a full date (year, month and day) standing at the start
   of one of the first lines of the report (the top 600 characters), as in
   `2025年4月1日 JSTアジア・太平洋総合研究センター` -> 2025-04-01.
2. `pub.dateline_bracket`: a bracketed news dateline at the very top without a
   year, `【3月4日 CNS】` or `(3月4日 AFP)`; its year is the latest year the
   body mentions as a single, past or present date: single years, not ranges,
   not plan periods, not deadlines (mod BEFORE or APPROX), not access dates of
   references. If the body names no year, None.
Otherwise None: the caller then takes a sidecar `.meta.json` or a CLI option.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

_TOP = 600
_S = r"[ \t\u3000]{0,2}"
_N = r"[0-9０-９]{1,4}"
_FULL = re.compile(
    rf"^[ \t\u3000]*(?:[（(【［\[]{_S})?(?P<y>[0-9０-９]{{4}}){_S}年{_S}(?P<m>[0-9０-９]{{1,2}}){_S}月{_S}(?P<d>[0-9０-９]{{1,2}}){_S}日",
    re.M,
)
_BRACKET = re.compile(rf"^[ \t\u3000\ufeff]*[【［\[（(]{_S}(?P<m>[0-9０-９]{{1,2}}){_S}月{_S}(?P<d>[0-9０-９]{{1,2}}){_S}日[^】］\]）)\n]{{0,40}}[】］\]）)]")


def _int(s: str) -> int:
    return int(s.translate({c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}))


def find_published_rule(text: str) -> tuple[Optional[dt.date], Optional[str]]:
    """The report's date and the id of the rule that found it."""
    top = text[:_TOP]
    m = _FULL.search(top)
    if m:
        try:
            return dt.date(_int(m["y"]), _int(m["m"]), _int(m["d"])), "pub.dateline_full"
        except ValueError:
            pass
    m = _BRACKET.match(top)
    if m:
        year = _latest_body_year(text[m.end():])
        if year is not None:
            try:
                return dt.date(year, _int(m["m"]), _int(m["d"])), "pub.dateline_bracket"
            except ValueError:
                return None, None
    return None, None


def find_published(text: str) -> Optional[dt.date]:
    return find_published_rule(text)[0]


def _latest_body_year(body: str) -> Optional[int]:
    from pipeline.extract.dates import find_dates  # late import: find_dates lives beside us

    years = []
    for item in find_dates(body, None):
        if item.type != "DATE" or not item.value or item.mod in ("BEFORE", "APPROX"):
            continue
        if "/" in item.value or not re.match(r"^(?:FY)?[0-9]{4}", item.value):
            continue
        if getattr(item, "citation", False):
            continue
        years.append(int(re.match(r"^(?:FY)?([0-9]{4})", item.value).group(1)))
    return max(years) if years else None
