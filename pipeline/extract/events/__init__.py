"""The events layer (contract, Events): who committed to what, when and where.

    extract_events(parsed, entities, dates) -> list[Event]   (raw offsets)

The recipe, sentence by sentence in reading order:
1. triggers: lexicon lemmas used as predicates (triggers.py, models/events/triggers.jsonl);
2. actors: the explicit subject mapped to entity canonicals (actors.py); else,
   where the text says so, the paragraph's topic, the issuer of the statement a
   bullet belongs to (lead-ins in models/events/leadins.json) or the
   participants list of a meeting; an unknown actor stays empty;
3. content, date and location from the parse (arguments.py).
Each Event carries `rule` = "<trigger entry id>+<actor rule>".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from pipeline.schema import Actor, Event, SentenceRef, Trigger

from .actors import (COORDINATORS, ActorRef, DocActors, _comma_after, _compound_start, _venue_topic,
                     explicit_subjects, has_ga_subject, object_gap)
from .arguments import content_of, date_of, location_of, object_mentions
from .context import DateRef, SentenceView, build_views
from .lexicon import Lexicon, load_lexicon
from .triggers import BODY_BEFORE, Hit, _before_colon, find_triggers, goal_phrases, relative, undecided_decision

__all__ = ["extract_events", "load_lexicon"]


@dataclass
class _Scope:
    """Sentences after a lead-in (「…コミュニケ」のうち…ポイントは以下の通り) belong to its issuer."""

    rule: str
    issuer: list[ActorRef]
    date: Optional[DateRef]
    left: int


@dataclass
class _State:
    block: int = -1
    para_topic: list[ActorRef] = field(default_factory=list)
    section_topic: list[ActorRef] = field(default_factory=list)
    section_date: Optional[DateRef] = None
    heading_topic: list[ActorRef] = field(default_factory=list)
    heading_stack: dict = field(default_factory=dict)  # level -> bodies named by the heading at that level
    explicit_relative: bool = False  # the sentence's explicit actors so far are a relative clause's subject
    explicit_host: bool = False  # the sentence's explicit actors so far host a meeting (…が主催し、…挙行された)
    heading_meeting: bool = False  # the latest heading names a meeting (■ G20エネルギー移行大臣会合)
    report_block: object = None  # the block whose sentence made a report its topic (2章では、…)
    table_block: object = None  # the block of a timeline table's row (2023 3 / ■“STI Outlook 2023”発行：…)
    table_next: bool = False  # a bare year-month cell was read: the next block is its row
    row_date: Optional[DateRef] = None  # the date of that cell, for the events of its row
    row_blocks: set = field(default_factory=set)
    scope: Optional[_Scope] = None
    proposals: int = -1  # block of a bullet whose label announces proposals (3つの戦略：①…)
    # the body of the meeting the previous sentence of this paragraph set as its venue (2021年G7コーンウォール・サミットに
    # おいて…が策定され。…が強調され、…が合意された: the next sentences' agentless acts are that meeting's)
    para_venue: list[ActorRef] = field(default_factory=list)
    # the meeting an earlier clause of this sentence held as its own subject (「計画調整会議」が開催され、…を発表、
    # …が確認された: the later clauses' agentless acts are done at it)
    held_meeting: list[ActorRef] = field(default_factory=list)


def _is_heading(view: SentenceView, lex: Lexicon) -> bool:
    return view.kind == "heading" or any(re.search(p, view.text) for p in lex.leadins.scope_breakers)


def _leadin(view: SentenceView, lex: Lexicon) -> Optional[str]:
    for li in lex.leadins.leadins:
        if re.search(li.pattern, view.text):
            return li.id
    return None


BULLET_START = re.compile(r"^\s*[●・○〇◯■◆□◇➡→-]")


def _proposal_cut(view: SentenceView, lex: Lexicon) -> Optional[int]:
    """Offset (in the view's text) after a label announcing proposals (…3つの実行可能な戦略：), else None."""
    for p in lex.leadins.proposal_labels:
        m = re.search(p, view.text)
        if m:
            return m.end()
    return None


def _discussion_parties(view: SentenceView, ctx: DocActors, lex: Lexicon) -> list[ActorRef]:
    """AとBの…について議論を行った with no subject: A and B, the parties of the discussion."""
    doc = view.doc
    for t in doc:
        if t.lemma_ not in lex.cues.discussion_words:
            continue
        pred = t.head if t.dep_ == "obj" and t.head.lemma_ in lex.cues.light_verbs else t
        if any(c.dep_ in ("nsubj", "nsubj:pass") or (c.dep_ == "obl" and "は" in _cases(c)) for c in pred.children):
            return []
        for c in pred.children:
            if c.dep_ != "obl" or c.i > pred.i or "について" not in view.text[doc[c.i].idx:doc[min(c.i + 3, len(doc) - 1)].idx + 4]:
                continue
            ms = [m for m in view.mentions_in(c.left_edge.i, c.i + 1) if m.label in ("GPE", "ORG")]
            if len(ms) >= 2 and all(doc[a.last].text == "と" and b.first == a.last + 1 for a, b in zip(ms, ms[1:])):
                refs = [r for r in (ctx.from_mention(m, role="topic") for m in ms) if r is not None]
                if len({r.canonical for r in refs}) >= 2:
                    return refs
    return []


def _named_body(view: SentenceView, ctx: DocActors, role: str) -> list[ActorRef]:
    """The first document, meeting or body named in a sentence that maps to a committing body."""
    for labels in (("DOCUMENT",), ("EVENT",), ("ORG",)):
        refs = [ctx.from_mention(m, role=role) for m in view.mentions if m.label in labels]
        refs = [r for r in refs if r is not None]
        if refs:
            return refs[:1]
    return []


def _issuer(views: list[SentenceView], k: int, ctx: DocActors, state: _State) -> list[ActorRef]:
    """The body behind a lead-in: a document named with its body in the lead-in or the sentence
    before («G7プーリア首脳コミュニケ»), else the body of the outermost heading, else a meeting or
    body named there, else the section's topic."""
    near = [views[j] for j in (k, k - 1) if j >= 0 and views[j].kind != "footnote" and views[j].doc is not None]
    for v in near:
        docs = [ctx.from_mention(m, role="issuer") for m in v.mentions
                if m.label == "DOCUMENT" and ctx.body_of(m.entity) is not None]
        docs = [r for r in docs if r is not None]
        if docs:
            return docs[:1]
    if state.heading_topic:
        return [a.with_role("issuer") for a in state.heading_topic]
    for v in near:
        refs = _named_body(v, ctx, "issuer")
        if refs:
            return refs
    return [a.with_role("issuer") for a in state.section_topic]


def _participants(views: list[SentenceView], k: int, ctx: DocActors, lex: Lexicon) -> list[ActorRef]:
    """〇出席者 then lines like 【G7】日本(岸田首相)、…: one actor per GPE/ORG, bracketed posts left out."""
    header = re.compile(lex.leadins.participants_header)
    other = re.compile(lex.leadins.list_header)
    out: list[ActorRef] = []
    j = k + 1
    limit = min(len(views), k + 1 + lex.leadins.participants_lookahead)
    while j < limit and not header.search(views[j].text):
        j += 1
    if j >= limit:
        return []
    seen: set[str] = set()
    for v in views[j + 1:]:
        if v.kind in ("heading", "footnote") or other.search(v.text) or v.text.rstrip().endswith("。"):
            break
        depth = [0] * (len(v.text) + 1)
        d = 0
        for i, ch in enumerate(v.text):
            if ch in "(（【":
                d += 1
            depth[i] = d
            if ch in ")）】":
                d = max(0, d - 1)
        for m in v.mentions:
            if m.label not in ("GPE", "ORG") or depth[v.doc[m.first].idx]:
                continue
            r = ctx.from_mention(m, role="participant")
            if r is not None and r.canonical not in seen:
                seen.add(r.canonical)
                out.append(r)
    return out


def _recent_parties(views: list[SentenceView], k: int, before_token: int) -> list[ActorRef]:
    """The last two distinct GPE/ORG/PERSON mentions before a 双方/両国 subject (this or the previous sentence)."""
    found: list[ActorRef] = []
    seen: set[str] = set()
    for j in (k, k - 1):
        if j < 0 or views[j].doc is None:
            continue
        ms = [m for m in views[j].mentions if m.label in ("GPE", "ORG", "PERSON") and (j < k or m.last <= before_token)]
        for m in reversed(ms):
            e = m.entity
            if e.canonical not in seen:
                seen.add(e.canonical)
                found.append(ActorRef(e.text, e.canonical, e.start, e.end, m.label))
            if len(found) == 2:
                return list(reversed(found))
    return []


def _type_of(hit: Hit, view: SentenceView, lex: Lexicon) -> Optional[str]:
    """The entry's type, changed by its object (整備 of a strategy is ADOPT), or None to drop the hit."""
    mentions, heads = object_mentions(view, hit)
    if not heads and hit.how == "verb":
        # 参加 with no target of its own, after a meeting held in the same sentence (…会合が…開催され、
        # …が参加した): the meeting is what is attended
        meet = [ot for ot in hit.entry.object_types if str(getattr(ot.type, "value", ot.type)) == "MEET"]
        doc = view.doc
        if meet and (any(m.label == "EVENT" and m.last <= hit.first for m in view.mentions)
                     or any(any(t.text.endswith(w) for w in lex.cues.meeting_words) for t in doc[:hit.first]
                            if t.dep_ in ("nsubj", "obj", "obl"))):
            return "MEET"
    labels = {m.label for m in mentions}
    if hit.entry.not_if_object_label and labels & {str(getattr(x, "value", x)) for x in hit.entry.not_if_object_label}:
        return None  # 中国とロシアを競争相手と位置づけ: a characterisation of others
    for ot in hit.entry.object_types:
        ot_labels = {str(getattr(x, "value", x)) for x in ot.labels}
        if set(heads) & set(ot.heads) or any(h.endswith(tuple(ot.heads)) for h in heads if ot.heads) or labels & ot_labels:
            return str(getattr(ot.type, "value", ot.type))
    return hit.type


def _in_parentheses(view: SentenceView, first: int) -> bool:
    d = 0
    for ch in view.text[:view.doc[first].idx]:
        if ch in "(（":
            d += 1
        elif ch in ")）" and d:
            d -= 1
    return d > 0


def _patients(hit: Hit, view: SentenceView, lex: Lexicon) -> set[str]:
    """Canonicals named in what the predicate acts on: its object, the subject of a passive or of an
    intransitive founding (ASEANが設立された, IPEFが発足). What is founded, signed or adopted never
    founds, signs or adopts itself."""
    doc = view.doc
    pred = doc[hit.pred]
    heads = [pred] + ([doc[hit.head]] if hit.head != hit.pred else [])
    deps = {"obj"}
    if hit.passive or (hit.entry is not None and hit.entry.subject_is_patient):
        deps |= {"nsubj", "nsubj:pass"}
    out: set[str] = set()
    for h in heads:
        for c in h.children:
            if c.i < h.i and c.dep_ in deps:
                m = view.mention_at(c.i)  # the phrase is the name itself (ASEANが), not a phrase naming it (G7の取り組みを)
                if m is not None:
                    out.add(m.entity.canonical)
    if relative(pred, lex) and (hit.passive or not any(c.dep_ == "obj" for c in pred.children)):
        m = view.mention_at(pred.head.i)  # 設立されたASEAN: the noun the relative clause describes
        if m is not None:
            out.add(m.entity.canonical)
    return out


def _actors_for(hit: Hit, view: SentenceView, views, k: int, ctx: DocActors, state: _State,
                lex: Lexicon, sent_actors: list[ActorRef]) -> tuple[list[ActorRef], str]:
    actors, rule = _actors_raw(hit, view, views, k, ctx, state, lex, sent_actors)
    if actors and rule not in ("host", "participants", "explicit.only"):
        joint = [r for r in _co_actors(hit, view, ctx, lex) if r.canonical not in {a.canonical for a in actors}]
        if joint:
            actors, rule = actors + joint, rule + ".joint"
    if actors and hit.type != "MEET" and rule not in ("subj", "host", "participants", "relative.head"):
        patients = _patients(hit, view, lex)
        kept = [a for a in actors if a.canonical not in patients]
        if len(kept) < len(actors):
            return kept, rule + ".patient" if kept else "patient"
    return actors, rule


def _actors_raw(hit: Hit, view: SentenceView, views, k: int, ctx: DocActors, state: _State,
                lex: Lexicon, sent_actors: list[ActorRef]) -> tuple[list[ActorRef], str]:
    if hit.how == "host":
        hosts = ctx.from_modifiers(view, view.doc[hit.head])
        return (hosts, "host") if hosts else ([], "none")
    if hit.how in ("attributive", "compound"):
        m = view.mention_at(hit.first - 1)
        ref = ctx.from_mention(m, role="agent") if m is not None else None
        return ([ref], "attributive") if ref is not None else ([], "none")  # 2019年OECD策定の「AI原則」
    planned = _planned_meeting(hit, view, lex)
    if planned is not None:
        chair = _chair(view, ctx, lex)
        if chair:
            return chair, "chair"  # OECD閣僚理事会：コスタリカを議長国として開催予定
        if planned and not _named_agent(view.doc[hit.pred], lex):
            return [], "meeting.held"  # …カナナスキスで開催される予定である: a meeting to be held, agentless (6.2)
    noun = view.doc[hit.pred]
    if hit.type == "MEET" and hit.how == "vn_obj" and not hit.entry.partner_acts and noun.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ == "obj" for c in noun.children) and not goal_phrases(noun):
        return [], "meeting.held"  # …原画展が…美術館で開催、: a meeting noun with a が-subject and no object was held
    subjects = explicit_subjects(view, hit, lex)
    if hit.passive or (hit.type == "ESTABLISH" and hit.entry.subject_is_patient):
        # 日本では、…JHoPが設立された: a country or region as the scene of a founding is its place, not
        # its founder (a meeting or body では still decides: 閣僚会合では…が設置された)
        subjects = [t for t in subjects if not (_venue_topic(t) and _place_phrase(view, t, lex))]
    refs: list[ActorRef] = []
    status = "none"
    for tok in subjects:
        if set(lex.cues.agent_markers + lex.cues.source_markers) & _cases(tok):
            r, st = ctx.from_agent(view, tok), "entity"
        else:
            parties = state.para_topic if len(state.para_topic) >= 2 else _recent_parties(views, k, tok.i)
            r, st = ctx.from_subject(view, tok, parties)
        refs += r
        if st != "none" and status in ("none", "member"):
            status = st if not refs or st == "entity" else status
    if refs and hit.type == "ANNOUNCE":
        refs += _quoted_speakers(view, hit, ctx, refs)
    if refs:
        return _dedupe(refs), "subj"
    if status == "member":
        tok = next((t for t in subjects), None)
        topic = state.para_topic or (state.scope.issuer if state.scope else []) or state.section_topic
        scene = _scene_country(view, ctx, tok)
        if scene:
            topic = scene  # 日本国内では各省庁が…: the members of the country the sentence is set in
        if tok is not None and any(w in view.text[tok.left_edge.idx:tok.idx + len(tok.text)]
                                   for w in lex.actors.group_heads):
            # 加盟国の首脳が…声明を発表: the members of the body named in the sentence
            bodies = [m for m in view.mentions if m.label == "ORG"]
            if bodies:
                topic = [ActorRef(bodies[0].entity.text, bodies[0].entity.canonical, bodies[0].entity.start,
                                  bodies[0].entity.end, "ORG")]
        if topic and tok is not None:
            lo = tok.left_edge.i
            rs, re_ = view.raw_of(lo, tok.i + 1)
            return [ActorRef(ctx.raw[rs:re_], a.canonical, rs, re_, a.label, "agent") for a in topic], "subj.member"
        named = ctx.body_noun(view, tok) if tok is not None else None
        if named is not None:
            return [named], "subj.noun"  # 政府は…を打ち出した, with no country to read it as: the body as written
        return [], "subj.member.unknown"
    if status in ("generic", "group"):
        members = _bracketed_members(view, ctx, [t for t in subjects if t.i < hit.pred])
        if members:
            return members, "subj.members"  # 招待国（アンゴラ、…）…が参加: the members the brackets name
        return [], "subj." + status  # ACTION events of a generic group are dropped by the caller
    doc = view.doc
    pred = doc[hit.pred]
    if view.kind in ("footnote", "heading") or _in_parentheses(view, hit.first) or hit.how == "concomitant":
        # a cited title or an aside speaks for no one in the text; an act told as what brought the next one
        # about (…の拡大決定に伴い) names only its own agent
        return [], "explicit.only"
    founding = hit.type == "ESTABLISH" and (hit.passive or hit.entry.subject_is_patient) and not _named_agent(pred, lex)
    if founding:
        parents = _parents(view, pred, ctx, lex)
        if parents:
            return parents, "founding.parents"  # AとBの合弁会社として設立された: the parents found it
    if founding and not (state.scope is not None and state.scope.issuer and view.kind == "bullet"):
        return [], "founding"  # 1945年に設立された / IPEFが発足した: a founding with no named founder has no actor
    if relative(pred, lex) and not hit.passive and pred.head.i > pred.i and not object_gap(pred, lex):
        # 議長を務めた岸田首相 / NATOに加盟したフィンランド: the clause has its object or goal, its gap is the
        # subject, the noun it describes
        refs, st = ctx.from_subject(view, pred.head, [])
        if st == "entity" and refs:
            return [r.with_role("agent") for r in refs], "relative.head"
    if hit.passive and relative(pred, lex):
        # 開かれた会議: the relative clause has no agent, unless the heading names the body and the
        # meeting series it convenes ((2) G7関係閣僚会合 / 2024年に開催された関係閣僚会合は…); in running
        # text (マドリードで開催された2022年NATO首脳会議で…, 新たに改定されたITPPでは) it names no one
        decided = _passive_body(hit, view, ctx)
        if decided:
            return decided, "passive.body"  # CSTP閣僚級会合で採択された大臣宣言: the venue's body adopted it
        if state.heading_topic and state.heading_meeting and hit.type != "MEET":
            return [a.with_role("heading") for a in state.heading_topic], "heading"
        host = _sentence_host(hit, state, sent_actors)
        if host:
            return host, "sentence.host"  # 政府が主催し、…にて挙行された交流会
        return [], "passive"  # 2024年に開催された関係閣僚会合: a meeting held, agentless, has no actor (6.2)
    if hit.type == "MEET":
        parts = _participants(views, k, ctx, lex)
        if parts:
            return parts, "participants"
        chair = _chair(view, ctx, lex)
        if chair:
            return chair, "chair"  # OECD閣僚理事会：日本を議長国として開催
        by = _meeting_agents(view, pred, ctx, lex)
        if by:
            return by, "agent"  # フランス、米国、…の6か国による第1回サミットが…開催された
        host = [] if state.explicit_relative else _sentence_host(hit, state, sent_actors)
        if host:
            return host, "sentence.host"  # 政府が主催し、…にて挙行された (not a relative clause's host)
        if hit.passive or hit.how in ("headline", "title") or _before_colon(doc, pred):
            # CSTP閣僚級会合がパリで開催された / ■CSTP総会開催： / 首脳テレビ会議を開催：…: a meeting held
            # with no agent has no actor, even when its name names a body (GUIDELINES 6.2)
            return [], "meeting.held"
    if hit.passive:
        decided = _passive_body(hit, view, ctx)
        if decided:
            return decided, "passive.body"
        if hit.type == "ANNOUNCE":
            issuer = _report_issuer(view, pred, ctx, lex)
            if issuer:
                return issuer, "report.issuer"  # 米海軍査問委員会報告書が発表される: the body's report
    own_patient = hit.passive and has_ga_subject(pred)
    if sent_actors and (own_patient or state.explicit_relative) and _meeting_reach(view, state, lex):
        # under a meeting's heading, 日本が議論を主導し、閣僚声明が採択された (a passive with its own が-subject)
        # and 日本が議長国を務めた2014年に…の進展を歓迎 (the subject of a relative clause) were decided by the
        # meeting's body, not by the other clause's subject
        return [a.with_role("heading") for a in state.heading_topic], "heading.meeting"
    if sent_actors and not (not hit.passive and has_ga_subject(pred)) and (
            state.explicit_relative or _named_agent(pred, lex) or not (hit.passive or undecided_decision(hit, pred))):
        # 日本は…を発表し、…を強化する: the earlier clause's subject acts on; an agentless passive after a
        # coordinated clause (…を申請し、…の発足が発表された) names no one (GUIDELINES 3.3), one after a relative
        # clause's agent (インド政府が公表した政策文書において、…が策定されている) takes it; an active predicate
        # with its own が-subject that names no known body (東宝が…設立した東京映画が…開所した) has an unknown
        # actor, not the earlier clause's
        return [a.with_role("topic") for a in sent_actors], "sentence"
    if state.held_meeting and (hit.passive or hit.how in ("headline", "vn_obj", "light")) and hit.type != "MEET" \
            and not _named_agent(pred, lex) and not relative(pred, lex):
        # 「…計画調整会議」が開催され、…結果を発表、…方針が確認された: acts at the meeting the sentence held are
        # its body's, or the meeting's own when it names no body (GUIDELINES 6.2)
        return [a.with_role("venue") for a in state.held_meeting], "meeting.sentence"
    if hit.passive and state.para_venue and not _named_agent(pred, lex) and not _names_meeting(view, lex) \
            and hit.type != "ESTABLISH":
        return [a.with_role("venue") for a in state.para_venue], "venue.previous"
    if hit.passive and not _named_agent(pred, lex) and not state.heading_meeting and not _names_meeting(view, lex):
        # …投資することが発表され: an agentless passive names no one, and the paragraph's topic is what
        # the sentence is about, not who acted (guidelines 3.3); the sentence's own agent (インド政府が
        # 公表した…、…国家戦略文書が策定されている) or a meeting in reach still decides
        return [], "passive"
    if state.para_topic:
        return [a.with_role("topic") for a in state.para_topic], "topic"
    if state.scope is not None and state.scope.issuer:
        return list(state.scope.issuer), state.scope.rule
    if state.table_block == view.block and (hit.type == "MEET" or not _names_meeting(view, lex)):
        # 2021 1 ■“STI Outlook2021”発行: a timeline row's agentless act names no one; one at a meeting the
        # row names is its body's (6.2)
        return [], "table.row"
    if state.heading_topic and (not hit.passive or state.heading_meeting or _names_meeting(view, lex)
                                or _named_agent(pred, lex)):
        # a passive takes the heading's body only when a meeting it convened is in reach (the heading
        # or the sentence names it) or an agent is named but unresolved; else …が公表された with no
        # agent has no actor (contract)
        return [a.with_role("heading") for a in state.heading_topic], "heading"
    if not hit.passive and pred.dep_ == "ROOT" and not relative(pred, lex) and not sent_actors \
            and not undecided_decision(hit, pred):
        first = _opening_subject(view, pred, ctx, lex)
        if first:
            return first, "subj.opening"  # 2010年、黒井が…行った際、…を明かしている: the sentence's opening subject
    return [], "passive" if hit.passive else "none"


def _quoted_speakers(view: SentenceView, hit: Hit, ctx: DocActors, found: list[ActorRef]) -> list[ActorRef]:
    """AはBと、CはDと発表した written with quotes (欧州安全保障協力機構は「…」、欧州会議は「…」と発表した): each
    topic right before its own quote speaks, whatever the parser hung it on."""
    doc = view.doc
    opens = tuple(o for o, _ in ctx.lex.cues.title_brackets)
    speakers = [t for t in doc[:hit.first] if t.pos_ in ("NOUN", "PROPN") and t.i + 2 < len(doc)
                and doc[t.i + 1].lemma_ == "は" and doc[t.i + 2].text in opens]
    if len(speakers) < 2:
        return []
    out: list[ActorRef] = []
    for t in speakers:
        refs, st = ctx.from_subject(view, t, [])
        if st == "entity":
            out += [r for r in refs if r.canonical not in {a.canonical for a in found}]
    return out


def _report_issuer(view: SentenceView, pred, ctx: DocActors, lex: Lexicon) -> list[ActorRef]:
    """A passive announcement whose subject is a report (cues report_heads) written with a body's name
    (米海軍査問委員会報告書が発表される, OECDの報告書が公表された): that body issued it."""
    for c in pred.children:
        if not (c.dep_ in ("nsubj", "nsubj:pass") and c.i < pred.i and "が" in _cases(c)):
            continue
        if not any(c.text.endswith(w) or c.lemma_ == w for w in lex.cues.report_heads):
            continue
        before = view.mention_at(c.i - 1) if c.i > 0 else None
        if before is None or before.last != c.i or before.label not in BODY_BEFORE:
            owner = next((n for n in c.children if n.dep_ == "nmod" and n.i < c.i and "の" in _cases(n)), None)
            before = view.mention_at(owner.i) if owner is not None else None
            if before is None or before.label not in BODY_BEFORE:
                continue
        ref = ctx.from_mention(before, role="agent")
        if ref is not None:
            return [ref]
    return []


def _opening_subject(view: SentenceView, pred, ctx: DocActors, lex: Lexicon) -> list[ActorRef]:
    """The main predicate has no subject of its own, and the parser hung the sentence's first が/は-phrase inside
    a subordinate clause of time or cause (…際、…したことで、…後): that phrase, when it names a person or a body, is the
    subject of the sentence and of its main predicate. Only the very first phrase of the sentence (after a date
    or a conjunction) counts, and not inside a relative clause on an ordinary noun or a quote."""
    doc = view.doc
    cands = [t for t in doc[:pred.i] if t.dep_ in ("nsubj", "dislocated") and _cases(t) & {"が", "は"}]
    if not cands:
        return []
    tok = cands[0]
    if any(t.pos_ in ("VERB", "ADJ") or t.text in ("「", "『") for t in doc[:tok.left_edge.i]):
        return []
    node = tok.head
    for _ in range(10):
        if node.i == pred.i:
            break
        if node.head.lemma_ in lex.cues.purpose_heads:
            return []  # (…を検討したため、…締結した: a cause clause's subject is its own, cues cause_aux)
        if node.dep_ == "acl" and node.head.lemma_ not in lex.cues.adverbial_heads and not (
                node.head.lemma_ in lex.cues.clause_nominalizers and "で" in _cases(node.head)):  # (…したことで、: a cause)
            return []
        if node.head.i == node.i:
            return []
        node = node.head
    if node.i != pred.i:
        return []
    refs, status = ctx.from_subject(view, tok, [])
    return [r.with_role("agent") for r in refs] if status == "entity" else []


def _sentence_host(hit: Hit, state: _State, sent_actors: list[ActorRef]) -> list[ActorRef]:
    """政府が主催し、…にて挙行された(交流会): the host an earlier clause of the sentence named as its subject holds
    the meeting a later passive names, in a relative clause or not."""
    if hit.type == "MEET" and hit.passive and sent_actors and state.explicit_host:
        return [a.with_role("host") for a in sent_actors]
    return []


def _held_meeting(view: SentenceView, hit: Hit, ctx: DocActors) -> list[ActorRef]:
    """The meeting a passive MEET holds as its own が-subject (「…計画調整会議」が開催され), as an actor: its body,
    or the meeting itself when it names none."""
    pred = view.doc[hit.pred]
    for c in pred.children:
        if c.i < pred.i and c.dep_ in ("nsubj", "nsubj:pass") and "が" in _cases(c):
            m = view.mention_at(c.i)
            if m is not None and m.label == "EVENT":
                r = ctx.from_mention(m, role="venue")
                return [r] if r is not None else []
    return []


def _embedded_complement(pred, hits: list[Hit], lex: Lexicon) -> bool:
    """瓦力を自民党が公認することに批判的だったが最終的に容認: a clause nominalised by こと/の as the argument of
    a predicate that is no event has its own subject, not the sentence's; the later clauses do not share
    it (when the governing predicate is an event, 参加することを決定, that event takes the subject itself)."""
    if pred.dep_ != "acl" or pred.head.lemma_ not in lex.cues.clause_nominalizers:
        return False
    governor = pred.head.head
    return governor.i != pred.head.i and not any(h.pred == governor.i for h in hits)


def _parents(view: SentenceView, pred, ctx: DocActors, lex: Lexicon) -> list[ActorRef]:
    """The bodies a founding names as the parents of what it founds: …とイラン国営石油の合弁会社として設立された,
    Xの子会社として発足 (actors.json `venture_heads`): the bodies in the の-phrase of that noun, and those listed
    before them with と/や/、."""
    heads = tuple(lex.actors.venture_heads)
    if not heads:
        return []
    doc = view.doc
    for c in pred.children:
        if c.dep_ != "obl" or c.i > pred.i:
            continue
        k = _compound_start(c)
        if not "".join(t.text for t in doc[k:c.i + 1]).endswith(heads):
            continue
        ms = [m for m in view.mentions_in(c.left_edge.i, k) if m.label in ("ORG", "GPE", "PERSON") and m.last <= k]
        # (only names joined to the head by の and coordinators: no date or clause between)
        ms = [m for m in ms if all(t.text in COORDINATORS or t.text == "の" or view.mention_at(t.i) is not None
                                  for t in doc[m.last:k])]
        if ms and doc[ms[-1].last].text == "の":
            return _dedupe([r for r in (ctx.from_mention(m) for m in ms) if r is not None])
    return []


def _named_agent(pred, lex: Lexicon) -> bool:
    """The predicate has an agent phrase (…によって / …により)."""
    return any(c.dep_ == "obl" and set(lex.cues.agent_markers) & _cases(c) for c in pred.children)


def _venue_body(view: SentenceView, ctx: DocActors) -> list[ActorRef]:
    """The body of a meeting the sentence sets as the venue of its acts (…サミットにおいて / …会合では)."""
    if view.doc is None:
        return []
    for t in view.doc:
        if t.dep_ != "obl" or not ({"で", "において"} & _cases(t)):
            continue
        m = view.mention_at(t.i) or _meeting_of(view, t, ctx.lex)
        if m is not None and m.label == "EVENT" and ctx.body_of(m.entity) is not None:
            r = ctx.from_mention(m, role="venue")
            if r is not None:
                return [r]
    return []


def _meeting_of(view: SentenceView, tok, lex: Lexicon):
    """A meeting word that is no name (会合, 大臣会合) modified by a named meeting (Xサミットの…会合): that name."""
    if not any(tok.text.endswith(w) or tok.lemma_ == w for w in lex.cues.meeting_words):
        return None
    for c in tok.children:
        if c.dep_ == "nmod" and c.i < tok.i and "の" in _cases(c):
            m = view.mention_at(c.i)
            if m is not None and m.label == "EVENT":
                return m
    return None


def _planned_meeting(hit: Hit, view: SentenceView, lex: Lexicon) -> Optional[bool]:
    """The intention noun plans a meeting (開催される予定 / 開催予定): None if it plans no meeting, else whether
    the holding is told without an agent (a passive clause or a bare compound)."""
    if not hit.entry.intent_noun:
        return None
    pred = view.doc[hit.pred]
    for c in pred.children:
        if c.i > pred.i or c.dep_ not in ("acl", "compound"):
            continue
        entry = lex.match([c.lemma_], 0)
        if entry is None or str(getattr(entry.type, "value", entry.type)) != "MEET":
            continue
        passive = any(a.i > c.i and a.dep_ == "aux" and a.lemma_ in lex.cues.passive_aux for a in c.children)
        return passive or c.dep_ == "compound"
    return None


def _chair(view: SentenceView, ctx: DocActors, lex: Lexicon) -> list[ActorRef]:
    """日本を議長国として開催: the chair named with the meeting holds it (GUIDELINES 6.2)."""
    for phrase in lex.cues.chair_phrases:
        at = view.text.find(phrase)
        if at <= 0:
            continue
        for m in view.mentions:
            if m.label in ("GPE", "ORG") and view.doc[m.last - 1].idx + len(view.doc[m.last - 1].text) == at:
                r = ctx.from_mention(m, role="host")
                return [r] if r is not None else []
    return []


def _meeting_agents(view: SentenceView, pred, ctx: DocActors, lex: Lexicon) -> list[ActorRef]:
    """…の6か国による第1回サミットが開催された: the agents of the meeting noun that is the passive's subject."""
    for c in pred.children:
        if c.dep_ not in ("nsubj", "nsubj:pass") or c.i > pred.i:
            continue
        for a in c.children:
            if a.i < c.i and set(lex.cues.agent_markers) & _cases(a):
                refs = ctx.from_agent(view, a)
                if refs:
                    return refs
    return []


def _scene_country(view: SentenceView, ctx: DocActors, subj) -> list[ActorRef]:
    """A country set as the scene (日本では / 日本国内では) before a subject naming its members."""
    if subj is None:
        return []
    for t in view.doc[:subj.i]:
        if _venue_topic(t) and t.head.i == subj.head.i:
            ms = [m for m in view.mentions_in(t.left_edge.i, t.i + 1) if m.label == "GPE"]
            if len(ms) == 1:
                r = ctx.from_mention(ms[0], role="topic")
                return [r] if r is not None else []
    return []


def _place_phrase(view: SentenceView, tok, lex: Lexicon) -> bool:
    m = view.mention_at(tok.i)
    return m is not None and m.label in lex.actors.location_labels


def _co_actors(hit: Hit, view: SentenceView, ctx: DocActors, lex: Lexicon) -> list[ActorRef]:
    """Bodies the predicate's actor acts jointly with: Xと共同で / Xと合同で on the predicate, and the
    と-partner of a talk (Yと会談)."""
    pred = view.doc[hit.pred]
    out: list[ActorRef] = []
    for c in pred.children:
        if hit.entry.partner_acts and c.i < pred.i and c.dep_ == "obl" and "と" in _cases(c):
            m = view.mention_at(c.i)  # ゲーリングはブレドウと会談した: the partner of the talk
            if m is not None and m.label in ("GPE", "ORG", "PERSON"):
                r = ctx.from_mention(m, role="agent")
                if r is not None:
                    out.append(r)
            elif m is None:
                # …政務外交部長のダリン・クラーク大佐と面談: a partner written with a post is read like a subject
                # (the head of a body acts for it)
                refs, st = ctx.from_subject(view, c, [])
                out += [r for r in refs if st == "entity"]
            continue
        if c.i > pred.i or c.dep_ != "obl" or c.lemma_ not in lex.cues.co_actor_words:
            continue
        for x in c.children:
            if x.i < c.i and "と" in _cases(x):
                m = view.mention_at(x.i)
                if m is None:
                    ms = view.mentions_in(x.left_edge.i, x.i + 1)
                    m = ms[0] if ms else None
                if m is not None and m.label in ("GPE", "ORG"):
                    r = ctx.from_mention(m, role="agent")
                    if r is not None:
                        out.append(r)
    return out


def _names_meeting(view: SentenceView, lex: Lexicon) -> bool:
    if view.doc is None:
        return False
    return any(m.label == "EVENT" for m in view.mentions) or any(
        any(t.text.endswith(w) for w in lex.cues.meeting_words) for t in view.doc)


def _bracketed_members(view: SentenceView, ctx: DocActors, subjects) -> list[ActorRef]:
    """Bodies listed in brackets after group words of the subject's clause (招待国（アンゴラ、…）や
    …7の国際機関（OECD、…）が参加): from the previous clause boundary to the subject's head."""
    if not subjects:
        return []
    doc = view.doc
    tok = subjects[-1]
    start = 0
    for i in range(tok.left_edge.i - 1, 0, -1):
        if doc[i].text in ("、", ",") and doc[i - 1].pos_ in ("VERB", "AUX"):
            start = i + 1
            break
    depth, inside = 0, set()
    for t in doc[start:tok.i + 1]:
        if t.text in "(（":
            depth += 1
        elif t.text in ")）" and depth:
            depth -= 1
        elif depth:
            inside.add(t.i)
    out = []
    for m in view.mentions_in(start, tok.i + 1):
        if m.label in ("GPE", "ORG") and all(i in inside for i in range(m.first, m.last)):
            r = ctx.from_mention(m, role="agent")
            if r is not None:
                out.append(r)
    return _dedupe(out)


def _meeting_reach(view: SentenceView, state: _State, lex: Lexicon) -> bool:
    """The heading's body and a meeting it convened are in reach (the heading or the sentence names one)."""
    return bool(state.heading_topic) and (state.heading_meeting or _names_meeting(view, lex))


def _passive_body(hit: Hit, view: SentenceView, ctx: DocActors) -> list[ActorRef]:
    """A passive with no agent still names its body when the meeting that decided is its venue
    (閣僚級会合で採択された) or the document it issues carries the body's name (「日米豪印首脳共同声明」が発表された)."""
    doc = view.doc
    pred = doc[hit.pred]
    for c in pred.children:
        if c.i > pred.i:
            continue
        # G7プーリア・サミットのデジタル・技術大臣会合では: the named summit's meeting
        m = view.mention_at(c.i) or _meeting_of(view, c, ctx.lex)
        if m is None:
            continue
        cases = _cases(c)
        if c.dep_ == "obl" and ("で" in cases or "において" in cases) and hit.type != "MEET" \
                and (m.label == "EVENT" or (m.label == "ORG" and "は" not in cases)):
            # (a meeting as the topic of the scene, …大臣会合では…が公表され, is the venue too; 日本では is a place)
            # G7サミットにおいて…が決定され -> G7; COP21において…が採択された -> COP21 (a meeting naming no body
            # decides itself); 国際連合において…決議が採択された -> 国際連合, …協議会で…が明らかにされた -> the
            # council (GUIDELINES 6.2)
            r = ctx.from_mention(m, role="venue")
            if r is not None:
                return [r]
        if c.dep_ in ("nsubj", "nsubj:pass") and m.label == "DOCUMENT" and ctx.body_of(m.entity) is not None:
            r = ctx.from_mention(m, role="issuer")
            if r is not None:
                return [r]
    return []


def _cases(tok) -> set[str]:
    from .triggers import _case_lemmas

    return _case_lemmas(tok)


def _dedupe(refs: list[ActorRef]) -> list[ActorRef]:
    out, seen = [], set()
    for r in refs:
        key = (r.canonical, r.start)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _report_phrase(view: SentenceView, tok, lex: Lexicon) -> bool:
    """The subject phrase names a report or a part of one (2章では, 「STI Outlook 2023」は, 報告書は)."""
    phrase = view.doc[tok.left_edge.i:tok.i + 1].text
    return any(w in phrase for w in lex.cues.report_heads)


def _report_speaks(view: SentenceView, hit: Hit, state: _State, lex: Lexicon) -> bool:
    """A statement verb (述べる, 強調, 指摘) whose speaker is a report: its own subject, or, with none but a
    scene-setting では, the report a sentence of the same paragraph made its topic."""
    pred = view.doc[hit.pred]
    if hit.passive and any(c.dep_ == "obl" and c.i < pred.i and "で" in _cases(c) and view.mention_at(c.i) is not None
                           and view.mention_at(c.i).label in ("DOCUMENT", "PRODUCT") for c in pred.children):
        return True  # 「アディスアベバ行動目標」で提唱され: what a document (or a titled work) says
    subjects = explicit_subjects(view, hit, lex)
    if any(_report_phrase(view, t, lex) for t in subjects):
        return True
    if any(not _venue_topic(t) for t in subjects):
        return False
    if _report_topic(view, hit.pred, lex):
        return True  # 2章では、…が進行しているとした上で、…を指摘: the topic the parser hangs on the inner clause
    return state.report_block is not None and state.report_block == view.block


def _report_topic(view: SentenceView, before: int, lex: Lexicon) -> bool:
    """A は-topic before token `before` names a report (2章では, 報告書は), wherever the parser hangs it."""
    return any(t.i < before and "は" in _cases(t) and _report_phrase(view, t, lex) for t in view.doc)


def _main_clause_apart(view: SentenceView, pred: int) -> bool:
    """The sentence's main predicate, not the coordinated clause at `pred`, has a が-subject of its own
    (日本が議長国に就任し、…G20大阪サミットが開催された): the sentence is about that subject, the clause's actor
    is no topic (a relative clause's agent still is: インド政府が公表した文書において、…が策定されている)."""
    roots = [t for t in view.doc if t.dep_ == "ROOT"]
    return pred >= 0 and bool(roots) and roots[0].i != pred and has_ga_subject(roots[0])


def _root_topic(view: SentenceView, ctx: DocActors, views, k: int, lex: Lexicon) -> list[ActorRef]:
    """The entity subject or topic (Xは, Xでは) of the sentence's main predicate."""
    doc = view.doc
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return []
    pseudo = Hit(roots[0].i, roots[0].i + 1, roots[0].i, roots[0].i, None, "", "root")  # type: ignore[arg-type]
    pseudo.passive = any(c.i > roots[0].i and c.dep_ == "aux" and c.lemma_ in lex.cues.passive_aux
                         for c in roots[0].children)
    refs: list[ActorRef] = []
    for tok in explicit_subjects(view, pseudo, lex):
        r, _ = ctx.from_subject(view, tok, _recent_parties(views, k, tok.i))
        refs += r
    return _dedupe(refs)


def _event(hit: Hit, etype: str, view: SentenceView, raw: str, actors: list[ActorRef], actor_rule: str,
           date: Optional[DateRef], location: Optional[str], content: Optional[str]) -> Event:
    rs, re_ = view.raw_of(hit.first, hit.last)
    ev = Event(
        type=etype,
        trigger=Trigger(start=rs, end=re_, text=raw[rs:re_]),
        actors=[Actor(**a.as_dict()) for a in actors],
        content=content,
        date=date.item.value if date else None,
        location=location,
        negated=hit.negated,
        sentence=SentenceRef(start=view.raw_start, end=view.raw_end),
        rule=f"{hit.entry.id}+{actor_rule}",
    )
    if date is not None:
        it = date.item
        ev.date_begin = it.begin
        ev.date_end = it.end_date
        ev.date_mod = str(getattr(it.mod, "value", it.mod)) if it.mod else None
        ev.date_text = it.text
    if hit.entry.weak:
        ev.modality = "weak"
    return ev


def _date_cell(view: SentenceView) -> Optional[DateRef]:
    """The DATE item a line consists of (a table's date cell: 2021年9月), else None."""
    dated = view.calendar_dates
    if len(dated) != 1 or not view.text.strip():
        return None
    return dated[0] if view.text.strip() == str(dated[0].item.text).strip() else None


def extract_events(parsed, entities, dates) -> list[Event]:
    """Events of one parsed document, with raw offsets, in reading order."""
    lex = load_lexicon()
    entities = list(entities or [])
    views = build_views(parsed, entities, list(dates or []))
    ctx = DocActors(views, entities, lex)
    raw = parsed.norm.raw
    ctx.raw = raw
    state = _State()
    events: list[Event] = []
    for k, view in enumerate(views):
        if view.block != state.block:
            state.block = view.block
            state.para_topic = []
            state.para_venue = []
            if any(re.search(p, view.text) for p in lex.leadins.table_rows) or state.table_next:
                state.table_block = view.block  # a timeline row (2021 1 ■…発行), or the row after its date cell
            state.table_next = any(re.fullmatch(p, view.text) for p in lex.leadins.table_date_cells)
            cell = _date_cell(view)
            if cell is not None:
                # 2021年9月 on its own line: the date of the row after it (the next lines of its block, or the
                # next block)
                state.row_date, state.row_blocks = cell, {view.block, view.block + 1}
        if _is_heading(view, lex):
            state.scope = None
            state.section_topic = []
            named = _named_body(view, ctx, "heading") if view.doc is not None and len(view.doc) else []
            level = next((i for i, p in enumerate(lex.leadins.heading_levels) if re.search(p, view.text)),
                         len(lex.leadins.heading_levels))
            for lv in [lv for lv in state.heading_stack if lv >= level]:
                del state.heading_stack[lv]
            if named:
                state.heading_stack[level] = named
            # the outermost named heading convenes what is under it (第2項 OECD > (1) CSTP閣僚級会合)
            state.heading_topic = state.heading_stack[min(state.heading_stack)] if state.heading_stack else []
            state.heading_meeting = _names_meeting(view, lex)
            head_dates = view.calendar_dates
            if head_dates:
                state.section_date = head_dates[0]
        if view.doc is None or len(view.doc) == 0:
            continue
        if any(re.search(p, view.text) for p in lex.leadins.skip_lines):
            continue
        hits = find_triggers(view, lex)
        cut = _proposal_cut(view, lex)
        if cut is not None:
            state.proposals = view.block
            hits = [h for h in hits if view.doc[h.first].idx < cut]
        elif state.proposals == view.block and not BULLET_START.match(view.text):
            hits = []  # ②…の促進。③…の推進。: the list of proposals goes on
        else:
            state.proposals = -1
        explicit: list[ActorRef] = []
        explicit_pred = -1
        state.held_meeting = []
        state.explicit_relative = False
        state.explicit_host = False
        for hit in hits:
            etype = _type_of(hit, view, lex)
            if etype is None:
                continue
            hit.type = etype
            if etype == "ANNOUNCE" and hit.entry.pattern[-1] in lex.cues.report_statements \
                    and _report_speaks(view, hit, state, lex):
                continue  # 2章では…と述べている: what a report says is no event (GUIDELINES 6.6)
            actors, actor_rule = _actors_for(hit, view, views, k, ctx, state, lex, explicit)
            if hit.entry.multi_party and len(actors) == 1 and actors[0].label in ("GPE", "PERSON"):
                continue  # 確認 by one party alone is no agreement
            if etype == "ACTION" and hit.passive and not actors and actor_rule in ("passive", "none"):
                continue  # 機能は…さらに強化される: a passive promotion with no agent anywhere states a trend
            if hit.entry.needs_actor and etype != "MEET" and not actors:
                continue  # 赤い鳥に参加。/ バンドに貢献。/ …を集英社から出版した: a joining or a publishing with no one
                # named who does it (a meeting attended stays a MEET)
            if etype == "ACTION" and actor_rule == "subj.group":
                continue  # 企業が…を強化 / 38か国が加盟している: no body commits; a description of others
            date = date_of(view, hit)
            if date is None and state.scope is not None and actor_rule.startswith("leadin"):
                date = state.scope.date
            if date is None and state.row_date is not None and view.block in state.row_blocks:
                date = state.row_date
            if date is None:
                date = state.section_date
            events.append(_event(hit, etype, view, raw, actors, actor_rule, date,
                                 location_of(view, hit, lex), content_of(view, raw, hit, lex, actors)))
            if etype == "MEET" and hit.passive and (not relative(view.doc[hit.pred], lex)
                                                    or _comma_after(view.doc[hit.pred])):
                # (…会議が開催され、…: a clause closed by a comma is no relative clause, whatever the parse)
                state.held_meeting = _held_meeting(view, hit, ctx)
            if actor_rule == "subj" and not _embedded_complement(view.doc[hit.pred], hits, lex):
                explicit, state.explicit_relative = actors, relative(view.doc[hit.pred], lex)
                explicit_pred = hit.pred
                state.explicit_host = etype == "MEET" and hit.entry.holds_meeting
        if view.kind == "footnote":
            continue  # a footnote neither sets topics nor opens a lead-in
        if _report_topic(view, len(view.doc), lex):
            state.report_block = view.block
        # the venue reaches the next sentence only (…サミットにおいて…が再確認された。…が強調され、…合意された)
        state.para_venue = _venue_body(view, ctx)
        topic = _root_topic(view, ctx, views, k, lex) or ([] if _meeting_reach(view, state, lex) and state.explicit_relative
                                                          or not state.explicit_relative
                                                          and _main_clause_apart(view, explicit_pred) else explicit)
        if len(topic) > 3:
            topic = []  # a list of participants is no topic
        if topic:
            state.para_topic = [a for a in topic]
            state.section_topic = [a for a in topic]
        parties = [] if topic else _discussion_parties(view, ctx, lex)
        if parties:
            # 日本とASEANのSTI協力について議論を行った。…深化を歓迎。● …: the parties of the discussion
            # conclude what follows, like the issuer of a statement
            state.para_topic = parties
            state.scope = _Scope("parties", parties, None, lex.leadins.max_scope)
            continue
        leadin = _leadin(view, lex)
        if leadin is not None:
            dated = view.calendar_dates
            prev = views[k - 1] if k > 0 else None
            if not dated and prev is not None:
                dated = prev.calendar_dates
            state.scope = _Scope(leadin, _issuer(views, k, ctx, state), dated[0] if dated else None,
                                 lex.leadins.max_scope)
        elif state.scope is not None:
            state.scope.left -= 1
            if state.scope.left <= 0:
                state.scope = None
    return events
