"""What the entity layer must not tag (contract: posts, anaphors, generic groups, umbrella words)."""
from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions


def _surfaces(nlp, text):
    return [(text[m.start:m.end], m.label) for m in find_mentions(text, [(0, nlp(text))])]


@pytest.mark.parametrize("text,not_tagged", [
    ("科学技術・イノベーション(STI)政策を推進する。", {"STI", "科学技術・イノベーション"}),
    ("新興技術と重要技術とデジタル技術", {"新興技術", "重要技術", "デジタル技術"}),
    ("加盟国の首脳が同志国と協議した。", {"加盟国", "首脳", "同志国"}),
    ("首相と大統領が会談した。", {"首相", "大統領"}),
    ("わが国の研究者は", {"わが国", "研究者"}),
    ("訪日客が毎日増えている。", {"日", "訪日"}),
    ("中心的な役割", {"中", "中心"}),
    ("米価が上がった。", {"米", "米価"}),
    ("日本語の資料", {"日本", "日本語"}),
    ("特定国からの入国審査", {"特定国"}),
])
def test_entities_not_tagged(nlp, text, not_tagged):
    got = {s for s, _ in _surfaces(nlp, text)}
    assert not (got & not_tagged), got


@pytest.mark.parametrize("text,title", [("岸田首相", "首相"), ("メローニ首相", "首相"), ("山田太郎教授", "教授")])
def test_entities_title_never_inside_person(nlp, text, title):
    for s, lab in _surfaces(nlp, text):
        if lab == "PERSON":
            assert title not in s


@pytest.mark.parametrize("text", ["AIIBとAI-ENGAGE", "タイプ別のリアルタイム集計", "インドネシア語"])
def test_entities_no_alias_inside_longer_word(nlp, text):
    got = {s for s, _ in _surfaces(nlp, text)}
    assert not (got & {"AI", "人工知能", "タイ", "インド"}), got


@pytest.mark.parametrize("text,expected", [
    # the bracket cuts the name: parent, acronym and sub-unit are three mentions (guidelines 1.1)
    ("科学技術振興機構(JST)アジア・太平洋総合研究センターでは", ["科学技術振興機構", "JST", "アジア・太平洋総合研究センター"]),
    # coordinated places are not one ORG ending in 省
    ("京津冀(北京市・天津市・河北省<Hebei>)の", ["京津冀", "北京市", "天津市", "河北省", "Hebei"]),
    # generic words between a name and a head: not a named meeting
    ("G7関係閣僚会合が開かれた。", ["G7"]),
    # a name coordinated with a generic body (the UN and its related bodies): not one ORG ending in 機関
    ("第1項 国際連合・関連機関\n", ["国際連合"]),
])
def test_entities_compound_names_not_built(nlp, text, expected):
    assert [s for s, _ in _surfaces(nlp, text)] == expected


def test_entities_place_in_brackets_keeps_its_canonical(nlp):
    text = "G20研究・イノベーション大臣会合がマナウス(ブラジル)で開催された。"
    got = {text[m.start:m.end]: m.canonical for m in find_mentions(text, [(0, nlp(text))])}
    assert got["ブラジル"] == "ブラジル"


@pytest.mark.parametrize("text", ["詳細は https://www.g20.org/CSAR_2024_Proceedings.pdf を参照",
                                  "www.oecd.org/japan/ を参照"])
def test_entities_nothing_inside_urls(nlp, text):
    assert _surfaces(nlp, text) == []


def test_model_span_over_a_titles_colon_is_no_name():
    """■CSTP総会開催：国連SDGs決議…: a model span over a timeline title's colon is dropped (the shared span
    filter); a colon inside a name's bracket ((SIGRE：Security…)) is part of the name."""
    from pipeline.extract.entities.ene import filter_reason

    def crosses_colon(span: str) -> bool:
        return filter_reason(span, frozenset()) == "filter.colon"

    assert crosses_colon("CSTP総会開催：国連SDGs決議")
    assert crosses_colon("会合:議長")
    assert not crosses_colon("研究インテグリティ（SIGRE：Security and Integrity）作業部会")
    assert not crosses_colon("OECD閣僚理事会")


def test_gazetteer_persons_act_for_known_bodies():
    """Every person's `acts_for` (GUIDELINES 6.1) is the canonical of a GPE or ORG entry."""
    from pipeline.nlp.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    persons = [e for e in gaz.entries if str(getattr(e.label, "value", e.label)) == "PERSON"]
    assert persons
    for p in persons:
        if p.acts_for is None:
            continue
        body = gaz.lookup(p.acts_for)
        assert body is not None and str(getattr(body.label, "value", body.label)) in ("GPE", "ORG"), p.id
