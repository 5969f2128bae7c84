"""Persons without their titles: 岸田首相 -> PERSON 岸田; メローニ首相：議長 -> PERSON メローニ.

The title words are data (`models/gazetteer/titles.json`). Two sources of names:
* a model span (ENE Person or Position_Vocation, NER PERSON) that ends in a title:
  the span is cut before the title;
* tokens right before a title that SudachiPy tags as a personal name
  (名詞-固有名詞-人名) or that are katakana proper nouns: a PERSON mention even
  when no model tagged it (rule `title:<title>`);
* a katakana name right before an organisation that a title follows
  (ミシェル欧州理事会議長 -> ミシェル; `org_title_persons`).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.errors import ErrorCode, KirokuError
from pipeline.nlp.gazetteer import GAZETTEER_DIR, is_kanji, is_katakana, nfkc

from .ene import is_katakana_word
from .mention import GAZETTEER, Mention

TITLES_FILE = GAZETTEER_DIR / "titles.json"


class Titles(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = Field(default="", alias="_doc")
    titles: list[str] = Field(min_length=1)


@lru_cache(maxsize=2)
def load_titles(path: str | None = None) -> tuple[str, ...]:
    p = Path(path) if path else TITLES_FILE
    try:
        data = Titles.model_validate(json.loads(p.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, ValidationError) as exc:
        raise KirokuError(ErrorCode.E021_DATA_FILE, detail=f"{p.name}: {str(exc).splitlines()[0]}") from None
    return tuple(sorted({nfkc(t) for t in data.titles}, key=len, reverse=True))


@lru_cache(maxsize=4)
def _by_first(titles: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for t in titles:  # keeps longest-first order
        out.setdefault(t[0], []).append(t)
    return {k: tuple(v) for k, v in out.items()}


def split_title(text: str, titles: tuple[str, ...]) -> Optional[tuple[str, str]]:
    """(name, title) when `text` is a name followed by a title word, else None."""
    for t in titles:
        if text.endswith(t) and len(text) > len(t):
            name = text[: -len(t)].rstrip("・ ")
            if _name_like(name):
                return name, t
    return None


def _name_like(name: str) -> bool:
    if len(name) < 2 and not (len(name) == 1 and is_kanji(name)):
        return False
    return is_katakana_word(name) or all(is_kanji(c) for c in name) and len(name) <= 5


def _is_name_token(tok) -> bool:
    tag = getattr(tok, "tag_", "") or ""
    if "人名" in tag:
        return True
    return tok.pos_ == "PROPN" and is_katakana_word(tok.text) and len(tok.text) >= 2


def title_person_mentions(doc, base: int, titles: tuple[str, ...], full: str | None = None,
                          sent_text: str | None = None) -> list[Mention]:
    """PERSON mentions for name tokens directly followed by a title word in one sentence Doc.

    `full` is the whole cleaned text (`base` is the sentence's offset in it); `sent_text` the Doc's text
    when the caller has it (spaCy joins `doc.text` from the tokens on every access).
    """
    text = doc.text if sent_text is None else sent_text
    out = []
    by_first = _by_first(titles)
    if by_first.keys().isdisjoint(text):
        return out  # no title word can start here: do not build the sentence's Token objects
    toks = list(doc)
    for i, tok in enumerate(toks):
        start = tok.idx
        cands = by_first.get(text[start]) if start < len(text) else None
        if not cands:
            continue
        title = next((t for t in cands if text.startswith(t, start)), None)
        if title is None or i == 0:
            continue
        j = i - 1
        while j >= 0 and (_is_name_token(toks[j]) or toks[j].text in ("・", "=") and j > 0):
            j -= 1
        first = j + 1
        while first < i and toks[first].text in ("・", "="):
            first += 1
        if first >= i:
            continue
        s, e = toks[first].idx, toks[i - 1].idx + len(toks[i - 1].text)
        name = text[s:e]
        if not _name_like(name):
            continue
        before = full[base + s - 1] if full is not None and base + s > 0 else (text[s - 1] if s > 0 else "")
        if before and is_katakana(name[0]) and is_katakana(before):
            continue  # the tail of a longer word (イノベー|ション), not a whole name  # the tail of a longer word (イノベー|ション), not a whole name
        out.append(Mention(base + s, base + e, "PERSON", name, f"title:{title}", GAZETTEER + 1))
    return out


def trim_titled(m: Mention, text: str, titles: tuple[str, ...]) -> Optional[Mention]:
    """A model PERSON / post span that ends in a title becomes the PERSON name before it."""
    split = split_title(text[m.start:m.end], titles)
    if split is None:
        return m if m.label == "PERSON" else None
    name, title = split
    return m.with_(end=m.start + len(name), label="PERSON", canonical=name, rule=f"{m.rule}+title:{title}")


def org_title_persons(text: str, mentions: list[Mention], titles: tuple[str, ...]) -> list[Mention]:
    """A katakana name written before an organisation and its title is a person: ミシェル|欧州理事会|議長."""
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for m in mentions:
        if m.label != "ORG":
            continue
        title = next((t for t in titles if text.startswith(t, m.end)), None)
        if title is None:
            continue
        s = m.start
        while s > 0 and (is_katakana(text[s - 1]) or text[s - 1] in "・="):
            s -= 1
        name = text[s:m.start].strip("・=")
        s = m.start - len(name)
        if len(name) < 2 or not is_katakana_word(name) or any(a < m.start and s < b for a, b in taken):
            continue
        out.append(Mention(s, m.start, "PERSON", name, f"title:{title}", GAZETTEER + 1))
    return out
