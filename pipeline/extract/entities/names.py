"""Longer names built around gazetteer mentions (rules in models/gazetteer/rules.json).

* compound names: a gazetteer ORG/GPE mention followed by name characters and a
  head word: G7ボローニャ科学技術大臣会合 (EVENT), G7プーリア首脳コミュニケ (DOCUMENT),
  G7半導体コンタクトグループ (ORG), 日ASEAN科学技術イノベーションハイレベルラウンドテーブル;
* quoted titles: 「…原則」, 「…ツールキット」, an English title in 「」 (with its bracketed
  translation as a second mention of the same document) and anything in 『』 or “” are
  DOCUMENT mentions;
* editions of events: `2026年天津市科学技術工作会議`, `SCOサミット2025` (the year is part
  of the name; for a recurring `series` entry the edition is its own canonical).

Each new mention is gazetteer-tier (it is built on the gazetteer) and replaces the
gazetteer mentions inside it (contract: the containing name wins). A compound name's
canonical is its surface without bracket groups; compounds on the same name with
the same rest share the most frequent surface in the document (`unify_groups`).
"""
from __future__ import annotations

import re

from pipeline.nlp.gazetteer import Gazetteer, is_kanji, is_katakana, is_latin, nfkc

from .mention import GAZETTEER, Mention, SpanIndex, surface_canonical

_BRACKET_GROUP = re.compile(r"\([^()]{1,15}\)")
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")
_LEADING_DATE = re.compile(r"^(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?\s*")


def _name_char(ch: str) -> bool:
    return is_kanji(ch) or is_katakana(ch) or is_latin(ch) or ch in "・-&"


def _heads(gaz: Gazetteer) -> list[tuple[str, str]]:
    cn = gaz.rules.compound_names
    pairs = [(nfkc(h), lab) for lab in ("EVENT", "DOCUMENT", "ORG") for h in getattr(cn, lab)]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


def _entry(gaz: Gazetteer, m: Mention):
    if m.rule.startswith(("gazetteer:", "abbrev:")):
        return gaz.by_id.get(m.rule.split(":", 1)[1].split("+")[0])
    return None


def _generic_only(middle: str, generic: tuple[str, ...]) -> bool:
    rest = middle
    while rest:
        w = next((g for g in generic if rest.startswith(g)), None)
        if w is None:
            return False
        rest = rest[len(w):]
    return bool(middle)


def compound_names(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    heads = _heads(gaz)
    limit = gaz.rules.compound_names.max_chars
    generic = tuple(sorted((nfkc(w) for w in gaz.rules.generic_heads.words), key=len, reverse=True))
    by_end = {m.end: m for m in mentions}
    allowed = {str(getattr(k, "value", k)): {str(getattr(x, "value", x)) for x in v}
               for k, v in gaz.rules.compound_names.prefix_labels.items()}
    out: list[Mention] = []
    for m in mentions:
        if m.label not in allowed or m.rule.startswith("abbrev:"):
            continue
        # scan the name characters after the mention (short bracket groups allowed inside)
        j = m.end
        ends: list[int] = []
        while j < len(text) and j - m.start <= limit:
            if text[j] == "(":
                g = _BRACKET_GROUP.match(text, j)
                if not g:
                    break
                j = g.end()
                continue
            if not _name_char(text[j]):
                break
            j += 1
            ends.append(j)
        best = None
        for k in reversed(ends):
            if k == m.end:
                continue
            if k < len(text) and is_katakana(text[k]) and is_katakana(text[k - 1]):
                continue  # the head would end inside a katakana word
            other = by_end.get(k)
            if other is not None and other is not m and other.start >= m.end:
                continue  # the head belongs to a name of its own (…(JST)アジア・太平洋総合研究センター)
            head = next(((h, lab) for h, lab in heads if text.endswith(h, m.start, k)), None)
            if head and head[1] not in allowed[m.label]:
                continue
            if head and k - len(head[0]) >= m.end:
                if _generic_only(text[m.end:k - len(head[0])].removeprefix("・"), generic):
                    continue  # G7関係閣僚会合: related meetings of the G7, not a named one; 国際連合・関連機関: the
                    # UN and its related bodies, a coordination
                best = (k, head[1])
                break
        if best is None:
            continue
        k, label = best
        start = m.start
        # one-character country forms glued in front (日ASEAN…) belong to the name
        prev = by_end.get(start)
        while prev is not None and prev.rule.startswith("abbrev:"):
            start = prev.start
            prev = by_end.get(start)
        rest = _BRACKET_GROUP.sub("", text[m.end:k])
        group = (label, m.canonical if start == m.start else text[start:m.end], surface_canonical(rest))
        canonical = _BRACKET_GROUP.sub("", text[start:k])
        if label == "DOCUMENT" and text.endswith(_ABOUT, 0, start):
            about = by_end.get(start - len(_ABOUT))
            if about is not None and not about.rule.startswith("abbrev:"):
                canonical = text[about.start:start] + canonical
                group = (label, about.canonical + _ABOUT + group[1], group[2])
                start = about.start
        out.append(Mention(start, k, label, surface_canonical(canonical), f"compound:{label.lower()}", GAZETTEER,
                           group=group))
    return out


def unify_groups(mentions: list[Mention]) -> list[Mention]:
    """Compound names built on one name with the same rest share one canonical in a document: the surface
    written most often, then the shortest (CSTP閣僚級会合 and OECD科学技術政策委員会(CSTP)閣僚級会合)."""
    from collections import Counter, defaultdict

    forms: dict[tuple, Counter] = defaultdict(Counter)
    for m in mentions:
        if m.group is not None:
            forms[m.group][m.canonical] += 1
    if not forms:
        return mentions
    pick = {g: min(c, key=lambda f: (-c[f], len(f), f)) for g, c in forms.items()}
    return [m.with_(canonical=pick[m.group]) if m.group is not None else m for m in mentions]


_ABOUT = "に関する"


def quoted_titles(text: str, gaz: Gazetteer) -> list[Mention]:
    q = gaz.rules.quoted_titles
    heads = _heads(gaz)
    out = []
    for open_, close, needs_head in (("「", "」", True), ("『", "』", False), ("“", "”", False)):
        for mt in re.finditer(f"{open_}([^{open_}{close}\n。]{{{q.min_chars},{q.max_chars}}}){close}", text):
            s, e = mt.start(1), mt.end(1)
            body = text[s:e]
            cut = _TRAILING_BRACKET.search(body)
            translation = None
            if cut and cut.start() > 0:
                e = s + cut.start()
                body = text[s:e]
                inner = text.find("(", s + cut.start()) + 1
                translation = (inner, mt.end(1) - 1)
            lead = _LEADING_DATE.match(body)
            if lead and lead.end() < len(body):  # a citation's date before the title: 「2024年9月19日 G20…」
                s += lead.end()
                body = body[lead.end():]
            body_stripped = body.rstrip(" ,.、")
            e = s + len(body_stripped)
            if e - s < q.min_chars:
                continue
            label = "DOCUMENT"
            english = bool(_ENGLISH_TITLE.match(body_stripped))
            if needs_head and not english:
                head = next(((h, lab) for h, lab in heads if body_stripped.endswith(h)), None)
                if head is None or len(head[0]) == len(body_stripped):
                    continue
                label = head[1]
            canonical = surface_canonical(body_stripped)
            if english and translation is not None:
                # 「English title(日本語の題)」: the translation in brackets names the same document, and its
                # Japanese name is the canonical of both (guidelines 1.3: the Japanese name when the text has it)
                ts, te = translation
                tr = text[ts:te].rstrip()
                if tr and tr.endswith(tuple(h for h, lab in heads if lab == "DOCUMENT")):
                    canonical = surface_canonical(tr)
                    out.append(Mention(ts, ts + len(tr), "DOCUMENT", canonical, "quoted:translation", GAZETTEER))
            out.append(Mention(s, e, label, canonical, f"quoted:{label.lower()}", GAZETTEER))
    return out


# an English title inside 「」: three or more words, the first capitalised, Latin letters only
_ENGLISH_TITLE = re.compile(r"^[A-Z][A-Za-z0-9'’\-]*(?:[ ,:–-]+[A-Za-z0-9'’\-]+){2,}$")


def editions(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """An EVENT written with its edition keeps it (2026年天津市科学技術工作会議, SCOサミット2025).

    A year before the name counts only for a recurring (`series`) entry or a model-made event; a year after
    it always belongs to the span. A series mention with an edition is that edition (its own canonical).
    """
    ed = gaz.rules.event_editions
    pre = [re.compile(f"(?:{p})$") for p in ed.prefix]
    suf = [re.compile(p) for p in ed.suffix]
    out = []
    for m in mentions:
        if m.label == "EVENT":
            entry = _entry(gaz, m)
            series = entry is None or entry.series
            s, e = m.start, m.end
            if series:
                for p in pre:
                    hit = p.search(text, max(0, s - 12), s)
                    if hit:
                        s = hit.start()
                        break
            for p in suf:
                hit = p.match(text, e)
                if hit:
                    e = hit.end()
                    break
            if (s, e) != (m.start, m.end):
                canonical = surface_canonical(text[s:e]) if series else m.canonical
                m = m.with_(start=s, end=e, canonical=canonical, rule=f"{m.rule}+edition")
        out.append(m)
    return out


def absorb(base: list[Mention], bigger: list[Mention]) -> list[Mention]:
    """Add the longer mentions; each replaces the mentions inside it; one crossing a kept mention is skipped."""
    index = SpanIndex(base)
    dropped: set[int] = set()
    added: list[Mention] = []
    for b in sorted(bigger, key=lambda m: -m.length):
        near = index.overlapping(b.start, b.end)
        if any(m.same_span(b) for m in near):
            continue  # the gazetteer already knows this exact name
        if any(not b.contains(m) for m in near):
            continue  # crossing a kept mention
        for m in near:
            index.remove(m)
            dropped.add(id(m))
        index.add(b)
        added.append(b)
    kept = [m for m in base if id(m) not in dropped] + [b for b in added if id(b) not in dropped]
    return sorted(kept, key=lambda m: (m.start, m.end))
