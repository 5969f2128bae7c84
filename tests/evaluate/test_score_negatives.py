"""What must NOT count: out-of-region items, wrong labels, double matches, empty layers."""
import pytest

from pipeline.evaluate.score import score_document
from pipeline.evaluate.tally import prf, with_rates

from tests.evaluate._build import Pred, date, ent, ev, gold


@pytest.mark.parametrize(
    "p",
    [
        [ent(120, 125)],  # beyond the region
        [ent(95, 105)],  # crosses the region end
    ],
)
def test_score_negative_predictions_outside_regions_are_ignored(p):
    t = score_document(gold(entities=[ent(0, 4)], regions=[(0, 100)]), Pred(entities=[ent(0, 4)] + p)).entities.tally
    assert t["n_pred"] == 1 and t["strict"]["fp"] == 0


def test_score_negative_gold_outside_regions_is_not_a_miss():
    t = score_document(gold(entities=[ent(0, 4), ent(150, 152)], regions=[(0, 100)]), Pred(entities=[ent(0, 4)])).entities.tally
    assert t["n_gold"] == 1 and t["strict"]["fn"] == 0


def test_score_negative_one_prediction_cannot_match_two_gold():
    t = score_document(gold(entities=[ent(0, 3), ent(3, 6)]), Pred(entities=[ent(0, 6)])).entities.tally
    assert (t["partial"]["tp"], t["partial"]["fn"]) == (1, 1)


def test_score_negative_wrong_label_is_never_partial():
    t = score_document(gold(entities=[ent(0, 4, "ORG")]), Pred(entities=[ent(0, 4, "PERSON")])).entities.tally
    assert t["partial"]["tp"] == 0


def test_score_negative_event_outside_region_trigger():
    g = gold(events=[ev(0, 2)], regions=[(0, 50)])
    t = score_document(g, Pred(events=[ev(0, 2), ev(60, 62)])).events.tally
    assert t["trigger"]["fp"] == 0


def test_score_negative_no_matches_no_accuracy():
    t = with_rates(score_document(gold(dates=[date(0, 4)]), Pred()).dates.tally)
    assert t["value_accuracy"]["acc"] is None  # nothing matched: n/a, not 0 or 1


@pytest.mark.parametrize("tp, fp, fn, expected", [
    (0, 0, 0, (1.0, 1.0, 1.0)),
    (0, 3, 0, (0.0, 0.0, 0.0)),
    (0, 0, 3, (0.0, 0.0, 0.0)),
])
def test_score_negative_zero_denominators(tp, fp, fn, expected):
    assert prf(tp, fp, fn) == expected
