"""Find event predicates in one parsed sentence (contract, Events).

    find_triggers(view, lex) -> list[Hit]   kept hits, each with its predicate head

A lexicon entry matches token lemmas; the match becomes a trigger only when it
is used as a predicate (a verb, a verbal noun with its own object, the object
of a light verb, a headline noun, an intention noun announced). The head
predicate wins: a type word inside another trigger's object or purpose is its
content. Calls on others, hedges, conditionals and normative text are dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .context import SentenceView
from .lexicon import Lexicon, TriggerEntry

NAME_LABELS = {"DOCUMENT", "EVENT", "ORG", "PRODUCT", "FACILITY"}
BODY_LABELS = {"ORG", "GPE", "PERSON"}
CLAUSE_DEPS = {"advcl", "conj", "parataxis", "dep"}
# reasons a coordinate clause shares with the clause it is coordinated with
# (not "descriptive relative clause": a misattached て/し-clause would lose its event to a noun's modifier;
# but a relative clause on a noun that is itself the copular predicate, …と連携し、…を推進する組織である,
# characterises a thing, and the clauses coordinated with it do too)
INHERITED = ("governed by", "hedged", "normative", "purpose", "conditional", "question", "definition",
             "characterisation")


def is_relative(tok) -> bool:
    """A relative clause (acl on a noun), not a main predicate the parser hung on a footnote number
    (…を目標に掲げた58。: 58 is the ROOT, 掲げ its acl)."""
    return tok.dep_ == "acl" and not (tok.head.pos_ == "NUM" and tok.head.dep_ == "ROOT" and tok.head.i > tok.i)


@dataclass
class Hit:
    first: int  # trigger tokens [first, last)
    last: int
    head: int  # the trigger's syntactic head token
    pred: int  # predicate head: the light or announcing verb, else the trigger itself
    entry: TriggerEntry
    type: str
    how: str  # verb | light | vn_obj | headline | intent_obj | intent_pred
    negated: bool = False
    passive: bool = False
    normative: bool = False
    dropped: Optional[str] = None
    notes: list[str] = field(default_factory=list)


def _case_lemmas(tok) -> set[str]:
    """Particles on a phrase, as lemma and as written (で is lemmatised to だ)."""
    out: set[str] = set()
    for c in tok.children:
        if c.i > tok.i and (c.dep_ in ("case", "mark") or c.pos_ == "ADP"):
            out.update((c.lemma_, c.text, c.text + "".join(f.text for f in c.children if f.dep_ == "fixed")))
    return out


SUBJECT_DEPS = {"nsubj", "csubj", "dislocated", "nsubj:pass"}


def _is_topic(tok) -> bool:
    """The subject or topic phrase of its head (Xが, Xは, Xでは): the actor's phrase, never content."""
    return tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "obl" and "は" in _case_lemmas(tok))


def _has_object(tok) -> bool:
    """The predicate has its own を-object, also when the parser hangs it on a に-phrase
    (発展を目標に掲げた: 発展 under 目標)."""
    return any(c.i < tok.i and (c.dep_ == "obj" or c.dep_ == "obl" and any(g.dep_ == "obj" for g in c.children))
               for c in tok.children)


def _in_title(view: SentenceView, first: int, lex: Lexicon) -> bool:
    """Inside 「…」 or 『…』: a quoted name or title, not a predicate of the text."""
    pos = view.doc[first].idx
    for open_, close in lex.cues.title_brackets:
        depth = 0
        for ch in view.text[:pos]:
            if ch == open_:
                depth += 1
            elif ch == close and depth:
                depth -= 1
        if depth:
            return True
    return False


def _span(doc, i: int, entry: TriggerEntry) -> tuple[int, int, int]:
    first, last = i, i + len(entry.pattern)
    if first > 0 and doc[first - 1].text == "再" and doc[first - 1].tag_.startswith(("接頭辞", "名詞")):
        first -= 1  # 再確認, 再表明: the prefix is part of the verbal noun
    if last < len(doc) and doc[last].text == "化" and doc[last].tag_.startswith("接尾辞"):
        last += 1  # 加速化
    heads = [t for t in doc[first:last] if not (first <= t.head.i < last) or t.head.i == t.i]
    head = heads[-1].i if heads else last - 1
    return first, last, head


def _predicate(doc, first: int, last: int, head: int, entry: TriggerEntry, view: SentenceView,
               lex: Lexicon) -> tuple[Optional[int], str]:
    """(predicate head token, how) when the match is used as a predicate, else (None, reason)."""
    h = doc[head]
    cues = lex.cues
    nxt = doc[last] if last < len(doc) else None
    if entry.intent_noun:
        if h.pos_ == "VERB" and nxt is not None and nxt.lemma_ == "する":
            return h.i, "verb"  # …への移転を計画するが: the plan as the clause's own verb
        if h.dep_ in ("obj", "nsubj") and h.head.lemma_ in cues.announce_verbs and h.head.i > h.i:
            return h.head.i, "intent_obj"
        if h.dep_ == "obl" and _case_lemmas(h) & {"として", "に"} and h.head.lemma_ in cues.announce_verbs \
                and h.head.i > h.i and any(c.dep_ == "obj" and c.i < h.i for c in h.head.children):
            return h.head.i, "intent_obj"  # …への貢献等を目標として掲げている: the goal is the event, its object the content
        if (nxt is not None and nxt.lemma_ in ("だ", "です", "である") and h.dep_ == "acl" and h.head.i > h.i
                and h.head.lemma_ in cues.nominalizers and h.head.dep_ in ("obj", "nsubj")
                and h.head.head.lemma_ in cues.announce_verbs and h.head.head.i > h.head.i):
            return h.head.head.i, "intent_obj"  # …開催する予定であることを発表した: one INTEND on 予定
        if h.dep_ == "obl" and _case_lemmas(h) & {"と", "に"} and h.head.lemma_ == "なる" and h.head.i == last + 1 \
                and any(c.dep_ == "acl" for c in h.children):
            return h.i, "intent_pred"  # …開催する予定となっている: 予定となる says 予定である
        if h.dep_ == "ROOT" or (nxt is not None and (nxt.lemma_ in ("だ", "です", "である") or nxt.text in (")", "）"))):
            if any(c.dep_ == "acl" for c in h.children) or entry.id.endswith(("yotei", "medo")):
                return h.i, "intent_pred"
        return None, "intent noun not announced"
    if entry.announced and h.dep_ in ("obj", "nsubj") and h.head.lemma_ in cues.announce_verbs and h.head.i > h.i:
        return h.head.i, "intent_obj"  # 支持を表明 / 支持が表明された: one SUPPORT on 支持
    if h.dep_ == "nsubj" and h.head.lemma_ in cues.light_verbs and h.head.i > h.i and any(
            c.dep_ == "aux" and c.lemma_ in cues.passive_aux and c.i > h.head.i for c in h.head.children):
        return h.head.i, "light"  # …に関する決定がなされる: the passive light verb's subject is the act
    if h.dep_ == "obj" and h.head.lemma_ in cues.light_verbs and h.head.i > h.i and not any(
            c.dep_ == "obl" and "と" in _case_lemmas(c) for c in h.head.children):
        return h.head.i, "light"  # 重点投資を行う; not XをYとする (連携を主なテーマとし)
    if h.dep_ == "obl" and h.head.lemma_ in cues.goal_light_verbs and h.head.i > h.i and "に" in _case_lemmas(h):
        return h.head.i, "light"  # 合意に至らず / 合意に達した: reaching the act is the act
    if entry.colon_title and _colon_title(doc, h):
        return h.i, "title"  # 2022年3月 首脳テレビ会議：… / 東京で首脳会合：…
    if entry.light_only:
        return None, "only with a light verb"
    if h.pos_ == "VERB":
        return h.i, "verb"
    if entry.verb_only and _closing_headline(doc, h, last, view):
        return h.i, "headline"  # …への就任がコンセンサスにより決定。: the noun closes the line as its predicate
    if h.pos_ in ("NOUN", "PROPN") and _subject_clause(doc, h, last):
        return h.i, "vn_obj"  # Bernie Goldhirshが創業、 / …原画展が…美術館で開催、: a clause with its が-subject
    if h.pos_ in ("NOUN", "PROPN") and "サ変" in h.tag_ and h.dep_ == "nsubj" and "が" in _case_lemmas(h) \
            and h.head.lemma_ == "ある" and h.head.i > h.i and any(c.lemma_ == "た" and c.i > h.head.i
                                                                   for c in h.head.children):
        return h.i, "happened"  # …と逆ぎれともとれる発言があった: the act took place
    if h.pos_ in ("NOUN", "PROPN") and _concomitant(doc, h, last, view, lex):
        return h.i, "concomitant"  # 日本道路公団設立に伴い / 枠の拡大決定に伴い
    if h.pos_ in ("NOUN", "PROPN") and h.i > 0 and doc[h.i - 1].text in DATE_UNITS \
            and _attributive_act(doc, h, last, view):
        return h.i, "attributive"  # 1909年創業の物流企業: dated, even a noun that is no predicate alone
    if entry.verb_only or h.pos_ not in ("NOUN", "PROPN"):
        return None, "not a predicate"
    if entry.compound_agent:
        m = view.mention_at(h.i - 1) if h.i > 0 else None
        if m is not None and m.last == h.i and m.label in BODY_BEFORE:
            return h.i, "compound"  # 日本社会党公認で立候補 / 自由民主党公認候補: the body's act on the name
        return None, "compound noun without its body"
    cited = any(view.text.startswith(w, h.idx + len(h.text)) for w in entry.cited_marks)
    if (entry.host_noun or cited) and _of_phrase(h):
        # 議長国ブラジルの主催により / 米国のホストの下 / 文科省の発表では: the の-phrase is the host, or made
        # the announcement cited
        return h.i, "host"
    if entry.host_noun:
        return None, "host noun without host"
    if _has_object(h) or (_footnote_head(h) and _has_object(h.head)):
        return h.i, "vn_obj"  # 〜を支持35。: the parser makes the footnote number the head of the noun
    if _goal_clause(doc, h, last, lex):
        return h.i, "vn_obj"  # …会議に出席、…と出会う: a verbal noun with its に-goal, closing a clause at the comma
    if _headline_noun(doc, h, last, view):
        return h.i, "headline"
    if view.kind == "heading" and _heading_noun(doc, h, last, entry, lex):
        return h.i, "heading"
    if _dated_aside(doc, h, last, entry, view, lex):
        return h.i, "aside"
    if _attributive_act(doc, h, last, view):
        return h.i, "attributive"
    if _achievement(h, lex):
        return h.i, "achievement"
    if h.dep_ == "ROOT" and ("サ変" in h.tag_ or _closes_sentence(doc, last)) \
            and (view.text.rstrip().endswith("。") or view.kind == "bullet"):
        # headline or bullet style: 〜を歓迎。 / ● 途上国との連携; a bare word (➡促進(Promotion)) names a
        # category, it states no act
        if any(c.dep_ in HEADLINE_DEPS and c.i < h.i for c in h.children):
            return h.i, "headline"
    return None, "noun not used as a predicate"


# dependents that make a sentence-closing verbal noun a headline predicate (…を歓迎。 / …の立ち上げイベントが開催。)
HEADLINE_DEPS = ("nmod", "obl", "obj", "nsubj", "compound", "amod", "acl")


def _closes_sentence(doc, last: int) -> bool:
    """Only punctuation after the trigger: …のパートナーと引き続き協働。 (a lexicon noun Sudachi does not tag サ変)."""
    return all(t.pos_ in ("PUNCT", "SYM") for t in doc[last:])


def _closing_headline(doc, h, last: int, view: SentenceView) -> bool:
    """A verbal noun that is the sentence's root and closes it (…により決定。), with a dependent before it."""
    if h.dep_ != "ROOT" or "サ変" not in h.tag_ or view.kind == "heading":
        return False
    return _closes_sentence(doc, last) and view.text.rstrip().endswith("。") and any(
        c.dep_ in HEADLINE_DEPS and c.i < h.i for c in h.children)


COLONS = (":", "：")


def _footnote_head(tok) -> bool:
    """tok hangs on a footnote number that closes the sentence (…を支持35。: 35 is the ROOT)."""
    h = tok.head
    return h.i == tok.i + 1 and h.pos_ == "NUM" and h.dep_ == "ROOT" and all(
        t.pos_ in ("PUNCT", "SYM") for t in tok.doc[h.i + 1:])


def _colon_title(doc, h) -> bool:
    """A meeting noun right before a colon with no verb before it: the title of a timeline item
    (2022年3月 首脳テレビ会議：… / 東京で首脳会合：…), which reports the meeting held."""
    nxt = doc[h.i + 1] if h.i + 1 < len(doc) else None
    if nxt is None or nxt.text not in COLONS:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[:h.i])


def _before_colon(doc, tok) -> bool:
    """The predicate closes a segment ended by a colon (首脳会合を実施：…): its own statement."""
    j = tok.i + 1
    while j < len(doc) and (doc[j].pos_ == "AUX" or doc[j].dep_ in ("aux", "fixed")):
        j += 1
    return j < len(doc) and doc[j].text in COLONS


def _headline_noun(doc, h, last: int, view: SentenceView) -> bool:
    """A verbal noun closing a phrase in a verbless line (● …の強化：…の推進、…の推進。)."""
    if "サ変" not in h.tag_ or not any(c.dep_ in ("nmod", "compound", "amod", "acl") and c.i < h.i for c in h.children):
        return False
    nxt = doc[last] if last < len(doc) else None
    if nxt is not None and nxt.text not in ("、", "：", ":", "。", ",") and nxt.pos_ != "PUNCT":
        return False
    node = h
    for _ in range(12):
        if node.head.i == node.i:
            break
        if node.dep_ in ("obj", "nsubj") and node.head.pos_ in ("NOUN", "VERB") and "サ変" in node.head.tag_ \
                and node.i != h.i:
            return False  # …の支援、…の確保、…の実現の重要性を再確認: listed inside another predicate's object
        node = node.head
        if node.pos_ in ("VERB", "AUX", "ADJ"):
            return False
    if view.kind == "heading":
        return False
    return view.kind == "bullet" or not any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in doc)


def _heading_noun(doc, h, last: int, entry: TriggerEntry, lex: Lexicon) -> bool:
    """A heading closing on a verbal noun of a discrete act with its own modifier ((1) 会議の開催,
    (3) 日本代表部の独立開設): the section reports that act. A meeting noun names a meeting
    ((2) G7関係閣僚会合) and 連携/推進 name a topic ((2) 国連との連携)."""
    if "サ変" not in h.tag_ or str(getattr(entry.type, "value", entry.type)) not in lex.cues.heading_event_types:
        return False
    if h.lemma_ in lex.cues.meeting_words or h.text in lex.cues.meeting_words:
        return False
    if not any(c.dep_ in ("nmod", "compound") and c.i < h.i for c in h.children):
        return False
    rest = [t for t in doc[last:] if t.pos_ not in ("PUNCT", "SYM", "NUM")]
    return not rest and not any(t.pos_ in ("VERB", "AUX") for t in doc[:h.i])


def _dated_aside(doc, h, last: int, entry: TriggerEntry, view: SentenceView, lex: Lexicon) -> bool:
    """（ICSU、1931年設立）: a verbal noun right after a year or month, closing a bracketed aside."""
    if "サ変" not in h.tag_ or str(getattr(entry.type, "value", entry.type)) not in lex.cues.aside_event_types:
        return False
    if h.i == 0 or doc[h.i - 1].text not in ("年", "年度", "月") or last >= len(doc) or doc[last].text not in (")", "）"):
        return False
    before = view.text[:h.idx]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


BODY_BEFORE = ("ORG", "GPE")


def _achievement(h, lex: Lexicon) -> bool:
    """「G7バーチャルアカデミー」の設立といった成果 / 「広島AIプロセス」の立ち上げを成果に盛り込む: a verbal noun
    with its own object (Xの), listed as an achievement: the act is reported."""
    heads = lex.cues.achievement_heads
    if not heads or not _of_phrase(h):
        return False
    up = h.head
    return up.lemma_ in heads or any(c.lemma_ in heads and c.i > h.i for c in up.children if c.dep_ in ("obl", "obj"))


def _concomitant(doc, h, last: int, view: SentenceView, lex: Lexicon) -> bool:
    """1956年の日本道路公団設立に伴い / 枠の拡大決定に伴い (cues concomitant_marks): a verbal noun with what it acts on
    or who acts (X設立, Xの設立) told as what brought the next act about: the act took place."""
    marks = lex.cues.concomitant_marks
    if not marks or "サ変" not in h.tag_ or last >= len(doc):
        return False
    if not view.text.startswith(tuple(marks), doc[last].idx):
        return False
    return any(c.dep_ in ("compound", "nmod") and c.i < h.i for c in h.children) or (
        h.i > 0 and doc[h.i - 1].pos_ in ("NOUN", "PROPN") and doc[h.i - 1].head.i == h.i)


DATE_UNITS = ("年", "年度", "月", "日")


def _attributive_act(doc, h, first_after: int, view: SentenceView) -> bool:
    """2019年OECD策定の「AI原則」 / 内閣府発表の計画: a body's name right before a verbal noun and の, and
    the document or thing it made after: the body's act, told as an attribute of what it made."""
    if "サ変" not in h.tag_ or h.i == 0 or first_after >= len(doc):
        return False
    before = view.mention_at(h.i - 1)
    dated = doc[h.i - 1].text in DATE_UNITS  # 2023年採択の「インド太平洋戦略枠組み」
    if dated and h.dep_ == "compound":
        named = view.mention_at(first_after)
        if named is not None and named.first == first_after and named.label in ("EVENT", "DOCUMENT"):
            return True  # 2024年4月開催GFTech: the dated act written right onto the name
    if first_after + 1 >= len(doc) or doc[first_after].text != "の":
        return False
    if not dated and (before is None or before.label not in BODY_BEFORE or before.last != h.i):
        return False
    if dated and (doc[first_after + 1].pos_ in ("NOUN", "PROPN") or doc[first_after + 1].text in ("「", "『", "“")):
        return True  # 1909年創業の物流企業 / 2024年4月開催のGFTech: a dated act told as an attribute of its thing
    j = first_after + 1
    while j < len(doc) and doc[j].text in ("「", "『", "“"):
        j += 1
    after = view.mention_at(j) if j < len(doc) else None
    return after is not None and after.label == "DOCUMENT"


def _goal_clause(doc, h, last: int, lex: Lexicon) -> bool:
    """A verbal noun with its own に-goal before it, right before a comma (…会議に出席、): the noun ends a
    clause in the written style that drops する, like …を設立、 with its object. A に-phrase ending in a time unit
    (2025年上半期に公開、: actors.json time_topics units) is a time, not a goal."""
    if not _verbal_noun_at_comma(doc, h, last):
        return False
    units = tuple(lex.actors.time_topics.get("units", ()))
    return any(c.dep_ in ("obl", "iobj") and c.i < h.i and "に" in _case_lemmas(c) and c.pos_ in ("NOUN", "PROPN")
               and not any(x.text.endswith(units) for x in _head_words(c)) for c in h.children)


def _verbal_noun_at_comma(doc, h, last: int) -> bool:
    """A サ変 verbal noun right before a comma: the written style that drops する (…を設立、 / …に出席、)."""
    return "サ変" in h.tag_ and last < len(doc) and doc[last].text in ("、", ",")


def _subject_clause(doc, h, last: int) -> bool:
    """A verbal noun with its own が-subject before it, right before a comma (Xが創業、…): the noun ends a clause
    in the written style that drops する, like _goal_clause."""
    if not _verbal_noun_at_comma(doc, h, last):
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < h.i and "が" in _case_lemmas(c) for c in h.children):
        return True
    # …原画展が…美術館で開催、ロビーには…コーナーが設置され: the parser hangs the noun's が-subject on the later
    # predicate, which has a が-subject of its own after the comma
    up = h.head
    ga = [c for c in up.children if c.dep_ in ("nsubj", "nsubj:pass") and "が" in _case_lemmas(c)] if up.i > h.i else []
    return any(c.i < h.i for c in ga) and any(h.i < c.i < up.i for c in ga)


def _head_words(phrase, opens: tuple = ()) -> list:
    """The phrase's head and the nouns compounded onto it (小説「駅夫日記」: 日記 and 小説). For a work (opens: the
    opening title brackets), also a noun set before its title with no particle right before the opening bracket
    (長編「影との戦い」), and no word inside the title, which is part of the name (「AKB48 53rdシングル世界選抜総選挙」
    is no single)."""
    kids = [c for c in phrase.children if c.dep_ == "compound" and c.i < phrase.i]
    if not opens:
        return [phrase] + kids
    doc = phrase.doc
    inside = {t.i for t in phrase.subtree}
    before_title = [doc[t.i - 1] for t in phrase.subtree if t.text in opens and t.i - 1 in inside
                    and doc[t.i - 1].pos_ in ("NOUN", "PROPN") and not _case_lemmas(doc[t.i - 1])]
    opening = min((t.i for t in phrase.subtree if t.text in opens and t.i < phrase.i), default=phrase.i)
    return [phrase] + [c for c in kids if c.i < opening] + before_title


def _object_head_in(p, heads: list[str], gap: bool = False, opens: tuple = ()) -> bool:
    """The predicate's object (or a passive's subject) ends in one of the heads; with gap, a relative clause
    with no object of its own may act on the noun it describes (…が作ったチーム)."""
    objs = [c for c in p.children if c.dep_ in ("obj", "nsubj") and c.i < p.i]
    if gap and is_relative(p) and p.head.i > p.i and not any(c.dep_ == "obj" for c in p.children):
        objs.append(p.head)
    return any(w.text.endswith(tuple(heads)) or w.lemma_ in heads for o in objs for w in _head_words(o, opens))


def _of_work(p, how: str, lex: Lexicon) -> bool:
    """What the predicate publishes is a work (cues work_nouns): its object, the noun a relative clause describes,
    or the noun an attributive act (2001年公開の映画) modifies."""
    opens = tuple(o for o, _ in lex.cues.title_brackets)
    works = tuple(lex.cues.work_nouns)
    return _object_head_in(p, lex.cues.work_nouns, gap=True, opens=opens) or how == "attributive" and any(
        w.text.endswith(works) for w in _head_words(p.head, opens))


def _goal_head_in(p, heads: list[str]) -> bool:
    """The predicate's に-goal ends in one of the heads (議長国に就任)."""
    return any(g.text.endswith(tuple(heads)) or g.lemma_ in heads for g in goal_phrases(p))


def _goal_or_compound_in(p, heads: list[str]) -> bool:
    """The に-goal, or the noun compounded onto a verbal noun, ends in one of the heads (展覧会に参加 /
    横浜トリエンナーレ参加)."""
    return _goal_head_in(p, heads) or any(
        c.i < p.i and c.text.endswith(tuple(heads)) and (c.dep_ == "compound" or c.i == p.i - 1 and not _case_lemmas(c))
        for c in p.children)  # (劇場公開された: the parser tags the bare noun before it obl)


def _act_object(head, p, cues) -> bool:
    """The predicate's object is an act: a verbal noun (導入を検討), a clause (参加することを検討), or, on a
    noun with a light verb, its の-phrase (導入の検討を行う)."""
    objs = [c for c in p.children if c.dep_ == "obj" and c.i < p.i and c.i != head.i]
    if head.i != p.i:
        objs += [c for c in head.children if c.dep_ == "nmod" and c.i < head.i]
    return any(o.lemma_ in cues.clause_nominalizers or "サ変" in o.tag_ for o in objs)


def _body_subject(doc, first: int, p, view: SentenceView, lex: Lexicon) -> bool:
    """What comes into being is a body: the subject, the noun a relative clause describes or the noun the trigger
    is compounded onto (バアス党政権誕生) is an ORG mention or ends in one of cues `body_nouns` (銀行, 政権, 会社)."""
    cands = [c for c in p.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < p.i]
    if p.dep_ == "acl" and p.head.i > p.i:
        cands.append(p.head)
    if first > 0 and doc[first - 1].pos_ in ("NOUN", "PROPN"):
        cands.append(doc[first - 1])
    for c in cands:
        m = view.mention_at(c.i)
        if m is not None and m.label == "ORG":
            return True
        if c.text.endswith(tuple(lex.cues.body_nouns)):
            return True
    return False


def _about_meeting(doc, p, view: SentenceView, lex: Lexicon, subject_only: bool = False) -> bool:
    """The predicate's meeting: the noun a relative clause describes, or its subject or object (subject_only: its
    subject, 会議が行われた, not the venue of another act, 会議では議論が行われた)."""
    cands = [c for c in p.children if c.dep_ in (("nsubj", "nsubj:pass") if subject_only else ("nsubj", "obj", "obl"))
             and c.i < p.i]
    if p.dep_ == "acl":
        cands.append(p.head)
    if p.dep_ == "acl":  # the noun phrase right after the relative clause (開かれた2026年…工作会議では)
        j = p.i + 1
        while j < len(doc) and doc[j].pos_ == "AUX":
            j += 1
        while j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN", "NUM", "SYM"):
            cands.append(doc[j])
            j += 1
    for c in cands:
        m = view.mention_at(c.i)
        if m is not None and m.label == "EVENT":
            return True
        if any(c.text.endswith(w) or c.lemma_ == w for w in lex.cues.meeting_words):
            return True
    return False


def _negated(doc, pred: int, lex: Lexicon) -> bool:
    p = doc[pred]
    for c in p.children:
        if c.i > p.i and c.dep_ in ("aux", "cop") and c.lemma_ in lex.cues.negation and c.pos_ == "AUX":
            return True
    return False


def _passive(doc, pred: int, lex: Lexicon) -> bool:
    return any(c.i > pred and c.dep_ == "aux" and c.lemma_ in lex.cues.passive_aux for c in doc[pred].children)


def _manner(tok) -> bool:
    """A bare て-form adjunct (協力して構築): manner, not a clause of its own.

    Not manner: て followed by a comma (特定して、…推進) or by an auxiliary verb
    (進めており、 / 強化している).
    """
    te = [c for c in tok.children if c.dep_ == "mark" and c.lemma_ in ("て", "で")]
    if not te:
        return False
    doc = tok.doc
    after = te[-1].i + 1
    if any(c.dep_ == "fixed" for c in te[-1].children) or (after < len(doc) and doc[after].dep_ == "fixed"):
        return False
    return not (after < len(doc) and doc[after].text in ("、", ","))


def _te_form(tok) -> bool:
    return any(c.dep_ == "mark" and c.lemma_ in ("て", "で") for c in tok.children)


def _coordinate_noun(doc, hit: "Hit") -> bool:
    """A verbal noun with its own object followed by a comma (〜を策定、〜を指定し): a clause of its own."""
    return hit.how in ("vn_obj", "headline") and hit.last < len(doc) and doc[hit.last].text in ("、", ",", ":", "：")


def _filters(doc, hit: Hit, lex: Lexicon) -> Optional[str]:
    """Reasons not to keep the hit that look only at its own clause."""
    cues = lex.cues
    p = doc[hit.pred]
    if hit.entry.no_passive and hit.passive:
        return "passive description"
    if hit.entry.no_relative and relative(p, lex) and not any(c.dep_ in SUBJECT_DEPS and c.i < p.i for c in p.children):
        return "describes its noun"  # …の改革を目指した資格認定: the aim of a thing, no one's intention
    if hit.entry.needs_object and hit.how == "verb" and not hit.passive and not _has_object(p):
        return "intransitive"
    for c in p.children:
        if c.i > p.i and c.lemma_ in cues.normative_aux:
            hit.normative = True
        if c.i > p.i and c.dep_ in ("mark", "case") and c.lemma_ in cues.purpose_heads:
            return "purpose"  # 〜するため(に/の): GiNZA hangs ため as mark or case
        if c.i > p.i and c.dep_ == "mark" and c.lemma_ in cues.conditional_marks:
            return "conditional"
        if c.i > p.i and c.dep_ in ("mark", "case") and c.text in cues.manner_marks:
            return "manner"  # 多様性を尊重しながら…努めている: the circumstance of another act
    if p.dep_ != "ROOT" and p.head.i > p.i:
        h = p.head
        if h.lemma_ in cues.conditional_heads and p.dep_ == "acl":
            return "conditional"
        if h.lemma_ in cues.normative_heads and p.dep_ in ("acl", "csubj", "nsubj"):
            hit.normative = True
        if h.lemma_ in cues.hedge_heads and "と" in _case_lemmas(p):
            return "hedged"
        if h.lemma_ == "する" and "と" in _case_lemmas(p) and any(
                c.i > h.i and c.dep_ == "aux" and c.lemma_ in cues.passive_aux for c in h.children):
            return "hedged"  # …を強化するとされる: hearsay (〜としている, a stance, keeps its event)
    if hit.normative:
        return "normative"
    if _change_of_state(doc, p):
        return "change of state"  # …とも連携するようになった / 強調されるようになっている: a trend told
    if any(c.dep_ == "aux" and c.lemma_ in cues.likeness_aux and c.i > p.i for c in p.children):
        return "likeness"  # …緊密に協力するような関係 / …を促進するように努める: a manner or aim, the head is the act
    if hit.type == "MEET" and _recurring(doc, p, cues):
        return "recurring practice"  # 地域連携戦略に基づき不定期で開催される / 2011年以降は年1回開催されている
    if hit.type == "ACTION" and _background(doc, p, cues):
        return "background"
    if _question(doc, p, cues):
        return "question"
    if _definition(doc, p, cues):
        return "definition"
    if _describes_thing(doc, p, cues):
        return "description"
    return None


def _change_of_state(doc, p) -> bool:
    """〜ようになる right after the predicate's clause (連携するようになった): the text tells how things
    came to be, a trend, not an act."""
    toks = list(doc[p.i + 1:p.i + 8])
    for k, t in enumerate(toks[:-2]):
        if t.pos_ not in ("AUX", "SCONJ", "PART", "ADP", "NOUN", "VERB") or t.text in ("、", "。"):
            return False
        if t.lemma_ in ("よう", "様") and toks[k + 1].text == "に" and toks[k + 2].lemma_ in ("なる", "成る"):
            return True
        if t.pos_ in ("NOUN", "VERB") and t.lemma_ not in ("する", "よう", "様", "れる", "られる"):
            return False
    return False


def _recurring(doc, p, cues) -> bool:
    """The meeting predicate is modified by a frequency (毎年, 年1回, 4年ごとに, 不定期で), and no decision
    governs it (…を毎年開催することになった / …することで合意: deciding the practice is an act)."""
    decided = cues.decision_heads
    if p.head.i != p.i and p.head.lemma_ in cues.nominalizers and p.head.head.lemma_ in decided:
        return False
    if any(c.i > p.i and c.lemma_ in cues.nominalizers and any(f.lemma_ in decided for f in c.children)
           for c in p.children):
        return False  # the parser hangs 〜することになった on the verb: 開催 <- こと <- になっ (fixed)
    for c in p.children:
        if c.i < p.i and c.dep_ in ("obl", "advmod", "nmod", "advcl"):
            sub = list(c.subtree)
            text = "".join(t.text for t in sub)
            # the frequency itself (年1回, 4年ごとに, 不定期で), not a phrase that mentions one
            # (定期的で詳細な対話の場として…開催された)
            if len(sub) <= 5 and any(w in text for w in cues.frequency_words):
                return True
    return False


def _clause_end(doc, p) -> int:
    """Index of the last token of the predicate's own clause: the predicate and the auxiliaries,
    particles and fixed words that follow it."""
    j = p.i
    while j + 1 < len(doc) and (doc[j + 1].pos_ in ("AUX", "SCONJ", "PART", "ADP") or doc[j + 1].dep_ in ("fixed", "aux", "mark")):
        j += 1
    return j


def _background(doc, p, cues) -> bool:
    """UNESCOは設立以来、…の策定に貢献してきた: a body's history told since a point (以来/これまで)
    with 〜てきた describes its background, it commits to nothing now. 〜てきた alone (…協力を進めて
    きており) still reports an ongoing act."""
    j = _clause_end(doc, p)
    cont = any(t.lemma_ in cues.continuative_aux and t.i > p.i for t in doc[p.i + 1:j + 1])
    if not cont:
        return False
    before = "".join(t.text for t in doc[:p.i])
    return any(m in before for m in cues.background_marks)


def _question(doc, p, cues) -> bool:
    """A question (〜をどのように確保できるか。): asks, commits to nothing. The predicate's
    clause, climbing auxiliaries, ends in か/のか at the end of the sentence; or the sentence asks
    (an interrogative word and a closing か)."""
    words = [t for t in doc if t.pos_ not in ("PUNCT", "SYM")]
    if words and words[-1].text in ("か", "のか") and any(t.lemma_ in cues.interrogatives for t in doc[:p.i]):
        return True
    node = p
    for _ in range(4):  # 確保できるか: できる is the head of the clause in some parses
        j = _clause_end(doc, node)
        tail = "".join(t.text for t in doc[node.i + 1:j + 1])
        rest = [t for t in doc[j + 1:] if t.pos_ != "PUNCT" and t.pos_ != "SYM"]
        if any(tail.endswith(q) for q in cues.question_marks) and not rest:
            return True
        if node.dep_ in ("ROOT",) or node.head.i <= node.i or node.head.pos_ not in ("VERB", "AUX", "ADJ"):
            break
        node = node.head
    return False


def _definition(doc, p, cues) -> bool:
    """Xとは、…を推進するものであり: a definition of a term, not an act of anyone. The とは-phrase opens
    the sentence and the sentence defines (…もの/ことである, …をいう, …を指す); 同志国とは…連携を強化
    (と = with) is no definition."""
    text = doc.text
    if not re.search(cues_definition_end, text):
        return False
    for t in doc[:p.i]:
        if t.dep_ in ("nsubj", "obl", "dislocated", "nmod") and t.left_edge.i <= 2:
            marks = "".join(c.text for c in t.children if c.i > t.i and c.pos_ == "ADP")
            if any(marks == m for m in cues.definition_marks):
                return True
    head = text[:text.find("、")] if "、" in text else ""
    return any(head.endswith(m) for m in cues.definition_marks) and p.dep_ != "ROOT"


cues_definition_end = r"(もの|こと)(であ|だ|です)|をいう|を言う|を指す"


def _describes_thing(doc, p, cues) -> bool:
    """〜のために設立されたものではない / 〜を推進するものである: a relative clause on a nominaliser
    that is itself a copular predicate describes what a thing is, it reports no act."""
    if p.dep_ != "acl" or p.head.i <= p.i or p.head.lemma_ not in cues.description_heads:
        return False
    span = list(p.doc[p.left_edge.i:p.i])
    if any(c.lemma_ == "た" and c.i > p.i for c in p.children) and any(
            t.pos_ == "NUM" and t.i + 1 < len(p.doc) and p.doc[t.i + 1].text in ("年", "月", "年度") for t in span):
        return False  # 1986年に第三セクターとして設立されたものである: a dated past act, told as what a thing is
    h = p.head
    after = doc[h.i + 1:h.i + 4]
    return bool(after) and (after[0].lemma_ in ("だ", "です", "である") or after[0].dep_ == "cop"
                            or any(c.dep_ == "cop" for c in h.children))


def find_triggers(view: SentenceView, lex: Lexicon, keep_dropped: bool = False) -> list[Hit]:
    doc = view.doc
    if doc is None or len(doc) == 0:
        return []
    lemmas = [t.lemma_ for t in doc]
    hits: list[Hit] = []
    pending: list[tuple[int, int, int, TriggerEntry]] = []
    i = 0
    while i < len(doc):
        entry = lex.match(lemmas, i)
        if entry is None and i + 1 < len(doc) and doc[i + 1].text in COLONS:
            entry = lex.colon_title(doc[i].text)  # 首脳テレビ会議：: the meeting word ends the token
        if entry is None:
            i += 1
            continue
        first, last, head = _span(doc, i, entry)
        i = max(i + len(entry.pattern), last)
        m = view.mention_at(head)
        if m is not None and m.label in NAME_LABELS:
            continue  # part of a name: 国際連合開発計画, G7科学技術大臣会合
        if _in_title(view, first, lex):
            continue
        pred, how = _predicate(doc, first, last, head, entry, view, lex)
        if pred is None:
            if last + 1 < len(doc) and doc[last].text in COORD_DOTS and "サ変" in doc[head].tag_:
                pending.append((first, last, head, entry))  # 促進・支援する: shares the next predicate
            continue
        if entry.requires_object_heads and not _object_head_in(doc[pred], entry.requires_object_heads, gap=True):
            continue  # 務める of no chair, 開始 of no programme
        if entry.intent_noun and last < len(doc) and doc[last].pos_ in ("NOUN", "PROPN") and doc[last].dep_ != "obj":
            continue  # 置換術予定患者 / 開催予定日: the intention noun modifies the noun after it
        if entry.requires_goal_heads and not _goal_head_in(doc[pred], entry.requires_goal_heads):
            continue  # 就任 of no presidency (委員に就任: an appointment)
        if entry.requires_act_object and not _act_object(doc[head], doc[pred], lex.cues):
            continue  # 公共政策の役割について検討 / 調査検討が実施されている: a topic examined, no act intended
        if entry.not_object_heads and _object_head_in(doc[pred], entry.not_object_heads):
            continue  # 影響力を強めている: a body's standing grows, it commits to nothing
        if entry.not_of_works and _of_work(doc[pred], how, lex):
            continue  # 小説を発表した: a work published, no body announces anything
        if entry.not_goal_heads and _goal_or_compound_in(doc[pred], entry.not_goal_heads):
            continue  # 展覧会に参加: an artist shows work, no body joins anything
        if entry.needs_meeting and not _about_meeting(doc, doc[pred], view, lex, subject_only=entry.passive_only):
            continue  # 自由で開かれたインド太平洋: 開く of no meeting
        if entry.causative_only and not causative(doc[pred], lex):
            continue  # 独立した / 復活した: the thing itself changed; only 独立させる / 復活させる is a body's act
        if entry.body_subject and not _body_subject(doc, first, doc[pred], view, lex):
            continue  # 長男が誕生した: a birth, no body comes into being
        hit = Hit(first, last, head, pred, entry, str(entry.type), how)
        hit.negated = _negated(doc, pred, lex)
        hit.passive = _passive(doc, pred, lex)
        if entry.passive_only and not hit.passive:
            continue  # 行う in the active is a light verb (議論を行った); only …大会が…で行われた holds a meeting
        hit.dropped = _filters(doc, hit, lex)
        hits.append(hit)
    hits = _dotted(doc, hits, pending, lex)
    _govern(doc, hits, lex, view)
    return hits if keep_dropped else [h for h in hits if h.dropped is None]


def _own_subject_apart(doc, h: "Hit", reason: str) -> bool:
    """A clause with a subject of its own (…リスクの高まりが指摘され、…を目指すため) is not part of the
    purpose it is coordinated with; nor is a passive, whose patient is its subject (…の事前イベントとして
    開催され、…を促進し、…ことを目的としている)."""
    return reason.startswith("purpose") and (h.passive or any(
        c.dep_ in SUBJECT_DEPS and c.i < h.pred for c in doc[h.pred].children))


def _listed_for_purpose(tok, by_token, cues) -> bool:
    """tok starts a chain of listed nouns (no trigger among them) that ends on a purpose noun (ため)."""
    for _ in range(8):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in by_token:
            return False
        if tok.lemma_ in cues.purpose_heads:
            return True
        if tok.head.i == tok.i or tok.dep_ not in ("nmod", "conj", "compound", "obl"):
            return False
        tok = tok.head
    return False


def _copular_noun(doc, tok, lex: Optional[Lexicon] = None) -> bool:
    """The noun phrase is the copular predicate of its clause (…組織である, …会議であり, …力であることを
    強調): the noun or the noun it modifies (非政府の国際組織である: 政府 -> 組織)."""
    for _ in range(3):
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if any(c.dep_ == "cop" and c.i > tok.i for c in tok.children) or (
                nxt is not None and nxt.lemma_ in ("だ", "である") and nxt.dep_ in ("cop", "aux")):
            return True
        if tok.dep_ == "ROOT" and "サ変" not in tok.tag_ and all(t.pos_ in ("PUNCT", "SYM") for t in doc[tok.i + 1:]) \
                and tok.lemma_ not in ("こと", "の", "もの") \
                and not (lex is not None and lex.match([tok.lemma_], 0) is not None):
            return True  # …が参加し、…を議論するフォーラム。: a sentence closing on a plain noun names a thing
        if tok.dep_ not in ("nmod", "compound") or tok.head.i <= tok.i:
            return False
        tok = tok.head
    return False


def _named_subject(view: Optional[SentenceView], tok) -> bool:
    """The clause headed by tok has a subject phrase naming a body (NATOが…を目指して…するプログラム)."""
    if view is None:
        return False
    for c in tok.subtree:
        if c.i < tok.i and c.dep_ in SUBJECT_DEPS and c.head.pos_ in ("VERB", "ADJ", "AUX"):
            m = view.mention_at(c.i)
            if m is not None and m.label in BODY_LABELS:
                return True
    return False


COORD_DOTS = ("・",)


def _dotted(doc, hits: list[Hit], pending, lex: Lexicon) -> list[Hit]:
    """Verbal nouns joined by ・ before one predicate (機会の利用を促進・支援する, 計画を策定・公表した):
    each is a predicate of its own type, sharing the last one's predicate, voice and negation."""
    by_first = {h.first: h for h in hits}
    for h in sorted(hits, key=lambda x: -x.first):
        nxt = by_first.get(h.last + 1)
        if nxt is not None and h.last < len(doc) and doc[h.last].text in COORD_DOTS \
                and nxt.first <= doc[h.head].head.i < nxt.last:
            # tagged a verb but parsed as a compound of the next noun (促進・支援する)
            h.pred, h.how, h.negated, h.passive = nxt.pred, nxt.how, nxt.negated, nxt.passive
            h.dropped = nxt.dropped if nxt.dropped is not None else _filters(doc, h, lex)
    if not pending:
        return hits
    out = list(hits)
    for first, last, head, entry in reversed(pending):
        nxt = by_first.get(last + 1)
        if nxt is None:
            continue
        hit = Hit(first, last, head, nxt.pred, entry, str(entry.type), nxt.how)
        hit.negated, hit.passive = nxt.negated, nxt.passive
        hit.dropped = nxt.dropped if nxt.dropped is not None else _filters(doc, hit, lex)
        out.append(hit)
        by_first[first] = hit
    return sorted(out, key=lambda h: h.first)


def _continuous(tok, lex: Lexicon) -> bool:
    """The clause is in the continuous aspect (開催されていた, 行われている: て + cues progressive_aux), a state or a
    practice."""
    tail = tok.doc[tok.i + 1:clause_end(tok)]
    return any(x.lemma_ in ("て", "で") and y.lemma_ in lex.cues.progressive_aux for x, y in zip(tail, tail[1:]))


def _dated(tok) -> bool:
    """The predicate has its own year (2013年に総会によって設置され): a dated act, not a characterisation."""
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("obl", "nmod", "advmod"):
            sub = list(c.subtree)
            if any(x.pos_ == "NUM" for x in sub) and any(x.text in ("年", "年度") for x in sub):
                return True
    return False


def _dated_past(tok) -> bool:
    """A past clause (〜た, not 〜てきた) with its own year or month (2023年に加盟した)."""
    kids = [c for c in tok.children if c.i > tok.i]
    if not any(c.lemma_ == "た" for c in kids) or any(c.lemma_ == "くる" for c in tok.doc[tok.i + 1:tok.i + 4]):
        return False
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("obl", "nmod", "advmod"):
            sub = [x for x in c.subtree]
            if any(x.pos_ == "NUM" for x in sub) and any(x.text in ("年", "月", "年度") for x in sub):
                return True
    return False


def _of_phrase(h) -> bool:
    """The noun has a の-phrase before it (民主党の推薦, 文科省の発表)."""
    return any(c.dep_ == "nmod" and c.i < h.i and "の" in _case_lemmas(c) for c in h.children)


def causative(tok, lex: Lexicon) -> bool:
    """The predicate takes a causative auxiliary (独立させる; cues causative_aux)."""
    return any(c.i > tok.i and c.dep_ == "aux" and c.lemma_ in lex.cues.causative_aux for c in tok.children)


def clause_end(tok) -> int:
    """The index right after the predicate's auxiliaries and particles (開催/さ/れ/て/い/た -> the next word)."""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and (doc[j].pos_ in ("AUX", "SCONJ", "PART") or doc[j].dep_ in ("aux", "mark", "fixed")):
        j += 1
    return j


def goal_phrases(p) -> list:
    """The predicate's に-goals before it (議長国に就任, …会議に出席)."""
    return [c for c in p.children if c.dep_ in ("obl", "iobj") and c.i < p.i and "に" in _case_lemmas(c)]


def _aux_tail(tok) -> list:
    """The predicate and its auxiliaries after it (設立/さ/れ/た), in order."""
    return [tok] + sorted((c for c in tok.children if c.i > tok.i and c.dep_ == "aux"), key=lambda t: t.i)


def _inflection(tok) -> str:
    import ginza

    return ginza.inflection(tok) or ""


def _renyou_clause(tok) -> bool:
    """A predicate ending in 連用形 without た/て (指定し流出防止を進める): coordinate, not a relative clause."""
    tail = _aux_tail(tok)
    return "連用形" in _inflection(tail[-1]) and not any(t.lemma_ in ("た", "て") for t in tail)


def attributive(pred, lex: Lexicon) -> bool:
    """再軍備で設立されたドイツ連邦軍に入隊した: a clause ending in the attributive form (連体形) right before a
    noun describes that noun, even when the parser tags it advcl; like any relative clause it shares no subject
    with the main clause (the counterpart of _renyou_clause, a coordinate clause tagged acl). A time or purpose
    noun after it (設立した後、…) closes an adverbial clause instead (cues.json adverbial_heads)."""
    if pred.dep_ != "advcl":
        return False
    last = _aux_tail(pred)[-1]
    doc = pred.doc
    if last.i + 1 >= len(doc) or "連体形" not in _inflection(last):
        return False
    after = doc[last.i + 1]
    return after.pos_ in ("NOUN", "PROPN") and after.lemma_ not in lex.cues.adverbial_heads \
        and after.lemma_ not in lex.cues.clause_nouns


def relative(pred, lex: Lexicon) -> bool:
    """The predicate closes a clause describing the noun after it, whatever the parser's tag: acl on a noun
    (is_relative) unless it ends in 連用形 (_renyou_clause: a coordinate clause, 指定し流出防止を進める), or advcl in
    連体形 right before a noun (attributive: 設立されたドイツ連邦軍に入隊した)."""
    return (is_relative(pred) and not _renyou_clause(pred)) or attributive(pred, lex)


def _concessive(node, cues) -> bool:
    """The clause ends in a concessive conjunction (…が採択されたものの、 / …したが、, cues concessive_marks)."""
    for c in node.children:
        if c.dep_ == "mark" and c.i > node.i:
            word = c.text + "".join(f.text for f in c.children if f.dep_ == "fixed")
            if word in cues.concessive_marks:
                return True
    return False


def _govern(doc, hits: list[Hit], lex: Lexicon, view: Optional[SentenceView] = None) -> None:
    """Head predicate wins; calls on others and expectations drop what they govern; means are no events."""
    by_token: dict[int, Hit] = {}
    for h in hits:
        for t in range(h.first, h.last):
            by_token[t] = h
    for h in hits:
        if h.how == "intent_obj":
            owner = by_token.get(h.pred)
            if owner is not None and owner is not h:
                owner.dropped = f"announces {h.entry.id}"  # 方針を打ち出した: one INTEND on 方針
        by_token.setdefault(h.pred, h)
    cues = lex.cues
    memo: dict[int, Optional[str]] = {}
    owner: dict[int, Hit] = {}

    def verdict(h: Hit, depth: int = 0) -> Optional[str]:
        key = id(h)
        if key in memo:
            return memo[key]
        memo[key] = None  # cycle guard
        if h.pred != h.head and h.last < len(doc) and doc[h.last].text in COORD_DOTS:
            nxt = next((o for o in hits if o.first == h.last + 1), None)
            if nxt is not None and nxt.pred == h.pred:
                r = nxt.dropped or verdict(nxt, depth + 1)
                memo[key] = r
                return r  # 促進・支援する: the dotted noun shares the verdict of the one it is joined to
        if h.how == "host":
            up = doc[h.head]
            for _ in range(4):
                if up.head.i == up.i:
                    break
                up = up.head
                other = by_token.get(up.i)
                if other is not None and other is not h and other.entry.intent_noun:
                    memo[key] = f"content of {other.entry.id}"
                    return memo[key]  # …の主催により開催が予定されている: the host of a planned meeting
                if up.pos_ == "VERB" and _recurring(doc, up, cues):
                    memo[key] = "recurring practice"
                    return memo[key]  # …の主催のもとで毎年開かれる: the host of a recurring meeting
        if h.how in ("host", "title", "aside", "attributive", "compound", "achievement") or _before_colon(doc, doc[h.pred]):
            return None  # 〜の主催、〜の共催により開催: each host noun is its own MEET; a segment before a colon too
        result = None
        node = doc[h.pred]
        arg = False
        means = False
        step = 0
        for _ in range(10):
            if node.dep_ == "ROOT" or node.head.i == node.i:
                break
            if _concessive(node, cues):
                break  # …行動計画が採択されたものの、…が報告される: a clause conceded, not what is reported
            dep, up = node.dep_, node.head
            if dep == "acl" and not is_relative(node):
                break  # a main predicate before a footnote number
            # …に開催されていた映画祭である: the continuous clause right before its noun says what the thing was
            lasting = dep == "acl" and clause_end(node) == up.i and _continuous(node, lex)
            if dep == "acl" and step <= 1 and _copular_noun(doc, up, lex) and not (
                    by_token.get(up.i) is not None and by_token[up.i].entry.intent_noun) and (lasting or not any(
                    c.i > node.i and c.lemma_ == "た" for c in node.children) and not _te_form(node)
                    and not _dated(doc[h.pred])) and not _named_subject(view, node):
                # …と連携し、…を推進する国際組織である / …を促進し、…を高める力であること: the clause (or the
                # clause it is coordinated with) says what a thing is; NATOが…を目指して…するプログラム
                # still reports the named body's act
                result = "characterisation"
                break
            step += 1
            coord_noun = node.i == h.pred and _coordinate_noun(doc, h)
            if coord_noun:
                dep = "conj"
            if dep == "acl" and any(c.dep_ == "mark" and c.lemma_ in ("て", "で") for c in node.children):
                dep = "advcl"  # UNDPと協力して…を設立: a て-form, not a relative clause
            elif dep == "acl" and node.pos_ == "VERB" and _renyou_clause(node):
                dep = "conj"
            elif dep == "acl" and node.i == h.pred and up.lemma_ in cues.example_heads and up.i + 1 < len(doc) \
                    and doc[up.i + 1].text in ("、", ","):
                break  # 「…ツールキット」が公表される等、…: one of the acts listed as examples
            elif dep == "acl" and node.i == h.pred and up.lemma_ not in cues.nominalizers and up.lemma_ not in cues.clause_nouns \
                    and up.lemma_ not in cues.purpose_heads and not (
                    by_token.get(up.i) is not None and by_token[up.i].entry.intent_noun):
                if not h.passive and view is not None and not any(
                        c.dep_ in SUBJECT_DEPS and c.i < node.i for c in node.children):
                    m = view.mention_at(up.i)
                    if m is None and up.i > 0 and doc[up.i - 1].dep_ == "compound" and doc[up.i - 1].head.i == up.i:
                        m = view.mention_at(up.i - 1)  # 岸田首相: the name compounded with a title
                    if m is not None and m.label in BODY_LABELS and not _dated_past(node):
                        # AIの安全性を推進してきたNATO / 議長を務めた岸田首相: the clause's gap is the body
                        # it modifies; it describes that body (its role, its background), it reports no
                        # commitment; a dated past act (2023年にNATOに加盟したフィンランド) stays an event
                        result = "relative clause describing a body"
                        break
                if view is not None and node.lemma_ in cues.document_content_verbs and not any(
                        c.dep_ in SUBJECT_DEPS and c.i < node.i for c in node.children):
                    m = view.mention_at(up.i)
                    if m is not None and m.label == "DOCUMENT" or up.text.endswith(tuple(cues.document_heads)):
                        # 協力枠組みを定めた「ITPP」 / …を置くことを定めた法律: what the document sets out, the
                        # document is the clause's subject; no act of anyone
                        result = "describes a document"
                        break
                if any(c.i > node.i and c.lemma_ == "た" for c in node.children):
                    break  # インド政府が公表した政策文書: a relative clause reporting a past act is an event
                result = "descriptive relative clause"  # 包摂性を促進するAIガバナンス
                break
            if up.lemma_ in cues.purpose_heads or any(
                    c.lemma_ in cues.purpose_heads and "と" in _case_lemmas(c) for c in up.children):
                result = "purpose"  # 〜ために / 〜することを目的とした
                break
            if dep not in CLAUSE_DEPS or (dep == "advcl" and up.i in by_token and (
                    _manner(node) or (node.i == h.pred and h.entry.pattern[-1] in cues.manner_verbs and _te_form(node)))):
                arg = True  # 官民が協力して構築 / 日本等が協力して、…が進められている: manner, not an event
            other = by_token.get(up.i)
            if other is not None and other is not h:
                if _is_topic(node) and not ((other.passive or _decided_clause(node, other, cues)) and "が" in _case_lemmas(node)):
                    break  # inside the subject phrase (開かれた会議は…方針を示した); the subject of a
                    # passive is its object (取り組むことが合意された: content of 合意)
                if other.dropped is None and depth < 6:
                    if other.entry.intent_noun and up.i == other.pred != other.head:
                        # at the verb announcing an intention: coordinated clauses are its content,
                        # arguments of the verb (a dated meeting) are not
                        content = not arg
                    else:
                        content = arg or other.entry.intent_noun
                    if content:
                        result = f"content of {other.entry.id}" + (" by means" if means else "")
                        owner[key] = other
                    else:
                        # a clause coordinated with an intention's content is content too (…を進め、…に取り組む方針);
                        # elsewhere a misattached coordinate clause keeps its own event
                        v = verdict(other, depth + 1)
                        if v is not None and v.startswith("content") and owner.get(id(other)) is not None \
                                and (owner[id(other)].entry.intent_noun or v.endswith(" by means")):
                            # …認識を向上させ、…認識を高めることにより、…対話を促進する: the clause
                            # coordinated with a means is part of that means
                            result = v
                            owner[key] = owner[id(other)]
                        elif v is not None and not arg and v.startswith(INHERITED) and not _own_subject_apart(doc, h, v):
                            result = v  # …を強化し、…を深化させることが求められている: the coordinate clause shares the call
                elif other.dropped is not None and not arg and other.dropped.startswith(INHERITED) \
                        and not _own_subject_apart(doc, h, other.dropped):
                    result = other.dropped
                elif other.dropped is not None and arg:
                    result = f"content of {other.entry.id}"  # 産業界と連携して進める必要性: manner of a dropped act
                break
            if coord_noun and node.i == h.pred and _listed_for_purpose(up, by_token, cues):
                result = "purpose"  # …協力の強化、適応、強靱性促進のため、…と協働: a listed noun shares the purpose
                break
            if up.lemma_ in cues.blocking_heads:
                if arg:
                    result = f"governed by {up.lemma_}"
                break
            if arg and up.lemma_ in cues.normative_heads and up.pos_ in ("NOUN", "ADJ") and up.i != h.pred:
                result = "normative"  # …を促進することの重要性 / …強化する必要性: importance stated, nothing committed
                break
            if up.lemma_ in cues.nominalizers:
                if _case_lemmas(up) & set(cues.means_cases) and up.head.i not in by_token and not any(
                        c.lemma_ == "た" and c.i > node.i for c in node.children) and (any(
                        c.dep_ in ("nsubj", "nsubj:pass") and c.i > up.i for c in up.head.children)
                        or is_relative(up.head)):
                    # 協力することで…スピードが上がる: the means of what happens to something else (or of a
                    # relative clause describing a noun), not an event; 〜を促進することにより、…政策を形成する
                    # (the main predicate, no subject of its own) is the act itself
                    result = "means"
                    break
                if _case_lemmas(up) & set(cues.means_cases):
                    means = True
                node = up
                continue
            if up.lemma_ in cues.clause_nouns:
                break  # 〜を強化する一方、: a clause of its own
            if up.pos_ in ("AUX", "ADP") or up.dep_ == "fixed":
                node = up
                continue
            if up.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and arg:
                node = up
                continue
            if up.pos_ in ("VERB", "ADJ") and not arg:
                node = up
                continue
            break
        memo[key] = result
        return result

    for h in hits:
        if h.dropped is None:
            v = verdict(h)
            if v:
                h.dropped = v


def undecided_decision(hit: "Hit", pred) -> bool:
    """A decision told without its object (交渉の開始が決定している): its subject is what was decided and
    no decider is named, like an agentless passive."""
    return hit.entry is not None and hit.entry.patient_without_object and not any(
        c.dep_ == "obj" for c in pred.children)


def _decided_clause(node, other, cues) -> bool:
    """The clause is the が-subject of a decision told without its object (加盟することが決定し): it is
    what was decided, the content of that decision."""
    return node.lemma_ in cues.clause_nominalizers and undecided_decision(other, node.doc[other.pred])
