"""Load and validate the data of the dates layer (models/dates/*.json).

Word lists, the era table, kanji numerals, regex fragments and the rule table
are data; this module checks them once (pydantic, extra="forbid") and turns
them into compiled rules. A bad file stops the run with E021 naming the file,
the line and the reason.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline.errors import ErrorCode, KirokuError

MODEL_DIR = Path(__file__).resolve().parents[3] / "models" / "dates"

Mod = Literal["START", "MID", "END", "APPROX", "BEFORE", "AFTER"]
Ref = Literal["PAST_REF", "PRESENT_REF", "FUTURE_REF"]
Season = Literal["SP", "SU", "FA", "WI"]
RuleKind = Literal[
    "calendar", "decade", "century", "year_range", "month_range", "day_range",
    "day_only", "duration", "frequency", "vague",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Era(_Strict):
    name: str = Field(min_length=1)
    first_year: int = Field(ge=600, le=2100)


class EraFile(_Strict):
    about: str = Field(alias="_about")
    eras: list[Era] = Field(min_length=1)


class NumeralFile(_Strict):
    about: str = Field(alias="_about")
    digits: dict[str, int]
    units: dict[str, int]
    first_year: list[str]

    @field_validator("digits")
    @classmethod
    def _ten_digits(cls, v: dict[str, int]) -> dict[str, int]:
        if set(v.values()) != set(range(10)):
            raise ValueError("digits must cover 0..9")
        return v


class WordFile(_Strict):
    about: str = Field(alias="_about")
    deictic_years: dict[str, int]
    anaphoric_years: dict[str, int]
    deictic_months: dict[str, int]
    anaphoric_months: dict[str, int]
    deictic_days: dict[str, int]
    anaphoric_days: dict[str, int]
    deictic_centuries: dict[str, int]
    season_prefixes: dict[str, int]
    seasons: dict[str, Season]
    season_months: dict[Season, tuple[int, int]]
    ten_day_periods: dict[str, tuple[int, int]]
    halves: dict[str, Literal[1, 2]]
    parts: dict[str, Mod]
    suffix_mods: dict[str, Mod]
    range_only_mods: list[str]
    vague: dict[str, Ref]
    duration_units: dict[str, Literal["Y", "M", "W", "D"]]
    duration_prefixes: list[str]
    frequency_words: dict[str, str]
    frequency_suffixes: list[str]
    access_cues: list[str]
    katakana_units: list[str] = Field(default_factory=list)  # 2024トン is an amount, not 2030アジェンダ
    en_months: dict[str, int] = Field(default_factory=dict)  # 15 October 2024, July 9-11 2024 (lower case keys)

    @model_validator(mode="after")
    def _consistent(self) -> "WordFile":
        if set(self.season_months) != {"SP", "SU", "FA", "WI"}:
            raise ValueError("season_months must give SP, SU, FA and WI")
        for k, (a, b) in self.ten_day_periods.items():
            if not (1 <= a <= b <= 31):
                raise ValueError(f"ten_day_periods[{k}] must be a day range within 1..31")
        for w in self.range_only_mods:
            if w not in self.suffix_mods:
                raise ValueError(f"range_only_mods word {w!r} is not in suffix_mods")
        for k, v in self.frequency_words.items():
            if not re.fullmatch(r"P[0-9]+[YMWD]", v):
                raise ValueError(f"frequency_words[{k}] = {v!r} is not a period like P1Y")
        return self


class FragmentFile(_Strict):
    about: str = Field(alias="_about")
    fragments: dict[str, str]


class Rule(_Strict):
    id: str = Field(pattern=r"^[a-z_]+\.[a-z_]+$")
    kind: RuleKind
    pattern: str = Field(min_length=1)
    about: str = ""


class RuleFile(_Strict):
    about: str = Field(alias="_about")
    rules: list[Rule] = Field(min_length=1)

    @field_validator("rules")
    @classmethod
    def _unique(cls, v: list[Rule]) -> list[Rule]:
        seen: set[str] = set()
        for r in v:
            if r.id in seen:
                raise ValueError(f"rule id {r.id!r} appears twice")
            seen.add(r.id)
        return v


def _line_of(text: str, loc: tuple) -> int:
    """Best-effort line number of the key a validation error points at."""
    line = 1
    pos = 0
    for part in loc:
        if isinstance(part, str):
            i = text.find(json.dumps(part, ensure_ascii=False), pos)
            if i >= 0:
                pos = i
    line += text.count("\n", 0, pos)
    return line


def _load(name: str, model: type[BaseModel], directory: Path):
    path = directory / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise KirokuError(ErrorCode.E021_DATA_FILE, f"{path}: cannot read ({e.strerror})") from e
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise KirokuError(ErrorCode.E021_DATA_FILE, f"{path} line {e.lineno}: not JSON ({e.msg})") from e
    try:
        return model.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise KirokuError(
            ErrorCode.E021_DATA_FILE, f"{path} line {_line_of(text, err['loc'])}: {where}: {err['msg']}"
        ) from e


@dataclass(frozen=True)
class CompiledRule:
    id: str
    kind: str
    regex: re.Pattern
    order: int


@dataclass(frozen=True)
class Lexicon:
    eras: dict[str, int]
    numerals: NumeralFile
    words: WordFile
    rules: tuple[CompiledRule, ...]
    suffix_mod_re: re.Pattern
    range_conn_re: re.Pattern
    coordinated_duration_re: re.Pattern
    fold_table: dict[int, str]
    directory: Path


def _alternation(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


_REF = re.compile(r"\{(@?[A-Za-z_][A-Za-z0-9_]*)\}")


def _expand(pattern: str, fragments: dict[str, str], sections: dict[str, list[str]], where: str, depth: int = 0) -> str:
    if depth > 8:
        raise KirokuError(ErrorCode.E021_DATA_FILE, f"{where}: fragments nest too deep (a cycle?)")

    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name.startswith("@"):
            if name[1:] not in sections:
                raise KirokuError(ErrorCode.E021_DATA_FILE, f"{where}: unknown word list {{{name}}}")
            return _alternation(sections[name[1:]])
        if name not in fragments:
            raise KirokuError(ErrorCode.E021_DATA_FILE, f"{where}: unknown fragment {{{name}}}")
        return _expand(fragments[name], fragments, sections, f"{where} -> {name}", depth + 1)

    return _REF.sub(sub, pattern)


def _compile(src: str, where: str) -> re.Pattern:
    try:
        return re.compile(src)
    except re.error as e:
        raise KirokuError(ErrorCode.E021_DATA_FILE, f"{where}: pattern does not compile ({e})") from e


def _fold_table() -> dict[int, str]:
    # Full-width ASCII (U+FF01..U+FF5D) to ASCII, one code point for one: offsets stay put.
    table = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5E)}
    return table


@lru_cache(maxsize=4)
def load_lexicon(directory: Path | None = None) -> Lexicon:
    d = Path(directory) if directory else MODEL_DIR
    eras = _load("eras.json", EraFile, d)
    numerals = _load("numerals.json", NumeralFile, d)
    words = _load("words.json", WordFile, d)
    frags = _load("fragments.json", FragmentFile, d)
    rule_file = _load("rules.json", RuleFile, d)
    sections: dict[str, list[str]] = {
        name: list(getattr(words, name))
        for name in WordFile.model_fields
        if name != "about" and isinstance(getattr(words, name), (dict, list))
    }
    sections["eras"] = [e.name for e in eras.eras]
    sections["year_words"] = [*words.deictic_years, *words.anaphoric_years]
    sections["month_words"] = [*words.deictic_months, *words.anaphoric_months]
    sections["day_words"] = [*words.deictic_days, *words.anaphoric_days]
    frag_text = (d / "fragments.json").read_text(encoding="utf-8")
    for name in frags.fragments:   # each fragment must compile on its own: errors name the fragment
        line = _line_of(frag_text, ("fragments", name))
        _compile(_expand("{" + name + "}", frags.fragments, sections, f"{d / 'fragments.json'} line {line}"),
                 f"{d / 'fragments.json'} line {line} fragment {name}")
    rules_text = (d / "rules.json").read_text(encoding="utf-8")
    compiled = []
    for i, rule in enumerate(rule_file.rules):
        where = f"{d / 'rules.json'} line {_line_of(rules_text, ('rules', rule.id))} rule {rule.id}"
        src = _expand(rule.pattern, frags.fragments, sections, where)
        rx = _compile(src, where)
        compiled.append(CompiledRule(rule.id, rule.kind, rx, i))
    S = _expand("{S}", frags.fragments, sections, "fragment S")
    where = f"{d / 'fragments.json'}"
    suffix_mod_re = _compile(S + "(?P<m>" + _alternation(words.suffix_mods) + ")", where + " (S + suffix_mods)")
    tilde = _expand("{TILDE}", frags.fragments, sections, "fragment TILDE")
    range_conn_re = _compile(rf"{S}(?:{tilde}|から|より|至){S}", where + " (S, TILDE)")
    num = _expand("{NUM}", frags.fragments, sections, "fragment NUM")
    coordinated_duration_re = _compile(
        rf"[、,]{S}(?P<body>(?P<n>{num}){S}(?P<u>{_alternation(words.duration_units)})(?:{S}間)?)(?![0-9年月日度代])",
        where + " (S, NUM, duration_units)",
    )
    return Lexicon(
        eras={e.name: e.first_year for e in eras.eras},
        numerals=numerals,
        words=words,
        rules=tuple(compiled),
        suffix_mod_re=suffix_mod_re,
        range_conn_re=range_conn_re,
        coordinated_duration_re=coordinated_duration_re,
        fold_table=_fold_table(),
        directory=d,
    )
