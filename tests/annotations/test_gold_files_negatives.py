"""The gold-file checks reject broken gold: one broken copy per case."""
from __future__ import annotations

import copy

import pytest

from tests.annotations.annotation_gold_checks import CHECKS

RAW = "上海協力機構(SCO)は2024年6月12日から15日に会合を開催し、協力を約束した。"


def _good() -> dict:
    return {
        "file": "x.txt", "regions": [[0, len(RAW)]], "published": "2024-06-20",
        "entities": [
            {"start": 0, "end": 6, "text": "上海協力機構", "label": "ORG", "canonical": "上海協力機構"},
            {"start": 7, "end": 10, "text": "SCO", "label": "ORG", "canonical": "上海協力機構"},
        ],
        "dates": [{"start": 12, "end": 27, "text": "2024年6月12日から15日", "type": "DATE",
                   "value": "2024-06-12/2024-06-15", "begin": "2024-06-12", "end_date": "2024-06-15", "mod": None}],
        "events": [{"type": "PLEDGE", "trigger": {"start": 38, "end": 40, "text": "約束"},
                    "actors": [{"text": "上海協力機構", "canonical": "上海協力機構", "start": 0, "end": 6}],
                    "content": "協力", "date": None, "location": None, "negated": False,
                    "sentence": {"start": 0, "end": len(RAW)}}],
    }


def test_gold_files_negatives_baseline_is_clean():
    assert RAW[38:40] == "約束" and RAW[12:27] == "2024年6月12日から15日"
    for name, check in CHECKS.items():
        assert check(_good(), RAW) == [], name


def _set(path, value):
    def mutate(g):
        obj = g
        for key in path[:-1]:
            obj = obj[key]
        obj[path[-1]] = value
    return mutate


def _add_entity(**kw):
    def mutate(g):
        g["entities"].append(kw)
    return mutate


CASES = [
    ("offsets", _set(("entities", 0, "text"), "上海協力機")),
    ("offsets", _set(("dates", 0, "start"), 11)),
    ("offsets", _set(("events", 0, "trigger", "text"), "協力")),
    ("offsets", _set(("events", 0, "actors", 0, "end"), 5)),
    ("offsets", _set(("events", 0, "sentence"), {"start": 0, "end": 10})),
    ("regions", _set(("regions",), [[0, len(RAW) + 1]])),
    ("regions", _set(("regions",), [])),
    ("vocabularies", _set(("entities", 0, "label"), "ORGANIZATION")),
    ("vocabularies", _set(("entities", 1, "canonical"), "")),
    ("vocabularies", _set(("dates", 0, "type"), "TIME")),
    ("vocabularies", _set(("dates", 0, "mod"), "LATE")),
    ("vocabularies", _set(("events", 0, "type"), "PROMISE")),
    ("date_values", _set(("dates", 0, "end_date"), "2024-06-01")),
    ("date_values", _set(("dates", 0, "begin"), None)),
    ("date_values", _set(("dates", 0, "value"), "June 2024")),
    ("date_values", _set(("dates", 0, "type"), "DURATION")),
    ("date_values", _set(("published",), "2024/06/20")),
    ("overlaps", _add_entity(start=0, end=2, text="上海", label="GPE", canonical="上海")),
    ("overlaps", _add_entity(start=0, end=11, text="上海協力機構(SCO)", label="ORG", canonical="SCO")),
    ("overlaps", _add_entity(start=0, end=6, text="上海協力機構", label="ORG", canonical="上海協力機構")),
    ("schema", _set(("entities", 0, "end"), 9)),
    ("schema", _set(("events", 0, "trigger"), {"start": 38, "end": 40})),
]


@pytest.mark.parametrize("check,mutate", CASES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(CASES)])
def test_gold_files_negatives_rejected(check, mutate):
    gold = copy.deepcopy(_good())
    mutate(gold)
    assert CHECKS[check](gold, RAW), f"{check} accepted a broken gold file"


def test_gold_files_negatives_alias_overlap_allowed():
    """The one allowed overlap: a full name with its bracketed acronym, one canonical."""
    gold = _good()
    gold["entities"].append({"start": 0, "end": 11, "text": "上海協力機構(SCO)", "label": "ORG", "canonical": "上海協力機構"})
    assert CHECKS["overlaps"](gold, RAW) == []
