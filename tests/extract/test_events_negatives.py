"""Events layer negatives: text that is no event, bad input that must not crash or invent an actor."""
from __future__ import annotations

import json
import shutil

import pytest

from pipeline.errors import KirokuError
from pipeline.extract.events import extract_events
from pipeline.extract.events.lexicon import MODEL_DIR, build_lexicon
from pipeline.nlp import parse
from pipeline.nlp.parsed import ParsedDocument, SentenceDoc
from pipeline.normalize import normalize_with_offsets
from tests.extract.test_events import G7, pairs, run_events

NOT_EVENTS = [
    # (id, text quoted from raw/ or shaped like it, the trigger word that must not become an event)
    ("normative_embedded_stance", "中国は世界の科学技術の発展に「中国の力」を加え、中国と世界の科学技術の発展に貢献すべきだとしている。", "貢献"),
    ("normative_should_no_actor", "国際的なネットワークを強化すべきである。", "強化"),
    ("necessity_no_actor", "研究セキュリティの強化を推進する必要がある。", "推進"),
    ("expectation", "これらを基盤としたASEAN加盟各国における科学技術の協力の拡大が期待される。", "拡大"),
    ("call_on_others", "EUは加盟国にリスク評価の強化を求めている。", "強化"),
    ("call_yobikake", "G7は各国に対し、AIの安全性に関する協力の推進を呼びかけた。", "推進"),
    ("hedged_mirareru", "2026年は政府が新たな枠組みを設立するとみられる。", "設立"),
    ("hedged_kangaerareru", "各国が協力を拡大すると考えられる。", "拡大"),
    ("conditional_ba", "協定に署名すれば、両国は協力を拡大する。", "署名"),
    ("purpose_clause", "英国は、自国の戦略的優位を構築するために5つの重要技術を特定した。", "構築"),
    ("purpose_mokuteki", "持続可能で包摂的な未来を実現するために、各国のSTI政策を再構築し、強化することを目的としたアジェンダ。", "強化"),
    ("means_clause", "企業同士が地域をまたいで協力することで、最先端技術が研究開発から実用化へ移るスピードが一段と上がっている。", "協力"),
    ("intransitive_growth", "時代の大きな流れの中で、中国のイノベーションは加速している。", "加速"),
    ("open_as_adjective", "● 包摂的で強靱な自由で開かれたインド太平洋へのコミットメントを再確認。", "開か"),
    ("characterising_others", "米国は中国とロシアを戦略的競争相手と位置づけ、技術流出対策に注力している。", "位置づけ"),
    ("descriptive_relative_clause", "● AIの潜在性を活用する助けとするための包摂性を促進するAIガバナンスへのアプローチの必要性を認識。", "促進"),
    ("announcing_verb_of_intention", "中央経済工作会議は、センターを拡大・格上げする方針を正式に打ち出した。", "打ち出し"),
    ("title_in_quotes", "調査報告書『新興技術政策の国際動向とアジア・太平洋における国際協力』を公開しました。", "協力"),
    ("headline_title_without_period", "(2) G7関係閣僚会合", "会合"),
    # generalisation: descriptive and non-committing uses, shaped on 001 text no gold covers
    ("question", "1)より責任ある権利志向の技術開発と普及をどのように確保できるか。", "確保"),
    ("definition_toha", "科学技術外交とは、科学技術を活用して国際関係の構築や地球規模課題への対応を推進するものであり、その基盤を形成するのが科学的助言である。", "推進"),
    ("describes_what_a_thing_is", "これらの枠組みはSTI政策を議論するために特化して設立されたものではないが、関連する議論が活発化している。", "設立"),
    ("coordinate_clause_under_a_call", "各国が国際的なネットワークを強化し、戦略的パートナーシップを深化させることが求められている。", "強化"),
    ("bare_category_word", "➡促進(Promotion)", "促進"),
    ("membership_count_is_a_description", "現在は38か国が加盟している(図表IX-6)。", "加盟"),
    ("relative_clause_describing_a_body", "議長を務めた英国は成果を強調した。", "務め"),
    ("purpose_tame_no", "SDGsの実現に向けたSTIの具体的政策および行動を推進していくためのフレームワークとして、技術促進メカニズムが立ち上げられた。", "推進"),
    ("question_with_interrogative", "2)新興技術は、どのようにしてレジリエントな社会を育み、気候変動によりよく対処することができるのか。", "対処"),
    ("meeting_noun_without_colon_or_light_verb", "同会合では、気候変動が議論の中心となった。", "会合"),
    ("respecting_values_is_manner", "EUは文化や歴史などの多様性を尊重しながら、価値を共有するパートナーシップの拡大に努めている。", "尊重"),
    ("importance_of_an_act", "● 国際的な協力における研究セキュリティ・インテグリティを促進することの重要性が増大していることを強調。", "促進"),
    ("stance_juushi", "主要経済国と協働し、対策のスケールアップを図ることを重要視すると表明。", "協働"),
    ("manner_of_a_dropped_act", "● 基礎研究と応用研究の両方を産業界と連携して進める必要性を確認。", "連携"),
    ("members_joining_a_body_described", "ISCには、140以上の国際科学団体が加盟している。", "加盟"),
    ("hearsay_to_sareru", "NATOは東部正面の防衛態勢を強化するとされる。", "強化"),
    ("background_since_founding", "UNESCOは設立以来、科学に関する国際的な議論や指針の策定に貢献してきた。", "貢献"),
    ("passive_trend_without_agent", "また、国際的な科学的助言機能は、科学技術外交を通じてさらに強化される。", "強化"),
    ("content_of_passive_agreement", "研究セキュリティの強化や国際協力の推進に取り組むことが合意された。", "取り組む"),
    # a clause coordinated with a relative clause on a copular noun says what a thing is
    ("standing_that_grows", "中国は国際的なSTI政策への影響力を強めている。", "強め"),
    ("leading_as_a_noun_names_a_host", "同プログラムは米国国際教育研究所主導の下、人材育成を進めている。", "主導"),
    ("means_inside_a_relative_clause", "同基金は10億ユーロを投資することで研究開発を必要とする分野を支援する。", "投資"),
    ("recurring_meeting_irregular", "同対話は、地域戦略に基づき不定期で開催される。", "開催"),
    ("recurring_meeting_yearly", "2011年以降、首脳会合は年1回開催されている。", "開催"),
    ("host_of_a_recurring_meeting", "同フォーラムは経済社会理事会の主催のもとで毎年開かれる。", "主催"),
    ("relative_clause_on_a_document_sets_out_its_content",
     "日本は、2023年7月、両国間の新たな協力枠組みを定めた「国別パートナーシップ計画」に署名した。", "定め"),
    ("listed_noun_inside_a_purpose",
     "➡海洋：海洋汚染の深刻な影響を強調し、海洋協力の強化、監視、回復力促進のため、地域のパートナーと引き続き協働。", "強化"),
    ("characterisation_closing_on_a_plain_noun",
     "官民学や市民社会等、各種ステークホルダーが参加し、科学技術の社会的影響を幅広く議論するフォーラム。", "参加"),
    ("change_of_state_you_ni_naru", "新たな関係者が参画し、域外のパートナー国とも連携するようになった。", "連携"),
    ("trend_passive_you_ni_naru", "近年では科学技術が強調されるようになっている。", "強調"),
    ("coordinate_clause_of_a_purpose", "新興企業に対して投資を行い、同盟国の防衛を強化するため、加盟国は新たな基金を共同設立した。", "投資"),
    ("heading_naming_a_topic", "第2目\t活動内容\n（2）\t国連との連携\n", "連携"),
    ("characterisation_of_an_organisation", "同評議会は、各国の学会と連携し、科学と政策の対話を推進する非営利の国際組織である。", "連携"),
    ("characterisation_of_a_body_of_members", "総会は全加盟国が参加し、戦略や予算の決定を行う最高意思決定機関である。", "参加"),
    ("characterisation_inside_a_stressed_clause", "事務局長は、科学が経済の発展を促進し、人々の生活を高める重要な力であることを強調した。", "促進"),
]


@pytest.mark.parametrize("text,word", [c[1:] for c in NOT_EVENTS], ids=[c[0] for c in NOT_EVENTS])
def test_events_negatives_not_events(nlp, text, word):
    events = run_events(nlp, text, [G7, ("中国", "GPE", "中国"), ("EU", "ORG", "EU"), ("米国", "GPE", "米国"),
                                    ("ロシア", "GPE", "ロシア"), ("英国", "GPE", "英国"),
                                    ("国別パートナーシップ計画", "DOCUMENT", "国別パートナーシップ計画")])
    assert word not in [e.trigger.text for e in events], pairs(events)


def test_events_negatives_sentence_without_parse():
    """A sentence whose Doc is missing (the tagger failed on it) is skipped, not a crash."""
    raw = "G7は協力を推進する。\n"
    norm = normalize_with_offsets(raw)
    parsed = ParsedDocument(norm, [SentenceDoc(0, 0, len(norm.text.rstrip()), "body", None)])
    assert extract_events(parsed, [], []) == []


def test_events_negatives_empty_document(nlp):
    assert extract_events(parse(normalize_with_offsets(""), nlp=nlp), [], []) == []


def test_events_negatives_long_bullet_no_invented_actor(nlp):
    """A 2,000-character bullet: no crash, every span right, no actor where none is named."""
    text = "● " + "研究協力を推進し、人材交流を拡大し、" * 115 + "基盤を強化する。\n"
    assert len(text) > 2000
    events = run_events(nlp, text)
    assert events, "the predicates of a long bullet are still found"
    assert all(ev.actors == [] for ev in events)


def test_events_negatives_list_without_heading_has_no_actor(nlp):
    text = "● 安全、安心で信頼できるAIを推進する。\n\n● G7半導体コンタクトグループの設立を歓迎。\n"
    events = run_events(nlp, text, [("G7半導体コンタクトグループ", "ORG", "G7半導体コンタクトグループ")])
    assert pairs(events) == [("推進", "ACTION"), ("歓迎", "SUPPORT")]
    assert all(ev.actors == [] for ev in events)


def test_events_negatives_passive_relative_clause_has_no_actor(nlp):
    text = "2025年末に開かれた中央経済工作会議は、センターを拡大する方針を正式に打ち出した。"
    events = run_events(nlp, text, [("中央経済工作会議", "EVENT", "中央経済工作会議")])
    meet = next(e for e in events if e.type == "MEET")
    assert meet.actors == []


def test_events_negatives_generic_subject_gives_no_actor(nlp):
    text = "中国は研究を進めている。企業や大学が協力を推進している。各国の企業が共同声明に署名した。"
    events = run_events(nlp, text, [("中国", "GPE", "中国")])
    # 企業や大学 is an explicit subject that names no body: not 中国, not invented; and an ACTION of a
    # generic group of others is a description, no commitment
    assert "推進" not in [e.trigger.text for e in events], pairs(events)
    assert next(e for e in events if e.trigger.text == "進め").actors[0].canonical == "中国"
    sign = next(e for e in events if e.trigger.text == "署名")
    assert sign.actors == []


# --- the lexicon is data validated on load: errors name the file, the line and the reason ---

def _copy_models(tmp_path):
    d = tmp_path / "events"
    shutil.copytree(MODEL_DIR, d)
    return d


BAD_TRIGGER_LINES = [
    ("not_json", '{"id": "x.y", "pattern": ["推進"]', "not JSON"),
    ("unknown_type", '{"id": "x.y", "pattern": ["推進する"], "type": "PROMOTE"}', "type"),
    ("extra_key", '{"id": "x.y", "pattern": ["推進する"], "type": "ACTION", "colour": 1}', "colour"),
    ("bad_id", '{"id": "Bad Id", "pattern": ["推進する"], "type": "ACTION"}', "id"),
    ("empty_pattern", '{"id": "x.y", "pattern": [], "type": "ACTION"}', "pattern"),
    ("duplicate_id", '{"id": "action.suishin", "pattern": ["推進する"], "type": "ACTION"}', "duplicate id"),
    ("duplicate_pattern", '{"id": "x.dup", "pattern": ["推進"], "type": "ACTION"}', "duplicate pattern"),
]


@pytest.mark.parametrize("line,reason", [c[1:] for c in BAD_TRIGGER_LINES], ids=[c[0] for c in BAD_TRIGGER_LINES])
def test_events_negatives_bad_trigger_line(tmp_path, line, reason):
    d = _copy_models(tmp_path)
    path = d / "triggers.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines + [line]) + "\n", encoding="utf-8")
    with pytest.raises(KirokuError) as err:
        build_lexicon(d)
    msg = str(err.value)
    assert "E021" in msg and f"triggers.jsonl:{len(lines) + 1}" in msg and reason in msg


@pytest.mark.parametrize("name,mutate,reason", [
    ("cues.json", lambda d: d.pop("negation"), "negation"),
    ("actors.json", lambda d: d.update(body_heads="首脳"), "body_heads"),
    ("leadins.json", lambda d: d["leadins"].append({"id": "leadin.bad", "pattern": "(unclosed"}), "pattern"),
    ("leadins.json", lambda d: d.update(surprise=True), "surprise"),
])
def test_events_negatives_bad_cue_file(tmp_path, name, mutate, reason):
    d = _copy_models(tmp_path)
    data = json.loads((d / name).read_text(encoding="utf-8"))
    mutate(data)
    (d / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KirokuError) as err:
        build_lexicon(d)
    assert name in str(err.value) and reason in str(err.value)


def test_events_negatives_lexicon_ids_unique_and_shipped_file_valid():
    lex = build_lexicon(MODEL_DIR)
    ids = [e.id for e in lex.triggers]
    assert len(ids) == len(set(ids)) and len(ids) > 50


@pytest.mark.parametrize("text", [
    "・推進・\n",                              # dots with nothing to join
    "（1）\t開催\n",                           # a heading verbal noun with no modifier
    "同協会（設立）は活動している。\n",          # an aside without a date
    "こうしたといった関連省庁も連携を強化している。\n",  # an example marker with no examples
    "● " + "、".join(["研究基盤の推進・強化"] * 120) + "。\n",  # a long dotted bullet
])
def test_events_negatives_new_patterns_on_odd_input(nlp, text):
    """Odd shapes of the dotted, heading, aside and example rules: no crash, no invented actor."""
    for ev in run_events(nlp, text, [G7]):
        assert ev.actors == [] or all(a.canonical == "G7" for a in ev.actors)


def test_events_negatives_proposals_after_a_recommendation_label(nlp):
    """● …3つの提言：①…を策定し、…を促進。②…の推進。: proposed, not committed; the next bullet is
    a statement again."""
    text = ("● 研究協力を深めるための3つの提言：①両国間で共同行動計画を策定し、人材交流を促進。②地域研究網の推進。\n"
            "● G7は量子分野での協力を推進。\n")
    ev = run_events(nlp, text, [G7])
    assert pairs(ev) == [("推進", "ACTION")]
    assert ev[0].trigger.start > text.index("● G7")
