"""How the trained NER head's spans (doc.spans["kiroku_ner"]) enter the entity layer."""
from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions


def _with_head(nlp, text, spans):
    doc = nlp(text)
    doc.spans["kiroku_ner"] = [doc.char_span(text.index(s), text.index(s) + len(s), label=lab, alignment_mode="expand")
                               for s, lab in spans]
    return [(text[m.start:m.end], m.label, m.rule.split(":")[0]) for m in find_mentions(text, [(0, doc)])]


@pytest.mark.parametrize("text,spans,expected", [
    # the gazetteer wins a tie with the head
    ("上海協力機構が会合を開いた。", [("上海協力機構", "LOCATION")], ("上海協力機構", "ORG", "gazetteer")),
    # a proper-noun company name stands without an organisation head word
    ("トヨタ自動車が新車を発表した。", [("トヨタ自動車", "COMPANY")], ("トヨタ自動車", "ORG", "ner")),
    # a person from the head, title split off
    ("山田首相が述べた。", [("山田首相", "PERSON")], ("山田", "PERSON", "ner")),
    # an event of the head may start with its year (ENE spans may not: counts, 8大新興技術産業)
    ("1972年札幌オリンピックに出場した。", [("1972年札幌オリンピック", "EVENT")],
     ("1972年札幌オリンピック", "EVENT", "ner")),
])
def test_entities_ner_head_spans_enter(nlp, text, spans, expected):
    assert expected in _with_head(nlp, text, spans)


@pytest.mark.parametrize("text,spans,surface", [
    ("民主主義、国際法の尊重を確認した。", [("民主主義", "COMPANY"), ("国際法", "COMPANY")], "民主主義"),  # common nouns, no head
    ("「資金調達」の領域を定めた。", [("資金調達", "PRODUCT")], "資金調達"),  # PRODUCT needs ENE support
])
def test_entities_ner_head_common_nouns_dropped(nlp, text, spans, surface):
    assert surface not in [s for s, _, _ in _with_head(nlp, text, spans)]


def _with_head_and_ene(nlp, text, spans, ents):
    doc = nlp(text)
    doc.spans["kiroku_ner"] = [doc.char_span(text.index(s), text.index(s) + len(s), label=lab, alignment_mode="expand")
                               for s, lab in spans]
    doc.ents = [doc.char_span(text.index(s), text.index(s) + len(s), label=lab, alignment_mode="expand")
                for s, lab in ents]
    return [(text[m.start:m.end], m.label, m.rule) for m in find_mentions(text, [(0, doc)])]


def test_entities_ner_head_transliterated_name_stands_with_ene_support(nlp):
    """セガホールディングス has no organisation head word and no proper-noun token; the head's span stands
    because GiNZA's ENE saw a name there too (rule suffix +ene)."""
    text = "セガホールディングスが新作を発表した。"
    got = _with_head_and_ene(nlp, text, [("セガホールディングス", "COMPANY")], [("セガ", "Company")])
    assert ("セガホールディングス", "ORG", "ner:COMPANY+ene") in got


@pytest.mark.parametrize("text,spans", [
    # policy prose: the head tags katakana common nouns as organisations; ENE saw nothing, so they stay out
    ("サイバー防衛演習を実施する。", [("サイバー防衛演習", "POLITICAL_ORG")]),
    ("グローバル・ヘルスの課題に取り組む。", [("グローバル・ヘルス", "COMPANY")]),
])
def test_entities_ner_head_transliterated_common_nouns_without_support_dropped(nlp, text, spans):
    got = _with_head_and_ene(nlp, text, spans, [])
    assert spans[0][0] not in [s for s, _, _ in got]


@pytest.mark.parametrize("text,spans,ents,expected", [
    # a head person without a name token (人名) and without GiNZA's Person over it is dropped ...
    ("チャネルを通じた偽情報に対処する。", [("チャネル", "PERSON")], [], None),
    # ... with GiNZA's Person over it, it stands
    ("ビル・ロマスが司会を務めた。", [("ビル・ロマス", "PERSON")], [("ビル・ロマス", "Person")], ("ビル・ロマス", "PERSON")),
    # a surname starting with 本 or 同 is no anaphor (本会議, 同サミット are)
    ("本橋雄一が監督を務めた。", [("本橋雄一", "PERSON")], [], ("本橋雄一", "PERSON")),
    # a head person ending in 社 is a company
    ("スウェーデンのノースボルト社が工場を建設した。", [("ノースボルト社", "PERSON")], [], ("ノースボルト社", "ORG")),
])
def test_entities_ner_head_person_needs_a_name(nlp, text, spans, ents, expected):
    got = [(s, lab) for s, lab, _ in _with_head_and_ene(nlp, text, spans, ents)]
    if expected is None:
        assert spans[0][0] not in [s for s, _ in got]
    else:
        assert expected in got


def test_entities_ene_alone_only_for_labels_the_head_lacks(nlp):
    """With the head run on the sentence, a GiNZA Person the head did not confirm is no mention; without the
    head (its spans key absent) GiNZA's ENE stands on its own."""
    text = "シンガーソングライターの曲が流れた。"
    doc = nlp(text)
    doc.spans["kiroku_ner"] = []
    doc.ents = [doc.char_span(0, 11, label="Person", alignment_mode="expand")]
    assert not [m for m in find_mentions(text, [(0, doc)]) if m.label == "PERSON"]
    del doc.spans["kiroku_ner"]
    assert [m.label for m in find_mentions(text, [(0, doc)]) if m.start == 0] == ["PERSON"]


# --- without GiNZA's ENE (loader.drop_unread_ene): the span's own tokens support it (rules.json ene_free_support)

@pytest.fixture
def nlp_no_ene(nlp):
    if "ner" in nlp.pipe_names:
        pytest.skip("GiNZA's ner is in the pipeline (KIROKU_GINZA_ENE=1)")
    return nlp

def test_entities_ner_head_pipeline_without_ene_has_no_ent_annotation(nlp_no_ene):
    from pipeline.extract.entities.ene import ene_ran

    doc = nlp_no_ene("千葉ロッテマリーンズが優勝した。")
    assert not ene_ran(doc)
    doc.ents = []  # what GiNZA's ner leaves on a sentence without names: every token O
    assert ene_ran(doc)


@pytest.mark.parametrize("text,spans,expected", [
    # SudachiPy tags the club 名詞-固有名詞-一般 while the pipeline's pos_ is NOUN: a name, no head word needed
    ("2007年10月、千葉ロッテマリーンズが東北楽天イーグルスと対戦した。", [("千葉ロッテマリーンズ", "COMPANY")],
     ("千葉ロッテマリーンズ", "ORG", "ner:COMPANY")),
    # a katakana company name that is no common word (no word vector): stands without a head word
    ("同社はセガホールディングスの子会社となった。", [("セガホールディングス", "COMPANY")],
     ("セガホールディングス", "ORG", "ner:COMPANY+tokens")),
    # a coded Latin product name: a PRODUCT without ENE support
    ("アップルは2010年にiPadを発売した。", [("iPad", "PRODUCT")], ("iPad", "PRODUCT", "ner:PRODUCT+tokens")),
])
def test_entities_ner_head_token_support_without_ene(nlp_no_ene, text, spans, expected):
    doc = nlp_no_ene(text)
    doc.spans["kiroku_ner"] = [doc.char_span(text.index(s), text.index(s) + len(s), label=lab, alignment_mode="expand")
                               for s, lab in spans]
    got = [(text[m.start:m.end], m.label, m.rule) for m in find_mentions(text, [(0, doc)])]
    assert expected in got


@pytest.mark.parametrize("text,spans,surface", [
    # slogans and katakana common nouns of policy prose get no support from their tokens
    ("中国は「人類運命共同体」の構築を掲げた。", [("人類運命共同体", "PRODUCT")], "人類運命共同体"),
    ("NATOはサイバー防衛演習を実施した。", [("サイバー防衛演習", "OTHER_ORG")], "サイバー防衛演習"),
    ("デジタル・アイデンティティの相互運用性を議論した。", [("デジタル・アイデンティティ", "COMPANY")],
     "デジタル・アイデンティティ"),
    ("2050年のカーボンニュートラル実現を目指す。", [("カーボンニュートラル", "COMPANY")], "カーボンニュートラル"),
    ("日本の技術を世界標準とする。", [("世界標準", "PRODUCT")], "世界標準"),
    # a hash in a URL fragment is no product; two capitals alone are no name
    ("資料番号 e94f4f9a28 を参照。", [("e94f4f9a28", "PRODUCT")], "e94f4f9a28"),
    ("詳細はPOを参照。", [("PO", "POLITICAL_ORG")], "PO"),
    # a person's name and title are no organisation, whatever SudachiPy tags 林
    ("林芳正官房長官が述べた。", [("林芳正官房長官", "POLITICAL_ORG")], "林芳正官房長官"),
])
def test_entities_ner_head_token_support_negatives(nlp_no_ene, text, spans, surface):
    doc = nlp_no_ene(text)
    doc.spans["kiroku_ner"] = [doc.char_span(text.index(s), text.index(s) + len(s), label=lab, alignment_mode="expand")
                               for s, lab in spans]
    got = [(text[m.start:m.end], m.label) for m in find_mentions(text, [(0, doc)])]
    assert surface not in [s for s, _ in got]


def test_entities_ner_head_token_support_needs_ene_absent(nlp):
    """Where ENE ran (KIROKU_GINZA_ENE=1) its spans, not the tokens, support: iPad without an ENE span is dropped."""
    text = "アップルは2010年にiPadを発売した。"
    doc = nlp(text)
    doc.spans["kiroku_ner"] = [doc.char_span(text.index("iPad"), text.index("iPad") + 4, label="PRODUCT")]
    doc.ents = []
    assert "iPad" not in [text[m.start:m.end] for m in find_mentions(text, [(0, doc)])]


def test_entities_ene_free_support_rejects_unknown_signal():
    from pydantic import ValidationError

    from pipeline.nlp.gazetteer import TokenSupport

    with pytest.raises(ValidationError):
        TokenSupport.model_validate({"labels": {"ORG": ["ene"]}})
