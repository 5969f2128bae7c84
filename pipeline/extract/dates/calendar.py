"""Calendar arithmetic of the dates layer: a parsed expression -> TIMEX3 value and extent.

Pure functions; nothing here knows regexes or anchors. `Cal` is one calendar
expression whose year may still be relative; `render` turns a Cal with a
concrete (or unknown) year into `(value, begin, end)`.
"""
from __future__ import annotations

import calendar as _cal
import datetime as dt
from dataclasses import dataclass, replace
from typing import Optional


class InvalidDate(ValueError):
    """A date that cannot exist (2月30日, 13月): kept as text with a null value."""


@dataclass(frozen=True)
class Cal:
    """One calendar expression as written. Exactly one way of giving the year is set, or none."""

    year: Optional[int] = None             # absolute Gregorian year
    year_rel: Optional[tuple[str, int]] = None   # ("deictic"|"anaphoric", offset)
    fy: bool = False                       # 年度 / FY
    month: Optional[int] = None
    month_rel: Optional[tuple[str, int]] = None
    day: Optional[int] = None
    day_rel: Optional[tuple[str, int]] = None
    same_month_day: bool = False           # 同20日
    jun: Optional[tuple[int, int]] = None  # 上旬 (1, 10)
    quarter: Optional[int] = None
    half: Optional[int] = None
    season: Optional[str] = None           # SP SU FA WI
    season_rel: Optional[int] = None       # 今春 0, 昨秋 -1
    fy_end_month: bool = False             # 2004年3月期
    decade: Optional[int] = None           # 199 for 1990年代
    century: Optional[int] = None          # 20 for 21世紀
    century_rel: Optional[int] = None      # 今世紀 0
    part: Optional[str] = None             # START MID END from 初め/半ば/末

    @property
    def has_year_info(self) -> bool:
        return any(x is not None for x in (self.year, self.year_rel, self.month_rel, self.day_rel,
                                           self.season_rel, self.decade, self.century, self.century_rel)) \
            or self.same_month_day

    def with_year(self, year: Optional[int]) -> "Cal":
        return replace(self, year=year, year_rel=None)


def last_day(year: Optional[int], month: int) -> int:
    return _cal.monthrange(2000 if year is None else year, month)[1]


def fiscal_year_of(d: dt.date) -> int:
    """Japanese fiscal years run April to March."""
    return d.year if d.month >= 4 else d.year - 1


def _ym(year: int, month: int) -> tuple[int, int]:
    """Normalise a month that ran past December or before January."""
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return year, month


def _month_span(y: int, m1: int, m2: int) -> tuple[dt.date, dt.date]:
    """Months m1..m2 starting in year y; m2 may exceed 12 (runs into the next year)."""
    y1, mm1 = _ym(y, m1)
    y2, mm2 = _ym(y, m2)
    return dt.date(y1, mm1, 1), dt.date(y2, mm2, last_day(y2, mm2))


SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def render(c: Cal) -> tuple[str, Optional[dt.date], Optional[dt.date]]:
    """TIMEX3-like value and inclusive extent of a Cal whose year is concrete or None (unknown).

    Raises InvalidDate for months or days that cannot exist.
    """
    y = c.year
    ys = "XXXX" if y is None else f"{y:04d}"
    known = y is not None

    if c.decade is not None:
        return f"{c.decade:03d}", dt.date(c.decade * 10, 1, 1), dt.date(c.decade * 10 + 9, 12, 31)
    if c.century_rel is not None:          # 今世紀 with no published date
        return "XX", None, None
    if c.century is not None:
        return f"{c.century:02d}", dt.date(max(1, c.century * 100), 1, 1), dt.date(c.century * 100 + 99, 12, 31)
    if c.month is not None and not (1 <= c.month <= 12):
        raise InvalidDate(f"month {c.month}")
    if c.quarter is not None and not (1 <= c.quarter <= 4):
        raise InvalidDate(f"quarter {c.quarter}")

    if c.fy_end_month and c.month is not None:
        # 2004年3月期: the fiscal year ending in that month.
        if not known:
            return ("FYXXXX" if c.month == 3 else f"XXXX-{c.month:02d}"), None, None
        b, e = _month_span(y - 1, c.month + 1, c.month + 12)
        if c.month == 3:
            return f"FY{y - 1:04d}", b, e
        return f"{b.isoformat()[:7]}/{e.isoformat()[:7]}", b, e

    if c.fy:
        if c.quarter is not None:
            val = f"FY{ys}-Q{c.quarter}"
            return (val, *(_month_span(y, 4 + 3 * (c.quarter - 1), 6 + 3 * (c.quarter - 1)) if known else (None, None)))
        if c.half is not None:
            val = f"FY{ys}-H{c.half}"
            return (val, *(_month_span(y, 4 + 6 * (c.half - 1), 9 + 6 * (c.half - 1)) if known else (None, None)))
        if c.month is None and c.season is None:
            return f"FY{ys}", (dt.date(y, 4, 1) if known else None), (dt.date(y + 1, 3, 31) if known else None)
        # A month inside a fiscal year: January-March belong to the next calendar year.
        if c.month is not None and known and c.month < 4:
            c = replace(c, year=y + 1, fy=False)
        else:
            c = replace(c, fy=False)
        return render(c)

    if c.quarter is not None:
        val = f"{ys}-Q{c.quarter}"
        return (val, *(_month_span(y, 1 + 3 * (c.quarter - 1), 3 + 3 * (c.quarter - 1)) if known else (None, None)))
    if c.half is not None:
        val = f"{ys}-H{c.half}"
        return (val, *(_month_span(y, 1 + 6 * (c.half - 1), 6 + 6 * (c.half - 1)) if known else (None, None)))
    if c.season is not None:
        m1, m2 = SEASON_MONTHS[c.season]
        return (f"{ys}-{c.season}", *(_month_span(y, m1, m2) if known else (None, None)))

    if c.month is not None:
        m = c.month
        if c.day is not None:
            if not (1 <= c.day <= last_day(y, m)):
                raise InvalidDate(f"day {c.day} of month {m}")
            d = dt.date(y, m, c.day) if known else None
            return f"{ys}-{m:02d}-{c.day:02d}", d, d
        if c.jun is not None:
            a, b = c.jun
            b = min(b, last_day(y, m))
            val = f"{ys}-{m:02d}-{a:02d}/{ys}-{m:02d}-{b:02d}"
            return val, (dt.date(y, m, a) if known else None), (dt.date(y, m, b) if known else None)
        return f"{ys}-{m:02d}", *((dt.date(y, m, 1), dt.date(y, m, last_day(y, m))) if known else (None, None))

    if c.day is not None:  # 同20日 whose month is unknown
        if not (1 <= c.day <= 31):
            raise InvalidDate(f"day {c.day}")
        return f"{ys}-XX-{c.day:02d}", None, None
    return ys, (dt.date(y, 1, 1) if known else None), (dt.date(y, 12, 31) if known else None)


def nearest_year(c: Cal, anchor: dt.date) -> Optional[int]:
    """The year that puts a year-less expression nearest to `anchor` (1月中旬 in late December is next January)."""
    best: tuple[int, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            _, b, e = render(c.with_year(y))
        except InvalidDate:
            return anchor.year
        if b is None or e is None:
            return anchor.year
        if b <= anchor <= e:
            dist = 0
        else:
            dist = min(abs((b - anchor).days), abs((e - anchor).days))
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1] if best else None
