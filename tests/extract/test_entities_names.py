"""Longer names built on gazetteer mentions: compound names, quoted titles, editions, bracket aliases."""
from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions


def _mentions(nlp, text):
    return [(text[m.start:m.end], m.label, m.canonical, m.rule) for m in find_mentions(text, [(0, nlp(text))])]


@pytest.mark.parametrize("text,surface,label", [
    ("7月9～11日のG7ボローニャ科学技術大臣会合では", "G7ボローニャ科学技術大臣会合", "EVENT"),
    ("「G7プーリア首脳コミュニケ」のうち", "G7プーリア首脳コミュニケ", "DOCUMENT"),
    ("G7半導体コンタクトグループの設立を歓迎。", "G7半導体コンタクトグループ", "ORG"),
    ("OECD科学技術政策委員会(CSTP)閣僚級会合が開かれた。", "OECD科学技術政策委員会(CSTP)閣僚級会合", "EVENT"),
    ("日ASEAN科学技術イノベーションハイレベルラウンドテーブルを開催", "日ASEAN科学技術イノベーションハイレベルラウンドテーブル", "EVENT"),
    ("OECD作成のAI倫理原則がG20の", "AI倫理原則", "DOCUMENT"),
    ("協力強化を確認。インド太平洋に関するIORAアウトルックに", "インド太平洋に関するIORAアウトルック", "DOCUMENT"),
])
def test_entities_compound_names(nlp, text, surface, label):
    got = [(s, lab) for s, lab, _, _ in _mentions(nlp, text)]
    assert (surface, label) in got
    inner = [s for s, _ in got if s != surface and s in surface]
    assert not inner, inner  # no nested mention inside the compound name


def test_entities_compound_names_on_one_name_share_a_canonical(nlp):
    text = "OECD科学技術政策委員会(CSTP)閣僚級会合が開かれた。CSTP閣僚級会合では、CSTP閣僚級会合の"
    got = [(s, c) for s, lab, c, _ in _mentions(nlp, text) if lab == "EVENT"]
    assert len(got) == 3
    assert {c for _, c in got} == {"CSTP閣僚級会合"}  # the form written most often


@pytest.mark.parametrize("text,surface,label", [
    ("内閣府「研究セキュリティと研究インテグリティに関するG7共通の価値観と原則(日本語仮訳)」",  # find_mentions runs on NFKC text
     "研究セキュリティと研究インテグリティに関するG7共通の価値観と原則", "DOCUMENT"),
    ("UNDPと協力して「持続可能な開発のためのAIハブ」を設立。", "持続可能な開発のためのAIハブ", "ORG"),
    ("調査報告書『新興技術政策の国際動向』を公開", "新興技術政策の国際動向", "DOCUMENT"),
    ("外務省 “G20 Rio de Janeiro Leaders’ Declaration,” https://www.mofa.go.jp/",
     "G20 Rio de Janeiro Leaders’ Declaration", "DOCUMENT"),
    ("内閣府「2024年9月19日 G20研究・イノベーション大臣会合」", "G20研究・イノベーション大臣会合", "EVENT"),
])
def test_entities_quoted_titles(nlp, text, surface, label):
    got = [(s, lab) for s, lab, _, _ in _mentions(nlp, text)]
    assert (surface, label) in got


@pytest.mark.parametrize("text,surface,canonical", [
    ("SCOサミット2025が開かれた。", "SCOサミット2025", "SCOサミット2025"),  # series + edition: its own canonical
    ("2026年天津市科学技術工作会議では", "2026年天津市科学技術工作会議", "2026年天津市科学技術工作会議"),
    ("G7プーリア・サミット2024では", "G7プーリア・サミット2024", "G7プーリア・サミット"),  # an edition already
    ("2023年G7広島サミットからの継続性", "G7広島サミット", "G7広島サミット"),  # a year before an edition is a date
    ("G20首脳会合が開かれた。", "G20首脳会合", "G20サミット"),  # series without edition: series canonical
])
def test_entities_event_editions(nlp, text, surface, canonical):
    got = {s: c for s, lab, c, _ in _mentions(nlp, text) if lab == "EVENT"}
    assert got.get(surface) == canonical, got


@pytest.mark.parametrize("text,alias,canonical", [
    ("COP28(第28回気候変動枠組条約締約国会議)で合意された", "第28回気候変動枠組条約締約国会議", "COP28"),
    ("G7プーリア・サミット2024(第50回先進国首脳会議)", "第50回先進国首脳会議", "G7プーリア・サミット"),
])
def test_entities_bracket_alias_takes_canonical(nlp, text, alias, canonical):
    got = {s: c for s, _, c, _ in _mentions(nlp, text)}
    assert got[alias] == canonical


def test_entities_english_title_and_its_translation(nlp):
    text = "○成果文書 「Framework for Anticipatory Governance of Emerging Technologies(新興技術の先見的ガバナンスの枠組み)」"
    got = {s: (lab, c) for s, lab, c, _ in _mentions(nlp, text)}
    en = "Framework for Anticipatory Governance of Emerging Technologies"
    assert got[en][0] == "DOCUMENT"
    assert got["新興技術の先見的ガバナンスの枠組み"] == ("DOCUMENT", "新興技術の先見的ガバナンスの枠組み")
    assert got[en][1] == "新興技術の先見的ガバナンスの枠組み"  # the Japanese name is the canonical of both


def test_entities_quoted_phrase_without_head_is_not_a_title(nlp):
    text = "「多様な道筋の下でネット・ゼロという共通の目標を目指す」ことで一致した。"
    assert not [s for s, lab, _, _ in _mentions(nlp, text) if lab == "DOCUMENT"]


def _tm(nlp, text):
    from pipeline.extract.entities import find_mentions

    return [(text[m.start:m.end], m.label, m.canonical) for m in find_mentions(text, [(0, nlp(text))])]


@pytest.mark.parametrize("text,japanese,english,label", [
    # a meeting of a known body, its English name in brackets: one event, the Japanese name canonical
    ("ISC総会(ISC General Assembly)は最高意思決定会議である。", "ISC総会", "ISC General Assembly", "EVENT"),
    ("ISC中間会議(ISC Mid-Term Meeting)は総会の中間年に行われる。", "ISC中間会議", "ISC Mid-Term Meeting", "EVENT"),
    # a katakana name on a known place with an event head word
    ("マスカット・グローバル・ナレッジ・ダイアログ(Muscat Global Knowledge Dialogue)が開かれた。",
     "マスカット・グローバル・ナレッジ・ダイアログ", "Muscat Global Knowledge Dialogue", "EVENT"),
])
def test_entities_bracketed_english_name_is_the_same_entity(nlp, text, japanese, english, label):
    got = _tm(nlp, text)
    assert (japanese, label, japanese) in got
    assert (english, label, japanese) in got
    assert not [g for g in got if g[0] != english and english.find(g[0]) >= 0 and g[0] in english.split()]


def test_entities_bracketed_english_name_with_acronym_and_later_mentions(nlp):
    text = ("「国別パートナーシップ協力計画(Individual Partnership and Cooperation Programme: IPCP)」に代わる文書。"
            "IPCPは2014年に始まった。")
    got = _tm(nlp, text)
    canon = "国別パートナーシップ協力計画"
    assert ("Individual Partnership and Cooperation Programme", "DOCUMENT", canon) in got
    assert [g for g in got if g[0] == "IPCP"] == [("IPCP", "DOCUMENT", canon)] * 2


@pytest.mark.parametrize("text", [
    # a lower-case phrase is no name; a person's romanised name is not an organisation's English name
    ("ISC総会(see the annex)で決まった。", "see the annex"),
    ("林芳正官房長官(Yoshimasa Hayashi)が述べた。", "Yoshimasa Hayashi"),
])
def test_entities_bracket_translation_negatives(nlp, text):
    text, phrase = text
    got = _tm(nlp, text)
    assert not [g for g in got if g[0] == phrase and g[2] != phrase]


@pytest.mark.parametrize("text,surface,canonical", [
    ("2003年の総選挙で自民党が公認した。", "自民党", "自由民主党"),
    ("社民党は反対した。", "社民党", "社会民主党"),
])
def test_entities_japanese_party_aliases(nlp, text, surface, canonical):
    """Japanese parties' short names take the full name (gazetteer japan.jsonl)."""
    got = {(s, c) for s, _, c, _ in _mentions(nlp, text)}
    assert (surface, canonical) in got


def test_entities_authorities_are_one_org(nlp):
    """X当局 is one ORG of the whole span, like X政府 (gazetteer rules government_suffixes)."""
    got = {(s, lab) for s, lab, _, _ in _mentions(nlp, "イラン当局は撃墜疑惑を否定した。")}
    assert ("イラン当局", "ORG") in got


def test_entities_a_state_is_not_its_city(nlp):
    """ニューヨーク州 is the state, ニューヨーク the city (gazetteer places.jsonl)."""
    got = {(s, c) for s, _, c, _ in _mentions(nlp, "ニューヨーク州は開発機関を立ち上げた。ニューヨークで会議が開かれた。")}
    assert ("ニューヨーク州", "ニューヨーク州") in got and ("ニューヨーク", "ニューヨーク") in got


def test_entities_a_government_read_whole_takes_its_countrys_canonical(nlp):
    """大日本帝国政府, read whole by the model, is the government of 日本 (大日本帝国 is an alias of 日本 in
    countries.jsonl): the country's canonical + 政府, as when the country is found first (インド政府)."""
    got = {(s, c) for s, _, c, _ in _mentions(nlp, "東亜児童大会は、大日本帝国政府が主催した。")}
    assert ("大日本帝国政府", "日本政府") in got
    got = {(s, c) for s, _, c, _ in _mentions(nlp, "インド政府は戦略を策定した。")}
    assert ("インド政府", "インド政府") in got


def test_entities_a_government_keeps_the_country_as_written(nlp):
    """アメリカ合衆国政府 and アメリカ政府 keep their written form as canonical (the Wikipedia gold's practice), not
    the country's canonical + 政府 (米国政府); only the forms of rules.json `as_country` (日本国) take it."""
    got = {(s, c) for s, _, c, _ in _mentions(nlp, "1995年、アメリカ合衆国政府はイギリスへの輸出に同意した。")}
    assert ("アメリカ合衆国政府", "アメリカ合衆国政府") in got
    got = {(s, c) for s, _, c, _ in _mentions(nlp, "日本国政府は声明を発表した。")}
    assert ("日本国政府", "日本政府") in got


def test_entities_a_korean_party_is_read_whole(nlp):
    """共に民主党 (orgs.jsonl) is one name: 共に is no adverb before 民主党."""
    got = {(s, c) for s, _, c, _ in _mentions(nlp, "最大野党である共に民主党の報道官は声明を発表した。")}
    assert ("共に民主党", "共に民主党") in got
