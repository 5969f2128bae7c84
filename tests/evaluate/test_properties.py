"""Invariants of matching and scoring over random spans (hypothesis)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.evaluate.matching import match
from pipeline.evaluate.score import score_document

from tests.evaluate._build import Pred, ent, gold

LABELS = ["ORG", "GPE", "PERSON"]
span = st.tuples(st.integers(0, 150), st.integers(1, 12), st.sampled_from(LABELS)).map(lambda t: (t[0], t[0] + t[1], t[2]))
spans = st.lists(span, max_size=25)


@settings(max_examples=200, deadline=None)
@given(spans, spans, st.booleans())
def test_matching_invariants(g, p, strict):
    al = match(g, p, strict=strict, compatible=lambda a, b: a[2] == b[2])
    gi = [i for i, _ in al.pairs]
    pj = [j for _, j in al.pairs]
    assert len(set(gi)) == len(gi) and len(set(pj)) == len(pj)  # one-to-one
    assert sorted(gi + al.missed) == list(range(len(g)))
    assert sorted(pj + al.false_alarms) == list(range(len(p)))
    for i, j in al.pairs:
        assert g[i][2] == p[j][2]
        assert (g[i][:2] == p[j][:2]) if strict else (min(g[i][1], p[j][1]) > max(g[i][0], p[j][0]))


@settings(max_examples=100, deadline=None)
@given(spans, spans)
def test_score_invariants(g, p):
    t = score_document(gold(entities=[ent(s, e, lab) for s, e, lab in g], regions=[(0, 100)]),
                       Pred(entities=[ent(s, e, lab) for s, e, lab in p])).entities.tally
    for mode in ("strict", "partial", "unlabelled"):
        c = t[mode]
        assert c["tp"] + c["fn"] == t["n_gold"] and c["tp"] + c["fp"] == t["n_pred"]
    assert t["strict"]["tp"] <= t["partial"]["tp"] <= t["unlabelled"]["tp"]
    per = t["strict"]["per_label"]
    assert sum(v["tp"] for v in per.values()) == t["strict"]["tp"]


@settings(max_examples=50, deadline=None)
@given(spans)
def test_score_self_is_perfect(g):
    # Gold against itself (duplicates removed, as gold has no repeated items) scores 1 everywhere.
    items = [ent(s, e, lab) for s, e, lab in dict.fromkeys(g)]
    t = score_document(gold(entities=items), Pred(entities=items)).entities.tally
    assert t["strict"]["fp"] == t["strict"]["fn"] == 0
    assert t["canonical"]["fp"] == t["canonical"]["fn"] == 0
