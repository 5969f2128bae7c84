"""Scoring case tables: hand-made gold and predictions, expected counts (pipeline.evaluate.score)."""
import pytest

from pipeline.evaluate.score import canonical_counts, score_document
from pipeline.evaluate.tally import with_rates

from tests.evaluate._build import Pred, date, ent, ev, gold


def _counts(t):
    return (t["tp"], t["fp"], t["fn"])


ENTITY_CASES = {
    "perfect": ([ent(0, 4), ent(10, 12, "GPE")], [ent(0, 4), ent(10, 12, "GPE")], (2, 0, 0), (2, 0, 0)),
    "miss": ([ent(0, 4), ent(10, 12, "GPE")], [ent(0, 4)], (1, 0, 1), (1, 0, 1)),
    "false alarm": ([ent(0, 4)], [ent(0, 4), ent(20, 25)], (1, 1, 0), (1, 1, 0)),
    "partial overlap": ([ent(0, 6)], [ent(2, 6)], (0, 1, 1), (1, 0, 0)),
    "wrong label": ([ent(0, 4, "ORG")], [ent(0, 4, "GPE")], (0, 1, 1), (0, 1, 1)),
    "partial and wrong label": ([ent(0, 6, "ORG")], [ent(2, 6, "LOC")], (0, 1, 1), (0, 1, 1)),
    "outside region": ([ent(0, 4), ent(150, 155)], [ent(0, 4), ent(160, 165)], (1, 0, 0), (1, 0, 0)),
    "crossing region edge": ([ent(0, 4)], [ent(0, 4), ent(98, 103)], (1, 0, 0), (1, 0, 0)),
    "nothing at all": ([], [], (0, 0, 0), (0, 0, 0)),
}


@pytest.mark.parametrize("g, p, strict, partial", ENTITY_CASES.values(), ids=ENTITY_CASES.keys())
def test_score_entities_strict_and_partial(g, p, strict, partial):
    t = score_document(gold(entities=g, regions=[(0, 100)]), Pred(entities=p)).entities.tally
    assert _counts(t["strict"]) == strict
    assert _counts(t["partial"]) == partial


def test_score_entities_per_label_and_confusion():
    g = [ent(0, 4, "ORG"), ent(10, 12, "GPE"), ent(20, 22, "GPE")]
    p = [ent(0, 4, "ORG"), ent(10, 12, "LOC"), ent(20, 22, "GPE"), ent(30, 33, "PERSON")]
    t = score_document(gold(entities=g), Pred(entities=p)).entities.tally
    per = t["strict"]["per_label"]
    assert _counts(per["ORG"]) == (1, 0, 0)
    assert _counts(per["GPE"]) == (1, 0, 1)
    assert _counts(per["LOC"]) == (0, 1, 0)
    assert _counts(per["PERSON"]) == (0, 1, 0)
    assert t["confusion"] == {"GPE->LOC": 1}
    assert _counts(t["unlabelled"]) == (3, 1, 0)


CANONICAL_CASES = {
    # (gold canonical, predicted canonical) for each matched mention -> pairwise tp, fp, fn
    "all agree": ([("SCO", "SCO"), ("SCO", "SCO"), ("日本", "日本")], (1, 0, 0)),
    "split": ([("SCO", "上海協力機構"), ("SCO", "SCO")], (0, 0, 1)),
    "merge": ([("米国", "X"), ("中国", "X")], (0, 1, 0)),
    "names differ but partition agrees": ([("A", "a"), ("A", "a"), ("B", "b")], (1, 0, 0)),
    "singletons": ([("A", "a"), ("B", "b")], (0, 0, 0)),
}


@pytest.mark.parametrize("pairs, expected", CANONICAL_CASES.values(), ids=CANONICAL_CASES.keys())
def test_score_canonical_pairwise(pairs, expected):
    assert _counts(canonical_counts(pairs)) == expected


def test_score_canonical_over_matched_mentions_only():
    g = [ent(0, 4, canonical="上海協力機構"), ent(5, 8, canonical="上海協力機構"), ent(20, 23, canonical="日本")]
    p = [ent(0, 4, canonical="上海協力機構"), ent(5, 8, canonical="SCO"), ent(40, 43, canonical="日本")]
    t = score_document(gold(entities=g), Pred(entities=p)).entities.tally
    assert _counts(t["canonical"]) == (0, 0, 1)  # one split pair; the unmatched mentions take no part
    assert (t["canonical_exact"]["n"], t["canonical_exact"]["correct"]) == (2, 1)


DATE_CASES = {
    "all right": (date(0, 5), date(0, 5), (1, 0, 0), (1, 0, 0), 1, 1),
    "partial span, value right": (date(0, 5), date(0, 3), (0, 1, 1), (1, 0, 0), 1, 1),
    "mod wrong": (date(0, 5, mod="END"), date(0, 5, mod=None), (1, 0, 0), (1, 0, 0), 0, 1),
    "end wrong": (date(0, 5), date(0, 5, end_date="2024-06-30"), (1, 0, 0), (1, 0, 0), 0, 1),
    "value string differs": (date(0, 5, value="FY2024"), date(0, 5), (1, 0, 0), (1, 0, 0), 1, 0),
    "missed": (date(0, 5), None, (0, 0, 1), (0, 0, 1), None, None),
}


@pytest.mark.parametrize("g, p, strict, partial, value_ok, exact_ok", DATE_CASES.values(), ids=DATE_CASES.keys())
def test_score_dates_detection_and_value(g, p, strict, partial, value_ok, exact_ok):
    t = score_document(gold(dates=[g]), Pred(dates=[p] if p else [])).dates.tally
    assert _counts(t["strict"]) == strict
    assert _counts(t["partial"]) == partial
    if value_ok is None:
        assert t["value_accuracy"]["n"] == 0
    else:
        assert (t["value_accuracy"]["n"], t["value_accuracy"]["correct"]) == (1, value_ok)
        assert t["value_exact"]["correct"] == exact_ok


EVENT_CASES = {
    "perfect": (ev(0, 2, "PLEDGE", ["SCO"]), ev(0, 2, "PLEDGE", ["SCO"]), (1, 0, 0), 1, 1, (1, 0, 0)),
    "overlap trigger": (ev(0, 2, "PLEDGE", ["SCO"]), ev(1, 3, "PLEDGE", ["SCO"]), (1, 0, 0), 1, 1, (1, 0, 0)),
    "wrong type, still commitment": (ev(0, 2, "PLEDGE"), ev(0, 2, "INTEND"), (1, 0, 0), 0, 1, (1, 0, 0)),
    "commitment vs announce": (ev(0, 2, "PLEDGE"), ev(0, 2, "ANNOUNCE"), (1, 0, 0), 0, 1, (0, 0, 1)),
    "wrong actor": (ev(0, 2, "AGREE", ["日本", "米国"]), ev(0, 2, "AGREE", ["日本"]), (1, 0, 0), 1, 0, (1, 0, 0)),
    "no actors either side": (ev(0, 2, "MEET"), ev(0, 2, "MEET"), (1, 0, 0), 1, 1, (0, 0, 0)),
}


@pytest.mark.parametrize("g, p, trigger, type_ok, actor_ok, commitment", EVENT_CASES.values(), ids=EVENT_CASES.keys())
def test_score_events_trigger_type_actor_commitment(g, p, trigger, type_ok, actor_ok, commitment):
    t = score_document(gold(events=[g]), Pred(events=[p])).events.tally
    assert _counts(t["trigger"]) == trigger
    assert t["type_accuracy"]["correct"] == type_ok
    assert t["actor_accuracy"]["correct"] == actor_ok
    assert _counts(t["commitment"]) == commitment


def test_score_events_per_type():
    g = [ev(0, 2, "PLEDGE"), ev(10, 12, "MEET"), ev(20, 22, "ACTION")]
    p = [ev(0, 2, "PLEDGE"), ev(10, 12, "ANNOUNCE"), ev(30, 32, "ACTION")]
    t = with_rates(score_document(gold(events=g), Pred(events=p)).events.tally)
    per = t["typed"]["per_type"]
    assert _counts(per["PLEDGE"]) == (1, 0, 0)
    assert _counts(per["MEET"]) == (0, 0, 1)
    assert _counts(per["ANNOUNCE"]) == (0, 1, 0)
    assert _counts(per["ACTION"]) == (0, 1, 1)
    assert t["trigger"]["f1"] == pytest.approx(2 / 3, abs=1e-4)


def test_score_rates_from_counts():
    g = [ent(0, 4), ent(10, 12), ent(20, 22), ent(30, 32)]
    p = [ent(0, 4), ent(10, 12), ent(50, 52)]
    t = with_rates(score_document(gold(entities=g), Pred(entities=p)).entities.tally)
    assert t["strict"]["p"] == pytest.approx(2 / 3, abs=1e-4)
    assert t["strict"]["r"] == pytest.approx(0.5)
    assert t["strict"]["f1"] == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5), abs=1e-4)


@pytest.mark.parametrize(
    "g_actors, p_actors, jaccard",
    [(["日本", "米国"], ["日本"], 0.5), ([], [], 1.0), (["日本"], ["中国"], 0.0), (["日本", "米国"], ["米国", "日本"], 1.0)],
)
def test_score_events_actor_jaccard(g_actors, p_actors, jaccard):
    t = with_rates(score_document(gold(events=[ev(0, 2, actors=g_actors)]), Pred(events=[ev(0, 2, actors=p_actors)])).events.tally)
    assert t["actor_jaccard"]["acc"] == pytest.approx(jaccard)


ARGUMENT_CASES = {
    # (gold field, predicted field): content exact, content overlap, date, location right?
    "all equal": (dict(content="共同声明", date="2024", location="広島"),
                  dict(content="共同声明", date="2024", location="広島"), (1, 1, 1, 1)),
    "both empty": ({}, {}, (1, 1, 1, 1)),
    "content line break and U+FFFD ignored": (dict(content="AI安全性\nの研究"), dict(content="AI安全性の\ufffd研究"),
                                            (1, 1, 1, 1)),
    "content too short": (dict(content="AI安全性の研究"), dict(content="研究"), (0, 1, 1, 1)),
    "content elsewhere": (dict(content="AI安全性の研究"), dict(content="2016年"), (0, 0, 1, 1)),
    "content missing": (dict(content="AI安全性の研究"), {}, (0, 0, 1, 1)),
    "date wrong": (dict(date="2010"), dict(date="1983-09-01"), (1, 1, 0, 1)),
    "date invented": ({}, dict(date="2024"), (1, 1, 0, 1)),
    "place missed": (dict(location="パリ"), {}, (1, 1, 1, 0)),
}


@pytest.mark.parametrize("g, p, right", ARGUMENT_CASES.values(), ids=ARGUMENT_CASES.keys())
def test_score_events_arguments(g, p, right):
    t = score_document(gold(events=[ev(0, 2, **g)]), Pred(events=[ev(0, 2, **p)])).events.tally
    keys = ("content_accuracy", "content_overlap", "date_accuracy", "location_accuracy")
    assert tuple(t[k]["correct"] for k in keys) == right
    assert all(t[k]["n"] == 1 for k in keys)


def test_score_events_arguments_only_over_matched_triggers():
    t = score_document(gold(events=[ev(0, 2, date="2024")]), Pred(events=[ev(10, 12, date="2024")])).events.tally
    assert t["date_accuracy"]["n"] == 0
