"""The entity layer's working record: a mention in the cleaned text, before raw offsets."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

# Sources, in order of trust (ties on the same span go to the lower number).
GAZETTEER = 0  # gazetteer names, compounds of abbreviations, rules built on them
NER = 1  # kiroku's trained head (doc.spans["kiroku_ner"])
ENE = 2  # GiNZA's ENE entities (doc.ents) through models/ene_map.json


@dataclass
class Mention:
    start: int  # offsets in NormalizedText.text
    end: int
    label: str
    canonical: str
    rule: str
    source: int
    qid: Optional[str] = None
    ene: Optional[str] = None
    group: Optional[tuple] = None  # names built on a mention: (label, lead canonical, rest); one canonical per group
    support_only: bool = False  # an ENE span that may only lend its tag to a gazetteer mention on the same span

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Mention") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Mention") -> bool:
        return self.start <= other.start and other.end <= self.end

    def same_span(self, other: "Mention") -> bool:
        return self.start == other.start and self.end == other.end

    def with_(self, **kw) -> "Mention":
        return replace(self, **kw)


def surface_canonical(s: str) -> str:
    """Canonical form of a name known only from the text: its surface with inner whitespace collapsed."""
    return " ".join(s.split())


class SpanIndex:
    """Mentions bucketed by position, so overlap queries stay linear on long documents (a 1 MB text)."""

    def __init__(self, mentions=(), size: int = 32):
        self.size = size
        self.buckets: dict[int, list[Mention]] = {}
        for m in mentions:
            self.add(m)

    def _keys(self, s: int, e: int) -> range:
        return range(s // self.size, max(s, e - 1) // self.size + 1)

    def add(self, m: Mention) -> None:
        for k in self._keys(m.start, m.end):
            self.buckets.setdefault(k, []).append(m)

    def remove(self, m: Mention) -> None:
        for k in self._keys(m.start, m.end):
            b = self.buckets.get(k)
            if b is not None:
                for i, x in enumerate(b):
                    if x is m:
                        del b[i]
                        break

    def overlapping(self, s: int, e: int) -> list[Mention]:
        seen: dict[int, Mention] = {}
        for k in self._keys(s, e):
            for m in self.buckets.get(k, ()):
                if m.start < e and s < m.end:
                    seen[id(m)] = m
        return sorted(seen.values(), key=lambda m: (m.start, m.end))
