"""The public NER benchmark: Stockmark's ner-wikipedia-ja (benchmarks/ner-wikipedia-ja/).

Pure: loads the data and label maps, scores predicted spans given per
sentence. Producing the predictions (kiroku, plain GiNZA) is the flow's job.

- Test split: the last 20% of records in file order (README: records[int(0.8*N):]).
- Classes: gold types and contract labels map to one class each
  (`models/benchmark/ner-wikipedia-ja.json`); 地名 and GPE/LOC all become
  `GPE/LOC`, so GPE or LOC counts as a match. Predictions whose label has no
  class (DOCUMENT, TECHNOLOGY, and for GiNZA dates, numbers and the like) are
  dropped before scoring and counted under `ignored_predictions`.
- Scores: strict (same span and class) and overlap (overlapping span, same
  class), one-to-one, micro and per class; recall per Stockmark source type.
"""
from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from .matching import match
from .score import labelled_counts
from .tally import Tally, acc_counts, add, prf_counts

NAME = "ner-wikipedia-ja"
TEST_FRACTION = 0.2
# The NER head's train/dev split inside records[:k] (pipeline/nlp/train_ner.py: seeded shuffle, 10% dev).
DEV_SEED = 20240601
DEV_FRACTION = 0.1
SPLITS = ("test", "dev", "train")


class BenchmarkDataError(ValueError):
    pass


class BenchEntity(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    span: tuple[int, int]
    type: str


class BenchSentence(BaseModel):
    model_config = ConfigDict(extra="forbid")
    curid: str
    text: str
    entities: list[BenchEntity]

    @model_validator(mode="after")
    def _spans_read_names(self) -> "BenchSentence":
        for e in self.entities:
            if self.text[e.span[0]:e.span[1]] != e.name:
                raise ValueError(f"span {list(e.span)} reads {self.text[e.span[0]:e.span[1]]!r}, not {e.name!r}")
        return self


class LabelMap(BaseModel):
    model_config = ConfigDict(extra="forbid")
    about: str = ""
    gold_types: dict[str, str]
    contract_labels: dict[str, str]


class EneMap(BaseModel):
    model_config = ConfigDict(extra="forbid")
    about: str = ""
    map: dict[str, Optional[str]]


def _load_json(path: Path) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise BenchmarkDataError(f"{path}: cannot read ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise BenchmarkDataError(f"{path}: line {exc.lineno}: {exc.msg}") from None


def load_sentences(path: Path) -> list[BenchSentence]:
    data = _load_json(path)
    if not isinstance(data, list):
        raise BenchmarkDataError(f"{path}: expected a JSON array of sentences")
    out = []
    for i, rec in enumerate(data):
        try:
            out.append(BenchSentence.model_validate(rec))
        except ValidationError as exc:
            err = exc.errors()[0]
            raise BenchmarkDataError(f"{path}: record {i}: {'.'.join(map(str, err['loc']))}: {err['msg']}") from None
    return out


def test_split(records: Sequence[Any]) -> list[Any]:
    """README rule: k = int(0.8 * N); test = records[k:]."""
    k = int((1 - TEST_FRACTION) * len(records))
    return list(records[k:])


def dev_indices(n_records: int, seed: int = DEV_SEED, dev_fraction: float = DEV_FRACTION) -> list[int]:
    """The NER head's dev sentences: a seeded shuffle of records[:k], its first 10% (sorted).

    Same recipe as `pipeline.nlp.train_ner.split_indices` (equality tested); kept here because the
    evaluator does not import nlp.
    """
    k = int((1 - TEST_FRACTION) * n_records)
    traindev = list(range(k))
    random.Random(seed).shuffle(traindev)
    return sorted(traindev[:round(dev_fraction * k)])


def select_split(records: Sequence[Any], split: str = "test") -> list[Any]:
    """`test`: records[k:] (the honest measure); `dev`: the head's 427 dev sentences (for diagnosis, never
    trained on); `train`: the rest of records[:k] (the head has seen these)."""
    if split == "test":
        return test_split(records)
    if split not in SPLITS:
        raise ValueError(f"unknown benchmark split {split!r}; known: {', '.join(SPLITS)}")
    dev = dev_indices(len(records))
    if split == "dev":
        return [records[i] for i in dev]
    k = int((1 - TEST_FRACTION) * len(records))
    dev_set = set(dev)
    return [records[i] for i in range(k) if i not in dev_set]


def load_label_map(path: Path) -> LabelMap:
    try:
        return LabelMap.model_validate(_load_json(path))
    except ValidationError as exc:
        err = exc.errors()[0]
        raise BenchmarkDataError(f"{path}: {'.'.join(map(str, err['loc']))}: {err['msg']}") from None


def load_ene_map(path: Path) -> dict[str, Optional[str]]:
    """An ENE -> label map (null = ignore), in one of the shapes we keep such maps in:
    {"map": {ene: label}}, {"labels": {ene: {"label": label, "reason": ...}}} (models/ene_map.json),
    or a flat {ene: label} object. Keys starting with `_` and `about`/`model` are notes."""
    data = _load_json(path)
    if isinstance(data, dict) and "map" not in data:
        inner = data.get("labels") if isinstance(data.get("labels"), dict) else data
        data = {"map": {k: v for k, v in inner.items() if not k.startswith("_") and k not in ("about", "model")}}
    if isinstance(data, dict) and isinstance(data.get("map"), dict):
        # Values may be a label string or {"label": ...}; keep the label.
        data = dict(data, map={k: (v.get("label") if isinstance(v, dict) else v) for k, v in data["map"].items()})
    try:
        return EneMap.model_validate(data).map
    except ValidationError as exc:
        err = exc.errors()[0]
        raise BenchmarkDataError(f"{path}: {'.'.join(map(str, err['loc']))}: {err['msg']}") from None


# A predicted span: (start, end, label) with offsets into the sentence text.
PredSpan = tuple[int, int, str]


class _Span(tuple):
    """(start, end, cls, source) with attribute access for the matcher."""

    start = property(lambda s: s[0])
    end = property(lambda s: s[1])
    label = property(lambda s: s[2])
    source = property(lambda s: s[3])


def score_system(
    sentences: Sequence[BenchSentence],
    predictions: Sequence[Iterable[PredSpan]],
    label_map: LabelMap,
    pred_classes: dict[str, Optional[str]] | None = None,
) -> Tally:
    """Tally for one system. `pred_classes` maps predicted labels to classes (default: the contract map)."""
    if len(sentences) != len(predictions):
        raise ValueError(f"{len(sentences)} sentences but {len(predictions)} prediction lists")
    pred_classes = label_map.contract_labels if pred_classes is None else pred_classes
    out: Tally = {"n_sentences": len(sentences), "n_gold": 0, "n_pred": 0,
                  "strict": prf_counts(), "partial": prf_counts(),
                  "recall_by_source_type": {}, "ignored_predictions": {}}
    for sent, preds in zip(sentences, predictions):
        gold = [_Span((e.span[0], e.span[1], label_map.gold_types[e.type], e.type)) for e in sent.entities]
        pred = []
        for s, e, lab in preds:
            cls = pred_classes.get(lab)
            if cls is None:
                out["ignored_predictions"][lab] = out["ignored_predictions"].get(lab, 0) + 1
            else:
                pred.append(_Span((s, e, cls, lab)))
        same = lambda a, b: a.label == b.label  # noqa: E731
        strict = match(gold, pred, strict=True, compatible=same)
        partial = match(gold, pred, strict=False, compatible=same)
        out["n_gold"] += len(gold)
        out["n_pred"] += len(pred)
        out["strict"] = add(out["strict"], labelled_counts(gold, pred, strict))
        out["partial"] = add(out["partial"], labelled_counts(gold, pred, partial))
        found = {i for i, _ in partial.pairs}
        for i, g in enumerate(gold):
            rec = out["recall_by_source_type"].setdefault(g.source, acc_counts())
            rec["n"] += 1
            rec["correct"] += i in found
    out["ignored_predictions"] = dict(sorted(out["ignored_predictions"].items(), key=lambda kv: -kv[1]))
    return out


# ---------------------------------------------------------------- Markdown

def render_benchmark_markdown(bench: dict[str, Any]) -> list[str]:
    systems: dict[str, Any] = bench["systems"]
    names = list(systems)
    lines = [f"## Benchmark: {bench.get('name', NAME)}", "",
             f"Split: {bench.get('split')}, {bench.get('n_sentences')} sentences, {bench.get('n_chars')} characters"
             + (f" (limited to {bench['limit']})" if bench.get("limit") else "") + ".", ""]
    for note in bench.get("notes", []):
        lines.append(f"- {note}")
    lines.append("")
    head = "| class | " + " | ".join(f"{n} strict P/R/F1 | {n} overlap F1" for n in names) + " |"
    lines += [head, "|---|" + "---:|---:|" * len(names)]
    classes = sorted({c for s in systems.values() for m in ("strict", "partial") for c in s[m]["per_label"]})

    def cell(t):
        return f"{t['p']:.3f} / {t['r']:.3f} / **{t['f1']:.3f}**" if t else "–"

    for cls in ["micro"] + classes:
        row = [cls if cls != "micro" else "**micro**"]
        for n in names:
            s = systems[n]
            st = s["strict"] if cls == "micro" else s["strict"]["per_label"].get(cls)
            pt = s["partial"] if cls == "micro" else s["partial"]["per_label"].get(cls)
            row += [cell(st), f"{pt['f1']:.3f}" if pt else "–"]
        lines.append("| " + " | ".join(row) + " |")
    lines += ["", "Recall (overlap) by Stockmark type:", "",
              "| type | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    types = sorted({t for s in systems.values() for t in s["recall_by_source_type"]})
    for t in types:
        lines.append(f"| {t} | " + " | ".join(
            f"{systems[n]['recall_by_source_type'].get(t, {}).get('acc', 0) or 0:.3f}" for n in names) + " |")
    lines.append("")
    for n in names:
        ign = systems[n].get("ignored_predictions", {})
        if ign:
            top = ", ".join(f"{k} {v}" for k, v in list(ign.items())[:12])
            lines.append(f"- {n}: ignored predictions (no benchmark class): {top}")
    if bench.get("seconds"):
        lines.append("- time: " + ", ".join(f"{k} {v:.1f} s" for k, v in bench["seconds"].items()))
    lines.append("")
    return lines
