"""What, when and where: the content phrase, the linked date and the place of one predicate."""
from __future__ import annotations

from typing import Optional

from .context import DateRef, SentenceView
from .lexicon import Lexicon
from .triggers import Hit, _case_lemmas, _is_topic

TRIM = set("、,・をにでがはもとのへや　 ●○〇◯■◆□◇・➡→*-:：")


def _trim_left(doc, lo: int, hi: int) -> int:
    """The first token of [lo, hi) after leading particles, punctuation and list marks (an opening bracket stays)."""
    while lo < hi and (doc[lo].text in TRIM or doc[lo].pos_ in ("ADP", "PUNCT", "SCONJ", "AUX") and doc[lo].text not in "「『(（"):
        lo += 1
    return lo


def _text(view: SentenceView, raw: str, lo: int, hi: int, quote: bool = False, actors: frozenset = frozenset(),
          agent_cases: tuple = ()) -> Optional[str]:
    """Raw text of tokens [lo, hi) as it stands (PDF line breaks included), particles trimmed at both ends;
    a quoted clause (quote) keeps its own topic and subject; a が-subject opening the phrase is cut when it is
    the event's actor (actors: their raw start offsets), who is no part of what they do."""
    doc = view.doc
    start = lo
    while lo < hi:  # 2004年1月に議会は…議案: a date before a subject the parser hung inside dates the act
        lead = next((d for d in view.dates if d.first == lo and d.last < hi), None)
        if lead is None or doc[lead.last].text not in ("に", "、", ",", "は", "には"):
            break
        lo = lead.last
        while lo < hi and doc[lo].text in ("に", "は", "、", ","):
            lo += 1
    dated_lo = lo
    for t in ([] if quote else doc[lo:hi]):  # a topic phrase the parser hung inside (関係者は、…考え) is no content
        k = t.i + 1
        if k < hi and doc[k].text in ("で", "に") and k + 1 < hi and doc[k + 1].text == "は":
            k += 1
        if t.dep_ in ("nsubj", "dislocated", "obl") and k < hi and doc[k].text == "は" \
                and (t.left_edge.i == lo or (k + 1 < hi and doc[k + 1].text in ("、", ","))):
            lo = max(lo, k + 1)
    lo = _trim_left(doc, lo, hi)
    for t in ([] if quote else doc[lo:hi]):  # 韓国国防部がKFXを…開発する事: a named subject hung inside is no content
        k = t.i + 1
        if t.dep_ == "nsubj" and t.left_edge.i == lo and k < hi and doc[k].text == "が" and doc[k].dep_ == "case" \
                and not _in_brackets(doc, lo, t.i) and any(view.raw_of(m.first, m.last)[0] in actors
                                                           for m in view.mentions_in(lo, k)):
            lo = k + 1
            while lo < hi and doc[lo].text in TRIM:
                lo += 1
            break
    if lo == dated_lo and dated_lo > start:
        lo = _trim_left(doc, start, hi)  # (2024年に4企業に投資すること: a date inside the phrase itself stays)
    while hi > lo and (doc[hi - 1].text in TRIM or doc[hi - 1].pos_ in ("ADP", "PUNCT", "SCONJ") and doc[hi - 1].text not in "」』)）"):
        hi -= 1
    for t in ([] if quote or not actors else doc[lo:hi]):  # …WHITE FOXより、…流出したこと: the agent is no content
        if t.dep_ == "case" and t.text in agent_cases and lo < t.i < hi - 1 and any(
                view.raw_of(lo, lo + 1)[0] <= a < view.raw_of(t.i, t.i + 1)[0] for a in actors):
            lo = t.i + 1
            while lo < hi and (doc[lo].text in TRIM or doc[lo].pos_ in ("ADP", "PUNCT")):
                lo += 1
    if hi <= lo:
        return None
    rs, re_ = view.raw_of(lo, hi)
    return raw[rs:re_] or None


def _quotative(doc, c) -> int:
    """The index of the quotative と closing clause c (…ハッキングしたと発表, 「…」と述べ), else 0: a plain と
    after a verb, adjective or closing bracket, not とともに / として / とし."""
    for x in c.children:
        if x.dep_ in ("case", "mark") and x.text == "と" and x.i > c.i and not any(f.dep_ == "fixed" for f in x.children):
            nxt = doc[x.i + 1].text if x.i + 1 < len(doc) else ""
            if nxt in ("とも", "共に", "し", "して", "する", "の") or nxt.startswith("とも"):
                return 0
            if c.pos_ in ("VERB", "ADJ", "AUX") or doc[x.i - 1].pos_ in ("AUX", "VERB") or doc[x.i - 1].text in ("」", "』"):
                return x.i
    return 0


def _in_brackets(doc, lo: int, i: int) -> bool:
    depth = 0
    for t in doc[lo:i]:
        depth += (t.text in OPEN_BRACKETS) - (t.text in CLOSE_BRACKETS)
    return depth > 0


def _subtree_span(tok) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def content_of(view: SentenceView, raw: str, hit: Hit, lex: Lexicon, actors=()) -> Optional[str]:
    doc = view.doc
    starts = frozenset(a.start for a in actors if getattr(a, "start", None) is not None)
    agents = tuple(lex.cues.agent_markers) + tuple(lex.cues.source_markers)
    head, pred = doc[hit.head], doc[hit.pred]
    if hit.entry.intent_noun:
        acl = [c for c in head.children if c.dep_ in ("acl", "nmod") and c.i < head.i]
        if acl:
            lo = min(_subtree_span(c)[0] for c in acl)
            return _text(view, raw, lo, head.i)
    if hit.how == "light":
        lo = head.left_edge.i
        return _text(view, raw, lo, hit.first) if lo < hit.first else None
    objs = [c for c in pred.children if c.dep_ == "obj" and c.i < pred.i]
    if not objs and head is not pred:
        objs = [c for c in head.children if c.dep_ == "obj" and c.i < head.i]
    if not objs and pred.head.i == pred.i + 1 and pred.head.pos_ == "NUM" and pred.head.dep_ == "ROOT":
        objs = [c for c in pred.head.children if c.dep_ == "obj" and c.i < pred.i]  # …を支持35。
    if objs:
        lo = min(_subtree_span(c)[0] for c in objs)
        for c in objs:  # 機構が「NEXUS」を推進: a が-phrase merged into the object is the subject, not content
            ga = [x for x in c.children if x.dep_ == "case" and x.i == c.i + 1 and x.text == "が"]
            if ga and any(x.dep_ == "case" and x.text == "を" and x.i > ga[0].i for x in c.children):
                lo = max(lo, ga[0].i + 1)
        return _text(view, raw, _after_clause_comma(view.doc, lo, min(c.i for c in objs)),
                     max(c.right_edge.i for c in objs) + 1, actors=starts, agent_cases=agents)
    quote = [(c, end) for c in pred.children if c.dep_ in ("ccomp", "advcl") and c.i < pred.i
             and hit.type == "ANNOUNCE" for end in [_quotative(doc, c)] if end]
    if quote:
        # …ハッキングしたとCIは発表した: what is announced is the quoted clause
        c, end = quote[-1]
        lo = c.left_edge.i
        for x in c.children:  # (…を阻止するため、…ハッキングした: the quote starts after a clause that leads into it)
            r = x.right_edge.i
            if x.dep_ in ("advcl", "nmod") and x.i < c.i and r + 1 < end:
                if doc[r].text in ("、", ","):
                    lo = max(lo, r + 1)
                elif doc[r + 1].text in ("、", ","):
                    lo = max(lo, r + 2)
        return _text(view, raw, lo, end, quote=True)
    gap = not hit.passive and not any(c.dep_ == "obl" and _case_lemmas(c) & {"に", "へ"} and
                                      not view.dates_in(c.i, c.i + 1) for c in pred.children if c.i < pred.i)
    if pred.dep_ == "acl" and pred.head.i > pred.i and hit.how == "verb" and (hit.passive or hit.type == "MEET" or gap) \
            and pred.head.pos_ in ("NOUN", "PROPN") \
            and pred.head.lemma_ not in lex.cues.example_heads:
        # (厚生省が1989年に策定した「…戦略」: an active relative clause with no object acts on the noun it describes)
        # 開かれた中央経済工作会議: the meeting the relative clause describes (the noun phrase after it)
        j = pred.i + 1
        while j < len(view.doc) and view.doc[j].pos_ == "AUX":
            j += 1
        start = j
        while j < len(view.doc) and (view.doc[j].pos_ in ("NOUN", "PROPN", "NUM", "SYM") or
                                     view.doc[j].text in "「」『』()（）" or view.mention_at(j) is not None):
            j += 1
        return _text(view, raw, start, max(j, pred.head.i + 1))
    if hit.passive:
        subj = [c for c in pred.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < pred.i]
        if subj:
            lo, _ = _subtree_span(subj[-1])
            hi = subj[-1].i + 1
            if hi < len(doc) and doc[hi].text in ("」", "』", "）", ")") and doc[lo].text in ("「", "『", "（", "("):
                hi += 1  # 「…ツールキット」が公表され: the title keeps its closing bracket
            return _text(view, raw, lo, hi, actors=starts, agent_cases=agents)
    obls = [c for c in pred.children if c.dep_ == "obl" and c.i < pred.i and not _is_topic(c)
            and not view.mentions_in(c.i, c.i + 1) and not view.dates_in(c.i, c.i + 1)
            and _case_lemmas(c) & {"に", "へ", "で", "について", "と"}]
    if obls:
        c = obls[-1]
        lo, _ = _subtree_span(c)
        return _text(view, raw, lo, c.i + 1)
    if hit.how == "headline" and head.left_edge.i < hit.first:
        return _text(view, raw, head.left_edge.i, hit.first)
    return None


def _after_clause_comma(doc, lo: int, head: int) -> int:
    """Drop a purpose clause before the object (…を共有するために、志を同じくする…): content starts after its comma."""
    for j in range(head - 1, lo, -1):
        if doc[j].text in ("、", ",") and j >= 1 and doc[j - 1].lemma_ in ("ため", "に") and \
                any(t.lemma_ == "ため" for t in doc[max(lo, j - 2):j]):
            return j + 1
    return lo


OPEN_BRACKETS, CLOSE_BRACKETS = "「『（(【［[", "」』）)】］]"


def _enclosing(doc) -> list[tuple[int, ...]]:
    """For each token, the indices of the open brackets around it (innermost last)."""
    out, stack = [], []
    for t in doc:
        if t.text in CLOSE_BRACKETS and stack:
            stack.pop()
        out.append(tuple(stack))
        if t.text in OPEN_BRACKETS:
            stack.append(t.i)
    return out


def _path(tok, targets: set[int], steps: int = 10) -> Optional[list]:
    """The tokens from tok up the parse to the first target (the target excluded), or None if none is reached."""
    path = []
    for _ in range(steps):
        if tok.i in targets:
            return path
        if tok.head.i == tok.i:
            return None
        path.append(tok)
        tok = tok.head
    return path if tok.i in targets else None


CONTENT_DEPS = ("obj", "nsubj", "nsubj:pass", "ccomp", "csubj")


def _opens_sentence(doc, d: DateRef) -> bool:
    """The date is the sentence's first phrase (after conjunctions or adverbs) and closed by a comma."""
    return all(t.pos_ in ("CCONJ", "ADV", "PUNCT", "DET") for t in doc[:d.first]) and d.last < len(doc) \
        and doc[d.last].text in ("、", ",")


def date_of(view: SentenceView, hit: Hit) -> Optional[DateRef]:
    """The DATE item of the same sentence that the parse links to this predicate, else the nearest before it.
    Among linked dates, one hung on the predicate by the shortest path wins; a date inside its object,
    subject or complement clause dates that phrase, not the act (2019年OECD策定の「AI原則」を支持, 2024年から
    2033年の10年間は…と宣言された), so it is taken only when no other date is found. A date in brackets the
    trigger is not in is a parenthesis (（2022年11月）, （現在はEU）, 「2050年戦略」) and never linked."""
    doc = view.doc
    targets = {hit.pred, hit.head} | set(range(hit.first, hit.last))
    names = [m for m in view.mentions if m.label in ("EVENT", "DOCUMENT")]
    encl = _enclosing(doc)
    own = set(encl[hit.first]) if hit.first < len(encl) else set()
    dated = [d for d in view.calendar_dates
             if not any(m.first <= d.first and d.last <= m.last for m in names)  # SCOサミット2025: part of a name
             and set(encl[d.first]) <= own]
    content: set[int] = set()
    for p in {hit.pred, hit.head}:
        for c in doc[p].children:
            if (c.dep_ in CONTENT_DEPS or c.dep_ == "advcl" and _quotative(doc, c)) and c.i < p and c.i not in targets:
                content.update(range(c.left_edge.i, c.right_edge.i + 1))
    content -= targets
    ranked = []
    for d in dated:
        heads = [t for t in doc[d.first:d.last] if not (d.first <= t.head.i < d.last) or t.head.i == t.i]
        path = _path(heads[-1], targets) if heads else None
        inside = d.first in content
        if path is not None:
            hops = sum(1 for t in path if not (d.first <= t.i < d.last))
            if doc[hit.pred].dep_ == "ROOT" and _opens_sentence(doc, d):
                hops = 0  # 2010年、黒井が…明かしている: the date that opens the sentence dates its main predicate
            ranked.append((inside, 0, hops, abs(d.first - hit.first), d))
        elif d.last <= hit.first:
            ranked.append((inside, 1, 0, hit.first - d.last, d))  # the nearest before, unlinked
    if ranked:
        return min(ranked, key=lambda r: r[:4])[4]
    return None


def location_of(view: SentenceView, hit: Hit, lex: Lexicon) -> Optional[str]:
    """A GPE/LOC/FACILITY in a で/において phrase of the predicate (イタリア・プーリアで…開催 -> プーリア)."""
    doc = view.doc
    labels = set(str(x) for x in lex.actors.location_labels)
    venues = set(lex.cues.venue_cases)
    preds = {hit.pred, hit.head}
    for p in list(preds):
        for c in doc[p].children:
            if c.dep_ != "obl" or c.i > p:
                continue
            cases = _case_lemmas(c)
            if not (cases & venues) or "は" in cases:
                continue
            lo, hi = _subtree_span(c)
            # the place is the phrase's head (…の日比谷公会堂にて), not a name inside a clause (…経由の便を延期した
            # ことで)
            ms = [m for m in view.mentions_in(lo, hi) if m.label in labels and m.first <= c.i < m.last]
            if ms:
                return ms[-1].entity.canonical
    return None


def object_mentions(view: SentenceView, hit: Hit) -> tuple[list, list[str]]:
    """Entity mentions and head lemmas of the predicate's object and に/で arguments."""
    doc = view.doc
    pred = doc[hit.pred]
    args = [c for c in pred.children if c.i < pred.i and (c.dep_ == "obj" or (c.dep_ == "obl" and not _is_topic(c)
                                                                            and _case_lemmas(c) & {"に", "へ"}))]
    mentions, heads = [], []
    for c in args:
        lo, hi = _subtree_span(c)
        mentions += view.mentions_in(lo, hi)
        heads.append(c.lemma_)
        heads.append(c.text)
    return mentions, heads
