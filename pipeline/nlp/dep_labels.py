"""The one part of GiNZA's `bunsetu_recognizer` that kiroku reads: UD dependency labels.

ja_ginza's parser predicts a bunsetu-head relation as `<label>_bunsetu` (`obl_bunsetu`,
`nmod_bunsetu`, ...); GiNZA's `bunsetu_recognizer` strips that suffix and then computes
bunsetu spans, phrase position types and clause heads into `doc.user_data`. kiroku never reads
those (its events layer works on the dependency tree and the UD labels), and computing them
costs about 4% of kiroku's parse time, so kiroku's pipeline replaces the recognizer with
this component: the same labels on every token, no `user_data`.

`ginza.bunsetu_spans(doc)` and the other bunsetu helpers need the full recognizer; a
pipeline loaded with `load_nlp(with_components=False)` keeps it.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SUFFIX = "_bunsetu"  # ginza.bunsetu_recognizer.BUNSETU_HEAD_SUFFIX
NAME = "kiroku_dep_labels"


@Language.component(NAME, assigns=["token.dep"], requires=["token.dep"])
def strip_bunsetu_suffix(doc: Doc) -> Doc:
    """`obl_bunsetu` -> `obl`, as GiNZA's recognizer does with remain_bunsetu_suffix=false."""
    for token in doc:
        dep = token.dep_
        if dep.endswith(SUFFIX):
            token.dep_ = dep[: -len(SUFFIX)]
    return doc


def use_lean_dep_labels(nlp: Language) -> Language:
    """Swap GiNZA's bunsetu_recognizer for `strip_bunsetu_suffix` (in place; no-op without it)."""
    if "bunsetu_recognizer" in nlp.pipe_names:
        cfg = nlp.get_pipe_config("bunsetu_recognizer")
        if cfg.get("remain_bunsetu_suffix"):  # a model that keeps the suffix: nothing to mirror
            return nlp
        nlp.replace_pipe("bunsetu_recognizer", NAME)
        # replace_pipe keeps the position; give the component the name kiroku knows it by
        nlp.rename_pipe("bunsetu_recognizer", NAME)
    return nlp
