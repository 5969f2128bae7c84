"""Canonical names across a document: a full name followed by its bracketed acronym.

`上海協力機構(SCO)`, `経済協力開発機構(OECD)`, `Research and Innovation Working Group(RIWG)`,
`天津市(Tianjin)`, `信頼性のある自由なデータ流通(DFFT: Data Free Flow with Trust)`:
the name and the acronym are two mentions of one canonical, the name's. Later
mentions of either, anywhere in the document, share it (rule `acronym:propagated`),
also for names the gazetteer does not know.

* name known (a mention ends at the bracket), acronym not a mention yet: the
  acronym becomes a mention with the name's label and canonical (rule `acronym`);
* name known, acronym a gazetteer mention of another canonical: this bracket
  says what the acronym stands for here (欧州共同体(EC) is not 欧州委員会), so this
  acronym mention takes the name's canonical;
* name unknown but written in Latin words whose capitals spell the acronym
  (Global Forum on Technology (GFTech)): both become mentions, labelled by the
  name's last word (`latin_acronym_heads` in rules.json, default ORG);
* acronyms listed in `never_entities` (STI, R&D, GDP, CET...) are never linked.
"""
from __future__ import annotations

import re

from pipeline.nlp.gazetteer import Gazetteer, is_latin, nfkc

from .mention import GAZETTEER, Mention, SpanIndex

# ( ACR ) or ( ACR: expansion ) ; also <Romanisation> as in 河北省<Hebei>
_BRACKET = re.compile(r"[(<]\s*([A-Za-z][A-Za-z0-9&.\-]*[A-Za-z0-9]|[A-Z])\s*(?:[:;][^)>\n]{0,200})?[)>]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-']*")
_FUNCTION_WORDS = {"and", "of", "for", "the", "on", "in", "to", "with", "a", "an", "at", "by", "de", "&"}


def _capitals(acr: str) -> str:
    return "".join(c for c in acr if c.isupper())


def _latin_name_before(text: str, end: int, acr: str) -> tuple[int, int] | None:
    """The shortest run of Latin words ending at `end` whose content words' initials spell the acronym's capitals."""
    caps = _capitals(acr)
    if len(caps) < 2:
        return None
    stop = end
    while stop > 0 and text[stop - 1] == " ":
        stop -= 1
    words = []
    pos = stop
    while pos > 0 and len(words) < 12:
        m = None
        for m in _LATIN_WORD.finditer(text, max(0, pos - 40), pos):
            pass
        if m is None or m.end() != pos:
            break
        words.insert(0, (m.start(), m.end(), m.group()))
        pos = m.start()
        while pos > 0 and text[pos - 1] in " ,":
            pos -= 1
        content = [w for w in words if w[2].lower() not in _FUNCTION_WORDS]
        initials = "".join(w[2][0].upper() for w in content)
        if initials == caps and words[0][2].lower() not in _FUNCTION_WORDS:
            if all(w[2][0].isupper() for w in content):
                return words[0][0], stop
        if len(initials) > len(caps):
            break
    return None


def _bounded_latin(text: str, s: int, e: int) -> bool:
    return not (s > 0 and (is_latin(text[s - 1]) or text[s - 1] in "-&")) and not (
        e < len(text) and (is_latin(text[e]) or text[e] in "-&"))


def link_acronyms(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    never = {nfkc(w) for w in gaz.rules.never_entities.words}
    heads = gaz.rules.latin_acronym_heads
    by_end = {m.end: m for m in mentions}
    by_span = {(m.start, m.end): m for m in mentions}
    out = list(mentions)
    index = SpanIndex(out)
    aliases: dict[str, Mention] = {}  # surface -> the mention whose label/canonical it takes

    def replace(old: Mention, new: Mention) -> None:
        out[out.index(old)] = new
        index.remove(old)
        index.add(new)

    for b in _BRACKET.finditer(text):
        acr_s, acr_e = b.start(1), b.end(1)
        acr = text[acr_s:acr_e]
        if acr in never:
            continue
        name_end = b.start()
        while name_end > 0 and text[name_end - 1] == " ":
            name_end -= 1
        name = by_end.get(name_end)
        acr_m = by_span.get((acr_s, acr_e))
        if acr_m is None and index.overlapping(acr_s, acr_e):
            continue  # the acronym is part of a longer mention (重要・新興技術(CET)国家戦略)
        if name is None:
            span = _latin_name_before(text, name_end, acr)
            if span is None:
                continue
            s, e = span
            clash = index.overlapping(s, e)
            if any(m.source == GAZETTEER for m in clash):
                continue
            for m in clash:  # model spans over part of the written-out name give way to it
                out.remove(m)
                index.remove(m)
                by_end.pop(m.end, None)
                by_span.pop((m.start, m.end), None)
            full = " ".join(text[s:e].split())
            last = full.split()[-1]
            label = str(getattr(heads.heads.get(last, heads.default), "value", heads.heads.get(last, heads.default)))
            name = Mention(s, e, label, full, "acronym:name", GAZETTEER + 1)
            out.append(name)
            index.add(name)
            by_end[e] = name
            by_span[(s, e)] = name
        if acr_m is None:
            acr_m = Mention(acr_s, acr_e, name.label, name.canonical, "acronym", name.source, qid=name.qid)
            out.append(acr_m)
            index.add(acr_m)
            by_span[(acr_s, acr_e)] = acr_m
        elif acr_m.canonical != name.canonical:
            if name.source == GAZETTEER and acr_m.source == GAZETTEER and acr_m.label == name.label \
                    or acr_m.source != GAZETTEER:
                new = acr_m.with_(canonical=name.canonical, qid=name.qid, label=name.label, rule="acronym")
                replace(acr_m, new)
                acr_m = new
                by_span[(acr_s, acr_e)] = acr_m
            elif name.source != GAZETTEER:
                replace(name, name.with_(canonical=acr_m.canonical, qid=acr_m.qid, label=acr_m.label))
                continue
            else:
                continue
        if acr_m.rule == "acronym" or name.source != GAZETTEER:
            aliases.setdefault(acr, acr_m)
            aliases.setdefault(text[name.start:name.end], name)

    out = _bracket_aliases(text, out)
    out = _bracket_translations(text, out, aliases)
    return _propagate(text, out, aliases)


# X(English Title Words) or X(English Title Words: ACR) right after a name: ISC総会(ISC General Assembly),
# 「国別適合パートナーシップ計画(Individually Tailored Partnership Programme:ITPP)」
_TRANSLATION = re.compile(r"\(\s*([A-Z][A-Za-z0-9'’\-]*(?:[ ]+[A-Za-z0-9'’\-]+){1,11})\s*"
                          r"(?:[:;]\s*([A-Z][A-Za-z0-9&\-]{1,9}))?\s*\)")
_TRANSLATED_LABELS = ("ORG", "EVENT", "DOCUMENT")


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    return len(content) >= 2 and words[-1].lower() not in _FUNCTION_WORDS and all(
        w[0].isupper() or w[0].isdigit() for w in content)


def _bracket_translations(text: str, mentions: list[Mention], aliases: dict[str, Mention]) -> list[Mention]:
    """A name of an organisation, event or document followed by its English name in brackets (and an
    acronym after a colon): the English name, and the acronym, are mentions of the same canonical, the
    Japanese name's (guidelines 1.3). Mentions inside the English name give way to it (ISC in ISC General
    Assembly). Later bare occurrences of the English name share the canonical (`aliases`)."""
    by_end = {m.end: m for m in mentions}
    out = list(mentions)
    index = SpanIndex(out)
    dropped: set[int] = set()
    added: list[Mention] = []
    for b in _TRANSLATION.finditer(text):
        x = by_end.get(b.start())
        if x is None or x.label not in _TRANSLATED_LABELS or is_latin(text[x.end - 1]):
            continue
        s, e = b.span(1)
        words = text[s:e].split()
        if not _title_case(words):
            continue
        inside = [m for m in index.overlapping(s, e) if id(m) not in dropped]
        if any(not (s <= m.start and m.end <= e) for m in inside):
            continue
        dropped.update(id(m) for m in inside)
        name = Mention(s, e, x.label, x.canonical, "translation", x.source, qid=x.qid)
        added.append(name)
        index.add(name)
        aliases.setdefault(" ".join(words), name)
        if b.group(2):
            a_s, a_e = b.span(2)
            acr = [m for m in index.overlapping(a_s, a_e) if id(m) not in dropped]
            if not acr:
                am = Mention(a_s, a_e, x.label, x.canonical, "acronym", x.source, qid=x.qid)
                added.append(am)
                index.add(am)
                aliases.setdefault(b.group(2), am)
    if not added:
        return out
    return sorted([m for m in out if id(m) not in dropped] + added, key=lambda m: (m.start, m.end))


def _bracket_aliases(text: str, mentions: list[Mention]) -> list[Mention]:
    """`X(Y)` where Y is exactly one mention of X's label: Y names X here (COP28(第28回…締約国会議),
    G7プーリア・サミット2024(第50回先進国首脳会議)), so Y takes X's canonical. Not for places
    written in Japanese (マナウス(ブラジル) locates, it does not rename)."""
    out = list(mentions)
    by_end = {m.end: m for m in out}
    for m in list(out):
        if m.start == 0 or text[m.start - 1] != "(" or m.end >= len(text) or text[m.end] != ")":
            continue
        x = by_end.get(m.start - 1)
        if x is None or x is m or x.label != m.label or x.canonical == m.canonical:
            continue
        if m.label in ("GPE", "LOC") and not is_latin(text[m.start]):
            continue  # マナウス(ブラジル): a place in brackets locates, it does not rename
        i = out.index(m)
        out[i] = m.with_(canonical=x.canonical, qid=x.qid or m.qid, rule=f"{m.rule}+bracket")
    return out


def _propagate(text: str, mentions: list[Mention], aliases: dict[str, Mention]) -> list[Mention]:
    """Later (and earlier) bare occurrences of a linked name or acronym share its canonical."""
    out = list(mentions)
    if not aliases:
        return out
    index = SpanIndex(out)
    for surface, ref in sorted(aliases.items(), key=lambda kv: -len(kv[0])):
        if len(surface) < 2:
            continue
        for m in re.finditer(re.escape(surface), text):
            s, e = m.start(), m.end()
            if not Gazetteer._bounded(text, s, e) or (is_latin(surface[0]) and not _bounded_latin(text, s, e)):
                continue
            hit = index.overlapping(s, e)
            if hit:
                existing = hit[0]
                if len(hit) == 1 and (existing.start, existing.end) == (s, e) and existing.source != GAZETTEER \
                        and existing.canonical != ref.canonical:
                    new = existing.with_(canonical=ref.canonical, qid=ref.qid, label=ref.label)
                    out[out.index(existing)] = new
                    index.remove(existing)
                    index.add(new)
                continue
            new = Mention(s, e, ref.label, ref.canonical, "acronym:propagated", ref.source, qid=ref.qid)
            out.append(new)
            index.add(new)
    return sorted(out, key=lambda m: (m.start, m.end))
