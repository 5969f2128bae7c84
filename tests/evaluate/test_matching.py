"""Region filtering and one-to-one matching (pipeline.evaluate.matching)."""
import pytest

from pipeline.evaluate.matching import in_regions, match, merge_regions, overlap, overlaps, restrict


@pytest.mark.parametrize(
    "span, regions, inside",
    [
        ((5, 10), [(0, 20)], True),
        ((0, 20), [(0, 20)], True),  # edges included
        ((15, 25), [(0, 20)], False),  # crosses the region end
        ((15, 25), [(0, 20), (20, 40)], False),  # spans two regions: in neither wholly
        ((25, 30), [(0, 20), (20, 40)], True),
        ((5, 10), [], False),
    ],
)
def test_matching_in_regions(span, regions, inside):
    assert in_regions(span, regions) is inside


@pytest.mark.parametrize(
    "a, b, n, hit",
    [
        ((0, 5), (3, 8), 2, True),
        ((0, 5), (5, 8), 0, False),  # touching is not overlapping
        ((0, 5), (0, 5), 5, True),
        ((2, 2), (2, 2), 0, True),  # identical empty spans
        ((2, 2), (0, 5), 0, False),
    ],
)
def test_matching_overlap(a, b, n, hit):
    assert overlap(a, b) == n
    assert overlaps(a, b) is hit


@pytest.mark.parametrize(
    "gold, pred, strict, pairs, missed, false_alarms",
    [
        ([(0, 5)], [(0, 5)], True, [(0, 0)], [], []),
        ([(0, 5)], [(0, 4)], True, [], [0], [0]),
        ([(0, 5)], [(0, 4)], False, [(0, 0)], [], []),
        # one prediction cannot match two gold spans: the larger overlap wins
        ([(0, 4), (4, 10)], [(2, 9)], False, [(1, 0)], [0], []),
        # one gold span cannot take two predictions: the exact one wins over the longer overlap
        ([(0, 5)], [(0, 7), (0, 5)], False, [(0, 1)], [], [0]),
        # duplicate predictions: only one counts
        ([(0, 5)], [(0, 5), (0, 5)], True, [(0, 0)], [], [1]),
        ([], [(0, 5)], False, [], [], [0]),
        ([(0, 5)], [], False, [], [0], []),
    ],
)
def test_matching_one_to_one(gold, pred, strict, pairs, missed, false_alarms):
    al = match(gold, pred, strict=strict)
    assert al.pairs == pairs
    assert al.missed == missed
    assert al.false_alarms == false_alarms


def test_matching_compatible_condition_blocks_pairs():
    gold = [(0, 5, "ORG")]
    pred = [(0, 5, "GPE")]
    al = match(gold, pred, strict=True, compatible=lambda g, p: g[2] == p[2])
    assert al.pairs == [] and al.missed == [0] and al.false_alarms == [0]


@pytest.mark.parametrize(
    "regions, merged",
    [
        ([(20, 40), (0, 20)], [(0, 40)]),  # touching regions join
        ([(0, 10), (5, 15), (30, 40)], [(0, 15), (30, 40)]),
        ([], []),
    ],
)
def test_matching_merge_regions(regions, merged):
    assert merge_regions(regions) == merged


def test_matching_restrict_keeps_span_across_touching_regions():
    assert restrict([(15, 25), (35, 45)], [(0, 20), (20, 40)]) == [(15, 25)]
