"""How gazetteer, trained head and GiNZA ENE mentions combine into one layer.

Policy (tested in tests/extract/test_entities_resolve.py):
1. Gazetteer mentions (names, compounds of abbreviations) are matched first and
   never overlap each other (longest match wins inside the gazetteer).
2. A model mention (NER head or ENE) on exactly the span of a gazetteer mention
   is dropped: the gazetteer wins ties on label and canonical; the ENE label is
   kept on the gazetteer mention as `ene`.
3. A model mention inside a gazetteer mention, or crossing one, is dropped
   (GiNZA cuts 上海 out of 上海協力機構; the gazetteer knows the whole name).
4. A model mention that contains gazetteer mentions wins (containing span wins,
   no nesting: G7プーリア首脳コミュニケ over G7) unless what it adds to them is
   only generic heads and punctuation (`generic_heads` in rules.json: ASEAN加盟国,
   G7各国), a single character (G7サミット後) or hiragana (アジア・太平洋だけ), or
   when its last gazetteer mention ends it with the same label (ミシェル欧州理事会
   -> 欧州理事会), or when it is a place containing a gazetteer place (ヨーロッパ復興):
   then the gazetteer mentions stay.
5. Model mentions among themselves: the trained NER head wins over ENE whenever
   they overlap (it scores 0.69 strict on the benchmark's dev sentences, ENE 0.47);
   otherwise longer span first, then the earlier span. Where the head ran, ENE spans
   of labels outside `ene_with_head` (rules.json) only lend their tag (support_only). A head place spanning a
   gazetteer place and an administrative unit (北海道札幌市, 大阪府阪南市) or a state
   form (オーストリア共和国) stands, and so does a head span that adds one kanji to a
   gazetteer name of another label (米軍, アメリカ軍 ORG).
The result has no nested or crossing spans. The one exception the contract
allows, a full name with its bracketed acronym, is never a nesting here: the
two are separate adjacent mentions (see acronyms.py).
"""
from __future__ import annotations

import re

from pipeline.nlp.gazetteer import is_kanji

from .mention import GAZETTEER, NER, Mention, SpanIndex

# a place name followed by an administrative unit: 北海道|札幌市, 大阪府|阪南市石田, 東京都|渋谷区
_ADDRESS = re.compile(r"[都道府県省州][^\s、。]{1,6}?[市区町村郡]|(?:共和国|王国|連邦|合衆国|公国)$")
_PUNCT = re.compile(r"[\s、。,.:;・\-–—/()（）「」『』【】<>]")


def _residue(text: str, m: Mention, inner: list[Mention]) -> str:
    chars = list(text[m.start:m.end])
    for g in inner:
        for k in range(g.start - m.start, g.end - m.start):
            chars[k] = ""
    return _PUNCT.sub("", "".join(chars))


def _only_generic(residue: str, generic: tuple[str, ...]) -> bool:
    if len(residue) <= 1 or all("\u3041" <= c <= "\u309f" for c in residue) or residue.isdigit():
        return True  # one character (G7サミット後) or particles only (アジア・太平洋だけ)
    rest = residue
    changed = True
    while rest and changed:
        changed = False
        for w in generic:  # longest first
            if rest.startswith(w):
                rest = rest[len(w):]
                changed = True
                break
            if rest.endswith(w):
                rest = rest[: -len(w)]
                changed = True
                break
    return not rest


def resolve(text: str, gazetteer: list[Mention], models: list[Mention], generic: tuple[str, ...]) -> list[Mention]:
    generic = tuple(sorted(set(generic), key=len, reverse=True))
    gaz = sorted(gazetteer, key=lambda m: m.start)
    gaz_index = SpanIndex(gaz)
    removed: set[int] = set()  # ids of gazetteer mentions beaten by a containing model span
    ene_for: dict[int, str] = {}  # id of a gazetteer mention -> ENE label of a model span on the same span
    accepted = SpanIndex()
    kept_models: list[Mention] = []
    # the trained head's spans first: an ENE span overlapping an accepted head span is dropped
    for m in sorted(models, key=lambda m: (m.source != NER, -m.length, m.source, m.start)):
        near = gaz_index.overlapping(m.start, m.end)
        same = [g for g in near if g.same_span(m)]
        if same:
            if same[0].ene is None and m.ene is not None:
                ene_for.setdefault(id(same[0]), m.ene)
            continue
        if m.support_only:
            continue
        touching = [g for g in near if id(g) not in removed]
        if any(not m.contains(g) for g in touching):
            continue  # inside or crossing a gazetteer name
        residue = _residue(text, m, touching) if touching else ""
        if touching and _only_generic(residue, generic) and not (
                m.source == NER and len(residue) == 1 and is_kanji(residue)
                and all(g.label != m.label for g in touching) and residue not in generic):
            continue  # (the head's 米軍, アメリカ軍: one kanji that makes a place an organisation stands)
        if touching and touching[-1].end == m.end and touching[-1].label == m.label:
            continue  # same-label name at the end: the model only added a prefix (ミシェル|欧州理事会)
        if m.label in ("GPE", "LOC") and any(g.label == m.label for g in touching) \
                and not (m.source == NER and _ADDRESS.search(text, m.start, m.end)):
            continue  # a place the model stretched over a following word (ヨーロッパ|復興)
        if accepted.overlapping(m.start, m.end):
            continue
        accepted.add(m)
        kept_models.append(m)
        removed.update(id(g) for g in touching)
    kept = [g.with_(ene=ene_for[id(g)]) if id(g) in ene_for else g for g in gaz if id(g) not in removed]
    return sorted(kept + kept_models, key=lambda m: (m.start, m.end))


def is_gazetteer(m: Mention) -> bool:
    return m.source == GAZETTEER
