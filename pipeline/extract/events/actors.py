"""Who acts: explicit subjects from the dependency parse, mapped to entity canonicals.

    explicit_subjects(view, hit, lex)            subject/topic tokens of the predicate (が/は, では/には)
    DocActors.from_subject(view, tok)            ActorRefs for one subject phrase, with a status
    DocActors.from_mention(mention, view, role)  one ActorRef for an entity mention

Never invents: a phrase with no entity (and no rule that names its body) gives
no actor; a passive with no agent gives none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from pipeline.nlp.gazetteer import load_gazetteer, nfkc

from .context import Mention, SentenceView
from .lexicon import Lexicon
from .triggers import (Hit, _aux_tail, _case_lemmas, attributive, causative, clause_end, is_relative, relative,
                       undecided_decision)

COORDINATORS = {"と", "や", "、", "及び", "および", "並びに", "ならびに", "・"}


@dataclass(frozen=True)
class ActorRef:
    text: str
    canonical: Optional[str]
    start: Optional[int]
    end: Optional[int]
    label: Optional[str]
    role: str = "agent"

    def as_dict(self) -> dict:
        return {"text": self.text, "canonical": self.canonical, "start": self.start, "end": self.end,
                "label": self.label, "role": self.role}

    def with_role(self, role: str) -> "ActorRef":
        return replace(self, role=role)


def _label(entity) -> str:
    return str(getattr(entity.label, "value", entity.label))


def _is_subject(tok, passive: bool, lex: Lexicon) -> bool:
    cases = _case_lemmas(tok)
    if time_phrase(tok, lex):
        return False  # 1834年には…を設立した: a time topic is no subject
    if "と" in cases or "の" in cases and tok.dep_ != "nsubj":
        return False
    if cases & set(lex.cues.about_markers):
        return False  # 第二次世界大戦については…と位置づける: what is spoken of is no subject
    if tok.dep_ in ("nsubj", "csubj", "dislocated"):
        return not passive or bool(cases & {"では", "には", "においては"})
    if tok.dep_ == "obl" and "は" in cases:
        return True  # Xでは / Xには / Xは tagged obl
    if tok.dep_ == "obj" and cases == {"は"} and not passive and any(
            c.dep_ == "obj" and c.i != tok.i and "を" in _case_lemmas(c) for c in tok.head.children):
        return True  # 世界銀行（World Bank）は、…支援を提供: a は-phrase tagged obj beside the verb's own を-object
    return False


def _agents(tok, lex: Lexicon) -> list:
    """Agents of a passive: obl phrases marked によって/により, on the predicate or misattached to its
    subject (12か国により…TPPが締結された: the parser hangs the agent on TPP)."""
    out = []
    markers = set(lex.cues.agent_markers)
    for c in tok.children:
        if c.dep_ == "obl" and c.i < tok.i and _case_lemmas(c) & markers:
            out.append(c)
        elif c.dep_ == "obl" and c.i < tok.i and _source(c, lex):
            out.append(c)  # 制作会社WHITE FOXより…が公表された: the source a passive names is its agent
        elif c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i:
            # (and 国連による「交換計画」が開始された: the agent of the act named by the subject noun)
            out += [x for x in c.children if x.dep_ in ("obl", "nmod") and x.i < c.i and _case_lemmas(x) & markers]
            # (松田公太議員により、声帯摘出したことが明かされる: an agent phrase the parser hung on the active verb of
            # the subject clause belongs to the passive)
            for v in c.children:
                if v.dep_ == "acl" and v.i < c.i and not any(a.dep_ == "aux" and a.lemma_ in ("れる", "られる")
                                                              for a in v.children):
                    out += [x for x in v.children if x.dep_ == "obl" and x.i < v.i and (
                        _case_lemmas(x) & markers or _source(x, lex))]
    return out


def _source(c, lex: Lexicon) -> bool:
    """A noun phrase marked as a source (cues source_markers: 制作会社WHITE FOXより), not a time (2015年より)."""
    return bool(_case_lemmas(c) & set(lex.cues.source_markers)) and c.pos_ in ("NOUN", "PROPN") \
        and not time_phrase(c, lex)


def explicit_subjects(view: SentenceView, hit: Hit, lex: Lexicon) -> list:
    """Subject tokens of the hit's predicate, climbing coordinated clauses to the shared subject."""
    doc = view.doc
    node = doc[hit.pred]
    passive = hit.passive
    patient = hit.entry is not None and hit.entry.subject_is_patient and not causative(node, lex)
    undecided = undecided_decision(hit, node)
    patient = patient or undecided
    born = False
    for _ in range(8):
        subs = [c for c in node.children if c.i < node.i and (_is_subject(c, passive, lex) or _ga_object(c, passive))]
        if patient and node.i == hit.pred:
            # Xが発足した: X is the body founded, not its founder; AとBが合併して発足: the bodies merged found it
            merged = any(c.dep_ == "advcl" and c.i < node.i and c.lemma_ in lex.cues.merger_verbs
                         for c in node.children)
            # the merging bodies: the subject, a て-clause's subject and the と-phrase before them (AとBが合併)
            partners = [c for c in node.children if c.dep_ == "obl" and c.i < node.i and "と" in _case_lemmas(c)
                        and view.mention_at(c.i) is not None]
            born = bool(subs)
            subs = (subs + _te_subjects(node, passive) + partners) if merged else []
        if passive or node.pos_ in ("NOUN", "PROPN") or patient:
            subs += _agents(node, lex)
        if not subs and patient and node.i == hit.pred and born and not undecided:
            return []  # PRTは倒産し、…カンパニーが生まれた: what came into being is named; the topic of another
            # clause did not found it
        if not subs and undecided:
            break  # 交渉の開始が決定している: no decider named, none taken from another clause
        if not subs and node.i == hit.pred:
            subs = _quote_topic(node)  # FBIは…犯罪率が…最高であると報告した: the topic hung on the quote
        if not subs and node.i == hit.pred:
            subs = _te_subjects(node, passive)  # 日本等が協力して、…を進める: the manner clause's subject
        if not subs and node.i == hit.pred and not passive:
            subs = _purpose_subjects(node, lex)  # XがYを検討するため、…を締結した: the purpose clause's subject
        if node.i == hit.pred and not passive and all(_venue_topic(t) for t in subs):
            # 加盟国が…とすることを約束: the subject of the promised clause (a venue topic 会合では is no subject)
            subs = subs + _controller(node, view, lex)
        if node.i != hit.pred:
            # FBIは…と報告したが、シンプソンビルについては…: a phrase after the hit's clause belongs to the
            # later clause, not to the subject they share
            subs = [t for t in subs if t.i < hit.first]
            if hit.passive:
                # STEPANは、…1988年に設立されたが、…休眠状態にあった: the topic the passive clause shares with the
                # later one is what was acted on, not its agent
                subs = [t for t in subs if not _is_topic_phrase(t)]
        if subs:
            return _prefer_subject(sorted(subs, key=lambda t: t.i), view)
        if passive and node.i == hit.pred and has_ga_subject(node):
            break  # 会合が開催され、…が参加した: a passive with its own subject shares no agent with the next clause
        if node.dep_ in ("advcl", "conj") and node.head.i > node.i and not attributive(node, lex):
            comma = _comma_after(node)
            node = node.head
            if comma and is_relative(node) and node.head.dep_ in ("obj", "obl") and node.head.head.pos_ == "VERB" \
                    and node.head.head.i > node.i and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in node.children):
                # …を招待し、連携を深める意識を示している: a clause closed by a comma is coordinated with the
                # main predicate, not with the relative clause the parser hung it on
                node = node.head.head
            passive = any(c.i > node.i and c.dep_ == "aux" and c.lemma_ in lex.cues.passive_aux for c in node.children)
            continue
        if node.i == hit.pred and hit.how == "vn_obj" and node.head.i > node.i and node.dep_ in ("obl", "nmod"):
            node = node.head  # 〜を策定、〜を指定し…更新している: the noun clause shares the subject
            continue
        break
    if relative(doc[hit.pred], lex):
        # a relative clause (COP28で合意されたGST) takes no topic from the main clause, only its own
        # が-subject stranded on the main predicate by the parser
        if passive:
            return _stranded_agent(doc[hit.pred], lex)
        own = _stranded_subject(doc[hit.pred]) or _sibling_clause_subject(doc[hit.pred])
        if own or not object_gap(doc[hit.pred], lex):
            return own
        # 東京都交通局では2010年に策定した「経営計画」において…を発表した: an active clause whose gap is its
        # object (the noun it describes) and that names no subject shares the sentence's topic, the one
        # actor the sentence names (Japanese drops a subject the main clause gives)
        return [t for t in _sentence_topic(doc, hit.pred, lex) if view.mentions_in(t.left_edge.i, t.i + 1)]
    topics = _sentence_topic(doc, hit.pred, lex)
    if passive or hit.passive or undecided:
        # 国際連合は…1945年に設立された: the topic of a passive is what is acted on, unless it is a
        # venue-like では/には (閣僚会合では…が採択された)
        topics = [t for t in topics if _venue_topic(t)]
    if not topics and not passive and not patient and node.dep_ == "ROOT":
        topics = _fragment_subject(node)
    return topics


def _fragment_subject(pred) -> list:
    """欧州委員会が…置換術・…予定患者に対する…について承認した: the parser breaks the sentence into several
    roots and leaves the predicate's が-subject under a noun of an earlier fragment, not under a predicate."""
    doc = pred.doc
    if not any(t.dep_ == "ROOT" for t in doc[:pred.i]):
        return []  # one root: the parse is whole
    own = {t.i for t in pred.subtree}
    subs = [t for t in doc[:pred.i] if t.dep_ == "nsubj" and t.i not in own and "が" in _case_lemmas(t)
            and t.head.pos_ not in ("VERB", "ADJ", "AUX")]
    return subs[-1:]


def _quote_topic(pred) -> list:
    """XはYがZであると報告した: the parser hangs the は-topic on the quoted clause; a quote with a
    が-subject of its own leaves the topic to the verb of saying."""
    for q in pred.children:
        if q.i < pred.i and q.dep_ == "advcl" and "と" in _case_lemmas(q):
            subs = [c for c in q.children if c.dep_ == "nsubj" and c.i < q.i]
            topics = [c for c in subs if "は" in _case_lemmas(c)]
            if topics and any("が" in _case_lemmas(c) and c.i > topics[0].i for c in subs):
                return topics[:1]
    return []


def _main_of(rel):
    """The predicate governing the noun a relative clause describes, when it comes after the clause."""
    main = rel.head.head
    return None if main.i == rel.head.i or main.i < rel.i else main


def _stranded_subject(rel) -> list:
    """ドイツ軍兵器局が…作成した資料によれば、生産が計画された: the parser hangs the relative clause's
    が-subject on the main predicate; a main predicate with a second が-subject of its own after the
    clause cannot have both, so the first is the clause's; so is a が-phrase right before the clause."""
    main = _main_of(rel)
    if main is None:
        return []
    after = [c for c in main.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > rel.head.i
             and "が" in _case_lemmas(c)]
    before = [c for c in main.children if c.dep_ == "nsubj" and c.i < rel.i and "が" in _case_lemmas(c)]
    if not before and after:
        # ポルトガルは1703年にイギリスと締結した条約によって、…関係が成立した: the topic right before the
        # clause, of a main predicate with its own が-subject, is the clause's subject
        before = [c for c in main.children if c.dep_ in ("nsubj", "dislocated") and c.i < rel.i
                  and "は" in _case_lemmas(c) and c.right_edge.i + 1 == rel.left_edge.i]
    if not before:
        return []
    # or the が-phrase opens the clause (ドイツ軍兵器局が1944年10月5日に作成した資料によると): a が right
    # before a relative clause's first word is that clause's subject
    adjacent = before[-1].right_edge.i + 1 == rel.left_edge.i
    return before[-1:] if after or adjacent else []


def _stranded_agent(rel, lex: Lexicon) -> list:
    """GHQによって…に指定された日本発送電は…民営化された: the agent phrase of a relative passive, hung by the
    parser on the main predicate right before the clause."""
    main = _main_of(rel)
    if main is None:
        return []
    markers = set(lex.cues.agent_markers)
    return [c for c in main.children if c.dep_ == "obl" and c.i < rel.i and _case_lemmas(c) & markers
            and c.right_edge.i + 1 == rel.left_edge.i][-1:]


def object_gap(rel, lex: Lexicon) -> bool:
    """A relative clause whose gap is its object: it has no を-object and no goal (に, not a time) of its own,
    so the noun it describes is what it acts on (策定した「計画」), not its subject (議長を務めた岸田首相)."""
    return not any(c.dep_ == "obj" or (c.dep_ == "obl" and "に" in _case_lemmas(c) and not time_phrase(c, lex))
                   for c in rel.children if c.i < rel.i)


def has_ga_subject(pred) -> bool:
    """The predicate has its own が-marked subject before it (閣僚声明が採択された)."""
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < pred.i and "が" in _case_lemmas(c) for c in pred.children)


def _comma_after(tok) -> bool:
    """The predicate's clause (its auxiliaries and particles) is closed by a comma (招待し、)."""
    j = clause_end(tok)
    return j < len(tok.doc) and tok.doc[j].text in ("、", ",")


# particles of a phrase that sets the scene (Xでは, Xには, Xにおいては) rather than naming who acts
SCENE_CASES = frozenset({"で", "に", "において", "では", "には"})


def _venue_topic(tok) -> bool:
    """Xでは / Xには / Xにおいては: a topic that sets the scene (GiNZA splits で+は, so the particles
    are separate tokens)."""
    cases = _case_lemmas(tok)
    return "は" in cases and bool(cases & SCENE_CASES)


def _controller(node, view: SentenceView, lex: Lexicon) -> list:
    """XがYすることを約束/目指す: with no subject of its own, a predicate whose object is a clause
    nominalised by こと/の shares that clause's が-subject when it names a body (subject control)."""
    out = []
    for o in node.children:
        if o.dep_ != "obj" or o.i > node.i or o.lemma_ not in lex.cues.clause_nominalizers:
            continue
        for v in o.children:
            if v.dep_ == "acl":
                out += [x for x in v.children if x.i < v.i and x.dep_ in ("nsubj", "csubj") and "が" in _case_lemmas(x)
                        and view.mentions_in(x.left_edge.i, x.i + 1)]
    return out


def _ga_object(tok, passive: bool) -> bool:
    """A phrase the parser tagged obj although its own particle is が (科学技術振興機構が「NEXUS」を推進:
    one merged phrase with が then を): the が-part is the subject."""
    if passive or tok.dep_ != "obj":
        return False
    cases = [c for c in tok.children if c.i > tok.i and c.dep_ == "case"]
    return bool(cases) and cases[0].text == "が" and cases[0].i == tok.i + 1


def _sibling_clause_subject(pred) -> list:
    """…の髙橋秀雄が独立し、1999年に設立した音響制作会社: the parser hangs both clauses on the noun; the first,
    closed by a comma, is coordinated with the relative clause, and its が-subject is the clause's too."""
    if pred.dep_ != "acl" or pred.head.i <= pred.i or any(
            c.dep_ in ("nsubj", "nsubj:pass") for c in pred.children):
        return []
    for s in pred.head.children:
        if s.dep_ == "acl" and s.i < pred.i and s.pos_ == "VERB" and _comma_after(s) \
                and not any(t.dep_ == "acl" and s.i < t.i < pred.i for t in pred.head.children):
            return [c for c in s.children if c.i < s.i and c.dep_ == "nsubj" and "が" in _case_lemmas(c)][:1]
    return []


def _te_subjects(node, passive: bool) -> list:
    """Subjects of a て-form adjunct before the predicate (Xが協力して…を構築): Japanese shares the
    subject of a て-clause with the predicate it modifies."""
    out = []
    for c in node.children:
        if c.dep_ == "advcl" and c.i < node.i and any(m.dep_ == "mark" and m.lemma_ in ("て", "で") for m in c.children):
            out += [x for x in c.children if x.i < c.i and x.dep_ in ("nsubj", "csubj") and "が" in _case_lemmas(x)]
    return out


def _is_topic_phrase(tok) -> bool:
    """Xは / Xも (not Xでは / Xには, a scene): the phrase is the sentence's topic."""
    cases = _case_lemmas(tok)
    return bool(cases & {"は", "も"}) and not cases & SCENE_CASES


def _purpose_subjects(node, lex: Lexicon) -> list:
    """Subjects of a purpose clause before the predicate (XがYを検討するため、Zと覚書を締結した): a clause ending
    in a non-past verb before ため (cues purpose_subject_heads) states the aim of the one who acts, so it shares
    the predicate's subject. After a past or a state (…したため、) ため gives a cause, whose subject is its own."""
    out = []
    for c in node.children:
        if c.i > node.i or c.lemma_ not in lex.cues.purpose_subject_heads or c.dep_ not in ("obl", "advcl"):
            continue
        for clause in c.children:
            if clause.dep_ != "acl" or clause.i > c.i or clause.pos_ != "VERB":
                continue
            if any(t.lemma_ in lex.cues.cause_aux for t in _aux_tail(clause)[1:]):
                continue  # …したため、 / …しないため、: a cause
            out += [x for x in clause.children if x.i < clause.i and x.dep_ in ("nsubj", "csubj")
                    and "が" in _case_lemmas(x)]
    return out


def _prefer_subject(subs: list, view: SentenceView) -> list:
    """Subject beats topic: in Xは、…Yが〜した the が-subject Y acts, X is what the sentence is about
    (IPEFは…米国が…). Two は-phrases: the one nearest the predicate."""
    if len(subs) < 2:
        return [t for t in subs if t.dep_ != "obj" or view.mentions_in(t.left_edge.i, t.i + 1)]
    # a が-phrase naming no body (交渉の開始が決定している) is the theme, not the subject
    ga = [t for t in subs if "が" in _case_lemmas(t) and t.dep_ in ("nsubj", "csubj", "obj")
          and view.mentions_in(t.left_edge.i, t.i + 1)]
    agents = [t for t in subs if t.dep_ == "obl" and not ({"は"} & _case_lemmas(t))]
    if ga:
        return ga + agents
    # ISCには、140以上の団体が加盟している: with a が-subject, a には/では-phrase is the goal or the scene
    bare_ga = [t for t in subs if "が" in _case_lemmas(t) and t.dep_ in ("nsubj", "csubj")]
    if bare_ga and all(_venue_topic(t) or t in bare_ga for t in subs):
        return bare_ga + agents
    if agents:
        return agents
    # Xは、…となり、…参加し、議長を務めたYは…強調した: a topic closed by a clause of its own is not the
    # subject of the later predicate; parallel topics (日本は…、ASEANは…を策定予定) all are
    doc = subs[0].doc
    kept = []
    for a, b in zip(subs, subs[1:]):
        between = doc[a.i + 1:b.left_edge.i]
        if not any(t.pos_ in ("VERB", "ADJ") and t.dep_ in ("advcl", "conj", "ROOT") for t in between):
            kept.append(a)
    return kept + [subs[-1]]


def _sentence_topic(doc, before: int, lex: Lexicon) -> list:
    """A は-topic earlier in the sentence scopes over later clauses (Xは…ているが、…を進めている)."""
    inside_acl: set[int] = set()
    for t in doc[:before]:
        if t.dep_ == "acl":
            inside_acl.update(x.i for x in t.subtree)
    topics = [t for t in doc[:before] if t.dep_ in ("nsubj", "obl", "dislocated")
              and "は" in _case_lemmas(t) and "と" not in _case_lemmas(t) and not time_phrase(t, lex)
              and not _case_lemmas(t) & set(lex.cues.about_markers)]  # Xについては: spoken of, no subject
    cands = [t for t in topics if t.i not in inside_acl]
    if not cands:
        # a sentence-initial topic (国家発展改革委の関係者は、…) scopes over the sentence even when the
        # parser hangs it inside a clause; so does a plain Xは (…を通じて、日本は…を目指している):
        # は marks the main clause's topic, it cannot stand inside a relative clause
        cands = [t for t in topics if t.left_edge.i == 0 or (
            _case_lemmas(t) & {"は"} and not _case_lemmas(t) & {"で", "に", "では", "には", "と", "も"})]
    return cands[:1]


def time_phrase(tok, lex: Lexicon) -> bool:
    """1834年には / 同年は: a time set as the topic, never an actor (actors.json time_topics)."""
    times = lex.actors.time_topics
    if tok.text in times.get("words", ()):
        return True
    return tok.text in times.get("units", ()) and (
        any(c.pos_ == "NUM" for c in tok.children) or (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "NUM"))


def _unique(refs: list["ActorRef"]) -> list["ActorRef"]:
    """One actor per canonical, first mention kept."""
    seen: set = set()
    return [r for r in refs if not (r.canonical in seen or seen.add(r.canonical))]


class DocActors:
    """Document-wide knowledge for actors: body names inside meeting/document names, the report's author."""

    def __init__(self, views: list[SentenceView], entities, lex: Lexicon):
        self.lex = lex
        self.raw = None
        self.gaz = load_gazetteer()
        self.inside = set(str(x) for x in lex.actors.body_labels_in_names)
        self.office_titles = tuple(lex.actors.office_titles)
        self.person_titles = tuple(lex.actors.person_titles)
        self.head_titles = tuple(sorted(lex.actors.head_titles, key=len, reverse=True))
        self.place_ids = tuple(lex.actors.place_id_prefixes)
        place_rules = tuple(f"gazetteer:{p}" for p in self.place_ids)
        names: dict[str, tuple[str, str]] = {}
        # bodies by where they end and start: ウクライナのゼレンスキー大統領 / ジスカール=デスタン仏大統領
        self.body_ends: dict[int, tuple[str, str]] = {}
        self.body_starts: dict[int, tuple[str, str]] = {}
        self.places: set[str] = set()  # cities and regions of the gazetteer (not countries, not bodies)
        # bodies in reading order, for 同X anaphora: (start, end, canonical, label, text)
        self.bodies_in_order = sorted((e.start, e.end, e.canonical, _label(e), e.text) for e in entities
                                      if _label(e) in ("ORG", "GPE"))
        for e in entities:
            lab = _label(e)
            if lab in self.inside:
                names.setdefault(e.text, (e.canonical, lab))
                names.setdefault(e.canonical, (e.canonical, lab))
                self.body_ends.setdefault(e.end, (e.canonical, lab))
                self.body_starts.setdefault(e.start, (e.canonical, lab))
            if (getattr(e, "rule", None) or "").startswith(place_rules):
                self.places.add(e.canonical)
        self._bodies: dict[tuple, Optional[tuple[str, str]]] = {}
        order = {lab: i for i, lab in enumerate(lex.actors.body_labels_in_names)}
        self.body_names = sorted(names.items(), key=lambda kv: (order.get(kv[1][1], 9), -len(kv[0])))
        self.author = self._find_author(views)

    def _find_author(self, views: list[SentenceView]) -> Optional[ActorRef]:
        """The ORG of a dateline (a short line with a date and an organisation) near the top."""
        for v in views[: self.lex.actors.dateline_sentences]:
            if len(v.text) > self.lex.actors.dateline_max_chars or not v.dates:
                continue
            for m in v.mentions:
                if m.label == "ORG":
                    e = m.entity
                    return ActorRef(e.text, e.canonical, e.start, e.end, "ORG", "author")
        return None

    def body_of(self, entity) -> Optional[tuple[str, str]]:
        """The body named inside a meeting or document name: G7プーリア首脳コミュニケ -> G7 (once per name)."""
        key = (entity.text, entity.canonical, _label(entity))
        if key not in self._bodies:
            self._bodies[key] = self._body_of(entity)
        return self._bodies[key]

    def _body_of(self, entity) -> Optional[tuple[str, str]]:
        best = None
        if _label(entity) == "EVENT":
            entry = self.gaz.lookup(entity.canonical) or self.gaz.lookup(entity.text)
            if entry is not None and entry.convened_by:
                body = self.gaz.lookup(entry.convened_by)
                return entry.convened_by, (_label(body) if body is not None else "ORG")  # CSTP閣僚級会合 -> OECD
        document = _label(entity) == "DOCUMENT"
        for text, (canonical, lab) in self.body_names:
            if document and canonical in self.places:
                continue  # パリ協定, 京都議定書: a city in a treaty's name is where it was made, not who issued it
            for name in (entity.text, entity.canonical):
                # the name as written, else its canonical (群馬高崎デジタル・技術大臣会合 -> G7群馬高崎…)
                if text and name and text != name and text in name and (lab == "ORG" or name.startswith(text)) \
                        and not _inside_word(name, text):
                    # (a country or place convenes only as the name's first word: 日本・ASEAN…; 中部横断自動車道
                    # 長野県区間に係る計画調整会議 is about the place)
                    # a body before a place (G7 in 群馬高崎デジタル・技術大臣会合 = G7群馬高崎…), then the name as
                    # written before its canonical, then the body named first
                    key = (lab != "ORG", name != entity.text, name.index(text), -len(text))
                    if best is None or key < best[0]:
                        best = (key, canonical, lab)
                    break
        if best is None:
            # a body the report names only inside meeting or document names (G7 in G7コーンウォール・サミット)
            for s, e, entry in self.gaz.entries_inside(entity.text):
                lab = _label(entry)
                if lab not in self.inside or e - s >= len(entity.text) or (document and entry.id.startswith(self.place_ids)):
                    continue
                if _inside_word(entity.text[:e], entity.text[s:e]):
                    continue  # 京大 in 南京大会
                key = (lab != "ORG", True, s, -(e - s))
                if best is None or key < best[0]:
                    best = (key, entry.canonical, lab)
        return (best[1], best[2]) if best else None

    def from_mention(self, m: Mention, role: str = "agent", text_span: Optional[tuple[int, int, str]] = None
                     ) -> Optional[ActorRef]:
        e = m.entity
        lab = m.label
        canonical: Optional[str] = e.canonical
        if lab == "EVENT" and e.text.endswith(tuple(self.lex.actors.inert_event_heads)):
            return None  # 大統領選挙 / コソボ紛争: an election or a war acts for no one
        if lab in ("EVENT", "DOCUMENT"):
            body = self.body_of(e)
            if body is not None:
                canonical, lab = body  # the label of the committing body, not of the name it is read from
            elif lab == "DOCUMENT":
                return None  # a document with no body in its name commits no one
        elif lab == "PERSON":
            office = self.acts_for(e)
            if office is not None:
                canonical, lab = office  # 岸田首相 -> 日本: a person in office acts for it (GUIDELINES 6.1)
        elif lab not in set(str(x) for x in self.lex.actors.actor_labels):
            return None
        start, end, text = text_span if text_span else (e.start, e.end, e.text)
        return ActorRef(text, canonical, start, end, lab, role)

    def _titled_list(self, view: SentenceView, persons: list[Mention], cands: list[Mention]) -> list[Mention]:
        """The persons of a list of titled persons ending in the subject (…首相、…・インド首相、…米国大統領):
        between two of them only an office title, a country named with it, ・ and 、."""
        doc = view.doc
        titles = self.office_titles
        places = {i for m in cands if m.label == "GPE" for i in range(m.first, m.last)}
        out = persons[-1:]
        for m in reversed(persons[:-1]):
            between = doc[m.last:out[0].first]
            if not between or not any(t.text in COORDINATORS and t.text != "・" for t in between) \
                    or not any(t.text.endswith(titles) for t in between):
                break
            if not all(t.text.endswith(titles) or t.text in COORDINATORS or t.text in ("・", "の") or t.i in places
                       for t in between):
                break
            out.insert(0, m)
        return out

    def acts_for(self, e) -> Optional[tuple[str, str]]:
        """(canonical, label) of what a person in office acts for: the country or body named with the
        office (ウクライナのゼレンスキー大統領, ジスカール=デスタン仏大統領), else the gazetteer's `acts_for`."""
        raw = self.raw or ""
        nxt = self.body_starts.get(e.end)
        # the title right after the name, or after a country written between (仏大統領)
        head = self._heads_body(e, raw)
        if head is not None:
            return head  # JRP社長の白井 / リバティ大学のファルエル学長: the head of a body acts for it (GUIDELINES 6.1)
        titled = any(raw[e.end + k:].startswith(self.office_titles) for k in range(4 if nxt is not None else 1))
        if titled:
            before = self.body_ends.get(e.start) or (self.body_ends.get(e.start - 1) if raw[e.start - 1:e.start] == "の" else None)
            if before is not None:
                return before
            if nxt is not None:
                return nxt
        entry = self.gaz.lookup(e.canonical)
        if entry is not None and _label(entry) == "PERSON" and entry.acts_for:
            body = self.gaz.lookup(entry.acts_for)
            return entry.acts_for, (_label(body) if body is not None else "GPE")
        return None

    def _heads_body(self, e, raw: str) -> Optional[tuple[str, str]]:
        """(canonical, label) of the ORG a person heads, as the text names it: ORG + head title + の + the person
        (JRP社長の白井裕), ORG (+ の) + the person + head title (リバティ大学のファルエル学長), actors.json
        `head_titles`; a post that heads nothing (教授, 監督) leaves the person himself."""
        for t in self.head_titles:
            k = e.start - len(t) - 1
            if k > 0 and raw[k:e.start] == t + "の":
                body = self.body_ends.get(k)
                if body is not None and body[1] == "ORG":
                    return body
            if raw.startswith(t, e.end):
                body = self.body_ends.get(e.start) or (
                    self.body_ends.get(e.start - 1) if raw[e.start - 1:e.start] == "の" else None)
                if body is not None and body[1] == "ORG":
                    return body
        return None

    def from_modifiers(self, view: SentenceView, tok) -> list[ActorRef]:
        """Hosts named in the の-phrase of a host noun (文部科学省、ASEAN事務局、科学技術振興機構の主催):
        the mention ending the phrase and those listed before it with 、/と/や."""
        doc = view.doc
        out: list[ActorRef] = []
        for c in tok.children:
            if not (c.dep_ == "nmod" and c.i < tok.i and "の" in _case_lemmas(c)):
                continue
            m = view.mention_at(c.i)
            chain = []
            while m is not None and m.label in ("ORG", "GPE", "PERSON"):
                chain.append(m)
                j = m.first - 1
                if j < 0 or doc[j].text not in COORDINATORS:
                    break
                m = view.mention_at(j - 1) if j >= 1 else None
            out += [r for r in (self.from_mention(x, role="host") for x in reversed(chain)) if r is not None]
        return out

    def from_agent(self, view: SentenceView, tok) -> list[ActorRef]:
        """Every body in a passive's agent phrase (…の主催、内閣府の共催により開催); none when the
        phrase is a cause, not an agent (作業部会の成果により)."""
        host = tok.lemma_ in self.lex.cues.host_words
        listed = self._is_list_head(tok)
        titled = tok.text.endswith(self.person_titles + self.office_titles)  # 松田公太議員により
        if not host and not listed and not titled and view.mention_at(tok.i) is None \
                and tok.lemma_ not in self.lex.actors.body_heads:
            named = self._unlisted_name(view, tok)  # 制作会社WHITE FOXより: a name the entity layer missed
            return [named] if named is not None else []
        lo, hi = tok.left_edge.i, tok.i + 1
        out = []
        for m in (self._listed(view, tok) if listed else view.mentions_in(lo, hi)):
            # a meeting as agent (世界保健総会により提唱された) acts through its body, or as itself (6.2)
            if m.label in ("ORG", "GPE", "PERSON", "EVENT"):
                r = self.from_mention(m, role="agent")
                if r is not None:
                    out.append(r)
        return out

    def _is_list_head(self, tok) -> bool:
        return tok.text in self.lex.actors.list_heads or tok.lemma_ in self.lex.actors.list_heads

    def _listed(self, view: SentenceView, tok) -> list[Mention]:
        """The bodies listed before a group word (インドネシア、…、タイの5か国 / 国連、…、日本等), outside
        relative clauses and brackets (中国を含む15か国 names one member, not the group)."""
        doc = view.doc
        lo, hi = tok.left_edge.i, tok.i + 1
        excluded: set[int] = set()
        for t in doc[lo:hi]:
            if t.dep_ == "acl" and lo <= t.head.i < hi:
                excluded.update(x.i for x in t.subtree)
        depth, inside = 0, set()
        for t in doc[lo:hi]:
            if t.text in "(（":
                depth += 1
            if depth:
                inside.add(t.i)
            if t.text in ")）" and depth:
                depth -= 1
        return [m for m in view.mentions_in(lo, hi) if m.label in ("GPE", "ORG")
                and not any(i in excluded or i in inside for i in range(m.first, m.last))]

    def _counted(self, view: SentenceView, tok) -> list[ActorRef]:
        """笹森順造・早川崇・岡田勢一ら32名が結成: the names listed before ら/等 + a number + a counter of people
        (actors.json counted_members) are the subject, however the parser cut the list."""
        doc = view.doc
        ac = self.lex.actors
        if not (tok.text in ac.counted_members or tok.lemma_ in ac.counted_members) or tok.i < 2 \
                or doc[tok.i - 1].pos_ != "NUM" or doc[tok.i - 2].text not in ac.list_heads:
            return []
        ends = [m for m in view.mentions if m.last == tok.i - 2]
        if not ends:
            return []
        chain = _chain_back(doc, view.mentions, max(ends, key=lambda m: m.first))
        return _unique([r for r in (self.from_mention(m) for m in chain) if r is not None])

    def _examples(self, view: SentenceView, tok) -> list[ActorRef]:
        """Bodies listed as examples of the subject's class noun (AやBといった関連省庁, A等の機関): the
        list ends right before an example marker that closes the phrase's modifiers of the head."""
        doc = view.doc
        lo = tok.left_edge.i
        if lo >= tok.i:
            return []
        text = view.text[doc[lo].idx:tok.idx]
        cut = max((text.rfind(w) for w in self.lex.actors.example_markers), default=-1)
        if cut < 0:
            return []
        # nothing but the class noun and its compounds may follow the marker (AやBといった関連省庁)
        end = doc[lo].idx + cut
        after = [t for t in doc[lo:tok.i + 1] if t.idx >= end + 1]
        if any(t.pos_ in ("VERB",) and t.dep_ != "fixed" for t in after):
            return []
        listed = [m for m in self._listed(view, tok) if doc[m.last - 1].idx + len(doc[m.last - 1].text) <= end]
        return _unique([r for r in (self.from_mention(m) for m in listed) if r is not None])

    def _phrase(self, view: SentenceView, lo: int, hi: int) -> tuple[int, int, str]:
        rs, re_ = view.raw_of(lo, hi)
        return rs, re_, self.raw[rs:re_]

    def _anaphor(self, view: SentenceView, lo: int, hi: int, phrase_text: str) -> Optional[ActorRef]:
        """同委員会は / 同国は: the last body before it whose name ends in the head (同国: the last country);
        with none, the phrase stands for itself (an isolated sentence naming no antecedent)."""
        heads = self.lex.actors.anaphora_heads
        if not phrase_text.startswith("同") or phrase_text[1:] not in heads or view.mentions_in(lo, hi):
            return None  # the entity layer resolved it already (同基金 -> NATOイノベーション基金)
        head, label = phrase_text[1:], str(getattr(heads[phrase_text[1:]], "value", heads[phrase_text[1:]]))
        rs, re_, text = self._phrase(view, lo, hi)
        for start, _end, canonical, lab, name in reversed(self.bodies_in_order):
            if start < rs and self.raw.count("\n\n", start, rs) > self.lex.actors.anaphora_blocks:
                break  # an antecedent some paragraphs back is another text's (one-sentence Wikipedia paragraphs)
            if start < rs and lab == label and (label == "GPE" or name.endswith(head) or canonical.endswith(head)):
                return ActorRef(text, canonical, rs, re_, lab, "agent")
        return ActorRef(text, text, rs, re_, label, "agent")

    def from_subject(self, view: SentenceView, tok, recent_parties) -> tuple[list[ActorRef], str]:
        """(actors, status) for one subject token; status: entity | member | generic | group | none
        (group: a generic group of others, 企業/各国/38か国, never a committing body)."""
        doc = view.doc
        ac = self.lex.actors
        lo, hi = tok.left_edge.i, tok.i + 1
        excluded: set[int] = set()
        for t in doc[lo:hi]:
            if t.dep_ == "acl" and lo <= t.head.i < hi:
                excluded.update(x.i for x in t.subtree)
        mentions = [m for m in view.mentions_in(lo, hi)
                    if not any(i in excluded for i in range(m.first, m.last))]
        word = tok.text
        phrase_text = view.text[doc[lo].idx: tok.idx + len(tok.text)]
        own = ac.own_country
        if own is not None and (word in own.words or phrase_text in own.words):
            rs, re_, text = self._phrase(view, max(lo, _compound_start(tok)), hi)
            return [ActorRef(text, own.canonical, rs, re_, _label(own), "agent")], "entity"
        # the report speaking of itself: 本調査報告書は -> the author of the dateline
        if any(phrase_text.endswith(w) for w in ac.self_reference):
            if self.author is not None:
                rs, re_, text = self._phrase(view, max(lo, _compound_start(tok)), hi)
                return [ActorRef(text, self.author.canonical, rs, re_, self.author.label, "agent")], "entity"
            return [], "generic"
        back = self._anaphor(view, lo, hi, phrase_text)
        if back is not None:
            return [back], "entity"
        two = tok.i > 0 and doc[tok.i - 1].text == "両"  # 日米両政府: 両 + the head
        if two or word in ac.two_party_heads or tok.lemma_ in ac.two_party_heads:
            parties = [m for m in mentions if m.label in ("GPE", "ORG", "PERSON")]
            refs = [self.from_mention(m) for m in parties]
            refs = [r for r in refs if r is not None]
            if len(refs) >= 2:
                return refs, "entity"
            rs, re_, text = self._phrase(view, tok.i, tok.i + 1)
            refs = [ActorRef(text, p.canonical, rs, re_, p.label, "agent") for p in recent_parties]
            return (refs, "entity") if len(refs) >= 2 else ([], "generic")
        if word in ac.group_heads or tok.lemma_ in ac.group_heads:
            before = [m for m in mentions if m.last == tok.i or (m.last == tok.i - 1 and doc[m.last].text == "の")]
            if before:
                m = before[-1]
                rs, re_, text = self._phrase(view, m.first, hi)
                # ASEAN加盟国: the member states act one by one (annotation guidelines 3.3)
                return [ActorRef(text, text if m.last == tok.i else m.entity.canonical, rs, re_, m.label)], "entity"
            return [], "member"
        if tok.text.endswith(self.office_titles):
            # 岸田首相、…・オーストラリア首相、…・インド首相、ジョセフ・バイデン米国大統領が出席: each titled person;
            # ロシアの大統領とG7首脳が: each body whose office holders are listed
            before = [m for m in view.mentions if m.label in ("PERSON", "GPE", "ORG") and m.last <= tok.i + 1]
            people = [m for m in before if m.label == "PERSON"]
            if not people or view.mention_at(tok.i) is None and people[-1].last < tok.i:
                people = [m for m in before if m.label != "PERSON"]
            listed = self._titled_list(view, people, before)
            if len(listed) > 1:
                refs = _unique([r for r in (self.from_mention(m) for m in listed) if r is not None])
                if refs:
                    return refs, "entity"
        if tok.text.endswith(self.person_titles) and view.mention_at(tok.i) is None:
            # ヴァンダービルト大学のクリスティ教授とオハイオ州立大学のシュルツ教授が: each person named right before
            # the post (the post itself names no one)
            titled = [m for m in mentions if m.label == "PERSON" and m.last < hi
                      and (doc[m.last].text.endswith(self.person_titles) or _compound_title(doc, m.last, tok))]
            refs = _unique([r for r in (self.from_mention(m) for m in titled) if r is not None])
            if refs:
                return refs, "entity"
        counted = self._counted(view, tok)
        if counted:
            return counted, "entity"
        head_m = view.mention_at(tok.i)
        if head_m is None and not self._is_list_head(tok):
            examples = self._examples(view, tok)
            if examples:
                return examples, "entity"  # 経済産業省や総務省といった関連省庁も: the bodies given as examples
        if head_m is None and self._is_list_head(tok):
            listed = self._listed(view, tok)
            refs = [r for r in (self.from_mention(m) for m in listed) if r is not None]
            return (refs, "entity") if refs else ([], "group")  # 中国を含む15か国: no named group
        if head_m is not None:
            chain = _chain_back(doc, mentions, head_m, self.person_titles + self.office_titles)
            refs = _unique([r for r in (self.from_mention(m) for m in chain) if r is not None])
            return (refs, "entity") if refs else ([], "none")
        if word in ac.body_heads or tok.lemma_ in ac.body_heads:
            cands = [m for m in mentions if m.label in ("ORG", "GPE", "PERSON", "EVENT")]
            persons = [m for m in cands if m.label == "PERSON"]
            pick = (persons or cands)
            if pick:
                m = pick[-1]
                span = self._phrase(view, m.first, hi) if m.label != "PERSON" else None
                r = self.from_mention(m, text_span=span)
                if r is not None:
                    return [r], "entity"
            if any(w in phrase_text for w in ac.group_heads):
                return [], "member"  # 加盟国の首脳: the body named in the sentence
            named = None if mentions else self.body_noun(view, tok)
            if named is not None:
                return [named], "entity"  # 大統領は…を制定し, no country named: the office as written
            return [], "generic"
        if word in ac.topic_members or tok.lemma_ in ac.topic_members:
            return [], "member"
        if any(word.endswith(w) or tok.lemma_ == w for w in ac.generic_subjects):
            return [], "group"  # 企業, 各国, 研究機関: a generic group, no body
        named = None
        if not mentions:
            named = self._unlisted_name(view, tok) or self.body_noun(view, tok)
        elif all(m.label in ac.modifier_places for m in mentions):
            named = self.body_noun(view, tok)  # メリデン工場の従業員達: a place only says whose they are
        if named is not None:
            return [named], "entity"
        return [], "none"

    def body_noun(self, view: SentenceView, tok) -> Optional[ActorRef]:
        """A subject that names one body by a common noun the sentence gives no name for (議会は…を可決した,
        開発チームは…に力を注ぎ; actors.json `body_subject_heads`): the phrase is the actor, its own text the
        canonical. Generic groups (企業, 各国, 研究者) never are."""
        ac = self.lex.actors
        heads = tuple(ac.body_subject_heads)
        doc = view.doc
        lo = _compound_start(tok)
        word = view.text[doc[lo].idx:tok.idx + len(tok.text)]
        plural = next((p for p in ac.plural_suffixes if word.endswith(p) and len(word) > len(p)), "")
        if not heads or not word[:len(word) - len(plural)].endswith(heads) or tok.pos_ not in ("NOUN", "PROPN"):
            return None
        if any(t.pos_ not in ("NOUN", "PROPN") for t in doc[lo:tok.i + 1]) or tok.i - lo > 3:
            return None
        lo = _noun_modifiers(doc, lo, tok)  # 高校生達のグループ, メリデン工場の従業員達: the whole noun phrase
        rs, re_, text = self._phrase(view, lo, tok.i + 1)
        return ActorRef(text, nfkc(text), rs, re_, None, "agent")

    def _unlisted_name(self, view: SentenceView, tok) -> Optional[ActorRef]:
        """A subject that is a name the entity layer missed (CIは…と発表した, 杜が…を設立すると): the phrase is
        the actor, its own text the canonical. Only a proper noun as the head (Sudachi 固有名詞, not a place) or an
        acronym in capitals (CI, NVT), or capitalised Latin words (Bernie Goldhirsh): a common noun (政府, 同社,
        チーム) names no one by itself."""
        doc = view.doc
        if tok.pos_ == "PRON" or "代名詞" in tok.tag_:
            return None
        acronym = ACRONYM.fullmatch(tok.text) is not None
        proper = "固有名詞" in tok.tag_ and "地名" not in tok.tag_
        lo = _compound_start(tok)
        if tok.text.isascii():
            while lo < tok.i and not doc[lo].text.isascii():
                lo += 1  # 制作会社WHITE FOX: the name is the Latin part, not the common nouns before it
        latin = all(LATIN_WORD.fullmatch(t.text) for t in doc[lo:tok.i + 1])  # Bernie Goldhirshが創業
        if not (acronym or proper or latin):
            return None
        if any(t.pos_ not in ("NOUN", "PROPN", "SYM", "NUM") for t in doc[lo:tok.i + 1]):
            return None
        rs, re_, text = self._phrase(view, lo, tok.i + 1)
        return ActorRef(text, nfkc(text), rs, re_, None, "agent")


ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
LATIN_WORD = re.compile(r"[A-Z][a-z]+(?:[-'][A-Za-z]+)*")  # a capitalised word of a name written in Latin letters


def _compound_title(doc, first: int, tok) -> bool:
    """ジョン・クインシー・アダムズ上院議員: the nouns from `first` to the title `tok` are one compound post."""
    return 0 < tok.i - first <= 2 and all(t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN") and t.head.i == tok.i
                                          for t in doc[first:tok.i])


def _inside_word(name: str, short: str) -> bool:
    """A short name of kanji only written inside a kanji word of a longer name (京大 in 南京大虐殺) is no body
    of it; longer names (国連総会 in 第78回国連総会) and names in other scripts (G7) always are."""
    i = name.index(short)
    return len(short) <= 2 and i > 0 and all(_kanji(ch) for ch in name[i - 1:i + len(short)])


def _kanji(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "々〆"


def _noun_modifiers(doc, lo: int, tok) -> int:
    """The start of the noun phrase of `tok` when everything from its left edge to `lo` is nouns joined by の
    (高校生達のグループ, メリデン工場の従業員達); `lo` otherwise (a clause, a comma or a number before it)."""
    left = tok.left_edge.i
    if left >= lo:
        return lo
    span = doc[left:lo]
    if span[-1].text != "の" or any(t.pos_ not in ("NOUN", "PROPN") and t.text != "の" for t in span):
        return lo
    if any(t.text == "の" and (t.i == left or doc[t.i - 1].text == "の") for t in span):
        return lo
    return left


def _compound_start(tok) -> int:
    i = tok.i
    doc = tok.doc
    while i > 0 and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i >= tok.i - 0:
        i -= 1
    return i


def _chain_back(doc, mentions: list[Mention], head_m: Mention, titles: tuple = ()) -> list[Mention]:
    """head_m and the mentions coordinated before it (日本と米国は, 笹森順造・早川崇・岡田勢一ら, 吉岡忠一中佐、
    天谷孝久、牧秀雄は: a person's title may stand before the coordinator), first to last."""
    chain = [head_m]
    for m in sorted(mentions, key=lambda m: -m.first):
        if _coordinated(doc, m, chain[-1], titles if m.label == "PERSON" and chain[-1].label == "PERSON" else ()):
            chain.append(m)
    return chain[::-1]


def _coordinated(doc, m: Mention, head_m: Mention, titles: tuple = ()) -> bool:
    """m is coordinated with the head mention: 日本と米国は, G7各国やEU; with titles, a title right after m
    (…吉岡忠一中佐、…)."""
    if m.last >= head_m.first:
        return False
    between, depth = [], 0
    for t in doc[m.last:head_m.first]:  # 国際科学会議（ICSU）と国際社会科学評議会: skip the bracketed acronym
        if t.text in "(（":
            depth += 1
        elif t.text in ")）" and depth:
            depth -= 1
        elif not depth:
            between.append(t)
    if titles and len(between) >= 2 and between[0].text.endswith(titles) and between[0].i == m.last:
        between = between[1:]
    if titles and len(between) >= 2 and between[0].text in COORDINATORS and len(between) <= 5 and all(
            t.pos_ in ("NOUN", "PROPN") or t.text == "の" for t in between[1:]) and between[-1].pos_ == "NOUN":
        between = between[:1]  # …中佐、加賀の飛行長天谷孝久、艦攻先任分隊長牧秀雄は: a post before the next name
    return len(between) <= 2 and all(t.text in COORDINATORS or t.dep_ == "case" and t.text in COORDINATORS
                                      for t in between) and len(between) > 0
