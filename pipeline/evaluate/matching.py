"""Regions and one-to-one span matching.

A span is anything with `start` and `end` (half-open, raw code points). The
matcher is greedy: every compatible (gold, predicted) pair that overlaps is a
candidate; candidates are taken best first, each item at most once. "Best"
means an exact span first, then the longest overlap, then the smallest length
difference, then text order (so ties resolve the same way on every run).
Greedy is optimal whenever no predicted span overlaps two gold spans of the
same label, which flat gold (contract: no nested spans within a layer) makes
the normal case.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence, TypeVar

T = TypeVar("T")
U = TypeVar("U")

Region = tuple[int, int]


def span_of(item) -> tuple[int, int]:
    """(start, end) of an item: an Entity/DateItem, an Event (its trigger) or a (start, end) tuple."""
    trigger = getattr(item, "trigger", None)
    if trigger is not None:
        return trigger.start, trigger.end
    if isinstance(item, tuple):
        return item[0], item[1]
    return item.start, item.end


def in_regions(span: tuple[int, int], regions: Sequence[Region]) -> bool:
    """True when the span lies wholly inside one region (a span crossing a region edge is outside)."""
    s, e = span
    return any(rs <= s and e <= re_ for rs, re_ in regions)


def merge_regions(regions: Iterable[Sequence[int]]) -> list[Region]:
    """Sorted regions with overlapping or touching ones joined, so a span across a shared edge counts."""
    out: list[list[int]] = []
    for s, e in sorted((int(r[0]), int(r[1])) for r in regions):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def restrict(items: Iterable[T], regions: Sequence[Region]) -> list[T]:
    """The items lying wholly inside the (merged) regions."""
    merged = merge_regions(regions)
    return [it for it in items if in_regions(span_of(it), merged)]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Number of shared code points; an empty span overlaps a span that contains its position by 0."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[0] == a[1] or b[0] == b[1]:  # empty spans: only an identical empty span counts
        return a == b
    return overlap(a, b) > 0


@dataclass(frozen=True)
class Alignment:
    """Result of matching: index pairs plus the unmatched indices on each side."""

    pairs: list[tuple[int, int]]  # (gold index, predicted index)
    missed: list[int]  # gold indices without a partner (false negatives)
    false_alarms: list[int]  # predicted indices without a partner (false positives)


def match(
    gold: Sequence[T],
    pred: Sequence[U],
    *,
    strict: bool,
    compatible: Callable[[T, U], bool] | None = None,
) -> Alignment:
    """One-to-one matching of gold and predicted items.

    strict: spans must be identical; otherwise any overlap is enough.
    compatible: extra condition on a pair (same label, say); None accepts all.
    """
    gspans = [span_of(g) for g in gold]
    pspans = [span_of(p) for p in pred]
    # Index predicted spans by the positions they cover, so candidate search is
    # linear in the total span length rather than quadratic in the item count.
    by_pos: dict[int, list[int]] = defaultdict(list)
    by_exact: dict[tuple[int, int], list[int]] = defaultdict(list)
    for j, (s, e) in enumerate(pspans):
        by_exact[(s, e)].append(j)
        for pos in range(s, e):
            by_pos[pos].append(j)
    candidates: list[tuple[tuple, int, int]] = []
    for i, gs in enumerate(gspans):
        if strict or gs[0] == gs[1]:
            js: Iterable[int] = by_exact.get(gs, ())
        else:
            js = sorted({j for pos in range(gs[0], gs[1]) for j in by_pos.get(pos, ())})
        for j in js:
            ps = pspans[j]
            if strict and ps != gs:
                continue
            if not strict and not overlaps(gs, ps):
                continue
            if compatible is not None and not compatible(gold[i], pred[j]):
                continue
            rank = (
                ps == gs,
                overlap(gs, ps),
                -abs((gs[1] - gs[0]) - (ps[1] - ps[0])),
                -gs[0],
                -ps[0],
                -i,
                -j,
            )
            candidates.append((rank, i, j))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    pairs.sort()
    return Alignment(
        pairs=pairs,
        missed=[i for i in range(len(gold)) if i not in used_g],
        false_alarms=[j for j in range(len(pred)) if j not in used_p],
    )
