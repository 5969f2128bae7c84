"""Give every found expression its year: deictic words from `published`, anaphora from the
date mentioned last, year-less dates from the last dated mention or else the nearest
occurrence around `published`; with neither, the year stays XXXX.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Optional

from pipeline.extract.dates.calendar import Cal, InvalidDate, _ym, fiscal_year_of, nearest_year, render
from pipeline.extract.dates.readers import Found


@dataclass
class Mention:
    """The date mentioned last: what 同年, 同月, 翌年 and bare 10月9日 refer to."""

    year: int
    fy: bool = False
    month: Optional[int] = None
    day: Optional[int] = None
    sentence: Optional[int] = None


@dataclass
class Resolved:
    found: Found
    value: Optional[str]
    begin: Optional[dt.date]
    end: Optional[dt.date]
    mod: Optional[str]
    type: str


def _resolve_cal(c: Cal, last: Optional[Mention], published: Optional[dt.date],
                 sentence: Optional[int] = None, ahead: Optional[int] = None,
                 narrative: Optional[Mention] = None) -> Cal:
    """`last` is the date mentioned last (for 同年, 同月, 翌年); `narrative` the last date of the
    narrative itself (for bare year-less dates), which skips years glued to names."""
    if narrative is None:
        narrative = last
    """A Cal with a concrete year (or year None = unknown) and no relative parts left."""
    if c.decade is not None or c.century is not None:
        return c
    if c.century_rel is not None:
        if published is None:
            return c
        return replace(c, century=published.year // 100 + c.century_rel, century_rel=None)
    if c.year is not None:
        return c
    if c.year_rel is not None:
        how, off = c.year_rel
        if how == "deictic":
            if published is None:
                return c.with_year(None)
            base = fiscal_year_of(published) if c.fy else published.year
            return c.with_year(base + off)
        if last is None:
            return c.with_year(None)
        return c.with_year(last.year + off)
    if c.month_rel is not None:
        how, off = c.month_rel
        ref = (published.year, published.month) if how == "deictic" and published else \
              ((last.year, last.month) if how == "anaphoric" and last and last.month else None)
        if ref is None:
            return replace(c, month_rel=None, year=None)
        y, m = _ym(ref[0], ref[1] + off)
        return replace(c, month_rel=None, year=y, month=m)
    if c.day_rel is not None:
        how, off = c.day_rel
        ref = None
        if how == "deictic" and published:
            ref = published
        elif how == "anaphoric" and last and last.month and last.day:
            ref = dt.date(last.year, last.month, last.day)
        if ref is None:
            return replace(c, day_rel=None, year=None)
        d = ref + dt.timedelta(days=off)
        return replace(c, day_rel=None, year=d.year, month=d.month, day=d.day)
    if c.same_month_day:
        if last is None or last.month is None:
            return replace(c, same_month_day=False, year=last.year if last else None)
        return replace(c, same_month_day=False, year=last.year, month=last.month)
    if c.season_rel is not None:
        if published is None:
            return c.with_year(None)
        base = published.year - (1 if c.season == "WI" and published.month <= 2 else 0)
        return replace(c, season_rel=None, year=base + c.season_rel)
    # A year-less date: a year given earlier in its sentence, else later in its sentence
    # (2月10日に開かれた2026年…会議), else the last dated mention, else the occurrence nearest `published`.
    if narrative is not None and sentence is not None and narrative.sentence == sentence:
        return c.with_year(narrative.year)
    if ahead is not None:
        return c.with_year(ahead)
    if narrative is not None:
        return c.with_year(narrative.year)
    if published is not None:
        return c.with_year(nearest_year(c, published))
    return c.with_year(None)


def _mention(c: Cal, sentence: Optional[int]) -> Optional[Mention]:
    if c.year is None or c.decade is not None or c.century is not None:
        return None
    return Mention(c.year, c.fy, c.month, c.day if c.month else None, sentence)


_AHEAD_MAX_GAP = 16   # characters between a year-less date and the year that fixes it


def _year_ahead(found: list[Found], k: int, text: str) -> Optional[int]:
    """An absolute year written just after a year-less date in the same clause
    (2月10日に開かれた2026年…会議): no comma between, at most _AHEAD_MAX_GAP characters away."""
    f = found[k]
    if k + 1 >= len(found):
        return None
    g = found[k + 1]
    if g.extra.get("sentence") != f.extra.get("sentence") or g.start - f.end > _AHEAD_MAX_GAP:
        return None
    if any(c in text[f.end:g.start] for c in "、，,"):
        return None
    if g.kind in ("calendar", "range") and g.cal is not None and g.cal.year is not None and not g.citation:
        return g.cal.year
    return None


def resolve(found: list[Found], published: Optional[dt.date], text: str = "") -> list[Resolved]:
    out: list[Resolved] = []
    last: Optional[Mention] = None
    narrative: Optional[Mention] = None
    for k, f in enumerate(found):
        if f.kind in ("duration", "vague"):
            out.append(Resolved(f, f.value, None, None, None, "DURATION" if f.kind == "duration" else "DATE"))
            continue
        sent = f.extra.get("sentence")
        ahead = _year_ahead(found, k, text) if not f.cal.has_year_info else None
        a = _resolve_cal(f.cal, last, published, sent, ahead, narrative)
        mod = f.mod or (f.cal.part if f.kind == "calendar" else None)
        try:
            va, ba, ea = render(a)
            if f.kind == "range" and f.cal_b is None:          # 2015年から現在まで
                out.append(Resolved(f, f"{va}/{f.value}", ba, None, mod, "DATE"))
                after = a
            elif f.kind == "range":
                b = _resolve_cal(f.cal_b, last, published, sent, ahead, narrative)
                if b.year is not None and a.year is not None and b.year == a.year and \
                        (f.extra.get("b_inherited") or not f.cal_b.has_year_info):
                    vb, bb, eb = render(b)
                    if bb is not None and ba is not None and bb < ba:   # 12月28日～1月3日
                        b = b.with_year(b.year + 1)
                vb, bb, eb = render(b)
                out.append(Resolved(f, f"{va}/{vb}", ba, eb, mod, "DATE"))
                after = b
            else:
                out.append(Resolved(f, va, ba, ea, mod, "DATE"))
                after = a
        except InvalidDate:
            f.invalid = True
            out.append(Resolved(f, None, None, None, mod, "DATE"))
            continue
        m = _mention(after, sent)
        if m is not None and not f.citation and not f.extra.get("parenthetical"):
            last = m
            if not f.extra.get("attached"):
                narrative = m
    return out
