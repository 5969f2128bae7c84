"""Model mentions: GiNZA's ENE entities (via models/ene_map.json) and kiroku's NER head.

Model spans pass hygiene filters before they compete with the gazetteer: PDF
debris, whitespace inside Japanese text, unbalanced brackets, fragments of a
broken katakana word, lone Latin words (GiNZA tags English fragments with
arbitrary labels) and words that are never entities (rules.json). Each filter
has an id; `filter_reason` returns it, so a dropped span can be traced.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pipeline.errors import ErrorCode, KirokuError
from pipeline.nlp.gazetteer import Gazetteer, is_katakana, nfkc
from pipeline.schema import EntityLabel

from .mention import ENE, NER, Mention, surface_canonical

ENE_MAP_PATH = Path(__file__).resolve().parents[3] / "models" / "ene_map.json"


class EneTarget(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: Optional[EntityLabel]
    reason: Optional[str] = None

    @model_validator(mode="after")
    def _reason_for_drop(self) -> "EneTarget":
        if self.label is None and not (self.reason and self.reason.strip()):
            raise ValueError("a dropped label (null) needs a reason")
        return self


class EneMap(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    doc: str = Field(default="", alias="_doc")
    model: str
    labels: dict[str, EneTarget] = Field(min_length=1)

    def target(self, ene_label: str) -> Optional[str]:
        t = self.labels.get(ene_label)
        if t is None or t.label is None:
            return None
        return t.label.value if hasattr(t.label, "value") else str(t.label)


@lru_cache(maxsize=2)
def load_ene_map(path: str | None = None) -> EneMap:
    p = Path(path) if path else ENE_MAP_PATH
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise KirokuError(ErrorCode.E021_DATA_FILE, detail=f"{p.name}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    try:
        return EneMap.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(x) for x in first["loc"])
        raise KirokuError(ErrorCode.E021_DATA_FILE, detail=f"{p.name}: {loc}: {first['msg']}") from None


# ---------------------------------------------------------------------------
# hygiene filters (ids are recorded nowhere but returned for tracing and tests)

_OPEN, _CLOSE = "([{（「『【<〈《", ")]}）」』】>〉》"  # （） as well, for text that is not NFKC-folded
_COLONS = ("：", ":")
_SMALL_KANA = set("ァィゥェォッャュョヮヵヶンー")
_PUNCT_EDGE = re.compile(r"^[\s、。,.:;・\-–—/|!?()\[\]{}「」『』【】<>〈〉《》\"'“”‘’]|[\s、。,.:;・\-–—/|!?(\[{「『【<〈《\"'“‘]$")
_LATIN_ONLY = re.compile(r"^[A-Za-z0-9 .,&'’\-–/:()]+$")
# an acronym: capitals (inner lower case allowed: GFTech, ReICO), at most two trailing digits (COP28), 3-10 chars
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z&]{2,9}(?:-?[0-9]{1,2})?$")
_ENGLISH_CAPS = {"AND", "THE", "OF", "FOR", "WITH", "FROM", "TOWARDS", "GLOBAL", "FINAL", "STATEMENT", "COUNCIL",
                 "MINISTERIAL", "ONLINE", "COMPLETE", "GUIDEBOOK", "CHANGE", "FLOW", "GROWTH", "LEADING"}
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々]")
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")
_ANAPHOR = re.compile(r"^(?:同|本|当|前記|上記|次回|今回|この|その|あの)(?=[\u4e00-\u9fff\u30a0-\u30ff])")


_YEAR_LEAD = re.compile(r"^(?:1[89]|20)\d{2}年(?=\S)")
_TRANSLITERATED = re.compile(r"[\u30a1-\u30fa\u30fc]{2}|[A-Za-z]")
_LATIN_NAME = re.compile(r"^(?=.*[A-Z0-9])[A-Za-z0-9][A-Za-z0-9.&'’\-]*[A-Za-z0-9.]$")


def filter_reason(text: str, never: frozenset[str], label: str | None = None,
                  heads: tuple[str, ...] | None = None, trained: bool = False) -> Optional[str]:
    """Why a model span must be dropped (a filter id), or None when it may stand.

    `heads`: when given (ENE spans of ORG, EVENT, DOCUMENT), the span must end with one of them
    unless it is a Latin acronym.
    `trained`: a span of kiroku's trained head, not GiNZA's ENE. The head is trained on names, so
    three ENE filters are looser for it: an EVENT may start with its year (1972年札幌オリンピック;
    `_span_mentions` judges such an event by its name after the year),
    a non-person name may be one Latin word with a capital or digit (Java, iPad, PC-DOS), and a
    transliterated name (two katakana or a Latin letter: セガホールディングス, Jリーグ) needs no head word.
    `ner_mentions` applies the other two only where GiNZA's ENE also saw a name there.
    """
    if "\ufffd" in text or "\n" in text or "\t" in text:
        return "filter.debris"
    if len(text) < 2:
        return "filter.single_char"
    if _PUNCT_EDGE.search(text):
        return "filter.edge_punct"
    depth, colon = 0, False
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth < 0:
                return "filter.unbalanced"
        elif ch in _COLONS and depth == 0:
            colon = True  # ■CSTP総会開催：国連SDGs決議 (a title's colon); (SIGRE：Security…) in a bracket stays
    if depth:
        return "filter.unbalanced"
    if colon:
        return "filter.colon"
    if text[0].isdigit() and not _LATIN_ONLY.match(text) and not (
            trained and label == "EVENT" and _YEAR_LEAD.match(text)):
        return "filter.leading_digit"  # counts and numbered items (8大新興技術産業, 145か所)
    if text[0] in _SMALL_KANA:
        return "filter.kana_fragment"
    latin = bool(_LATIN_ONLY.match(text))
    if latin:
        # GiNZA labels English fragments arbitrarily (Agile Regulation -> Person): keep only acronyms,
        # and never as persons.
        named = trained and label != "PERSON" and bool(_LATIN_NAME.match(text))
        if label == "PERSON" or not (_ACRONYM.match(text) or named) or text in _ENGLISH_CAPS:
            return "filter.latin_word"
    elif not _JAPANESE.search(text):
        return "filter.code"  # ids and codes: PRID=1911981
    elif " " in text:
        return "filter.space"
    if _ANAPHOR.match(text) and label != "PERSON":
        return "filter.anaphor"  # 同サミット, 本会議, この報告書 (not persons: 本橋雄一, 当麻)
    if all("\u3041" <= ch <= "\u309f" for ch in text):
        return "filter.hiragana"
    if "\u3041" <= text[-1] <= "\u309f" and label != "PERSON":
        return "filter.trailing_kana"  # a phrase, not a name: オープンサイエンスおよび
    if text in never:
        return "filter.never_entity"
    if heads is not None and not latin and not text.endswith(heads) and not (
            trained and _TRANSLITERATED.search(text)):
        return "filter.no_head"
    return None


def _cuts_word(full: str | None, s: int, e: int) -> bool:
    """A span that starts or ends inside a katakana word (イタリ|ア) is a fragment."""
    if not full:
        return False
    return (s > 0 and is_katakana(full[s]) and is_katakana(full[s - 1])) or (
        e < len(full) and is_katakana(full[e - 1]) and is_katakana(full[e]))


def _span_mentions(spans, base: int, text_of, label_of, source: int, rule_prefix: str,
                   never: frozenset[str], heads: dict[str, tuple[str, ...]] | None = None,
                   full: str | None = None, support: list[tuple[int, int]] | None = None,
                   token_support=None) -> list[Mention]:
    """`support`: for the trained head, ENE spans (offsets in `full`); a head span that only the head's
    looser filters let through stands when one of them overlaps it (rule suffix `+ene`).
    `token_support(span, label)`: where GiNZA's ENE did not run, the same for a span its own tokens
    support (`ene_free_support` in rules.json; rule suffix `+tokens`)."""
    out = []
    for sp in spans:
        label = label_of(sp.label_)
        if label is None:
            continue
        s = base + sp.start_char
        e = base + sp.end_char
        t = text_of(s, e)
        cut = _TRAILING_BRACKET.search(t)
        if cut and cut.start() > 0:  # a bracket after a name is not part of it: G7プーリア・サミット(概要)
            e -= len(t) - cut.start()
            t = t[: cut.start()]
        suffix = ""
        year_event = source == NER and label == "EVENT" and _YEAR_LEAD.match(t)
        if filter_reason(t[year_event.end():] if year_event else t, never, label, (heads or {}).get(label)):
            if source != NER or filter_reason(t, never, label, (heads or {}).get(label), trained=True):
                continue
            if any(a < e and s < b for a, b in support or ()):
                suffix = "+ene"
            elif token_support is not None and token_support(sp, label):
                suffix = "+tokens"
            else:
                continue
        if _cuts_word(full, s, e):
            continue
        out.append(Mention(s, e, label, surface_canonical(t), f"{rule_prefix}:{sp.label_}{suffix}", source,
                           ene=sp.label_ if source == ENE else None))
    return out


def ene_mentions(doc, base: int, ene_map: EneMap, gaz: Gazetteer, full: str | None = None,
                 ents=None, sent_text: str | None = None) -> list[Mention]:
    """GiNZA's ENE entities of one sentence Doc as mentions (offsets: base + char offset).

    `full` is the whole cleaned text the offsets point into (to see across sentence edges). `ents`: the
    Doc's `doc.ents` and `sent_text` its `doc.text` when the caller has them (spaCy rebuilds both from the
    tokens on every access).
    """
    never = _never(gaz)
    text = doc.text if sent_text is None else sent_text
    return _span_mentions(doc.ents if ents is None else ents, base, lambda s, e: text[s - base:e - base], ene_map.target, ENE, "ene", never,
                          _ene_heads(gaz), full)


def ner_mentions(doc, base: int, gaz: Gazetteer, full: str | None = None, ents=None,
                 sent_text: str | None = None) -> list[Mention]:
    """kiroku's trained head (doc.spans["kiroku_ner"]) as mentions; nothing when it did not run.

    Same hygiene filters as ENE spans; the head-word rule (ORG/EVENT/DOCUMENT/FACILITY) applies only
    to spans without a proper-noun token (the head is trained on names; 民主主義 and 国際法 are not).
    Such common-noun spans of a label in `ner_support_required` (PRODUCT) also need an ENE span on
    exactly the same characters (「人類運命共同体」, 「資金調達」 are not products).
    Where GiNZA's ENE did not run (no ENT_IOB on the Doc: the default pipeline), the span's own tokens
    give that support instead (rules.json `ene_free_support`: SudachiPy proper-noun tags, unknown
    katakana/Latin words, coded Latin names; rule suffix `+tokens`).
    """
    try:
        from pipeline.nlp.kiroku_ner import SPANS_KEY, contract_label
    except ImportError:  # the head's module is optional
        return []
    if SPANS_KEY not in doc.spans:
        return []
    never = _never(gaz)
    text = doc.text if sent_text is None else sent_text

    def label_of(lab: str) -> Optional[str]:
        try:
            return str(contract_label(lab))
        except Exception:  # a label the map does not know: drop rather than guess
            return None

    spans = doc.spans[SPANS_KEY]
    heads = _ene_heads(gaz)
    ene_map_target = load_ene_map().target
    # The head is trained on names (Wikipedia): a span with a proper noun in it stands without a head word;
    # one made of common nouns only (民主主義, 国際法) needs one, as ENE spans do.
    # Without GiNZA's ENE (loader.drop_unread_ene) nothing from ENE supports a span: the span's own tokens do
    # (rules.json ene_free_support), and a token SudachiPy tags as a proper noun (名詞-固有名詞-…) counts as one
    # even where the pipeline's pos_ is not PROPN (千葉ロッテマリーンズ NOUN, 西松建設 CCONJ), except for the
    # labels that need support (PRODUCT: 世界標準 is tagged 名詞-固有名詞-一般)
    needs = set(gaz.rules.ner_support_required.words)
    tok_support = None if ene_ran(doc) else token_support_for(gaz)
    proper_tags = tuple(gaz.rules.ene_free_support.name_tag_prefixes) if tok_support is not None else ()
    proper_labels = {str(getattr(k, "value", k)) for k, v in gaz.rules.ene_free_support.labels.items()
                     if "proper_noun" in v} if tok_support is not None else set()

    def proper(sp) -> bool:
        if any(t.pos_ == "PROPN" for t in sp):
            return True
        label = label_of(sp.label_)
        return bool(proper_tags) and label not in needs and label in proper_labels and any(
            t.tag_.startswith(proper_tags) for t in sp)

    with_propn = [sp for sp in spans if proper(sp)]
    without = [sp for sp in spans if not proper(sp)]
    # A person needs a name token (SudachiPy's 人名 tag) or GiNZA's Person over it: on policy prose the head
    # tags katakana common nouns as persons (チャネル, ピア・レビュー); on the benchmark's dev sentences such
    # unsupported person spans were 3 right and 10 wrong.
    suffixes = tuple(gaz.rules.person_org_suffixes.words) if gaz.rules.person_org_suffixes else ()
    persons_ene = [(e.start_char, e.end_char) for e in (doc.ents if ents is None else ents)
                   if ene_map_target(e.label_) == "PERSON"]
    without = [sp for sp in without if label_of(sp.label_) != "PERSON" or any("人名" in t.tag_ for t in sp)
               or any(a < sp.end_char and sp.start_char < b for a, b in persons_ene)
               or _org_named(sp.text, heads["ORG"], suffixes)]
    ene_map = load_ene_map()
    ene_spans = [(base + e.start_char, base + e.end_char) for e in (doc.ents if ents is None else ents)
                 if ene_map.target(e.label_)]
    out = _span_mentions(with_propn, base, lambda s, e: text[s - base:e - base], label_of, NER, "ner", never, None,
                         full, ene_spans, tok_support)
    common = _span_mentions(without, base, lambda s, e: text[s - base:e - base], label_of, NER, "ner", never, heads,
                            full, ene_spans, tok_support)
    if needs and tok_support is not None:
        common = [m for m in common if m.label not in needs or m.rule.endswith("+tokens")
                  or _token_supported_text(full, m, tok_support, spans, base, label_of)]
    elif needs:
        works = set(gaz.rules.ner_support_required.ene_labels)
        exact = set(ene_spans) | {(base + e.start_char, base + e.end_char) for e in (doc.ents if ents is None else ents)
                                  if e.label_ in works}
        common = [m for m in common if m.label not in needs or (m.start, m.end) in exact]
    return [_person_as_org(m, heads["ORG"], suffixes) for m in out + common]


def ene_ran(doc) -> bool:
    """Whether GiNZA's ENE `ner` ran on the Doc: it sets an IOB tag (O at least) on every token."""
    return len(doc) > 0 and doc.has_annotation("ENT_IOB")


# a Latin name that is no plain English word: inner capital, letters with digits, a hyphen, two capitals
# (iPad, eBay, KL-10, PC-DOS, A300; not Alliance, Service)
# (iPad, eBay, KL-10, PC-DOS, A300; not Alliance, Service, nor a lower-case hash: e94f4f9a28)
_LATIN_CODED = re.compile(r"^(?=.*[A-Z]).*(?:[a-z][A-Z]|[A-Za-z][0-9]|[0-9][A-Za-z]|[A-Za-z]-[A-Za-z0-9]|[A-Z]{2})")


# a token written in katakana (two) or Latin letters with a capital (ガンダム, LINE, Java; not the f of a hash)
_TRANSLITERATED_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]{2}|[A-Z][A-Za-z]|[A-Za-z][A-Z]")


def _transliterated(text: str) -> bool:
    """Katakana (two) or Latin letters in a span that is not Latin-only (Jリーグ, セガホールディングス)."""
    return bool(_TRANSLITERATED.search(text)) and bool(_JAPANESE.search(text))


def token_support_for(gaz: Gazetteer):
    """`support(span, label)` from rules.json `ene_free_support`, or None when the section is absent."""
    rule = gaz.rules.ene_free_support
    if rule is None:
        return None
    prefixes = tuple(rule.tag_prefixes)
    signals = {str(getattr(k, "value", k)): frozenset(v) for k, v in rule.labels.items()}

    def support(sp, label: str) -> bool:
        sig = signals.get(label)
        if not sig:
            return False
        text = sp.text
        if "latin" in sig and _LATIN_ONLY.match(text) and _LATIN_CODED.search(text) and (
                len(text) > 2 or any(c.isdigit() for c in text)):  # two capitals alone: PO, PV
            return True
        if "transliterated" in sig and _transliterated(text):
            return True
        if "proper_noun" in sig and any(t.tag_.startswith(prefixes) for t in sp):
            return True
        if "transliterated_proper_noun" in sig and any(
                t.tag_.startswith(prefixes) and _TRANSLITERATED_WORD.search(t.text) for t in sp):
            return True
        if "unknown_word" in sig and _transliterated(text):
            words = [t for t in sp if _TRANSLITERATED.search(t.text)]
            if words and all(t.is_oov for t in words):
                return True
        return False

    return support


def _token_supported_text(full, m: Mention, support, spans, base: int, label_of) -> bool:
    """A mention of a head span (the span it came from, found by its start) that its tokens support."""
    for sp in spans:
        if base + sp.start_char == m.start and label_of(sp.label_) == m.label:
            return support(sp, m.label)
    return False


def _person_as_org(m: Mention, org_heads: tuple[str, ...], suffixes: tuple[str, ...]) -> Mention:
    """A head PERSON span ending in a `person_org_suffixes` word (社) or a longer organisation head word
    names an organisation (イプシロン・アドバンスト・マテリアルズ社); one-character heads (部, 院) also end
    surnames (阿部)."""
    if m.label == "PERSON" and _org_named(m.canonical, org_heads, suffixes):
        return m.with_(label="ORG", rule=m.rule + "+org_head")
    return m


def _org_named(c: str, org_heads: tuple[str, ...], suffixes: tuple[str, ...]) -> bool:
    return (any(len(c) > len(s) and c.endswith(s) for s in suffixes)
            or any(len(h) >= 2 and c.endswith(h) and len(c) > len(h) for h in org_heads))


@lru_cache(maxsize=4)
def _never_cached(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(nfkc(w) for w in words)


def _ene_heads(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    h = gaz.rules.ene_heads
    return _heads_cached(tuple(h.ORG), tuple(h.EVENT), tuple(h.DOCUMENT), tuple(h.FACILITY))


@lru_cache(maxsize=4)
def _heads_cached(org, event, document, facility) -> dict[str, tuple[str, ...]]:
    return {"ORG": tuple(nfkc(w) for w in org), "EVENT": tuple(nfkc(w) for w in event),
            "DOCUMENT": tuple(nfkc(w) for w in document), "FACILITY": tuple(nfkc(w) for w in facility)}


def _never(gaz: Gazetteer) -> frozenset[str]:
    return _never_cached(tuple(gaz.rules.never_entities.words))


def is_katakana_word(s: str) -> bool:
    return bool(s) and all(is_katakana(c) or c in "・=" for c in s)
