"""The entity layer on real GiNZA Docs: canonical names, titles, acronyms, raw offsets, catalog."""
from __future__ import annotations

import pytest

from pipeline.extract.entities import entity_catalog, extract_entities, find_mentions


def _mentions(nlp, text):
    return [(text[m.start:m.end], m.label, m.canonical, m.rule) for m in find_mentions(text, [(0, nlp(text))])]


def _pairs(nlp, text):
    return [(s, lab) for s, lab, _, _ in _mentions(nlp, text)]


@pytest.mark.parametrize("text,expected", [
    ("上海協力機構(SCO)の首脳が集まった。", [("上海協力機構", "上海協力機構"), ("SCO", "上海協力機構")]),
    ("経済協力開発機構(OECD)によれば、OECDは", [("経済協力開発機構", "経済協力開発機構"), ("OECD", "経済協力開発機構"),
                                         ("OECD", "経済協力開発機構")]),
    ("Research and Innovation Working Group(RIWG)の会合。RIWGは", [
        ("Research and Innovation Working Group", "G20研究・イノベーション作業部会"),
        ("RIWG", "G20研究・イノベーション作業部会"), ("RIWG", "G20研究・イノベーション作業部会")]),
    # a name the gazetteer does not know: linked through the capitals of its Latin words, then propagated
    ("Quantum Research Network Alliance(QRNA)が発足した。その後QRNAは拡大した。", [
        ("Quantum Research Network Alliance", "Quantum Research Network Alliance"),
        ("QRNA", "Quantum Research Network Alliance"), ("QRNA", "Quantum Research Network Alliance")]),
    ("欧州共同体(EC)が発足した。", [("欧州共同体", "欧州共同体"), ("EC", "欧州共同体")]),
])
def test_entities_acronym_links_canonical(nlp, text, expected):
    got = [(s, c) for s, _, c, _ in _mentions(nlp, text)]
    assert got == expected


@pytest.mark.parametrize("text,person", [
    ("岸田首相は会見で述べた。", "岸田"),
    ("メローニ首相:議長を務めた。", "メローニ"),
    ("ショルツ首相が出席した。", "ショルツ"),
    ("山田太郎教授が講演した。", "山田太郎"),
    ("EU(ミシェル欧州理事会議長)が出席した。", "ミシェル"),
])
def test_entities_titles_split_off_persons(nlp, text, person):
    got = _mentions(nlp, text)
    persons = [s for s, lab, _, _ in got if lab == "PERSON"]
    assert persons == [person]
    assert not any("首相" in s or "教授" in s for s, _, _, _ in got)


@pytest.mark.parametrize("text,expected", [
    ("インド政府は戦略を策定した。", [("インド政府", "ORG")]),
    ("トランプ政権下では、", [("トランプ政権", "ORG")]),
    ("ASEAN加盟国では", [("ASEAN", "ORG")]),
    ("G7各国やEU", [("G7", "ORG"), ("EU", "ORG")]),
    ("SCOサミット2025が天津で開かれた。", [("SCOサミット2025", "EVENT"), ("天津", "GPE")]),
    ("2026年天津市科学技術工作会議では", [("2026年天津市科学技術工作会議", "EVENT")]),
    ("AI・量子技術分野において", [("AI", "TECHNOLOGY"), ("量子技術", "TECHNOLOGY")]),
])
def test_entities_spans_follow_contract(nlp, text, expected):
    assert _pairs(nlp, text) == expected


@pytest.mark.parametrize("text,canonical", [
    ("米国と中国", {"米国": "米国"}), ("アメリカの政策", {"アメリカ": "米国"}), ("日米の協力", {"米": "米国"}),
    ("豪州とオーストラリア", {"豪州": "オーストラリア", "オーストラリア": "オーストラリア"}),
])
def test_entities_variants_share_canonical(nlp, text, canonical):
    got = {s: c for s, _, c, _ in _mentions(nlp, text)}
    for s, c in canonical.items():
        assert got[s] == c


def test_entities_rules_are_recorded(nlp):
    text = "岸田首相は上海協力機構(SCO)と日米の枠組みについて、インド政府と協議した。"
    rules = {s: r for s, _, _, r in _mentions(nlp, text)}
    assert rules["上海協力機構"] == "gazetteer:intl.sco"
    assert rules["米"] == "abbrev:country.us"
    assert rules["インド政府"].startswith(("government:", "compound:", "ene:"))


def test_entities_extract_raw_offsets_and_catalog(nlp):
    from pipeline.nlp import parse
    from pipeline.normalize import normalize_with_offsets

    raw = "国際社会において中心的な役割を果たしてきた米国は、経済協力開発機構（ＯＥＣＤ）\r\nや上海協力機構(SCO)への関与を強化してきた。\r\nOECDは報告書を公表した。\r\n"
    parsed = parse(normalize_with_offsets(raw), nlp=nlp)
    ents = extract_entities(parsed)
    assert ents, "no entities"
    for e in ents:
        assert raw[e.start:e.end] == e.text
    texts = [(e.text, e.canonical) for e in ents]
    assert ("ＯＥＣＤ", "経済協力開発機構") in texts  # raw text keeps the full-width form
    assert ("米国", "米国") in texts
    rows = {r["canonical"]: r for r in entity_catalog(ents, "doc1")}
    assert rows["経済協力開発機構"]["mentions"] == 3
    assert rows["経済協力開発機構"]["qid"] == "Q41550"
    assert rows["上海協力機構"]["mentions"] == 2
    assert all(r["doc_id"] == "doc1" for r in rows.values())


def test_entities_long_text_without_newlines():
    """A 1 MB-class input with no line break: every repetition is found (overlap checks are bucketed)."""
    unit = "上海協力機構(SCO)の首脳は天津で会合し、日米の協力とAIについて述べた。"
    text = unit * 4000  # ~160,000 characters, one line
    got = find_mentions(text, [])
    per_unit = find_mentions(unit, [])
    assert len(per_unit) >= 6
    assert len(got) == len(per_unit) * 4000
