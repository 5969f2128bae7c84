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
