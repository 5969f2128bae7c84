"""The ner-wikipedia-ja benchmark: data, split, label classes, scoring (GiNZA only in the slow smoke test)."""
import json

import pytest

from pipeline.evaluate.benchmark import (
    BenchmarkDataError,
    BenchSentence,
    load_ene_map,
    load_label_map,
    load_sentences,
    score_system,
    select_split,
    test_split as split_test,
)
from pipeline.settings import REPO_ROOT

DATA = REPO_ROOT / "benchmarks" / "ner-wikipedia-ja" / "ner.json"
MAP = REPO_ROOT / "models" / "benchmark" / "ner-wikipedia-ja.json"


def test_benchmark_split_matches_readme():
    recs = load_sentences(DATA)
    test = split_test(recs)
    assert len(recs) == 5343 and len(test) == 1069
    assert sum(len(s.text) for s in test) == 61664
    assert sum(len(s.entities) for s in test) == 2685
    assert test[0] is recs[4274]


@pytest.mark.parametrize("n, expected", [(10, [8, 9]), (5, [4]), (7, [5, 6]), (1, [0]), (0, [])])
def test_benchmark_split_is_last_fifth(n, expected):
    assert split_test(list(range(n))) == expected


def test_benchmark_dev_split_is_the_heads_dev_split():
    """--split dev scores the NER head's own 427 dev sentences (never trained on), inside records[:4274]."""
    from pipeline.nlp.train_ner import split_indices

    recs = load_sentences(DATA)
    dev = select_split(recs, "dev")
    train = select_split(recs, "train")
    split = split_indices(len(recs))
    assert len(dev) == 427 and len(train) == 3847
    assert [id(r) for r in dev] == [id(recs[i]) for i in split.dev]
    assert [id(r) for r in train] == [id(recs[i]) for i in split.train]
    assert {id(r) for r in dev + train} == {id(r) for r in recs[:4274]}
    assert select_split(recs, "test") == split_test(recs)


def test_benchmark_negative_unknown_split():
    with pytest.raises(ValueError, match="unknown benchmark split 'heldout'"):
        select_split(list(range(10)), "heldout")


def _sent(text, ents):
    return BenchSentence(curid="1", text=text,
                         entities=[{"name": text[s:e], "span": [s, e], "type": t} for s, e, t in ents])


LM = load_label_map(MAP)
S = _sent("山田太郎は東京都の株式会社ABCに入社した。", [(0, 4, "人名"), (5, 8, "地名"), (9, 16, "法人名")])

CASES = {
    "perfect": ([(0, 4, "PERSON"), (5, 8, "GPE"), (9, 16, "ORG")], (3, 0, 0), (3, 0, 0)),
    "LOC also matches 地名": ([(0, 4, "PERSON"), (5, 8, "LOC"), (9, 16, "ORG")], (3, 0, 0), (3, 0, 0)),
    "partial span": ([(0, 2, "PERSON")], (0, 1, 3), (1, 0, 2)),
    "wrong class": ([(0, 4, "ORG")], (0, 1, 3), (0, 1, 3)),
    "unmapped labels ignored": ([(0, 4, "PERSON"), (9, 16, "DOCUMENT"), (5, 8, "TECHNOLOGY")], (1, 0, 2), (1, 0, 2)),
}


@pytest.mark.parametrize("preds, strict, partial", CASES.values(), ids=CASES.keys())
def test_benchmark_score_system(preds, strict, partial):
    t = score_system([S], [preds], LM)
    assert (t["strict"]["tp"], t["strict"]["fp"], t["strict"]["fn"]) == strict
    assert (t["partial"]["tp"], t["partial"]["fp"], t["partial"]["fn"]) == partial


def test_benchmark_ignored_and_recall_by_type():
    t = score_system([S], [[(0, 4, "PERSON"), (9, 16, "DOCUMENT")]], LM)
    assert t["ignored_predictions"] == {"DOCUMENT": 1}
    assert t["recall_by_source_type"]["人名"] == {"n": 1, "correct": 1}
    assert t["recall_by_source_type"]["法人名"] == {"n": 1, "correct": 0}


def test_benchmark_ene_map_classes():
    ene = load_ene_map(REPO_ROOT / "models" / "benchmark" / "ene_to_stockmark.json")
    assert ene["Person"] == "PERSON" and ene["Company"] == "ORG" and ene["Province"] == "GPE/LOC"
    assert set(v for v in ene.values() if v) <= set(LM.gold_types.values())
    t = score_system([S], [[(0, 4, "Person"), (5, 8, "Province"), (9, 16, "Date")]], LM, pred_classes=ene)
    assert (t["strict"]["tp"], t["strict"]["fn"]) == (2, 1) and t["ignored_predictions"] == {"Date": 1}


@pytest.mark.parametrize(
    "content, reason",
    [
        ('{"not": "a list"}', "expected a JSON array"),
        ('[{"curid": "1", "text": "abc", "entities": [{"name": "x", "span": [0, 1], "type": "人名"}]}]', "record 0"),
        ('[{"curid": "1", "text": "abc"', "line 1"),
    ],
)
def test_benchmark_negative_bad_data_names_file_and_reason(tmp_path, content, reason):
    p = tmp_path / "ner.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(BenchmarkDataError, match=reason) as exc:
        load_sentences(p)
    assert str(p) in str(exc.value)


@pytest.mark.slow
def test_benchmark_smoke_kiroku_and_plain_ginza_five_sentences():
    from pipeline.flows.evaluate import run_benchmark

    bench = run_benchmark(limit=5, systems=("kiroku", "ginza"))
    assert bench["n_sentences"] == 5
    n_gold = sum(len(s.entities) for s in split_test(load_sentences(DATA))[:5])
    for name in ("kiroku", "ginza"):
        t = bench["systems"][name]
        assert t["n_gold"] == n_gold
        assert t["n_pred"] > 0 and 0.0 <= t["strict"]["f1"] <= 1.0
        assert f"benchmark.{name}.strict.f1" in bench["metrics"]


@pytest.mark.parametrize(
    "content",
    [
        {"map": {"Person": "PERSON", "Date": None}},
        {"_doc": "x", "model": "ja_ginza", "labels": {"Person": {"label": "PERSON"}, "Date": {"label": None, "reason": "r"}}},
        {"about": "flat", "Person": "PERSON", "Date": None},
    ],
)
def test_benchmark_ene_map_shapes(tmp_path, content):
    p = tmp_path / "ene.json"
    p.write_text(json.dumps(content), encoding="utf-8")
    assert load_ene_map(p) == {"Person": "PERSON", "Date": None}
