"""Names several bodies share (民主党 of the US and of Japan): one canonical per thing.

`models/gazetteer/homonyms.json` lists, per shared name, its senses with cue words. A mention whose canonical
is such a name takes the sense whose cues occur most often in its sentence (or, with none there, its
paragraph); no cue or a tie keeps the name.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline.errors import ErrorCode, KirokuError

from .mention import Mention

HOMONYMS = Path(__file__).resolve().parents[3] / "models" / "gazetteer" / "homonyms.json"


class Sense(BaseModel):
    model_config = ConfigDict(extra="forbid")
    canonical: str
    cues: list[str]


class Homonyms(BaseModel):
    model_config = ConfigDict(extra="forbid")
    window: int = 600  # characters either side of the mention, within its paragraph
    names: dict[str, list[Sense]]


@lru_cache(maxsize=2)
def load_homonyms(path: str | None = None) -> Homonyms:
    p = Path(path) if path else HOMONYMS
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        data.pop("_doc", None)
        return Homonyms.model_validate(data)
    except (OSError, ValueError, ValidationError) as e:
        raise KirokuError(ErrorCode.E021_DATA_FILE, detail=f"{p}: {str(e).splitlines()[0]}") from e


def _paragraph(text: str, start: int, end: int, window: int) -> str:
    lo = max(text.rfind("\n\n", 0, start) + 2, start - window, 0)
    hi = text.find("\n\n", end)
    hi = min(hi if hi >= 0 else len(text), end + window)
    return text[lo:start] + text[end:hi]  # the mention itself is no cue (自由民主党 holds 民主党)


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find("。", end), text.find("\n", end)) if i >= 0]
    return text[lo:start] + text[end:min(ends) if ends else len(text)]


def disambiguate(text: str, mentions: list[Mention], table: Homonyms | None = None) -> list[Mention]:
    """Mentions of a shared name take the canonical of the sense their sentence, else their paragraph, points to."""
    table = table or load_homonyms()
    out = []
    for m in mentions:
        senses = table.names.get(m.canonical) if m.label == "ORG" else None
        if senses:
            scopes = (lambda: _sentence(text, m.start, m.end), lambda: _paragraph(text, m.start, m.end, table.window))
            for scope in scopes:  # the paragraph is read only when the sentence holds no cue
                context = scope()
                scores = [sum(context.count(c) for c in s.cues) for s in senses]
                best = max(scores)
                if best > 0:
                    break  # the sentence decides when it holds a cue; else its paragraph
            if best > 0 and scores.count(best) == 1:
                chosen = senses[scores.index(best)].canonical
                if chosen != m.canonical:
                    m = m.with_(canonical=chosen, qid=None)  # the gazetteer's QID names the other body
        out.append(m)
    return out
