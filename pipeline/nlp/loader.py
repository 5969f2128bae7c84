"""Loading GiNZA (ja_ginza) and kiroku's extra components, once per process."""
from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)

_LOCK = threading.Lock()
_CACHE: dict[tuple[str, bool], object] = {}


def add_kiroku_components(nlp):
    """Add kiroku's own pipeline components when their trained data is present in models/."""
    try:
        from .kiroku_ner import add_kiroku_ner  # trained NER head (models/ner)
    except ImportError:
        return nlp
    from ..settings import MODELS_DIR

    if not (MODELS_DIR / "ner" / "model").is_dir():  # not trained/built yet: run `kiroku train-ner`
        log.warning("kiroku NER head not found under models/ner/model; run `kiroku train-ner`")
        return nlp
    add_kiroku_ner(nlp)  # present but broken: fail loudly rather than silently lose a layer
    return nlp


def load_nlp(model: str = "ja_ginza", with_components: bool = True):
    """The spaCy pipeline for `model`, cached: one load per process."""
    key = (model, with_components)
    with _LOCK:
        nlp = _CACHE.get(key)
        if nlp is None:
            import spacy

            nlp = spacy.load(model)
            if with_components:
                add_kiroku_components(nlp)
            _CACHE[key] = nlp
        return nlp
