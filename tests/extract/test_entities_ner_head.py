"""How the trained NER head's spans (doc.spans["kiroku_ner"]) enter the entity layer."""
from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions


def _with_head(nlp, text, spans):
    doc = nlp(text)
    doc.spans["kiroku_ner"] = [doc.char_span(text.index(s), text.index(s) + len(s), label=lab, alignment_mode="expand")
                               for s, lab in spans]
    return [(text[m.start:m.end], m.label, m.rule.split(":")[0]) for m in find_mentions(text, [(0, doc)])]


@pytest.mark.parametrize("text,spans,expected", [
    # the gazetteer wins a tie with the head
    ("上海協力機構が会合を開いた。", [("上海協力機構", "LOCATION")], ("上海協力機構", "ORG", "gazetteer")),
    # a proper-noun company name stands without an organisation head word
    ("トヨタ自動車が新車を発表した。", [("トヨタ自動車", "COMPANY")], ("トヨタ自動車", "ORG", "ner")),
    # a person from the head, title split off
    ("山田首相が述べた。", [("山田首相", "PERSON")], ("山田", "PERSON", "ner")),
])
def test_entities_ner_head_spans_enter(nlp, text, spans, expected):
    assert expected in _with_head(nlp, text, spans)


@pytest.mark.parametrize("text,spans,surface", [
    ("民主主義、国際法の尊重を確認した。", [("民主主義", "COMPANY"), ("国際法", "COMPANY")], "民主主義"),  # common nouns, no head
    ("「資金調達」の領域を定めた。", [("資金調達", "PRODUCT")], "資金調達"),  # PRODUCT needs ENE support
])
def test_entities_ner_head_common_nouns_dropped(nlp, text, spans, surface):
    assert surface not in [s for s, _, _ in _with_head(nlp, text, spans)]
