"""The benchmark split used to train kiroku's head never touches the test part."""
from __future__ import annotations

import pytest

from pipeline.nlp.train_ner import BENCHMARK, TRAINDEV_END, load_records, split_indices


@pytest.mark.parametrize("seed", [20240601, 0, 7])
def test_kiroku_ner_split_never_overlaps_test(seed):
    n = len(load_records(BENCHMARK))
    split = split_indices(n, seed)
    train, dev, test = set(split.train), set(split.dev), set(split.test)
    assert not (train & dev) and not (train & test) and not (dev & test)
    assert train | dev == set(range(TRAINDEV_END))
    assert test == set(range(TRAINDEV_END, n)) and len(test) == 1069
    assert max(train | dev) < min(test)


def test_kiroku_ner_split_is_reproducible():
    assert split_indices(5343) == split_indices(5343)
    assert split_indices(5343, 1).dev != split_indices(5343, 2).dev


def test_kiroku_ner_trained_on_train_dev_only():
    """The exported head records the split it was trained on."""
    import json

    from pipeline.nlp.kiroku_ner import COMPONENT_META, MODEL_DIR

    meta = json.loads((MODEL_DIR / COMPONENT_META).read_text(encoding="utf-8"))
    conv = meta["conversion"]
    assert conv["n_train"] + conv["n_dev"] == TRAINDEV_END
    assert conv["n_test_held_out"] == 1069
