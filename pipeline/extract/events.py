"""Events and commitments (issue 4). Until the trigger lexicon lands the layer is empty, as the contract allows."""
from __future__ import annotations


def extract_events(parsed, entities, dates) -> list:
    return []
