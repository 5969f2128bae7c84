"""models/ene_map.json covers every ENE label the installed ja_ginza can emit."""
from __future__ import annotations

import json

import pytest

from pipeline.extract.entities.ene import ENE_MAP_PATH, load_ene_map
from pipeline.errors import KirokuError


@pytest.fixture(scope="module")
def ene_map():
    return load_ene_map()


def test_entities_ene_map_covers_installed_model(ene_map):
    # kiroku's pipeline drops GiNZA's ner unless KIROKU_GINZA_ENE=1: read the labels from ja_ginza as shipped
    import spacy

    emitted = set(spacy.load("ja_ginza", exclude=["parser", "tok2vec", "morphologizer",
                                                   "compound_splitter", "bunsetu_recognizer"]).get_pipe("ner").labels)
    assert emitted, "ja_ginza's ner emits no labels?"
    assert emitted - set(ene_map.labels) == set()


@pytest.mark.parametrize("ene,label", [
    ("International_Organization", "ORG"), ("Government", "ORG"), ("Company", "ORG"), ("Person", "PERSON"),
    ("Country", "GPE"), ("City", "GPE"), ("Province", "GPE"), ("Continental_Region", "LOC"),
    ("Conference", "EVENT"), ("War", "EVENT"), ("Law", "DOCUMENT"), ("Treaty", "DOCUMENT"), ("Plan", "DOCUMENT"),
    ("Facility_Other", "FACILITY"), ("Newspaper", "PRODUCT"),
    ("Date", None), ("Time", None), ("Money", None), ("Percent", None), ("Period_Year", None), ("N_Person", None),
    ("Position_Vocation", None), ("URL", None),
])
def test_entities_ene_map_targets(ene_map, ene, label):
    assert ene_map.target(ene) == label


def test_entities_ene_map_drops_have_reasons(ene_map):
    for name, t in ene_map.labels.items():
        if t.label is None:
            assert t.reason and len(t.reason) > 10, name


def test_entities_ene_map_drop_without_reason_fails(tmp_path):
    data = json.loads(ENE_MAP_PATH.read_text(encoding="utf-8"))
    data["labels"]["Date"] = {"label": None}
    p = tmp_path / "ene_map.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(KirokuError, match="ene_map.json.*reason"):
        load_ene_map(str(p))
