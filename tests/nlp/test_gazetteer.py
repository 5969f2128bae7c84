"""Gazetteer data and matcher: positives (negatives in test_gazetteer_negatives.py)."""
from __future__ import annotations

import pytest

from pipeline.nlp.gazetteer import GAZETTEER_DIR, load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _found(gaz, text):
    return [(text[m.start:m.end], m.entry.canonical, m.label) for m in gaz.match_text(text)]


def test_gazetteer_loads_every_file(gaz):
    files = {p.name for p in GAZETTEER_DIR.glob("*.jsonl")}
    assert set(gaz.stats()["files"]) == files
    assert sum(gaz.stats()["files"].values()) == len(gaz.entries)


@pytest.mark.parametrize("label,minimum", [("GPE", 190), ("ORG", 100), ("LOC", 20), ("TECHNOLOGY", 10),
                                           ("DOCUMENT", 20), ("EVENT", 10)])
def test_gazetteer_coverage_by_label(gaz, label, minimum):
    assert gaz.stats()["labels"][label] >= minimum


@pytest.mark.parametrize("surface,canonical,label", [
    ("G7", "G7", "ORG"), ("G20", "G20", "ORG"), ("QUAD", "QUAD", "ORG"), ("AUKUS", "AUKUS", "ORG"),
    ("SCO", "上海協力機構", "ORG"), ("上海協力機構", "上海協力機構", "ORG"), ("ASEAN", "ASEAN", "ORG"),
    ("APEC", "アジア太平洋経済協力", "ORG"), ("RCEP", "地域的な包括的経済連携", "DOCUMENT"),
    ("IPEF", "インド太平洋経済枠組み", "ORG"), ("CPTPP", "包括的及び先進的な環太平洋パートナーシップ協定", "DOCUMENT"),
    ("OECD", "経済協力開発機構", "ORG"), ("CSTP", "科学技術政策委員会", "ORG"), ("GFTech", "Global Forum on Technology", "EVENT"),
    ("国連", "国際連合", "ORG"), ("UNESCO", "国際連合教育科学文化機関", "ORG"), ("WHO", "世界保健機関", "ORG"),
    ("UNDP", "国際連合開発計画", "ORG"), ("欧州委員会", "欧州委員会", "ORG"), ("EU", "EU", "ORG"),
    ("NATO", "北大西洋条約機構", "ORG"), ("DIANA", "北大西洋防衛イノベーション・アクセラレーター", "DOCUMENT"),
    ("IPCC", "気候変動に関する政府間パネル", "ORG"), ("INGSA", "国際政府科学助言ネットワーク", "ORG"),
    ("ISC", "国際学術会議", "ORG"), ("AAAS", "米国科学振興協会", "ORG"), ("Royal Society", "英国王立協会", "ORG"),
    ("BRICS", "BRICS", "ORG"),
    ("内閣府", "内閣府", "ORG"), ("外務省", "外務省", "ORG"), ("文部科学省", "文部科学省", "ORG"),
    ("経済産業省", "経済産業省", "ORG"), ("総務省", "総務省", "ORG"), ("防衛省", "防衛省", "ORG"),
    ("JST", "科学技術振興機構", "ORG"), ("CRDS", "研究開発戦略センター", "ORG"), ("AMED", "日本医療研究開発機構", "ORG"),
    ("NEDO", "新エネルギー・産業技術総合開発機構", "ORG"), ("JICA", "国際協力機構", "ORG"), ("RIKEN", "理化学研究所", "ORG"),
    ("CSTI", "総合科学技術・イノベーション会議", "ORG"),
    ("アメリカ", "米国", "GPE"), ("イギリス", "英国", "GPE"), ("豪州", "オーストラリア", "GPE"), ("中国", "中国", "GPE"),
    ("北京", "北京市", "GPE"), ("天津", "天津市", "GPE"), ("河北省", "河北省", "GPE"), ("プーリア", "プーリア", "GPE"),
    ("広島", "広島", "GPE"), ("京津冀", "京津冀", "LOC"), ("アジア・太平洋地域", "アジア・太平洋", "LOC"),
    ("AI", "人工知能", "TECHNOLOGY"), ("量子", "量子技術", "TECHNOLOGY"), ("半導体", "半導体", "TECHNOLOGY"),
    ("バイオテクノロジー", "バイオテクノロジー", "TECHNOLOGY"), ("6G", "6G", "TECHNOLOGY"),
    ("パリ協定", "パリ協定", "DOCUMENT"), ("SDGs", "持続可能な開発目標", "DOCUMENT"),
    ("第14次五か年計画", "第14次五か年計画", "DOCUMENT"), ("広島AIプロセス", "広島AIプロセス", "DOCUMENT"),
    ("Horizon Europe", "Horizon Europe", "DOCUMENT"), ("SATREPS", "地球規模課題対応国際科学技術協力プログラム", "DOCUMENT"),
    ("G7首脳会合", "G7サミット", "EVENT"), ("G7サミット", "G7サミット", "EVENT"),
])
def test_gazetteer_known_names(gaz, surface, canonical, label):
    assert _found(gaz, f"、{surface}は") == [(surface, canonical, label)]


@pytest.mark.parametrize("text,expected", [
    ("日米印の協力", [("日", "日本"), ("米", "米国"), ("印", "インド")]),
    ("日米豪印(QUAD)", [("日米豪印", "QUAD"), ("QUAD", "QUAD")]),  # the Quad's Japanese name (gold 001), not four GPEs
    ("米中摩擦", [("米", "米国"), ("中", "中国")]),
    ("日EUの協力", [("日", "日本"), ("EU", "EU")]),
    ("日ASEAN科学技術", [("日", "日本"), ("ASEAN", "ASEAN")]),
    ("米AAAS", [("米", "米国"), ("AAAS", "米国科学振興協会")]),
    ("日・NATO間", [("日", "日本"), ("NATO", "北大西洋条約機構")]),
    ("仏大統領", [("仏", "フランス")]),
    ("米ワシントンDCで", [("米", "米国"), ("ワシントンDC", "ワシントンDC")]),
])
def test_gazetteer_abbreviation_compounds(gaz, text, expected):
    assert [(s, c) for s, c, _ in _found(gaz, text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("上海協力機構", ["上海協力機構"]),  # not 上海 + ...
    ("インド太平洋", ["インド太平洋"]),  # longest wins over インド
    ("米日韓経済安保対話", ["米日韓経済安保対話"]),  # a name containing abbreviations stays whole
    ("日・NATO国別適合パートナーシップ計画", ["日・NATO国別適合パートナーシップ計画"]),
    ("AI技術とAI-ENGAGE", ["AI技術", "AI-ENGAGE"]),
    ("Global  Forum on Technology", ["Global  Forum on Technology"]),  # runs of spaces inside a Latin name
])
def test_gazetteer_longest_match(gaz, text, expected):
    assert [s for s, _, _ in _found(gaz, text)] == expected


def test_gazetteer_aliases_share_canonical(gaz):
    assert {gaz.lookup(s).canonical for s in ("米国", "アメリカ", "USA")} == {"米国"}
    assert gaz.by_id["country.us"].qid == "Q30"
    assert gaz.abbrev["米"].id == "country.us"
