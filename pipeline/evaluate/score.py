"""Gold versus predicted records for one document, layer by layer.

Only items inside the gold file's `regions` count, on both sides (an item
counts when its span, for events the trigger, lies wholly inside one region).
Each function returns a tally (counts, see `tally.py`) and the alignment, so
the report can show what was matched, missed and falsely found.

Definitions
- Entities. strict: same span and same label; partial: overlapping span and
  same label; one-to-one (see `matching.py`); per label and micro over all.
  `unlabelled` matches spans regardless of label (so a wrong label shows as a
  span hit); `confusion` counts gold->predicted label pairs of those hits.
- Canonical consistency, over the partial matches of a document (pairwise,
  like the MUC/B-cubed family): for every two matched mentions, "gold-same"
  when their gold canonicals are equal, "pred-same" when their predicted ones
  are. tp = pairs same on both sides, fp = pred-same only (a wrong merge),
  fn = gold-same only (a wrong split); P/R/F1 from those. Canonicals compare
  after NFKC. `canonical_exact` is the share of matched mentions whose
  predicted canonical string equals the gold one.
- Dates. strict/partial detection regardless of type; over partial matches:
  `type_accuracy` (DATE/DURATION), `value_accuracy` (begin, end_date and mod
  all equal) and `value_exact` (value equal).
- Events. `trigger`: overlapping triggers, regardless of type; over those
  matches `type_accuracy`, `actor_accuracy` (the set of actor canonicals, an
  actor without canonical counting by its text, equals the gold set; both
  empty is right), `actor_jaccard` (mean Jaccard overlap of those sets: partial
  credit), `negated_accuracy`, and the arguments: `content_accuracy` (the
  content strings equal after NFKC with whitespace and U+FFFD removed,
  GUIDELINES 5.2; both empty is right), `content_overlap` (one of the two
  contents holds the other: the right phrase with a wrong extent),
  `date_accuracy` (the linked date values equal) and `location_accuracy`
  (the place canonicals equal). `typed`: overlapping trigger and
  same type, per type and micro. `commitment`: trigger F1 with both sides
  reduced to commitment types (all but MEET and ANNOUNCE).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Sequence

from ..schema import is_commitment
from .matching import Alignment, Region, match, restrict
from .tally import Tally, acc_counts, prf_counts


def _norm(s: str | None) -> str | None:
    return None if s is None else unicodedata.normalize("NFKC", s).strip()


def _label(item) -> str:
    return str(getattr(item, "label", None) or getattr(item, "type"))


def _value(x: Any) -> Any:
    return getattr(x, "value", x)  # enum or plain string


def labelled_counts(gold: Sequence, pred: Sequence, al: Alignment, key=_label) -> Tally:
    """Micro counts plus a per-label breakdown for an alignment whose pairs share a label."""
    out = prf_counts(len(al.pairs), len(al.false_alarms), len(al.missed))
    per: dict[str, Tally] = {}
    for i, _ in al.pairs:
        per.setdefault(key(gold[i]), prf_counts())["tp"] += 1
    for j in al.false_alarms:
        per.setdefault(key(pred[j]), prf_counts())["fp"] += 1
    for i in al.missed:
        per.setdefault(key(gold[i]), prf_counts())["fn"] += 1
    out["per_label"] = dict(sorted(per.items()))
    return out


def _pairs_same(groups: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in groups.values())


def canonical_counts(pairs: list[tuple[str | None, str | None]]) -> Tally:
    """Pairwise canonical agreement over matched mentions (gold canonical, predicted canonical)."""
    gold_same = _pairs_same(Counter(g for g, _ in pairs))
    pred_same = _pairs_same(Counter(p for _, p in pairs))
    both = _pairs_same(Counter(pairs))
    return prf_counts(both, pred_same - both, gold_same - both)


@dataclass
class LayerResult:
    tally: Tally
    gold: list = field(default_factory=list)  # items inside the regions
    pred: list = field(default_factory=list)
    # Per item status for the report: index -> match | partial | label | miss / false_alarm
    gold_status: list[str] = field(default_factory=list)
    pred_status: list[str] = field(default_factory=list)


def _statuses(n_gold: int, n_pred: int, strict: Alignment, partial: Alignment, loose: Alignment):
    """match = strict hit; partial = overlap hit only; label = span hit with another label."""
    gs = ["miss"] * n_gold
    ps = ["false_alarm"] * n_pred
    for al, name in ((loose, "label"), (partial, "partial"), (strict, "match")):
        for i, j in al.pairs:
            gs[i] = name
            ps[j] = name
    return gs, ps


def score_entities(gold: Sequence, pred: Sequence, regions: Sequence[Region]) -> LayerResult:
    g = restrict(gold, regions)
    p = restrict(pred, regions)
    same = lambda a, b: _label(a) == _label(b)  # noqa: E731
    strict = match(g, p, strict=True, compatible=same)
    partial = match(g, p, strict=False, compatible=same)
    loose = match(g, p, strict=False)
    confusion = Counter(
        f"{_label(g[i])}->{_label(p[j])}" for i, j in loose.pairs if _label(g[i]) != _label(p[j])
    )
    canon = [(_norm(g[i].canonical), _norm(p[j].canonical)) for i, j in partial.pairs]
    tally = {
        "n_gold": len(g),
        "n_pred": len(p),
        "strict": labelled_counts(g, p, strict),
        "partial": labelled_counts(g, p, partial),
        "unlabelled": prf_counts(len(loose.pairs), len(loose.false_alarms), len(loose.missed)),
        "confusion": dict(sorted(confusion.items())),
        "canonical": canonical_counts(canon),
        "canonical_exact": acc_counts(len(canon), sum(a == b for a, b in canon)),
    }
    gs, ps = _statuses(len(g), len(p), strict, partial, loose)
    return LayerResult(tally, g, p, gs, ps)


def _date_value_right(a, b) -> bool:
    return (a.begin, a.end_date, _value(a.mod)) == (b.begin, b.end_date, _value(b.mod))


def score_dates(gold: Sequence, pred: Sequence, regions: Sequence[Region]) -> LayerResult:
    g = restrict(gold, regions)
    p = restrict(pred, regions)
    strict = match(g, p, strict=True)
    partial = match(g, p, strict=False)
    pairs = [(g[i], p[j]) for i, j in partial.pairs]
    tally = {
        "n_gold": len(g),
        "n_pred": len(p),
        "strict": prf_counts(len(strict.pairs), len(strict.false_alarms), len(strict.missed)),
        "partial": prf_counts(len(partial.pairs), len(partial.false_alarms), len(partial.missed)),
        "type_accuracy": acc_counts(len(pairs), sum(_value(a.type) == _value(b.type) for a, b in pairs)),
        "value_accuracy": acc_counts(len(pairs), sum(_date_value_right(a, b) for a, b in pairs)),
        "value_exact": acc_counts(len(pairs), sum(a.value == b.value for a, b in pairs)),
    }
    gs, ps = _statuses(len(g), len(p), strict, partial, partial)
    return LayerResult(tally, g, p, gs, ps)


def actor_set(event) -> frozenset[str]:
    return frozenset(_norm(a.canonical or a.text) for a in event.actors)


def _jaccard(a: frozenset, b: frozenset) -> float:
    return 1.0 if not a and not b else len(a & b) / len(a | b)


def content_key(text: str | None) -> str:
    """A content as the scorer compares it: NFKC, no whitespace, no U+FFFD (GUIDELINES 5.2)."""
    return re.sub(r"[\s\ufffd]", "", unicodedata.normalize("NFKC", text or ""))


def _content_overlaps(a: str, b: str) -> bool:
    return a == b or (bool(a) and bool(b) and (a in b or b in a))


def _same(a: str | None, b: str | None) -> bool:
    return _norm(a) == _norm(b) or (not a and not b)


def score_events(gold: Sequence, pred: Sequence, regions: Sequence[Region]) -> LayerResult:
    g = restrict(gold, regions)
    p = restrict(pred, regions)
    trig = match(g, p, strict=False)
    trig_strict = match(g, p, strict=True)
    same_type = lambda a, b: _value(a.type) == _value(b.type)  # noqa: E731
    typed = match(g, p, strict=False, compatible=same_type)
    gc = [e for e in g if is_commitment(_value(e.type))]
    pc = [e for e in p if is_commitment(_value(e.type))]
    commit = match(gc, pc, strict=False)
    pairs = [(g[i], p[j]) for i, j in trig.pairs]
    tally = {
        "n_gold": len(g),
        "n_pred": len(p),
        "trigger": prf_counts(len(trig.pairs), len(trig.false_alarms), len(trig.missed)),
        "trigger_strict": prf_counts(len(trig_strict.pairs), len(trig_strict.false_alarms), len(trig_strict.missed)),
        "typed": labelled_counts(g, p, typed, key=lambda e: str(_value(e.type))),
        "commitment": prf_counts(len(commit.pairs), len(commit.false_alarms), len(commit.missed)),
        "type_accuracy": acc_counts(len(pairs), sum(same_type(a, b) for a, b in pairs)),
        "actor_accuracy": acc_counts(len(pairs), sum(actor_set(a) == actor_set(b) for a, b in pairs)),
        "actor_jaccard": {"n": len(pairs), "correct": round(sum(_jaccard(actor_set(a), actor_set(b)) for a, b in pairs), 6)},
        "negated_accuracy": acc_counts(len(pairs), sum(bool(a.negated) == bool(b.negated) for a, b in pairs)),
        "content_accuracy": acc_counts(len(pairs), sum(content_key(a.content) == content_key(b.content) for a, b in pairs)),
        "content_overlap": acc_counts(len(pairs), sum(_content_overlaps(content_key(a.content), content_key(b.content))
                                                      for a, b in pairs)),
        "date_accuracy": acc_counts(len(pairs), sum(_same(a.date, b.date) for a, b in pairs)),
        "location_accuracy": acc_counts(len(pairs), sum(_same(a.location, b.location) for a, b in pairs)),
    }
    # Rename per_label -> per_type for events, the word the contract uses.
    tally["typed"]["per_type"] = tally["typed"].pop("per_label")
    typed_strict = match(g, p, strict=True, compatible=same_type)
    gs, ps = _statuses(len(g), len(p), typed_strict, typed, trig)
    return LayerResult(tally, g, p, gs, ps)


@dataclass
class DocumentScore:
    file: str
    regions: list[Region]
    entities: LayerResult
    dates: LayerResult
    events: LayerResult

    @property
    def tally(self) -> Tally:
        return {
            "n_chars": sum(e - s for s, e in self.regions),
            "entities": self.entities.tally,
            "dates": self.dates.tally,
            "events": self.events.tally,
        }


def score_document(gold, pred) -> DocumentScore:
    """gold: a GoldFile; pred: anything with entities, dates and events lists (an ExtractionResult)."""
    regions = [tuple(r) for r in gold.regions]
    return DocumentScore(
        file=gold.file,
        regions=regions,
        entities=score_entities(gold.entities, pred.entities, regions),
        dates=score_dates(gold.dates, pred.dates, regions),
        events=score_events(gold.events, pred.events, regions),
    )
