"""Build a gold file from a hand-written annotation spec (the shared locator of the spec-written gold sets).

    from spec_gold import build, check        # annotations/tools/ on sys.path
    build(SPEC, OUT, heading=HEADING, check_only=False)
    check(OUT, furniture=[...])

Used by `annotations/heldout/locate.py` and `check.py` (the held-out set) and by
`annotations/tools/partC/locate.py` and `check.py` (part C of the 001 development gold).

The script only finds strings: every decision (span text, label, canonical, value,
event type, actor, content) is written by hand in spec.py.

- An entity/date entry is (text, left, ...): `left` must sit immediately before `text`
  in the raw text; an empty `left` means the text occurs exactly once inside the
  regions. For entities `left == "*"` means: every occurrence inside the regions that
  is not inside a span already placed, not inside a URL and not inside page furniture
  (each placement is printed for review).
- Event contents are written by hand without line breaks; the script finds the raw
  extent inside the sentence whose text, after NFKC and removing whitespace and U+FFFD,
  equals the written content, and stores that raw extent. A content given as
  LIT("...") is stored as written (used where the object phrase runs across page
  furniture, which is not part of it).
- Sentence spans: from the character after the previous 。 (or the start of a heading
  or bullet line, or the line after a heading), to the next 。 inclusive; a trigger
  inside a heading line gets the heading line. An event may give an explicit
  sentence as (start text, its left context, end text, its left context).

Checks: every span reads its text, lies inside one region, not inside furniture; no
overlapping entity spans except a full name and its bracketed alias (which never
overlap anyway, so: no overlaps at all); no overlapping date spans; GoldFile validates.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.schema import GoldFile  # noqa: E402

RAW = ROOT / "raw" / "001_b21e1c190a10bc85.txt"
# heading lines: 第N目, （N）, ①②, ■ (outcome documents), ∇ (their sections), ○ (lists);
# a leading space or U+3000 is allowed (PDF indentation)
HEADING = re.compile(r"^[ \u3000]*(第\d+[項目]|（\d+）|[①②③④⑤⑥⑦⑧⑨⑩]|●|■|∇|○)")
# what a sentence may not start with
LEADING = "\n \t\u3000\ufffd"
URL = re.compile(r"https?://[^\s（）「」�]+")


@dataclass(frozen=True)
class LIT:
    """A content stored as written (not searched in the raw text)."""
    text: str


@dataclass(frozen=True)
class RANGE:
    """An entity whose span runs from `first` to `last` across page furniture."""
    first: str
    first_left: str
    last: str
    last_left: str


# ---------------------------------------------------------------- the vocabulary spec files write items in
# (from spec_gold import Y, D, dt, ev, ...): date values as (value, begin, end_date), date and event items.

# entity labels, as the specs write them
ORG, GPE, LOC, FAC, EVT, DOC, TECH, PER, PROD = ("ORG", "GPE", "LOC", "FACILITY", "EVENT", "DOCUMENT", "TECHNOLOGY",
                                                  "PERSON", "PRODUCT")
# a left context meaning "at the very start of the text" (a string at offset 0 has nothing before it)
START = "^"


def Y(y):
    """A calendar year: (value, begin, end_date); years before 1000 keep four digits (0112)."""
    return (f"{y:04d}", f"{y:04d}-01-01", f"{y:04d}-12-31")


def M(y, m):
    import calendar
    return (f"{y}-{m:02d}", f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def D(y, m, d):
    v = f"{y}-{m:02d}-{d:02d}"
    return (v, v, v)


def RY(a, b):
    """A range of years written once."""
    return (f"{a}/{b}", f"{a}-01-01", f"{b}-12-31")


def dt(text, left, v, mod=None):
    return (text, left, "DATE", v[0], v[1], v[2], mod)


def dur(text, left, value, mod=None):
    return (text, left, "DURATION", value, None, None, mod)


def REF(text, left, ref):
    """A date whose value is a reference (PRESENT_REF, …), no begin or end."""
    return (text, left, "DATE", ref, None, None, None)


def NULL(text, left):
    """A date with no value (翌年 with no anchor in its sentence)."""
    return (text, left, "DATE", None, None, None, None)


def DECADE(text, left, d, mod=None):
    """A decade (1920年代): value 192, the ten years as begin and end."""
    return (text, left, "DATE", str(d)[:3], f"{d}-01-01", f"{d + 9}-12-31", mod)


def RD(text, left, a, b, mod=None):
    """A range of days written once (9月1日から9月29日まで): a and b are (y, m, d)."""
    va, vb = "%04d-%02d-%02d" % a, "%04d-%02d-%02d" % b
    return (text, left, "DATE", f"{va}/{vb}", va, vb, mod)


def ev(t, left, typ, actors=(), content=None, date=None, loc=None, neg=False):
    """An event item: trigger (text, left context), type, actors [(text, left, canonical)], content, date, loc."""
    d = dict(t=(t, left), type=typ, actors=list(actors), content=content, date=date, neg=neg)
    if loc:
        d["loc"] = loc
    return d


def load_spec(path: Path):
    name = f"gold_spec_{abs(hash(str(path)))}"
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def read_raw() -> str:
    text = RAW.read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def norm(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if not ch.isspace() and ch != "\ufffd")


class Locator:
    def __init__(self, raw, regions, furniture, heading=HEADING, leading=LEADING):
        self.heading, self.leading = heading, leading
        self.raw, self.regions, self.furniture = raw, [tuple(r) for r in regions], [tuple(f) for f in furniture]
        for s, e in self.regions:
            if not (0 <= s < e <= len(raw)):
                sys.exit(f"region [{s},{e}) outside the text")
            if s > 0 and raw[s - 1] != "\n":
                sys.exit(f"region [{s},{e}) does not start at a line start")
        self.urls = [(m.start(), m.end()) for m in URL.finditer(raw)]

    def region_of(self, s, e):
        return next(((a, b) for a, b in self.regions if a <= s and e <= b), None)

    def in_furniture(self, s, e):
        # a span may run across furniture (a name broken by a page); it may not start or end inside it
        return any(a <= s < b or a < e <= b for a, b in self.furniture)

    def in_url(self, s, e):
        return any(a <= s and e <= b for a, b in self.urls)

    def occurrences(self, text):
        out, i = [], self.raw.find(text)
        while i >= 0:
            if self.region_of(i, i + len(text)) and not self.in_furniture(i, i + len(text)):
                out.append(i)
            i = self.raw.find(text, i + 1)
        return out

    def find(self, text, left, what=""):
        if left == START:
            if not self.raw.startswith(text) or not self.region_of(0, len(text)):
                sys.exit(f"{what}{text!r} is not at the start of the text")
            return 0
        hits = [i for i in self.occurrences(text) if self.raw[max(0, i - len(left)):i] == left]
        if len(hits) != 1:
            sys.exit(f"{what}{text!r} after {left!r}: {len(hits)} placements {hits}")
        return hits[0]

    # ---- sentences
    def line_bounds(self, i):
        s = self.raw.rfind("\n", 0, i) + 1
        e = self.raw.find("\n", i)
        return s, (len(self.raw) if e < 0 else e)

    def is_heading(self, ls):
        le = self.raw.find("\n", ls)
        line = self.raw[ls:le if le >= 0 else len(self.raw)]
        return bool(self.heading.match(line)) and not line.startswith("●") and "。" not in line

    def is_bullet(self, ls):
        return self.raw[ls:ls + 1] == "●"

    def sentence(self, ts, te):
        raw = self.raw
        rs, re_ = self.region_of(ts, te)
        ls, le = self.line_bounds(ts)
        if self.is_heading(ls):
            return ls, le
        # start: after previous 。, or at a bullet line start, or after a heading line
        i = ts
        while i > rs:
            if raw[i - 1] == "。":
                break
            if raw[i - 1] == "\n":
                if self.is_bullet(i):
                    break
                ps, _ = self.line_bounds(i - 1)
                if raw[i - 1] == "\n" and ps < i - 1 and self.is_heading(ps):
                    break
            i -= 1
        while raw[i] in self.leading:
            i += 1
        j = raw.find("。", te)
        if j < 0 or j >= re_:
            sys.exit(f"no 。 after trigger at {ts} inside its region")
        return i, j + 1

    def content(self, text, s, e, ts):
        seg = self.raw[s:e]
        normed, idx = [], []
        for k, ch in enumerate(seg):
            for c in unicodedata.normalize("NFKC", ch):
                if not c.isspace() and c != "\ufffd":
                    normed.append(c)
                    idx.append(k)
        hay, needle = "".join(normed), norm(text)
        hits, p = [], hay.find(needle)
        while p >= 0:
            hits.append(p)
            p = hay.find(needle, p + 1)
        if not hits:
            sys.exit(f"content {text!r}: not found in sentence [{s},{e})")
        # several: the object stands before its predicate, so take the last one ending before the trigger
        before = [p for p in hits if s + idx[p + len(needle) - 1] < ts]
        p = before[-1] if before else hits[0]
        return seg[idx[p]:idx[p + len(needle) - 1] + 1]


def build(spec_path: Path, out: Path, *, heading=HEADING, leading=LEADING, check_only=False):
    """Locate the spec's strings, check everything, print a review listing, write `out` (unless check_only)."""
    spec = load_spec(spec_path)
    raw = read_raw()
    L = Locator(raw, spec.REGIONS, spec.FURNITURE, heading, leading)
    listing = []

    # ---- entities
    ents = []
    placed = []

    def overlaps(s, e):
        return any(a < e and s < b for a, b in placed)

    for text, left, label, canon in [x for x in spec.ENTITIES if x[1] != "*"]:
        if isinstance(text, RANGE):  # a name running across page furniture: first and last piece
            s = L.find(text.first, text.first_left, "entity start ")
            ends = [i for i in L.occurrences(text.last) if i > s and raw[i - len(text.last_left):i] == text.last_left]
            if not ends:
                sys.exit(f"range {text!r}: no end after {s}")
            e_ = min(ends) + len(text.last)  # the first end after the start
            if e_ <= s:
                sys.exit(f"range {text!r} ends before it starts")
            text = raw[s:e_]
        s = L.find(text, left, "entity ") if left is not None else s
        e = s + len(text)
        if L.in_url(s, e):
            sys.exit(f"entity {text!r} at {s} inside a URL")
        if overlaps(s, e):
            sys.exit(f"entity {text!r} at {s} overlaps another entity")
        placed.append((s, e))
        ents.append(dict(start=s, end=e, text=text, label=label, canonical=canon))
    for text, _, label, canon in sorted([x for x in spec.ENTITIES if x[1] == "*"], key=lambda x: -len(x[0])):
        n = 0
        for s in L.occurrences(text):
            e = s + len(text)
            if L.in_url(s, e) or overlaps(s, e):
                listing.append(f"  skip * {text!r} at {s}: {'url' if L.in_url(s, e) else 'inside ' + repr(next(raw[a:b] for a, b in placed if a < e and s < b))}")
                continue
            placed.append((s, e))
            ents.append(dict(start=s, end=e, text=text, label=label, canonical=canon))
            n += 1
        listing.append(f"  * {text!r}: {n} placements")
    ents.sort(key=lambda d: d["start"])

    # ---- dates
    dates = []
    for text, left, typ, value, begin, end, mod in spec.DATES:
        starts = [i for i in L.occurrences(text) if not L.in_url(i, i + len(text))] if left == "*" else [L.find(text, left, "date ")]
        if left == "*":
            listing.append(f"  date * {text!r}: {len(starts)} placements")
        for s in starts:
            e = s + len(text)
            if L.in_url(s, e):
                sys.exit(f"date {text!r} at {s} inside a URL")
            if any(d["start"] < e and s < d["end"] for d in dates):
                sys.exit(f"date {text!r} at {s} overlaps another date")
            dates.append(dict(start=s, end=e, text=text, type=typ, value=value, begin=begin, end_date=end, mod=mod))
    dates.sort(key=lambda d: d["start"])

    # ---- events
    events = []
    for ev in spec.EVENTS:
        ttext, tleft = ev["t"]
        ts = L.find(ttext, tleft, f"trigger ({ev['type']}) ")
        te = ts + len(ttext)
        if "sent" in ev:
            a, al, b, bl = ev["sent"]
            ss = L.find(a, al, "sentence start ")
            se = L.find(b, bl, "sentence end ") + len(b)
            if not (ss <= ts and te <= se):
                sys.exit(f"explicit sentence [{ss},{se}) does not hold trigger {ttext!r} at {ts}")
        else:
            ss, se = L.sentence(ts, te)
        actors = []
        for atext, aleft, acanon in ev.get("actors", []):
            a_s = L.find(atext, aleft, "actor ")
            actors.append(dict(text=atext, canonical=acanon, start=a_s, end=a_s + len(atext)))
        c = ev.get("content")
        if isinstance(c, LIT):
            content = c.text
        elif c is None:
            content = None
        else:
            content = L.content(c, ss, se, ts)
        events.append(dict(type=ev["type"], trigger=dict(start=ts, end=te, text=ttext), actors=actors,
                           content=content, date=ev.get("date"), location=ev.get("loc"),
                           negated=ev.get("neg", False), sentence=dict(start=ss, end=se)))
    events.sort(key=lambda d: d["trigger"]["start"])

    # ---- checks
    for item in ents + dates:
        if L.in_furniture(item["start"], item["end"]):
            sys.exit(f"{item['text']!r} at {item['start']} inside page furniture")
        if not L.region_of(item["start"], item["end"]):
            sys.exit(f"{item['text']!r} at {item['start']} outside the regions")
    for ev in events:
        t = ev["trigger"]
        if L.in_furniture(t["start"], t["end"]) or not L.region_of(t["start"], t["end"]):
            sys.exit(f"trigger {t['text']!r} misplaced")
    es = sorted((d["start"], d["end"]) for d in ents)
    for (a, b), (c, d) in zip(es, es[1:]):
        if c < b:
            sys.exit(f"overlapping entity spans {raw[a:b]!r} / {raw[c:d]!r}")
    gold = dict(file=RAW.name, regions=[list(r) for r in spec.REGIONS], published=spec.PUBLISHED,
                entities=ents, dates=dates, events=events)
    GoldFile(**gold).check_offsets(raw)

    # ---- listing
    show = lambda s: s.replace("\n", "⏎")
    for d in ents:
        listing.append(f"E {d['start']:6d} {d['label']:10s} {show(d['text'])} -> {d['canonical']}")
    for d in dates:
        listing.append(f"D {d['start']:6d} {d['type']:8s} {show(d['text'])} = {d['value']} {d['begin']}..{d['end_date']} {d['mod']}")
    for ev in events:
        t = ev["trigger"]
        listing.append(f"V {t['start']:6d} {ev['type']:9s} {show(t['text'])} actors={[(show(a['text']), a['canonical']) for a in ev['actors']]} "
                       f"content={show(ev['content'] or '')!s} date={ev['date']} loc={ev['location']} neg={ev['negated']}\n"
                       f"      S: {show(raw[ev['sentence']['start']:ev['sentence']['end']])[:160]}")
    print("\n".join(listing))
    from collections import Counter
    print("entities", len(ents), dict(Counter(d["label"] for d in ents)))
    print("dates", len(dates), dict(Counter(d["type"] for d in dates)))
    print("events", len(events), dict(Counter(d["type"] for d in events)))
    if not check_only:
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote", out.relative_to(ROOT))


def fail(msg: str) -> None:
    sys.exit(f"FAIL: {msg}")


def check(gold_path: Path, *, furniture: list[tuple[int, int]], published: str = "2025-03-31") -> None:
    """Check a gold file on its own (the JSON, not the spec): offsets, regions, furniture, overlaps, sentences."""
    raw = read_raw()
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    gold = GoldFile(**data)
    gold.check_offsets(raw)
    if data.get("published") != published:
        fail(f"published is {data.get('published')!r}")
    regions = [tuple(r) for r in gold.regions]

    def region_of(s, e):
        return next(((a, b) for a, b in regions if a <= s and e <= b), None)

    def in_furniture(s, e):
        return any(a <= s < b or a < e <= b for a, b in furniture)

    spans = [("entity", x.start, x.end, x.text) for x in gold.entities] + \
            [("date", x.start, x.end, x.text) for x in gold.dates] + \
            [("trigger", ev.trigger.start, ev.trigger.end, ev.trigger.text) for ev in gold.events] + \
            [("actor", a.start, a.end, a.text) for ev in gold.events for a in ev.actors if a.start is not None]
    for kind, s, e, t in spans:
        if not region_of(s, e):
            fail(f"{kind} {t!r} [{s},{e}) outside the regions")
        if in_furniture(s, e):
            fail(f"{kind} {t!r} [{s},{e}) inside page furniture")
    for layer, items in (("entity", gold.entities), ("date", gold.dates)):
        ss = sorted((x.start, x.end, x.text) for x in items)
        for (a, b, t1), (c, d, t2) in zip(ss, ss[1:]):
            if c < b:
                fail(f"overlapping {layer} spans {t1!r} [{a},{b}) / {t2!r} [{c},{d})")
    for ev in gold.events:
        sn, t = ev.sentence, ev.trigger
        if sn is None or not (sn.start <= t.start and t.end <= sn.end) or not region_of(sn.start, sn.end):
            fail(f"sentence of trigger {t.text!r} at {t.start} does not hold it or leaves the regions")
    print("OK", gold_path.relative_to(ROOT), "regions", [list(r) for r in regions])
    print("entities", len(gold.entities), dict(sorted(Counter(x.label for x in gold.entities).items())))
    print("dates", len(gold.dates), dict(sorted(Counter(x.type for x in gold.dates).items())),
          "mods", dict(sorted(Counter(str(x.mod) for x in gold.dates).items())))
    print("events", len(gold.events), dict(sorted(Counter(x.type for x in gold.events).items())),
          "with actors", sum(1 for x in gold.events if x.actors))


def add_commitment_flag(path: Path) -> None:
    """Add `is_commitment` to each event (contract: every type but MEET and ANNOUNCE), an extra field."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    for ev in gold["events"]:
        ev["is_commitment"] = ev["type"] not in ("MEET", "ANNOUNCE")
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def team_check(gold_path: Path, *, file_name: bool = False, commitment: bool = False) -> None:
    """The team's gold checks (tests/annotations/annotation_gold_checks.py: schema, regions, offsets,
    vocabularies, date values, overlaps), called on one file explicitly, since they glob only the top-level
    annotations/*.json; `file_name` adds the raw-file name check (a part file is not named after its raw
    file), `commitment` checks the extra `is_commitment` field."""
    root = Path(__file__).resolve().parents[2]
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from tests.annotations import annotation_gold_checks as agc

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = agc.read_raw(gold["file"])
    problems, done = [], list(agc.CHECKS)
    for name, fn in agc.CHECKS.items():
        problems += [f"{name}: {p}" for p in fn(gold, raw)]
    if file_name:
        problems += [f"file_name: {p}" for p in agc.check_file_name(gold, raw, gold_path)]
        done.append("file_name")
    if commitment:
        for ev in gold["events"]:
            if ev.get("is_commitment") != (ev["type"] not in ("MEET", "ANNOUNCE")):
                problems.append(f"is_commitment wrong on {ev['trigger']['text']!r} at {ev['trigger']['start']}")
        done.append("is_commitment")
    if problems:
        sys.exit("FAIL (team gold checks):\n" + "\n".join(problems))
    print("team gold checks OK:", ", ".join(done))



# Sets of plain sentences whose text lies beside their spec (annotations/wiki/, annotations/heldout/): one
# sentence per paragraph, none of them a heading or a bullet.
NO_HEADING = re.compile(r"(?!)")  # never matches


def locate_beside(here: Path, spec_name: str, text_name: str, argv: list[str]) -> None:
    """Build here/<text_name>.json from here/<spec_name> with the raw text pointed at here/<text_name>
    (instead of report 001) and no heading pattern, then add `is_commitment`; `--check` writes nothing."""
    global RAW
    RAW = here / text_name
    out = here / f"{text_name}.json"
    check_only = "--check" in argv
    build(here / spec_name, out, heading=NO_HEADING, leading=LEADING, check_only=check_only)
    if not check_only:
        add_commitment_flag(out)


def check_beside(here: Path, text_name: str) -> None:
    """Check here/<text_name>.json on its own: the shared checker and the team's gold checks, both reading
    the text beside it (no page furniture, no publication date)."""
    global RAW
    root = Path(__file__).resolve().parents[2]
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from tests.annotations import annotation_gold_checks as agc

    RAW = here / text_name  # the shared checker reads its raw text from here
    agc.RAW = here          # and the team checks read gold["file"] from this folder
    gold = here / f"{text_name}.json"
    check(gold, furniture=[], published=None)
    team_check(gold, file_name=True, commitment=True)
