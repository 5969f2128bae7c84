"""Load and validate the data of the events layer (models/events/).

    triggers.jsonl  one trigger per line: lemma pattern -> event type, with an id
    cues.json       negation, light verbs, calls/hedges/normative cues, ...
    actors.json     subject heads that name a body's people, groups, two parties
    leadins.json    lead-ins whose bullets inherit the statement's issuer; participants lists

Every file is checked once with pydantic (extra="forbid"); a bad file stops the
run with E021 naming the file, the line and the reason.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.errors import ErrorCode, KirokuError
from pipeline.schema import EntityLabel, EventType

MODEL_DIR = Path(__file__).resolve().parents[3] / "models" / "events"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=True)


class ObjectType(_Strict):
    """Change the type when the object's head lemma or entity label fits (整備 of a strategy is ADOPT)."""

    heads: list[str] = Field(default_factory=list)
    labels: list[EntityLabel] = Field(default_factory=list)
    type: EventType


class TriggerEntry(_Strict):
    id: str = Field(pattern=r"^[a-z]+\.[a-z0-9_]+$")
    pattern: list[str] = Field(min_length=1, max_length=4)  # lemmas of consecutive tokens
    type: EventType
    verb_only: bool = False  # only when GiNZA tags it VERB (a predicate), never as a bare noun
    light_only: bool = False  # only as the object of a light verb (会合を行う)
    intent_noun: bool = False  # 方針/考え/予定: INTEND on the noun, the announcing verb is no second event
    multi_party: bool = False  # 確認: AGREE only when more than one party confirms
    weak: bool = False  # 検討: a weakened commitment
    needs_object: bool = False  # 拡大/加速 as verbs: only transitive (協力を拡大), not 市場が拡大
    needs_meeting: bool = False  # 開く: only of a meeting (開かれた会議), not 開かれたインド太平洋
    announced: bool = False  # 支持が表明された: the noun is the event, the announcing verb no second one
    requires_object_heads: list[str] = Field(default_factory=list)  # 議長を務める, 共同研究を開始: only with these objects
    requires_goal_heads: list[str] = Field(default_factory=list)  # 議長国に就任: only with these に-goals
    not_object_heads: list[str] = Field(default_factory=list)  # 影響力を強める: a standing that grows, no act
    not_of_works: bool = False  # 小説を発表 / 「…」の長編を出版: a work published (cues work_nouns) is no announcement
    # 展覧会に参加 / 劇場公開: a に-goal or a noun compounded before the trigger that makes it no act
    not_goal_heads: list[str] = Field(default_factory=list)
    requires_act_object: bool = False  # 導入を検討 / 参加することを検討: an act considered; 役割について検討 examines
    host_noun: bool = False  # 主催/共催/ホスト: MEET on the noun, its の-phrase is the host
    # 発表では / 発表によると: followed by one of these, the noun cites an announcement, its の-phrase made it
    cited_marks: list[str] = Field(default_factory=list)
    compound_agent: bool = False  # 日本社会党公認で立候補: the noun compounded onto a body's name is its act
    partner_acts: bool = False  # XはYと会談: the と-partner of a talk meets too (both are actors)
    holds_meeting: bool = False  # 主催 / 議長国を務める: the actor holds the meeting a later passive reports
    no_passive: bool = False  # 位置づけられている: a description, not the act
    passive_only: bool = False  # 行われる of a meeting: the active 行う is a light verb, never a trigger itself
    body_subject: bool = False  # 誕生: only when what comes into being is a body (cues body_nouns), not a child
    causative_only: bool = False  # 独立させる / 復活させる: the causative makes a body; 独立する alone is no act of anyone
    needs_actor: bool = False  # 参加/貢献/出版 (not as MEET): joining, contributing or publishing with no one named who does it
    no_relative: bool = False  # …を目指した改革: a relative clause with no subject of its own describes its noun
    colon_title: bool = False  # a meeting noun titling a timeline item (東京で首脳会合：…): MEET; matched as a suffix
    subject_is_patient: bool = False  # 発足 (intransitive): Xが発足 names the body founded, never its founder
    patient_without_object: bool = False  # 決定 with no を-object: 交渉の開始が決定 names what was decided
    not_if_object_label: list[EntityLabel] = Field(default_factory=list)
    object_types: list[ObjectType] = Field(default_factory=list)
    note: Optional[str] = None

    @field_validator("pattern")
    @classmethod
    def _no_blank(cls, v: list[str]) -> list[str]:
        if any(not p.strip() for p in v):
            raise ValueError("pattern lemmas must not be blank")
        return v


class Cues(_Strict):
    about: str = Field(alias="_about")
    negation: list[str]
    light_verbs: list[str]
    goal_light_verbs: list[str] = Field(default_factory=list)  # 合意に至る: a に-goal light verb passes the trigger on
    announce_verbs: list[str]
    blocking_heads: list[str]
    hedge_heads: list[str]
    normative_aux: list[str]
    normative_heads: list[str]
    conditional_marks: list[str]
    conditional_heads: list[str]
    nominalizers: list[str]
    # こと/事/の closing a clause that is an argument (…することを約束, 加盟することが決定, 参加することを検討);
    # narrower than nominalizers (もの, 旨 close descriptions)
    clause_nominalizers: list[str] = Field(default_factory=list)
    purpose_heads: list[str]
    # XがYを検討するため、…を締結した: a non-past clause before one of these gives the aim of the predicate's
    # subject, and shares it
    purpose_subject_heads: list[str] = Field(default_factory=list)
    # …したため / …しないため: a past or negative auxiliary before ため makes it a cause, not a purpose
    cause_aux: list[str] = Field(default_factory=list)
    # 小説, 作品, 楽曲, 著書…: what an author or artist publishes; a work released is no event (not_of_works)
    work_nouns: list[str] = Field(default_factory=list)
    means_cases: list[str]
    clause_nouns: list[str]
    adverbial_heads: list[str]
    concessive_marks: list[str]
    meeting_words: list[str]
    body_nouns: list[str] = Field(default_factory=list)  # 銀行, 政権, 会社: heads that name a body (body_subject)
    host_words: list[str]
    passive_aux: list[str]
    causative_aux: list[str] = Field(default_factory=list)  # せる/させる: 独立させる (causative_only)
    progressive_aux: list[str] = Field(default_factory=list)  # いる/おる after て: 開催されていた, a state
    agent_markers: list[str]
    about_markers: list[str] = Field(default_factory=list)  # について(は): what is spoken of, never the subject
    # より: a passive's source (制作会社WHITE FOXより…が公表された), its agent when it names someone
    source_markers: list[str] = Field(default_factory=list)
    venue_cases: list[str]
    title_brackets: list[tuple[str, str]]
    manner_verbs: list[str] = Field(default_factory=list)  # 協力して/連携して: a manner adjunct, comma or not
    question_marks: list[str] = Field(default_factory=list)  # か/のか closing a question: no commitment
    manner_marks: list[str] = Field(default_factory=list)  # 〜しながら: an accompanying circumstance, no event
    # （1）会議の開催 / （3）代表部の開設: a heading closing on a verbal noun of a discrete act reports it;
    # a heading on 連携/推進/取り組み names a topic
    heading_event_types: list[str] = Field(default_factory=list)
    # XとYと共同で…を主導: the partner acts jointly, a co-actor (Xと協力して/Xとは連携 keeps X a partner)
    co_actor_words: list[str] = Field(default_factory=list)
    # 国際科学会議（ICSU、1931年設立）: a dated verbal noun closing a bracketed aside reports the act
    aside_event_types: list[str] = Field(default_factory=list)
    # 毎年開催される / 不定期で開催される: a meeting held at a frequency is a practice described, no meeting held
    frequency_words: list[str] = Field(default_factory=list)
    merger_verbs: list[str] = Field(default_factory=list)
    # 日本とASEANのSTI協力について議論を行った: with no subject, the two parties named are the
    # meeting's parties and speak for what it concludes
    discussion_words: list[str] = Field(default_factory=list)
    # 協力枠組みを定めた「ITPP」: verbs whose subject is naturally a document (it sets out, stipulates)
    document_content_verbs: list[str] = Field(default_factory=list)  # AとBが合併して発足: the merged bodies found the new one
    interrogatives: list[str] = Field(default_factory=list)  # どのように/なぜ: with a closing か the sentence asks
    definition_marks: list[str] = Field(default_factory=list)  # Xとは…: a definition, no act
    description_heads: list[str] = Field(default_factory=list)  # 〜したものである: a clause describing a thing
    background_marks: list[str] = Field(default_factory=list)  # 設立以来…してきた: a body's history, no commitment
    continuative_aux: list[str] = Field(default_factory=list)  # てくる (〜してきた)
    # 「…」が公表される等、…: a clause closed by an example marker and a comma is one of the acts listed, not
    # a relative clause describing a noun
    example_heads: list[str] = Field(default_factory=list)
    # …の設立といった成果 / …の立ち上げを成果に盛り込む: a verbal noun listed as an achievement is reported
    achievement_heads: list[str] = Field(default_factory=list)
    document_heads: list[str] = Field(default_factory=list)  # 法律, 条約: a noun naming a document (…を定めた法律)
    concomitant_marks: list[str] = Field(default_factory=list)  # Xの設立に伴い: the act brought the next one about
    likeness_aux: list[str] = Field(default_factory=list)  # 〜するような / 〜するように: no act of its own
    # …を毎年開催することになった / …することで合意: a decision governing a recurring meeting makes it an act
    decision_heads: list[str] = Field(default_factory=list)
    chair_phrases: list[str] = Field(default_factory=list)  # 日本を議長国として開催: the chair holds the meeting
    # 2章では…と述べている / 「STI Outlook 2023」は…必要性を強調: what a report says is no event (GUIDELINES 6.6)
    report_heads: list[str] = Field(default_factory=list)
    report_statements: list[str] = Field(default_factory=list)


class OwnCountry(_Strict):
    about: str = Field(alias="_about")
    words: list[str]
    canonical: str
    label: EntityLabel


class ActorCues(_Strict):
    about: str = Field(alias="_about")
    body_heads: list[str]
    group_heads: list[str]
    two_party_heads: list[str]
    self_reference: list[str]
    # 同委員会 / 同国 / 同社: 同 + a head refers back to the last body of that head (else it stands for itself)
    anaphora_heads: dict[str, EntityLabel] = Field(default_factory=dict)
    anaphora_blocks: int = 2  # 同委員会 looks back over its paragraph and this many before it
    # a time set as the topic (1834年には, 同年は) is never a subject: units after a number, and words
    time_topics: dict[str, list[str]] = Field(default_factory=dict)
    # an election, a war, a disaster named as an EVENT never acts (2000年の大統領選挙では党として…)
    inert_event_heads: list[str] = Field(default_factory=list)
    topic_members: list[str]
    generic_subjects: list[str]
    actor_labels: list[EntityLabel]
    body_labels_in_names: list[EntityLabel]
    location_labels: list[EntityLabel]
    # 岸田首相 / ウクライナのゼレンスキー大統領: a person in an office acts for the country or body (GUIDELINES 6.1)
    office_titles: list[str] = Field(default_factory=list)
    # クリスティ教授とシュルツ教授が: a post that is no office of state, written after a person's name: the person acts
    person_titles: list[str] = Field(default_factory=list)
    own_country: Optional[OwnCountry] = None  # わが国 -> 日本
    # gazetteer id prefixes of cities and regions (places.jsonl): a place in a treaty's name issued nothing (パリ協定)
    place_id_prefixes: list[str] = Field(default_factory=list)
    list_heads: list[str] = Field(default_factory=list)  # 5か国, 日本等: a group named by the members listed before it
    counted_members: list[str] = Field(default_factory=list)  # 笹森順造・早川崇ら32名: the counter after X ら N
    head_titles: list[str] = Field(default_factory=list)  # 社長, 学長: the head of a body acts for it
    body_subject_heads: list[str] = Field(default_factory=list)  # 議会, 政府, チーム: a body named by a common noun
    plural_suffixes: list[str] = Field(default_factory=list)  # 達, たち: 従業員達 is read by its head 従業員
    modifier_places: list[str] = Field(default_factory=list)  # labels of mentions that only say whose a body noun is
    venture_heads: list[str] = Field(default_factory=list)  # 合弁会社: AとBの合弁会社として設立 -> the parents found it
    # 経済産業省や総務省といった関連省庁: a class noun after examples names the bodies listed as examples
    example_markers: list[str] = Field(default_factory=list)
    dateline_max_chars: int = Field(ge=10)
    dateline_sentences: int = Field(ge=1)


def _regex(v: str) -> str:
    try:
        re.compile(v)
    except re.error as exc:
        raise ValueError(f"bad regex {v!r}: {exc}") from None
    return v


class LeadIn(_Strict):
    id: str = Field(pattern=r"^leadin\.[a-z0-9_]+$")
    pattern: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        return _regex(v)


class LeadInFile(_Strict):
    about: str = Field(alias="_about")
    leadins: list[LeadIn] = Field(min_length=1)
    scope_breakers: list[str]
    heading_levels: list[str]  # outermost first: the body of the outermost named heading convenes what is under it
    skip_lines: list[str]  # source notes under figures (出典: …作成) hold no events
    participants_header: str
    list_header: str
    participants_lookahead: int = Field(ge=1, le=20)
    max_scope: int = Field(ge=1)
    # a label announcing proposals (3つの実行可能な戦略：①…): what follows the colon, to the end of the
    # bullet, is proposed, not committed
    proposal_labels: list[str] = Field(default_factory=list)
    # a row of a dated timeline table (2021 1 ■“STI Outlook2021”発行): its agentless acts take no heading body
    table_rows: list[str] = Field(default_factory=list)
    table_date_cells: list[str] = Field(default_factory=list)  # a bare year-month cell (2023 3): its row follows

    @field_validator("scope_breakers", "heading_levels", "skip_lines", "proposal_labels", "table_rows",
                     "table_date_cells")
    @classmethod
    def _all_compile(cls, v: list[str]) -> list[str]:
        for p in v:
            _regex(p)
        return v

    @field_validator("participants_header", "list_header")
    @classmethod
    def _compiles(cls, v: str) -> str:
        return _regex(v)


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[TriggerEntry, ...]
    by_first: dict  # first lemma -> entries, longest pattern first
    cues: Cues
    actors: ActorCues
    leadins: LeadInFile

    def colon_title(self, text: str) -> Optional[TriggerEntry]:
        """The colon-title entry whose word ends the token (テレビ会議 -> 会議), or None."""
        for entries in self.by_first.values():
            for e in entries:
                if e.colon_title and len(e.pattern) == 1 and text.endswith(e.pattern[0]):
                    return e
        return None

    def match(self, lemmas: list[str], i: int) -> Optional[TriggerEntry]:
        """The longest entry whose pattern matches lemmas[i:], or None."""
        for entry in self.by_first.get(lemmas[i], ()):
            n = len(entry.pattern)
            if lemmas[i:i + n] == list(entry.pattern):
                return entry
        return None


def _bad(path: Path, line: int | None, reason: str) -> KirokuError:
    where = f"{path}:{line}" if line else str(path)
    return KirokuError(ErrorCode.E021_DATA_FILE, f"{where}: {reason}", path=str(path))


def _reason(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(x) for x in e['loc']) or '(root)'}: {e['msg']}" for e in exc.errors())


def load_triggers(path: Path) -> tuple[TriggerEntry, ...]:
    entries: list[TriggerEntry] = []
    seen_ids: dict[str, int] = {}
    seen_patterns: dict[tuple[str, ...], int] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise _bad(path, None, str(exc)) from exc
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            entry = TriggerEntry.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise _bad(path, n, f"not JSON ({exc.msg})") from exc
        except ValidationError as exc:
            raise _bad(path, n, _reason(exc)) from exc
        if entry.id in seen_ids:
            raise _bad(path, n, f"duplicate id {entry.id!r} (first on line {seen_ids[entry.id]})")
        key = tuple(entry.pattern)
        if key in seen_patterns:
            raise _bad(path, n, f"duplicate pattern {list(key)} (first on line {seen_patterns[key]})")
        seen_ids[entry.id], seen_patterns[key] = n, n
        entries.append(entry)
    if not entries:
        raise _bad(path, None, "no trigger entries")
    return tuple(entries)


def _load_json(path: Path, model):
    try:
        return model.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except OSError as exc:
        raise _bad(path, None, str(exc)) from exc
    except json.JSONDecodeError as exc:
        raise _bad(path, exc.lineno, f"not JSON ({exc.msg})") from exc
    except ValidationError as exc:
        raise _bad(path, None, _reason(exc)) from exc


def build_lexicon(model_dir: Path = MODEL_DIR) -> Lexicon:
    model_dir = Path(model_dir)
    triggers = load_triggers(model_dir / "triggers.jsonl")
    by_first: dict[str, list[TriggerEntry]] = {}
    for e in triggers:
        by_first.setdefault(e.pattern[0], []).append(e)
    for v in by_first.values():
        v.sort(key=lambda e: -len(e.pattern))
    return Lexicon(
        triggers=triggers,
        by_first={k: tuple(v) for k, v in by_first.items()},
        cues=_load_json(model_dir / "cues.json", Cues),
        actors=_load_json(model_dir / "actors.json", ActorCues),
        leadins=_load_json(model_dir / "leadins.json", LeadInFile),
    )


@lru_cache(maxsize=4)
def load_lexicon(model_dir: Path = MODEL_DIR) -> Lexicon:
    """The events lexicon, validated once per process."""
    return build_lexicon(model_dir)
