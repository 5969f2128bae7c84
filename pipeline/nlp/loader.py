"""Loading GiNZA (ja_ginza) and kiroku's extra components, once per process."""
from __future__ import annotations

import logging
import threading

from ..settings import Settings

log = logging.getLogger(__name__)

_LOCK = threading.Lock()
_CACHE: dict[tuple, object] = {}


def add_kiroku_components(nlp, settings: Settings | None = None):
    """kiroku's own pipeline components: the lean dependency-label step in place of GiNZA's
    bunsetu recognizer, and the trained NER head when its data is present in models/. GiNZA's ENE
    `ner` is removed unless the head reads its tags or `Settings.ginza_ene` asks for it."""
    from .dep_labels import use_lean_dep_labels

    use_lean_dep_labels(nlp)
    try:
        from .kiroku_ner import add_kiroku_ner  # trained NER head (models/ner)
    except ImportError:
        return nlp
    from ..settings import MODELS_DIR

    if not (MODELS_DIR / "ner" / "model").is_dir():  # not trained/built yet: run `kiroku train-ner`
        log.warning("kiroku NER head not found under models/ner/model; run `kiroku train-ner`")
        return nlp
    head = add_kiroku_ner(nlp)  # present but broken: fail loudly rather than silently lose a layer
    drop_unread_ene(nlp, head_reads_ene=head.reads_ginza_ene, wanted=(settings or Settings()).ginza_ene)
    return nlp


def drop_unread_ene(nlp, *, head_reads_ene: bool, wanted: bool) -> bool:
    """Remove GiNZA's ENE `ner` (about 45% of the parse) when neither the head nor the settings need it."""
    if "ner" in nlp.pipe_names and not head_reads_ene and not wanted:
        nlp.remove_pipe("ner")
        return True
    return False


def load_nlp(model: str = "ja_ginza", with_components: bool = True):
    """The spaCy pipeline for `model`, cached: one load per process."""
    settings = Settings()
    key = (model, with_components, settings.ginza_ene if with_components else None)
    with _LOCK:
        nlp = _CACHE.get(key)
        if nlp is None:
            import spacy

            from .malloc import tune_malloc

            tune_malloc(settings.malloc_trim_mb, settings.malloc_mmap_mb)
            nlp = spacy.load(model)
            if with_components:
                add_kiroku_components(nlp, settings)
            _CACHE[key] = nlp
        return nlp
