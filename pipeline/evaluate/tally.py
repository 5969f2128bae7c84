"""Counts and the rates derived from them.

Scores are kept as nested dicts of integer counts ("tallies") so that per
document results add up to the overall result by plain summation; rates are
derived from counts at the end, never averaged.

- a node with `tp`, `fp`, `fn` gets `p`, `r`, `f1`;
- a node with `n`, `correct` gets `acc` (None when n == 0: nothing to judge).

Zero denominators: with nothing to find and nothing predicted P = R = F1 = 1;
with gold but no prediction P = R = F1 = 0; with predictions but no gold
P = R = F1 = 0.
"""
from __future__ import annotations

import copy
from typing import Any

Tally = dict[str, Any]


def prf_counts(tp: int = 0, fp: int = 0, fn: int = 0) -> Tally:
    return {"tp": tp, "fp": fp, "fn": fn}


def acc_counts(n: int = 0, correct: int = 0) -> Tally:
    return {"n": n, "correct": correct}


def add(a: Tally, b: Tally) -> Tally:
    """Sum two tallies key by key (keys missing on one side count as absent)."""
    out: Tally = copy.deepcopy(a)
    for k, v in b.items():
        if isinstance(v, dict):
            out[k] = add(out.get(k, {}), v)
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out[k] = out.get(k, 0) + v
        else:
            out.setdefault(k, v)
    return out


def total(tallies: list[Tally]) -> Tally:
    out: Tally = {}
    for t in tallies:
        out = add(out, t)
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    if tp + fp + fn == 0:
        return 1.0, 1.0, 1.0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


def with_rates(t: Tally) -> Tally:
    """A copy of the tally with p/r/f1 and acc added wherever counts allow."""
    out: Tally = {k: v for k, v in t.items() if not isinstance(v, dict)}
    if {"tp", "fp", "fn"} <= t.keys():
        p, r, f1 = prf(t["tp"], t["fp"], t["fn"])
        out.update(p=round(p, 4), r=round(r, 4), f1=round(f1, 4))
    if {"n", "correct"} <= t.keys():
        out["acc"] = round(t["correct"] / t["n"], 4) if t["n"] else None
    for k, v in t.items():  # nested breakdowns after the node's own rates
        if isinstance(v, dict):
            out[k] = with_rates(v)
    return out


RATE_KEYS = ("p", "r", "f1", "acc")


def flatten(t: Tally, prefix: str = "") -> dict[str, float | None]:
    """Rates of a rated tally as flat dotted names: `entities.strict.micro.f1` -> 0.81."""
    out: dict[str, float | None] = {}
    for k, v in t.items():
        name = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, name))
        elif k in RATE_KEYS:
            out[name] = v
    return out
