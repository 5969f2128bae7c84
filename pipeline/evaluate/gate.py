"""The regression gate (`--min-f1 layer=value`) and report comparison (`--compare OLD.json`).

A floor names a metric of `report["metrics"]` (dotted, see `tally.flatten`).
Short names resolve as follows:
- `entities`, `dates`, `events` are the headline scores: `entities.strict`,
  `dates.strict`, `events.trigger`;
- a name without a rate gets `.f1` (or `.acc` for accuracies):
  `entities.partial` -> `entities.partial.f1`, `dates.value_accuracy` ->
  `dates.value_accuracy.acc`;
- a label may follow the mode: `entities.strict.PERSON` ->
  `entities.strict.per_label.PERSON.f1`, `events.typed.PLEDGE` ->
  `events.typed.per_type.PLEDGE.f1`;
- `benchmark.<system>.<mode>` reaches the benchmark scores when it was run
  (`benchmark.kiroku.strict` -> `benchmark.kiroku.strict.f1`).
A floor on a metric that is missing or not measurable (n/a) fails.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

HEADLINE = {"entities": "entities.strict", "dates": "dates.strict", "events": "events.trigger"}


class FloorSyntaxError(ValueError):
    pass


@dataclass(frozen=True)
class Floor:
    name: str
    value: float


def parse_floor(text: str) -> Floor:
    """`layer=value` with value in [0, 1]."""
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or not name:
        raise FloorSyntaxError(f"--min-f1 {text!r}: expected LAYER=VALUE, e.g. entities.strict=0.6")
    try:
        v = float(value)
    except ValueError:
        raise FloorSyntaxError(f"--min-f1 {text!r}: {value!r} is not a number") from None
    if not 0.0 <= v <= 1.0:
        raise FloorSyntaxError(f"--min-f1 {text!r}: the floor must lie between 0 and 1")
    return Floor(name, v)


def candidates(name: str) -> list[str]:
    name = HEADLINE.get(name, name)
    out = [name, f"{name}.f1", f"{name}.acc"]
    head, _, last = name.rpartition(".")
    if head:
        for group in ("per_label", "per_type"):
            out.append(f"{head}.{group}.{last}.f1")
    return out


def resolve(metrics: dict[str, Any], name: str) -> tuple[str, float | None] | None:
    """(full metric name, value) for a floor name; None when no metric has that name."""
    for c in candidates(name):
        if c in metrics:
            return c, metrics[c]
    return None


def check_floors(metrics: dict[str, Any], floors: list[Floor]) -> list[str]:
    """One line per failing floor; an empty list means the gate passes."""
    failures = []
    for fl in floors:
        hit = resolve(metrics, fl.name)
        if hit is None:
            failures.append(f"FAIL {fl.name}: no such metric (try entities, entities.partial, dates, events.commitment)")
            continue
        full, value = hit
        if value is None:
            failures.append(f"FAIL {fl.name} ({full}): not measurable (nothing to score), floor {fl.value:.3f}")
        elif value < fl.value:
            failures.append(f"FAIL {fl.name} ({full}) = {value:.3f} < floor {fl.value:.3f}")
    return failures


@dataclass(frozen=True)
class Delta:
    name: str
    old: float | None
    new: float | None

    @property
    def delta(self) -> float | None:
        if self.old is None or self.new is None:
            return None
        return round(self.new - self.old, 4)


def all_metrics(report: dict[str, Any]) -> dict[str, Any]:
    """Overall metrics, then per document ones as `<file>/<metric>`, then benchmark ones."""
    out = dict(report.get("metrics", {}))
    for name, doc in report.get("documents", {}).items():
        for k, v in doc.get("metrics", {}).items():
            out[f"{name}/{k}"] = v
    return out


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Delta]:
    """Deltas for every metric present in either report, in the new report's order."""
    om, nm = all_metrics(old), all_metrics(new)
    names = list(nm) + [k for k in om if k not in nm]
    return [Delta(k, om.get(k), nm.get(k)) for k in names]


def render_compare(deltas: list[Delta], *, changed_only: bool = False, documents: str = "changed") -> str:
    """One line per metric. Per document metrics (`file/metric`) are shown when they changed only,
    unless documents="all" (or "none")."""
    def f(x):
        return "  n/a" if x is None else f"{x:.3f}"

    rows = []
    width = max((len(d.name) for d in deltas), default=10)
    for d in deltas:
        is_doc = "/" in d.name
        if is_doc and (documents == "none" or (documents == "changed" and d.delta == 0)):
            continue
        if changed_only and d.delta == 0:
            continue
        sign = "" if d.delta is None else ("+" if d.delta > 0 else "")
        mark = "" if not d.delta else ("  ▲" if d.delta > 0 else "  ▼")
        delta = "   n/a" if d.delta is None else f"{sign}{d.delta:.3f}"
        rows.append(f"{d.name:<{width}}  {f(d.old)} -> {f(d.new)}  {delta}{mark}")
    return "\n".join(rows)
