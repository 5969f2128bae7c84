"""Line classes for cleaning: furniture, footnotes, headings, bullets, body (rules in models/normalize)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import ErrorCode, KirokuError
from ..settings import MODELS_DIR

LAYOUT_FILE = MODELS_DIR / "normalize" / "layout.json"


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    pattern: str


class _SideTab(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    max_chars: int
    min_run: int


class _Repeated(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    min_repeats: int
    min_chars: int


class _FootnoteContinuation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    line_starts: list[str]
    after_line_ending: str


class _ShortWrap(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    id: str
    doc: str | None = Field(default=None, alias="_doc")
    line_endings: str
    next_starts: str
    open_brackets: str
    close_brackets: str
    column_ratio: float


class LayoutRules(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str | None = None
    furniture: list[_Rule]
    side_tab: _SideTab
    repeated_line: _Repeated
    footnote: list[_Rule]
    footnote_continuation: _FootnoteContinuation
    heading: list[_Rule]
    bullet: list[_Rule]
    sentence_end: str
    closing_brackets: str
    continuation_min_ratio: float
    wrapped_doc_min_share: float
    heading_max_chars: int
    short_wrap: _ShortWrap | None = None


@dataclass(frozen=True)
class CompiledRules:
    rules: LayoutRules
    furniture: list[tuple[str, re.Pattern]]
    footnote: list[tuple[str, re.Pattern]]
    heading: list[tuple[str, re.Pattern]]
    bullet: list[tuple[str, re.Pattern]]


@lru_cache(maxsize=4)
def load_layout_rules(path: Path = LAYOUT_FILE) -> CompiledRules:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        data["doc"] = data.pop("_doc", None)
        rules = LayoutRules.model_validate(data)

        def comp(items: list[_Rule]) -> list[tuple[str, re.Pattern]]:
            return [(r.id, re.compile(r.pattern)) for r in items]

        return CompiledRules(rules, comp(rules.furniture), comp(rules.footnote), comp(rules.heading), comp(rules.bullet))
    except (OSError, ValueError, ValidationError, re.error) as exc:
        raise KirokuError(ErrorCode.E021_DATA_FILE, f"{path}: {' '.join(str(exc).split())[:300]}") from None


@dataclass
class Line:
    start: int  # raw offset of the first character
    end: int  # raw offset after the last character, line break excluded
    text: str  # raw line text
    kind: str = "body"  # blank | furniture | footnote | heading | bullet | body | url
    rule: str | None = None

    @property
    def stripped(self) -> str:
        return self.text.strip().replace("\ufffd", "").strip()


_LINE_BREAK = re.compile(r"\r\n|\r|\n|\f|\v|\x1c|\x1d|\x1e|\x85|\u2028|\u2029")


def split_lines(raw: str) -> list[Line]:
    lines, pos = [], 0
    for m in _LINE_BREAK.finditer(raw):
        lines.append(Line(pos, m.start(), raw[pos:m.start()]))
        pos = m.end()
    lines.append(Line(pos, len(raw), raw[pos:]))
    return lines


def _digits_folded(s: str) -> str:
    return re.sub(r"[0-9０-９]+", "#", s)


def classify_lines(lines: list[Line], compiled: CompiledRules) -> None:
    """Set `kind` and `rule` on each line, in place."""
    rules = compiled.rules
    counts: dict[str, int] = {}
    for ln in lines:
        s = ln.stripped
        if len(s) >= rules.repeated_line.min_chars:
            key = _digits_folded(s)
            counts[key] = counts.get(key, 0) + 1
    in_footnote, prev_footnote = False, None
    for ln in lines:
        s = ln.stripped
        if not s:
            ln.kind, ln.rule = ("blank", None) if "\ufffd" not in ln.text else ("furniture", "replacement_debris")
            in_footnote = False
            continue
        hit = next((rid for rid, rx in compiled.furniture if rx.search(s)), None)
        if hit:
            ln.kind, ln.rule = "furniture", hit
            continue
        if (
            len(s) >= rules.repeated_line.min_chars
            and counts.get(_digits_folded(s), 0) >= rules.repeated_line.min_repeats
            and not any(rx.search(s) for _, rx in compiled.heading)
            and not s.startswith("http")
        ):
            ln.kind, ln.rule = "furniture", rules.repeated_line.id
            continue
        hit = next((rid for rid, rx in compiled.footnote if rx.search(ln.text.strip())), None)
        if hit:
            ln.kind, ln.rule, in_footnote, prev_footnote = "footnote", hit, True, ln
            continue
        if in_footnote and _continues_footnote(ln, prev_footnote, rules.footnote_continuation):
            ln.kind, ln.rule, prev_footnote = "footnote", rules.footnote_continuation.id, ln
            continue
        in_footnote = False
        if s.startswith(("http://", "https://", "www.")):
            ln.kind, ln.rule = "url", "url"
            continue
        hit = next((rid for rid, rx in compiled.heading if rx.search(s)), None)
        if hit:
            ln.kind, ln.rule = "heading", hit
            continue
        hit = next((rid for rid, rx in compiled.bullet if rx.search(s)), None)
        if hit:
            ln.kind, ln.rule = "bullet", hit
            continue
        ln.kind, ln.rule = "body", None
    _mark_side_tabs(lines, rules.side_tab)


def _continues_footnote(ln: Line, prev: Line | None, rule: _FootnoteContinuation) -> bool:
    """A footnote runs on into a URL line, past a line the PDF ended with debris, or out of an open bracket."""
    s = ln.text.strip()
    if s.startswith(tuple(rule.line_starts)):
        return True
    if prev is None:
        return False
    p = prev.text.rstrip()
    unclosed = p.count("（") + p.count("(") > p.count("）") + p.count(")")
    return p.endswith(rule.after_line_ending) or unclosed


def _mark_side_tabs(lines: list[Line], side: _SideTab) -> None:
    """Runs of one-character lines (国/際/枠/組/み…), blank lines allowed between, are PDF side tabs."""
    i, n = 0, len(lines)
    while i < n:
        if lines[i].kind == "body" and len(lines[i].stripped) <= side.max_chars:
            run, j = [i], i + 1
            while j < n and (lines[j].kind == "blank" or (len(lines[j].stripped) <= side.max_chars and lines[j].kind in ("body", "furniture"))):
                if lines[j].kind != "blank":
                    run.append(j)
                j += 1
            if len(run) >= side.min_run:
                for k in run:
                    lines[k].kind, lines[k].rule = "furniture", side.id
            i = j
        else:
            i += 1
