"""Find temporal expressions: rules -> candidates -> non-overlapping picks -> ranges -> modifiers.

Runs on a folded copy of the text (full-width ASCII to ASCII, one code point
for one) so every offset is an offset into the text given. Nothing here
resolves a year against an anchor; that is anchors.py.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from pipeline.extract.dates.calendar import Cal
from pipeline.extract.dates.lexicon import Lexicon
from pipeline.extract.dates.readers import Found, read_match, read_number

_URL = re.compile(r"(?:https?://|www\.)[!-'*-~]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|[A-Za-z0-9_/-]*\.(?:html?|pdf|php|aspx?)\b")


# ---------------------------------------------------------------- the scan

def fold(text: str, lex: Lexicon) -> str:
    folded = text.translate(lex.fold_table)
    assert len(folded) == len(text)
    return folded


def _blocked(text: str) -> list[tuple[int, int]]:
    """URLs, mail addresses and file names: digits there are never dates."""
    return [m.span() for m in _URL.finditer(text)]


def scan(text: str, lex: Lexicon) -> list[Found]:
    folded = fold(text, lex)
    blocked = _blocked(text)   # on the text as written: full-width brackets end a URL
    cands: list[Found] = []
    for rule in lex.rules:
        for m in rule.regex.finditer(folded):
            if m.end() == m.start():
                continue
            if any(bs < m.end() and m.start() < be for bs, be in blocked):
                continue
            f = read_match(rule.kind, m, lex)
            if f is None:
                continue
            f.rule, f.order = rule.id, rule.order
            cands.append(f)
    cands.sort(key=lambda f: (f.start, -(f.end - f.start), f.order))
    picked: list[Found] = []
    edge = -1
    for f in cands:
        if f.start >= edge:
            picked.append(f)
            edge = f.end
    merged = _merge_ranges(picked, folded, lex)
    merged = _coordinated_durations(merged, folded, lex)
    ends = [m.end() for m in _SENTENCE_END.finditer(folded)]
    for f in merged:
        _attach_mods(f, folded, lex)
        _mark_citation(f, folded, lex)
        _mark_anchor(f, folded)
        f.extra["sentence"] = bisect.bisect_right(ends, f.start)
    return merged


_SENTENCE_END = re.compile(r"[。．！？!?]|\n[ \t\u3000]*\n")


def _coordinated_durations(items: list[Found], folded: str, lex: Lexicon) -> list[Found]:
    """今後10年、20年: a bare count coordinated with a duration is a duration too."""
    rx = lex.coordinated_duration_re
    out: list[Found] = []
    for k, f in enumerate(items):
        out.append(f)
        if f.kind != "duration" or not f.value or f.value[-1] not in "YMWD":
            continue
        m = rx.match(folded, f.end)
        nxt = items[k + 1].start if k + 1 < len(items) else len(folded)
        if not m or m.end("body") > nxt:
            continue
        num = read_number(m.group("n"), lex)
        unit = lex.words.duration_units[m.group("u")]
        if num and unit == f.value[-1]:
            out.append(Found(m.start("body"), m.end("body"), "duration.coordinated", "duration",
                             value=f"P{num}{unit}", order=f.order))
    return out


_RANGE_B_OK = ("calendar", "day_only")
_COORD = re.compile(r"[ \t\u3000]*(?:、|,|と|及び|および|や)[ \t\u3000]*")


def _inherit(a: Cal, b: Cal) -> Cal:
    """The end of a range written once takes what it leaves out from the start (2024年6月12日から15日)."""
    if not b.has_year_info:
        b = replace(b, year=a.year, year_rel=a.year_rel, fy=b.fy or (a.fy and b.month is None),
                    month_rel=a.month_rel if b.month is None else None)
        if b.month is None and b.day is not None and b.quarter is None:
            b = replace(b, month=a.month)
    return b


def _merge_ranges(items: list[Found], folded: str, lex: Lexicon) -> list[Found]:
    items = list(items)
    out: list[Found] = []
    i = 0
    while i < len(items):
        a = items[i]
        if a.kind == "calendar" and i + 1 < len(items):
            b = items[i + 1]
            gap = folded[a.end:b.start]
            conn = lex.range_conn_re.fullmatch(gap)
            jiyu = a.start > 0 and folded[a.start - 1] == "自"
            if conn and ("至" in gap) == jiyu:
                if b.kind in _RANGE_B_OK:
                    start = a.start - 1 if jiyu else a.start
                    out.append(Found(start, b.end, "range.connector" if not jiyu else "range.ji_shi", "range",
                                     cal=a.cal, cal_b=_inherit(a.cal, b.cal), order=a.order,
                                     extra={"b_inherited": not b.cal.has_year_info}))
                    i += 2
                    continue
                if b.kind == "vague" and b.value == "PRESENT_REF" and "から" in gap:
                    out.append(Found(a.start, b.end, "range.until_now", "range", cal=a.cal, cal_b=None,
                                     value=b.value, order=a.order))
                    i += 2
                    continue
        if a.kind == "calendar" and a.cal.day is not None and i + 1 < len(items):
            b = items[i + 1]
            if b.kind == "day_only" and b.cal.day is not None and _COORD.fullmatch(folded[a.end:b.start]):
                out.append(a)                      # 6月12日と13日: two items, the second takes the month
                items[i + 1] = Found(b.start, b.end, "cal.coordinated_day", "calendar",
                                     cal=_inherit(a.cal, b.cal), order=b.order)
                i += 1
                continue
        if a.kind != "day_only":                  # a lone 15日 or 夏 is too weak to stand alone
            out.append(a)
        i += 1
    return out


def _attach_mods(f: Found, folded: str, lex: Lexicon) -> None:
    if f.kind not in ("calendar", "range"):
        return
    w = lex.words
    for _ in range(2):                           # 半ば頃まで: the outer modifier wins
        m = lex.suffix_mod_re.match(folded, f.end)
        if not m:
            break
        word = m.group("m")
        if f.kind == "range" and word not in w.range_only_mods:
            break
        f.end = m.end()
        f.mod = w.suffix_mods[word]
        if word in ("から", "より", "～", "〜"):
            break


_OPEN, _CLOSE = "(（[［【", ")）]］】"
_ATTACHED_NEXT = re.compile(r"[ァ-ヺ一-龥々A-Za-z]")   # 2023年G7広島サミット, 2024年開催: a name or compound


def _parenthetical(f: Found, folded: str, reach: int = 30) -> bool:
    before = folded[max(0, f.start - reach):f.start]
    after = folded[f.end:f.end + reach]
    o = max(before.rfind(c) for c in _OPEN)
    c = max(before.rfind(c) for c in _CLOSE)
    if o < 0 or o < c or "\n" in before[o:]:
        return False
    closes = [i for i in (after.find(ch) for ch in _CLOSE) if i >= 0]
    opens = [i for i in (after.find(ch) for ch in _OPEN) if i >= 0]
    return bool(closes) and (not opens or min(closes) < min(opens)) and "\n" not in after[:min(closes)]


def _mark_anchor(f: Found, folded: str) -> None:
    """Which dates may anchor later ones: none in brackets (plan periods, scheduled events) or
    access dates of references anchor anything; a year glued to a name (2023年G7広島サミット)
    anchors 同年 but not a bare 10月9日, which continues the narrative's own timeline."""
    f.extra["attached"] = f.end < len(folded) and bool(_ATTACHED_NEXT.match(folded, f.end)) and f.mod is None
    f.extra["parenthetical"] = _parenthetical(f, folded)


def _mark_citation(f: Found, folded: str, lex: Lexicon) -> None:
    tail = re.sub(r"\s", "", folded[f.end:f.end + 12])   # アク\nセス: PDF breaks inside the cue
    if any(tail.startswith(c) for c in lex.words.access_cues):
        f.citation = True
