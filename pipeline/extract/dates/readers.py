"""Readers: turn one regex match of a rule (models/dates/rules.json, field `kind`) into a Found.

One function per rule kind, dispatched by `read_match`; a reader may refuse a
match (returns None) where the rule's conditions fail, e.g. a bare 10年 that is
not a duration.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Optional

from pipeline.extract.dates.calendar import Cal
from pipeline.extract.dates.lexicon import Lexicon


@dataclass
class Found:
    """One expression found in the text, before anchoring."""

    start: int
    end: int
    rule: str
    kind: str                       # calendar | range | duration | vague | day_only
    cal: Optional[Cal] = None
    cal_b: Optional[Cal] = None     # the end of a range
    value: Optional[str] = None     # durations and *_REF: fixed value
    mod: Optional[str] = None
    invalid: bool = False           # an impossible date: value stays null
    citation: bool = False          # an access date in a reference: not an anchor
    order: int = 0
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- numerals

def read_number(s: str, lex: Lexicon) -> Optional[int]:
    s = s.strip()
    if not s:
        return None
    if s.isdigit() and s.isascii():
        return int(s)
    if s in lex.numerals.first_year:
        return 1
    digits, units = lex.numerals.digits, lex.numerals.units
    if all(ch in digits for ch in s):           # 二〇二五: positional
        n = 0
        for ch in s:
            n = n * 10 + digits[ch]
        return n
    total, cur = 0, 0
    for ch in s:                                 # 二十一, 百五: with units
        if ch in digits:
            cur = digits[ch]
        elif ch in units:
            total += (cur or 1) * units[ch]
            cur = 0
        else:
            return None
    return total + cur


# ---------------------------------------------------------------- readers

def _g(m: re.Match, name: str) -> Optional[str]:
    try:
        return m.group(name)
    except IndexError:
        return None


def _cal_from(m: re.Match, lex: Lexicon) -> Cal:
    w = lex.words
    kw: dict = {}
    era, eray, y, yw = _g(m, "era"), _g(m, "eray"), _g(m, "y"), _g(m, "yw")
    if era:
        kw["year"] = lex.eras[era] + read_number(eray, lex) - 1
    elif y:
        kw["year"] = read_number(y, lex)
    elif yw:
        if yw in w.deictic_years:
            kw["year_rel"] = ("deictic", w.deictic_years[yw])
        else:
            kw["year_rel"] = ("anaphoric", w.anaphoric_years[yw])
        if yw.endswith("度"):
            kw["fy"] = True
    if _g(m, "fy") or _g(m, "fyen") is not None:
        kw["fy"] = True
    mo = _g(m, "mo")
    if mo:
        kw["month"] = read_number(mo, lex)
        if _g(m, "mqend"):
            kw["fy_end_month"] = True
    men = _g(m, "men")
    if men:
        kw["month"] = w.en_months[men.lower().rstrip(".")]  # 15 October 2024
    mw = _g(m, "mw")
    if mw:
        kw["month_rel"] = ("deictic", w.deictic_months[mw]) if mw in w.deictic_months \
            else ("anaphoric", w.anaphoric_months[mw])
    d = _g(m, "d")
    if d:
        kw["day"] = read_number(d, lex)
    sd = _g(m, "sd")
    if sd:
        kw["day"] = read_number(sd, lex)
        kw["same_month_day"] = True
    dw = _g(m, "dw")
    if dw:
        kw["day_rel"] = ("deictic", w.deictic_days[dw]) if dw in w.deictic_days \
            else ("anaphoric", w.anaphoric_days[dw])
    jun = _g(m, "jun")
    if jun:
        kw["jun"] = tuple(w.ten_day_periods[jun])
    q = _g(m, "q")
    if q:
        kw["quarter"] = read_number(q, lex)
    half = _g(m, "half")
    if half:
        kw["half"] = w.halves[half]
    season = _g(m, "season")
    if season:
        kw["season"] = w.seasons[season]
        sp = _g(m, "sp")
        if sp is not None:
            kw["season_rel"] = w.season_prefixes[sp]
    part = _g(m, "part")
    if part:
        kw["part"] = w.parts[part]
    return Cal(**kw)


def read_match(kind: str, m: re.Match, lex: Lexicon) -> Optional[Found]:
    """Turn one regex match into a Found, or None where the rule's conditions fail."""
    s, e = m.span()
    w = lex.words
    if kind == "calendar":
        return Found(s, e, "", "calendar", cal=_cal_from(m, lex))
    if kind == "day_only":
        if _g(m, "season"):
            return Found(s, e, "", "day_only", cal=Cal(season=w.seasons[m.group("season")]))
        return Found(s, e, "", "day_only", cal=Cal(day=read_number(m.group("d"), lex)))
    if kind == "decade":
        y = read_number(m.group("y"), lex)
        if y % 10:
            return None                                   # 1995年代 is not a decade
        dpart = m.group("dpart")
        part = {"前半": "START", "後半": "END"}.get(dpart) or (w.parts.get(dpart) if dpart else None)
        return Found(s, e, "", "calendar", cal=Cal(decade=y // 10, part=part))
    if kind == "century":
        part = w.parts.get(m.group("part")) if m.group("part") else None
        if m.group("cw"):
            return Found(s, e, "", "calendar", cal=Cal(century_rel=w.deictic_centuries[m.group("cw")], part=part))
        n = read_number(m.group("cent"), lex)
        if not n or n > 30:
            return None
        return Found(s, e, "", "calendar", cal=Cal(century=n - 1, part=part))
    if kind == "year_range":
        a = read_number(m.group("ra"), lex)
        bs = m.group("rb")
        b = read_number(bs, lex)
        if len(bs) == 2:                                  # 2021～25年: the first year fixes the century
            b = a // 100 * 100 + b
        if b <= a:
            return None
        fy = bool(_g(m, "fy"))
        return Found(s, e, "", "range", cal=Cal(year=a, fy=fy), cal_b=Cal(year=b, fy=fy))
    if kind == "month_range":
        head = _cal_from(m, lex)
        a, b = read_number(m.group("ra"), lex), read_number(m.group("rb"), lex)
        if m.group("mq"):
            quarters = {(1, 3): 1, (4, 6): 2, (7, 9): 3, (10, 12): 4}
            if (a, b) not in quarters:
                return None
            cal = replace(head, quarter=quarters[(a, b)], fy=False)
            if head.fy and head.year is not None and a < 4:   # 2024年度1～3月期 is January-March 2025
                cal = replace(cal, year=head.year + 1)
            return Found(s, e, "", "calendar", cal=cal)
        return Found(s, e, "", "range", cal=replace(head, month=a), cal_b=replace(head, month=b))
    if kind == "day_range":
        head = _cal_from(m, lex)
        a, b = read_number(m.group("ra"), lex), read_number(m.group("rb"), lex)
        if b <= a:
            return None
        return Found(s, e, "", "range", cal=replace(head, day=a), cal_b=replace(head, day=b))
    if kind == "duration":
        pre, kan, u = _g(m, "pre"), _g(m, "kan"), w.duration_units[m.group("u")]
        if not (pre or kan or _g(m, "ren") or _g(m, "ago") or u == "M"):
            return None                                   # a bare 10年 is not a duration
        n = m.group("n")
        num = "X" if n in ("数", "十数", "数十") else read_number(n, lex)
        if num == 0 or num is None:
            return None
        return Found(s, e, "", "duration", value=f"P{num}{u}")
    if kind == "frequency":
        fw = _g(m, "fw")
        if fw:
            return Found(s, e, "", "duration", value=w.frequency_words[fw])
        num = read_number(m.group("n"), lex)
        if not num:
            return None
        return Found(s, e, "", "duration", value=f"P{num}{w.duration_units[m.group('u')]}")
    if kind == "vague":
        word = _g(m, "vague")
        return Found(s, e, "", "vague", value=w.vague[word] if word else "PRESENT_REF")
    raise ValueError(f"unknown rule kind {kind!r}")
