"""The entity layer: gazetteer + trained NER head + GiNZA ENE -> contract entities.

Recipe (`find_mentions`, on the cleaned text; `extract_entities` maps to raw offsets):
1. gazetteer names and compounds of one-character country forms on the whole
   cleaned text (pipeline/nlp/gazetteer.py: text-level longest match with boundary
   rules, not token-level: SudachiPy's token boundaries are unreliable for names
   like 上海協力機構 and for Latin acronyms);
2. longer names built on them (names.py): compound names (G7ボローニャ科学技術大臣会合),
   quoted document titles (「…原則」, 『…』); `X政府` / `X政権` after a GPE or PERSON
   mention -> one ORG mention of the whole span; event editions (SCOサミット2025);
3. per sentence Doc: the trained head's spans (`doc.spans["kiroku_ner"]`), GiNZA's
   ENE entities mapped by models/ene_map.json, both through hygiene filters, and
   persons found before a title word (岸田首相 -> 岸田); titles are cut off model
   PERSON spans;
4. overlap resolution (resolve.py: gazetteer wins ties and crossings, containing
   span wins otherwise, no nested spans);
5. bracketed acronyms link to their full names and propagate through the
   document (acronyms.py).

Every mention carries `rule`: `gazetteer:<id>`, `abbrev:<id>`, `compound:<label>`,
`quoted:document`, `government:<suffix>`, `…+edition`,
`ner:<label>`, `ene:<label>`, `title:<word>`, `acronym`, `acronym:name`,
`acronym:propagated`; `ene` holds GiNZA's ENE label when an ENE span was involved.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from typing import Iterable

from pipeline.nlp.gazetteer import Gazetteer, load_gazetteer, nfkc
from pipeline.schema import Entity

from .acronyms import link_acronyms
from .homonyms import disambiguate
from .ene import EneMap, ene_mentions, load_ene_map, ner_mentions
from .mention import ENE, GAZETTEER, Mention, SpanIndex
from .names import absorb, compound_names, editions, quoted_titles, unify_groups
from .persons import load_titles, org_title_persons, split_title, title_person_mentions
from .resolve import resolve

__all__ = ["extract_entities", "entity_catalog", "find_mentions", "Mention"]


def _gazetteer_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    out = []
    for m in gaz.match_text(text):
        e = m.entry
        out.append(Mention(m.start, m.end, m.label, e.canonical, m.rule, GAZETTEER, qid=e.qid))
    return out


def _government(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """GPE or PERSON directly followed by 政府/政権: one ORG mention of the whole span (インド政府), its canonical the
    span as written (アメリカ政府) unless the country is written in a form of `as_country` (日本国政府 -> 日本政府)."""
    gs = gaz.rules.government_suffixes
    suffixes = sorted((nfkc(w) for w in gs.words), key=len, reverse=True)
    as_country = {nfkc(w) for w in gs.as_country}
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        if m.label in ("GPE", "PERSON"):
            suf = next((w for w in suffixes if text.startswith(w, m.end)), None)
            if suf and (m.end not in starts):
                written = text[m.start:m.end]
                base = m.canonical if m.label == "GPE" and nfkc(written) in as_country else written
                out.append(m.with_(end=m.end + len(suf), label="ORG", canonical=base + suf,
                                   rule=f"government:{suf}", qid=None))
                continue
        if m.label == "ORG":
            # 大日本帝国政府 read whole by the model: the country's canonical + the suffix, as when the
            # gazetteer finds the country first (日本政府)
            name = text[m.start:m.end]
            suf = next((w for w in suffixes if name.endswith(w) and len(name) > len(w)), None)
            entry = gaz.lookup(name[:-len(suf)]) if suf else None
            if (entry is not None and str(getattr(entry.label, "value", entry.label)) == "GPE"
                    and nfkc(name[:-len(suf)]) in as_country):
                out.append(m.with_(canonical=entry.canonical + suf, rule=f"{m.rule}+government:{suf}"))
                continue
        out.append(m)
    return out


def find_mentions(text: str, sentences: Iterable[tuple[int, object]], gaz: Gazetteer | None = None,
                  ene_map: EneMap | None = None) -> list[Mention]:
    """Entity mentions of a cleaned text, offsets into `text`.

    `sentences` are (offset in text, spaCy Doc) pairs whose Doc text is `text[offset:offset+len]`.
    """
    gaz = gaz or load_gazetteer()
    ene_map = ene_map or load_ene_map()
    titles = load_titles()
    ew = gaz.rules.ene_with_head
    ene_alone = None if ew is None else {str(getattr(x, "value", x)) for x in ew.labels}
    gaz_mentions = _gazetteer_mentions(text, gaz)
    gaz_mentions = absorb(gaz_mentions, compound_names(text, gaz_mentions, gaz))
    gaz_mentions = absorb(gaz_mentions, quoted_titles(text, gaz))
    gaz_mentions = editions(text, gaz_mentions, gaz)
    models: list[Mention] = []
    for base, doc in sentences:
        # spaCy builds doc.text and doc.ents from the tokens on every access: once per sentence
        ents, sent_text = doc.ents, doc.text
        ene = ene_mentions(doc, base, ene_map, gaz, text, ents, sent_text)
        if ene_alone is not None and _head_ran(doc):
            ene = [m if m.label in ene_alone else m.with_(support_only=True) for m in ene]
        for m in ner_mentions(doc, base, gaz, text, ents, sent_text) + ene:
            if m.label == "PERSON":
                split = split_title(text[m.start:m.end], titles)
                if split is not None:
                    name, title = split
                    m = m.with_(end=m.start + len(name), canonical=name, rule=f"{m.rule}+title:{title}")
            models.append(m)
        models.extend(title_person_mentions(doc, base, titles, text, sent_text))
    merged = resolve(text, gaz_mentions, models, tuple(nfkc(w) for w in gaz.rules.generic_heads.words))
    merged = _government(text, merged, gaz)
    merged = editions(text, merged, gaz)
    merged = _drop_overlaps(merged)
    merged = sorted(merged + org_title_persons(text, merged, titles), key=lambda m: (m.start, m.end))
    merged = link_acronyms(text, merged, gaz)
    merged = _outside_urls(text, merged)
    merged = unify_groups(merged)
    return disambiguate(text, _canonical_by_surface(text, merged, gaz))


def _head_ran(doc) -> bool:
    try:
        from pipeline.nlp.kiroku_ner import SPANS_KEY
    except ImportError:  # the head's module is optional
        return False
    return SPANS_KEY in doc.spans


_URL = re.compile(r"(?:https?://|www\.)[^\s\u3000「」『』()<>]+")


def _outside_urls(text: str, mentions: list[Mention]) -> list[Mention]:
    """URLs are not entities, nor are names inside them (…/CSAR_2024_…, www.oecd.org)."""
    mask = bytearray(len(text))
    for u in _URL.finditer(text):
        mask[u.start():u.end()] = b"\x01" * (u.end() - u.start())
    if 1 not in mask:
        return mentions
    return [m for m in mentions if 1 not in mask[m.start:m.end]]


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """After the government rule widened some spans: longest first, no overlaps."""
    out: list[Mention] = []
    index = SpanIndex()
    for m in sorted(mentions, key=lambda m: (-m.length, m.source, m.start)):
        if not index.overlapping(m.start, m.end):
            out.append(m)
            index.add(m)
    return sorted(out, key=lambda m: (m.start, m.end))


def _canonical_by_surface(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Model mentions whose surface is a gazetteer form take the entry's canonical and QID."""
    out = []
    for m in mentions:
        if m.source != GAZETTEER and not m.rule.startswith("acronym"):
            entry = gaz.lookup(text[m.start:m.end])
            if entry is not None and str(getattr(entry.label, "value", entry.label)) == m.label:
                m = m.with_(canonical=entry.canonical, qid=entry.qid)
        out.append(m)
    return out


def _raw_fits(norm_text: str, raw_text: str) -> bool:
    """False when the raw span swallows text the cleaner moved away (a footnote block between two halves).

    A span may keep line breaks, PDF spaces and debris inside it; it may not be much longer than its name.
    """
    if raw_text == norm_text:
        return True  # most spans: the cleaner changed nothing inside them
    squeeze = lambda s: "".join(ch for ch in nfkc(s) if not ch.isspace() and ch != "\ufffd")  # noqa: E731
    if squeeze(raw_text) == squeeze(norm_text):
        return True
    return len(raw_text) <= 1.5 * len(norm_text) + 6


def extract_entities(parsed) -> list[Entity]:
    """Entities of a ParsedDocument with RAW offsets (`raw[start:end] == text`)."""
    text = parsed.norm.text
    raw = parsed.norm.raw
    sentences = [(s.start, s.doc) for s in parsed.sentences if s.doc is not None]
    out = []
    for m in find_mentions(text, sentences):
        rs, re_ = parsed.raw_span(m.start, m.end)
        if re_ <= rs or not _raw_fits(text[m.start:m.end], raw[rs:re_]):
            continue
        out.append(Entity(start=rs, end=re_, text=raw[rs:re_], label=m.label, canonical=m.canonical,
                          ene=m.ene, qid=m.qid, rule=m.rule))
    return out


def entity_catalog(entities: Iterable[Entity], doc_id: str) -> list[dict]:
    """One row per (canonical, label) of a document: doc_id, canonical, label, qid, mentions."""
    rows: "OrderedDict[tuple[str, str], dict]" = OrderedDict()
    for e in entities:
        label = str(getattr(e.label, "value", e.label))
        key = (e.canonical, label)
        row = rows.get(key)
        if row is None:
            row = rows[key] = {"doc_id": doc_id, "canonical": e.canonical, "label": label, "qid": e.qid,
                               "mentions": 0}
        row["mentions"] += 1
        if row["qid"] is None and e.qid:
            row["qid"] = e.qid
    return list(rows.values())
