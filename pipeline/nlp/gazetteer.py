"""The gazetteer: names as data in `models/gazetteer/`, validated on load, matched on text.

Data
----
`models/gazetteer/*.jsonl` hold one entry per line (`GazetteerEntry`: id, canonical,
label, aliases, qid, optional one-character `abbrev` forms used in compounds such
as 米 in 日米). `collisions.json` lists words that contain an alias but are not a
mention (日本語, 訪日, 米価, 中心). `rules.json` holds the compound rule and word
lists read here and by the entity layer. A malformed row fails at load with its
file, line and reason (`KirokuError` E021).

Matching: a text-level longest-match automaton, not a spaCy SpanRuler
-----------------------------------------------------------------------
Names are matched on the cleaned text (`NormalizedText.text`, NFKC), not on
tokens: SudachiPy cuts 上海 out of 上海協力機構 and splits Latin acronyms
unpredictably, and `token.norm_` turns Latin words into katakana, so a
token-level phrase matcher would miss exactly the names we care about. A
character trie finds every alias at every position; boundary rules then reject
an alias that is only part of a longer word:

* an alias that begins (ends) with a Latin letter or digit must not touch a
  Latin letter or digit (also through `-`, `.` or `&`) on that side
  (`AI` in `AIIB`, `MAITRI`, `AI-ENGAGE`; `G7` in a footnote-glued `G73`);
* an alias that begins (ends) with katakana must not touch katakana (or ー) on
  that side (`インド` in `インドネシア`, `タイ` in `タイプ`, `アメリカ` in `ラテンアメリカ`);
* kanji edges compound freely (中国政府, 北京市内), except inside a collision
  word (中国語, 日本語, 訪日), which competes in the longest match and, when it
  wins, suppresses the aliases inside it;
* an alias of one character is not allowed: one-character country forms are
  `abbrev` and only count inside compounds (`abbrev_compounds` in rules.json:
  日米豪印 is four GPE mentions; 米 alone, 米価, 毎日, 中心 are none).

Among the accepted matches the longest wins, then the leftmost; the result has
no nested or crossing spans (`match_text`).
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline.errors import ErrorCode, KirokuError
from pipeline.schema import EntityLabel

GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "models" / "gazetteer"
COLLISIONS_FILE = "collisions.json"
RULES_FILE = "rules.json"

_QID = re.compile(r"^Q[1-9][0-9]*$")
_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


# ---------------------------------------------------------------------------
# schema


class GazetteerEntry(BaseModel):
    """One named thing: its canonical name, label, aliases and Wikidata QID."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="stable rule id, `<group>.<name>`; records say `gazetteer:<id>`")
    canonical: str = Field(min_length=1)
    label: EntityLabel
    aliases: list[str] = Field(default_factory=list)
    qid: Optional[str] = Field(default=None, description="Wikidata QID, only where known for certain")
    abbrev: list[str] = Field(default_factory=list, description="one-character forms used in compounds (米 in 日米)")
    series: bool = Field(default=False, description="EVENT only: a recurring meeting; a written edition "
                                                    "(2026年…, …2025) makes a mention of that edition")
    convened_by: Optional[str] = Field(default=None, description="EVENT only: canonical of the body that convenes "
                                                               "the meeting when its name does not say it "
                                                               "(CSTP閣僚級会合 -> 経済協力開発機構, GUIDELINES 6.3)")
    acts_for: Optional[str] = Field(default=None, description="PERSON only: canonical of the country or body "
                                                            "whose office the person holds or held (岸田 -> 日本); "
                                                            "an event actor in office takes it (GUIDELINES 6.1)")

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError(f"id {v!r} is not of the form group.name (lower case, digits, _)")
        return v

    @field_validator("qid")
    @classmethod
    def _qid_shape(cls, v: Optional[str]) -> Optional[str]:
        if v is not None and not _QID.match(v):
            raise ValueError(f"qid {v!r} is not a Wikidata id like Q17")
        return v

    @field_validator("aliases")
    @classmethod
    def _aliases_ok(cls, v: list[str]) -> list[str]:
        for a in v:
            if len(nfkc(a).strip()) < 2:
                raise ValueError(f"alias {a!r} is shorter than two characters; use `abbrev` for one-character forms")
            if a != a.strip():
                raise ValueError(f"alias {a!r} has leading or trailing spaces")
        return v

    @field_validator("abbrev")
    @classmethod
    def _abbrev_ok(cls, v: list[str]) -> list[str]:
        for a in v:
            if len(a) != 1:
                raise ValueError(f"abbrev {a!r} must be exactly one character")
        return v

    @model_validator(mode="after")
    def _canonical_ok(self) -> "GazetteerEntry":
        if len(nfkc(self.canonical)) < 2:
            raise ValueError(f"canonical {self.canonical!r} is shorter than two characters")
        if self.series and self.label != EntityLabel.EVENT:
            raise ValueError("series is for EVENT entries only")
        return self

    def surface_forms(self) -> list[str]:
        """Canonical and aliases, NFKC-normalised (the matcher runs on NFKC text), deduplicated."""
        seen: dict[str, None] = {}
        for a in [self.canonical, *self.aliases]:
            seen.setdefault(nfkc(a), None)
        return list(seen)


class CollisionWord(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    word: str = Field(min_length=2)
    reason: str = Field(min_length=1)


class _Collisions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    doc: str = Field(default="", alias="_doc")
    words: list[CollisionWord]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = Field(default="", alias="_doc")


class AbbrevCompounds(_Section):
    separators: list[str]
    unit_labels: list[EntityLabel]
    head_words: list[str]
    head_abbrevs: list[str]


class WordList(_Section):
    words: list[str] = Field(min_length=1)


class GovernmentSuffixes(WordList):
    as_country: list[str] = Field(default_factory=list)


class SupportRule(WordList):
    ene_labels_doc: str = ""
    ene_labels: list[str] = Field(default_factory=list)


class LabelList(_Section):
    labels: list[EntityLabel]


class TokenSupport(_Section):
    """Support for a head span without GiNZA's ENE (rules.json `ene_free_support`)."""
    tag_prefixes: list[str] = Field(default_factory=list)
    name_tag_prefixes: list[str] = Field(default_factory=list)
    labels: dict[EntityLabel, list[str]] = Field(default_factory=dict)

    @field_validator("labels")
    @classmethod
    def _known_signals(cls, v: dict) -> dict:
        for lab, sigs in v.items():
            bad = [x for x in sigs if x not in TOKEN_SIGNALS]
            if bad:
                raise ValueError(f"{lab}: unknown signal(s) {bad}; known: {sorted(TOKEN_SIGNALS)}")
        return v


# what can support a head span in `ene_free_support.labels`: a token tagged with one of `tag_prefixes`
# (`proper_noun`), a span written in katakana or Latin letters (`transliterated`), a Latin-only span (`latin`)
TOKEN_SIGNALS = frozenset({"proper_noun", "transliterated_proper_noun", "transliterated", "unknown_word", "latin"})


class LatinAcronymHeads(_Section):
    default: EntityLabel
    heads: dict[str, EntityLabel]


class EventEditions(_Section):
    prefix: list[str]
    suffix: list[str]

    @field_validator("prefix", "suffix")
    @classmethod
    def _compiles(cls, v: list[str]) -> list[str]:
        for pat in v:
            try:
                re.compile(pat)
            except re.error as exc:
                raise ValueError(f"pattern {pat!r} does not compile: {exc}") from None
        return v


class EneHeads(_Section):
    ORG: list[str] = Field(min_length=1)
    EVENT: list[str] = Field(min_length=1)
    DOCUMENT: list[str] = Field(min_length=1)
    FACILITY: list[str] = Field(min_length=1)


class CompoundNames(_Section):
    max_chars: int = Field(gt=0)
    prefix_labels: dict[EntityLabel, list[EntityLabel]]
    EVENT: list[str] = Field(min_length=1)
    DOCUMENT: list[str] = Field(min_length=1)
    ORG: list[str] = Field(min_length=1)


class QuotedTitles(_Section):
    min_chars: int = Field(gt=0)
    max_chars: int = Field(gt=0)


class GazetteerRules(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = Field(default="", alias="_doc")
    abbrev_compounds: AbbrevCompounds
    government_suffixes: GovernmentSuffixes
    generic_heads: WordList
    never_entities: WordList
    latin_acronym_heads: LatinAcronymHeads
    event_editions: EventEditions
    ene_heads: EneHeads
    compound_names: CompoundNames
    ner_support_required: SupportRule
    quoted_titles: QuotedTitles
    ene_with_head: Optional[LabelList] = None
    ene_free_support: Optional[TokenSupport] = None
    person_org_suffixes: Optional[WordList] = None


# ---------------------------------------------------------------------------
# loading


def _fail(path: Path, line: int | None, reason: str) -> KirokuError:
    where = f"{path.name}:{line}" if line is not None else path.name
    return KirokuError(ErrorCode.E021_DATA_FILE, detail=f"{where}: {reason}", path=str(path))


def _short(err: ValidationError) -> str:
    parts = []
    for e in err.errors():
        loc = ".".join(str(x) for x in e["loc"])
        parts.append(f"{loc}: {e['msg']}" if loc else e["msg"])
    return "; ".join(parts)


def load_entries(paths: Iterable[Path]) -> list[GazetteerEntry]:
    """Read and validate JSONL entry files; ids and (alias -> entry) must be unique across files."""
    entries: list[GazetteerEntry] = []
    ids: dict[str, str] = {}
    forms: dict[str, str] = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise _fail(path, n, f"not valid JSON ({exc.msg})") from None
                try:
                    entry = GazetteerEntry.model_validate(data)
                except ValidationError as exc:
                    raise _fail(path, n, _short(exc)) from None
                where = f"{path.name}:{n}"
                if entry.id in ids:
                    raise _fail(path, n, f"duplicate id {entry.id!r} (first at {ids[entry.id]})")
                ids[entry.id] = where
                for form in entry.surface_forms():
                    if form in forms:
                        raise _fail(path, n, f"alias {form!r} of {entry.id} is already an alias of {forms[form]}")
                    forms[form] = entry.id
                entries.append(entry)
    return entries


def load_collisions(path: Path) -> list[CollisionWord]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise _fail(path, exc.lineno, f"not valid JSON ({exc.msg})") from None
    try:
        return _Collisions.model_validate(data).words
    except ValidationError as exc:
        raise _fail(path, None, _short(exc)) from None


def load_rules(path: Path) -> GazetteerRules:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise _fail(path, exc.lineno, f"not valid JSON ({exc.msg})") from None
    try:
        return GazetteerRules.model_validate(data)
    except ValidationError as exc:
        raise _fail(path, None, _short(exc)) from None


# ---------------------------------------------------------------------------
# character classes


def is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum() or ("\u00c0" <= ch <= "\u024f")


def is_katakana(ch: str) -> bool:
    # U+30A1..U+30FA katakana, U+30FC ー, U+30FD-30FE iteration marks; not ・ (U+30FB), a separator.
    return ("\u30a1" <= ch <= "\u30fa") or ch in "\u30fc\u30fd\u30fe\u31f0\u31f1\u31f2\u31f3\u31f4\u31f5\u31f6\u31f7\u31f8\u31f9\u31fa\u31fb\u31fc\u31fd\u31fe\u31ff"


def is_kanji(ch: str) -> bool:
    return ("\u4e00" <= ch <= "\u9fff") or ("\u3400" <= ch <= "\u4dbf") or ch in "々〆ヶ"


_LATIN_JOINERS = "-.&'_"
_SPACE = " \t\u3000"


# ---------------------------------------------------------------------------
# matching


@dataclass(frozen=True)
class GazetteerMatch:
    start: int  # offsets in the matched text
    end: int
    entry: GazetteerEntry
    rule: str  # gazetteer:<id> or abbrev:<id>

    @property
    def label(self) -> str:
        return self.entry.label.value if hasattr(self.entry.label, "value") else str(self.entry.label)


_END = object()  # trie key holding the payload
_BLOCK = "block"


class Gazetteer:
    """Entries, collision words and rules, with a character trie over every surface form."""

    def __init__(self, entries: list[GazetteerEntry], collisions: list[CollisionWord], rules: GazetteerRules,
                 files: dict[str, list[str]] | None = None):
        self.entries = entries
        self.collisions = collisions
        self.rules = rules
        self.files = files or {}
        self.by_id = {e.id: e for e in entries}
        self.abbrev: dict[str, GazetteerEntry] = {}
        for e in entries:
            for a in e.abbrev:
                if a in self.abbrev:
                    raise KirokuError(ErrorCode.E021_DATA_FILE,
                                      detail=f"abbrev {a!r} of {e.id} is already used by {self.abbrev[a].id}")
                self.abbrev[a] = e
        self._trie: dict = {}
        for e in entries:
            for form in e.surface_forms():
                self._add(form, e)
        for c in collisions:
            self._add(nfkc(c.word), _BLOCK)
        comp = rules.abbrev_compounds
        self._unit_labels = {str(getattr(x, "value", x)) for x in comp.unit_labels}
        self._separators = set(comp.separators)
        self._heads = sorted((nfkc(h) for h in comp.head_words), key=len, reverse=True)
        self._head_abbrevs = set(comp.head_abbrevs)
        self._collision_words = [nfkc(c.word) for c in collisions]

    def _add(self, form: str, payload) -> None:
        node = self._trie
        for ch in form:
            key = " " if ch in _SPACE else ch
            node = node.setdefault(key, {})
        node.setdefault(_END, payload)  # first writer wins; load_entries forbids duplicates among entries

    # -- raw trie scan ------------------------------------------------------

    def _scan(self, text: str) -> list[tuple[int, int, object]]:
        """Every (start, end, payload) where a surface form or collision word occurs, boundary rules applied."""
        out = []
        root = self._trie
        n = len(text)
        for i in range(n):
            ch = text[i]
            if ch not in root:
                continue
            node = root
            j = i
            while j < n:
                c = text[j]
                if c in _SPACE:
                    if " " not in node:
                        break
                    node = node[" "]
                    while j < n and text[j] in _SPACE:
                        j += 1
                elif c in node:
                    node = node[c]
                    j += 1
                else:
                    break
                if _END in node and self._bounded(text, i, j):
                    out.append((i, j, node[_END]))
        return out

    @staticmethod
    def _bounded(text: str, s: int, e: int) -> bool:
        first, last = text[s], text[e - 1]
        if is_latin(first) and s > 0:
            p = text[s - 1]
            if is_latin(p) or (p in _LATIN_JOINERS and s > 1 and is_latin(text[s - 2])):
                return False
        if is_latin(last) and e < len(text):
            q = text[e]
            if is_latin(q) or (q in _LATIN_JOINERS and e + 1 < len(text) and is_latin(text[e + 1])):
                return False
        if is_katakana(first) and s > 0 and is_katakana(text[s - 1]):
            return False
        if is_katakana(last) and e < len(text) and is_katakana(text[e]):
            return False
        return True

    # -- compounds of one-character abbreviations ----------------------------

    def _compounds(self, text: str, names: dict[int, tuple[int, object]]) -> list[tuple[int, int, object, str]]:
        """Abbreviation mentions inside compounds (日米豪印, 米中, 日EU, 仏大統領).

        `names` maps a start offset to the longest bounded name match there (end, entry).
        """
        out = []
        n = len(text)
        i = 0
        while i < n:
            if text[i] not in self.abbrev:
                i += 1
                continue
            # collect a run of units starting at i
            units: list[tuple[int, int, object, bool]] = []  # (s, e, entry, is_abbrev)
            p = i
            while p < n:
                hit = names.get(p)
                if hit is not None and hit[1] is not _BLOCK and hit[1].label in self._unit_labels:
                    units.append((p, hit[0], hit[1], False))
                    p = hit[0]
                elif hit is None and text[p] in self.abbrev:
                    units.append((p, p + 1, self.abbrev[text[p]], True))
                    p += 1
                else:
                    break
                if p < n - 1 and text[p] in self._separators and (names.get(p + 1) or text[p + 1] in self.abbrev):
                    p += 1
            # a leading abbreviation glued to a preceding kanji or digit is part of another word (訪日, 1日)
            if i > 0 and (is_kanji(text[i - 1]) or text[i - 1].isdigit()):
                i += 1
                continue
            # a trailing abbreviation that starts a collision word (米価, 中心) is not a unit
            while units and units[-1][3] and any(text.startswith(w, units[-1][0]) for w in self._collision_words):
                units.pop()
            abbrevs = [u for u in units if u[3]]
            ok = len(units) >= 2 and abbrevs
            if not ok and len(units) == 1 and abbrevs and text[units[0][0]] in self._head_abbrevs:
                tail = units[0][1]
                ok = any(text.startswith(h, tail) for h in self._heads)
            if ok:
                for s, e, entry, is_ab in abbrevs:
                    out.append((s, e, entry, f"abbrev:{entry.id}"))
                i = units[-1][1]
            else:
                i += 1
        return out

    # -- public -------------------------------------------------------------

    def match_text(self, text: str) -> list[GazetteerMatch]:
        """Non-overlapping gazetteer mentions in `text` (offsets into `text`), in order.

        Longest match wins, then leftmost; collision words take part and hide what they contain.
        """
        found = self._scan(text)
        longest: dict[int, tuple[int, object]] = {}
        for s, e, payload in found:
            if s not in longest or e > longest[s][0]:
                longest[s] = (e, payload)
        cands = [(s, e, p, None) for s, e, p in found]
        cands += self._compounds(text, longest)
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken = bytearray(len(text))  # characters already covered by an accepted match
        out: list[GazetteerMatch] = []
        for s, e, payload, rule in cands:
            if 1 in taken[s:e]:
                continue
            taken[s:e] = b"\x01" * (e - s)
            if payload is _BLOCK:
                continue
            out.append(GazetteerMatch(s, e, payload, rule or f"gazetteer:{payload.id}"))
        out.sort(key=lambda m: m.start)
        return out

    def entries_inside(self, text: str) -> list[tuple[int, int, GazetteerEntry]]:
        """Every entry written inside `text`, overlaps kept (G7 and G7コーンウォール・サミット in the latter)."""
        return [(s, e, p) for s, e, p in self._scan(text) if isinstance(p, GazetteerEntry)]

    def lookup(self, surface: str) -> Optional[GazetteerEntry]:
        """The entry whose surface form is exactly `surface` (NFKC), if any."""
        node = self._trie
        for ch in nfkc(surface):
            node = node.get(" " if ch in _SPACE else ch)
            if node is None:
                return None
        p = node.get(_END)
        return p if isinstance(p, GazetteerEntry) else None

    def stats(self) -> dict[str, dict[str, int]]:
        """Entry counts per file and per label (for reports)."""
        per_file = {f: len(ids) for f, ids in self.files.items()}
        per_label: dict[str, int] = {}
        for e in self.entries:
            lab = e.label.value if hasattr(e.label, "value") else str(e.label)
            per_label[lab] = per_label.get(lab, 0) + 1
        return {"files": per_file, "labels": per_label,
                "aliases": {"total": sum(len(e.surface_forms()) for e in self.entries)},
                "qids": {"with_qid": sum(1 for e in self.entries if e.qid)}}


def load_gazetteer_dir(directory: Path) -> Gazetteer:
    paths = sorted(directory.glob("*.jsonl"))
    if not paths:
        raise KirokuError(ErrorCode.E021_DATA_FILE, detail=f"{directory}: no gazetteer *.jsonl files")
    entries = load_entries(paths)
    files: dict[str, list[str]] = {}
    by_file_ids = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            by_file_ids[path.name] = [json.loads(l)["id"] for l in f if l.strip()]
    files.update(by_file_ids)
    collisions = load_collisions(directory / COLLISIONS_FILE)
    rules = load_rules(directory / RULES_FILE)
    return Gazetteer(entries, collisions, rules, files)


@lru_cache(maxsize=4)
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    """The gazetteer in `models/gazetteer/` (or `directory`), loaded and validated once per process."""
    return load_gazetteer_dir(Path(directory) if directory else GAZETTEER_DIR)
