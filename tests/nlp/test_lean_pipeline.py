"""kiroku's pipeline leaves out GiNZA work nothing reads, and what it keeps is GiNZA's to the letter."""
from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.dep_labels import NAME, SUFFIX, use_lean_dep_labels
from pipeline.nlp.loader import drop_unread_ene
from pipeline.nlp.kiroku_ner import uses_ginza_ene
from pipeline.normalize import normalize_with_offsets, sentence_spans

from ..conftest import SEED_002


@pytest.fixture(scope="module")
def plain():
    return spacy.load("ja_ginza")


def _sentences(n: int = 40) -> list[str]:
    norm = normalize_with_offsets(SEED_002.read_text(encoding="utf-8"))
    return [norm.text[s:e] for s, e, _ in sentence_spans(norm)][:n]


def test_kiroku_pipeline_swaps_the_bunsetu_recognizer(nlp):
    assert "bunsetu_recognizer" not in nlp.pipe_names
    assert nlp.pipe_names[-1] == NAME  # same place as GiNZA's recognizer: after every tagger


def test_dependency_labels_and_heads_equal_ginzas(nlp, plain):
    """The lean step gives every token the label and head GiNZA's full recognizer gives it."""
    texts = _sentences() + ["2024年6月12日から15日にかけて、イタリア・プーリアでG7サミットが開催された。",
                            "首脳は、AIの安全性に関する協力を強化することを約束した。"]
    def tree(doc):
        return [(t.i, t.dep_, t.head.i, t.pos_, t.tag_, t.lemma_) for t in doc]
    ours = [tree(d) for d in nlp.pipe(texts)]
    theirs = [tree(d) for d in plain.pipe(texts)]
    assert ours == theirs
    assert not any(dep.endswith(SUFFIX) for doc in ours for _, dep, *_ in doc)
    assert any(dep == "obl" for doc in ours for _, dep, *_ in doc)  # labels the suffix was cut from


def test_lean_dep_labels_is_a_no_op_without_the_recognizer():
    nlp = spacy.blank("ja")
    use_lean_dep_labels(nlp)
    assert nlp.pipe_names == []


@pytest.mark.parametrize(("head_reads_ene", "wanted", "dropped"),
                         [(False, False, True), (True, False, False), (False, True, False), (True, True, False)])
def test_ginza_ene_is_removed_only_when_nothing_reads_it(head_reads_ene, wanted, dropped):
    nlp = spacy.blank("ja")
    nlp.add_pipe("ner")
    assert drop_unread_ene(nlp, head_reads_ene=head_reads_ene, wanted=wanted) is dropped
    assert ("ner" in nlp.pipe_names) is not dropped


def test_installed_head_and_pipeline_agree_on_ene(nlp):
    """GiNZA's `ner` is in kiroku's pipeline exactly when the installed head reads its tags (or settings ask)."""
    from pipeline.settings import Settings

    head = nlp.get_pipe("kiroku_ner")
    assert head.reads_ginza_ene == uses_ginza_ene(head.model)
    assert ("ner" in nlp.pipe_names) == (head.reads_ginza_ene or Settings().ginza_ene)
