"""Gazetteer negatives: collisions that are not mentions, and malformed data that must fail at load."""
from __future__ import annotations

import json
import shutil

import pytest

from pipeline.errors import KirokuError
from pipeline.nlp.gazetteer import GAZETTEER_DIR, load_gazetteer, load_gazetteer_dir


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("text", [
    "AIIBの融資", "MAITRIの活動", "SAICの車", "AIDS対策",  # AI inside a Latin word
    "中心的な役割", "中国語の資料", "その中で", "中長期", "集中する",  # 中 alone / inside words
    "米価の上昇", "米を炊く",  # rice
    "毎日の生活", "訪日客", "駐日大使", "日本語で", "来日した", "同日に",  # 日 inside fixed words
    "欧米諸国", "インドネシア語", "タイプの異なる", "リアルタイム", "ボリビア", "マリン",  # katakana/kanji words
    "G73", "UNESCOs", "英語の論文", "独立した機関", "印刷物",
])
def test_gazetteer_collisions_not_matched(gaz, text):
    bad = {"中国", "日本", "米国", "人工知能", "タイ", "リビア", "マリ", "インド", "英国", "ドイツ", "G7", "EU"}
    found = {m.entry.canonical for m in gaz.match_text(text)}
    assert not (found & bad), (text, found)


@pytest.mark.parametrize("text", ["訪日米国人", "1日ASEAN間", "同日米国で"])
def test_gazetteer_abbreviation_not_glued_to_preceding_word(gaz, text):
    assert all(m.rule.startswith("gazetteer:") for m in gaz.match_text(text))


def _copy_dir(tmp_path):
    d = tmp_path / "gaz"
    shutil.copytree(GAZETTEER_DIR, d)
    return d


@pytest.mark.parametrize("row,reason", [
    ('{"id": "x.a", "canonical": "ABC", "label": "ORG", "aliases": [], "qid": null, "extra": 1}', "extra"),
    ('{"id": "x.a", "canonical": "ABC", "label": "NORP", "aliases": [], "qid": null}', "label"),
    ('{"id": "x.a", "canonical": "ABC", "label": "ORG", "aliases": [], "qid": "17"}', "qid"),
    ('{"id": "x.a", "canonical": "ABC", "label": "ORG", "aliases": ["米"], "qid": null}', "shorter than two"),
    ('{"id": "x.a", "canonical": "ABC", "label": "ORG", "aliases": [], "qid": null, "abbrev": ["米国"]}', "one character"),
    ('{"id": "x.a", "canonical": "ABC", "label": "ORG"', "not valid JSON"),
    ('{"id": "X A", "canonical": "ABC", "label": "ORG", "aliases": [], "qid": null}', "id"),
    ('{"id": "x.a", "canonical": "OECD", "label": "ORG", "aliases": [], "qid": null}', "already an alias"),
    ('{"id": "country.jp", "canonical": "ABCD", "label": "ORG", "aliases": [], "qid": null}', "duplicate id"),
])
def test_gazetteer_malformed_row_fails_with_file_line_reason(tmp_path, row, reason):
    d = _copy_dir(tmp_path)
    bad = d / "zz_bad.jsonl"
    bad.write_text('{"id": "x.ok", "canonical": "OKNAME", "label": "ORG", "aliases": [], "qid": null}\n' + row + "\n",
                   encoding="utf-8")
    with pytest.raises(KirokuError) as exc:
        load_gazetteer_dir(d)
    msg = str(exc.value)
    assert "zz_bad.jsonl:2" in msg and reason in msg and "\n" not in msg


def test_gazetteer_bad_rules_file_fails(tmp_path):
    d = _copy_dir(tmp_path)
    rules = json.loads((d / "rules.json").read_text(encoding="utf-8"))
    rules["event_editions"]["prefix"] = ["(unclosed"]
    (d / "rules.json").write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KirokuError, match="rules.json.*does not compile"):
        load_gazetteer_dir(d)


def test_gazetteer_bad_collisions_file_fails(tmp_path):
    d = _copy_dir(tmp_path)
    (d / "collisions.json").write_text('{"words": [{"word": "中心"}]}', encoding="utf-8")
    with pytest.raises(KirokuError, match="collisions.json.*reason"):
        load_gazetteer_dir(d)
