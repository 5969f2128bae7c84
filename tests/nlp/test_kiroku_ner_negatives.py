"""kiroku NER head: bad data files, bad pipelines, and text with nothing to tag."""
from __future__ import annotations

import json

import pytest
import spacy

from pipeline.errors import KirokuError
from pipeline.nlp.kiroku_ner import LABELS_PATH, add_kiroku_ner, kiroku_spans, load_kiroku_ner, load_label_map

GOOD = json.loads(LABELS_PATH.read_text(encoding="utf-8"))


def _with(**changes):
    data = json.loads(json.dumps(GOOD))
    for key, value in changes.items():
        if key == "first_label":
            data["labels"][0].update(value)
        else:
            data[key] = value
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"source": "x",\n "labels": [\n  {"label": "PERSON",}\n]}', "line 3"),
        (_with(first_label={"contract": "PEOPLE"}), "labels.0.contract"),
        (_with(first_label={"label": "person"}), "labels.0.label"),
        (_with(first_label={"extra": 1}), "labels.0.extra"),
        (_with(first_label={"label": "COMPANY"}), "duplicate label"),
        (_with(labels=[]), "labels"),
    ],
)
def test_kiroku_ner_label_map_rejects_bad_file(tmp_path, content, reason):
    path = tmp_path / "labels.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KirokuError) as err:
        load_label_map(path)
    assert str(path) in str(err.value) and reason in str(err.value)


def test_kiroku_ner_needs_ginza_tok2vec():
    with pytest.raises(KirokuError, match="tok2vec"):
        add_kiroku_ner(spacy.blank("ja"))


def test_kiroku_ner_missing_artefact_names_the_file(tmp_path):
    nlp = spacy.blank("ja")
    nlp.add_pipe("sentencizer", name="tok2vec")  # a stand-in name; the artefact check comes first
    with pytest.raises(KirokuError, match="kiroku_ner.json"):
        add_kiroku_ner(nlp, tmp_path)


@pytest.fixture(scope="module")
def kiroku_nlp():
    return load_kiroku_ner()


@pytest.mark.parametrize("text", ["", "。", "これはペンです。", "今日はとても暑いので、水をたくさん飲んだ。"])
def test_kiroku_ner_tags_nothing_without_names(kiroku_nlp, text):
    assert kiroku_spans(kiroku_nlp(text)) == []
