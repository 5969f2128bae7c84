"""The evaluation flow: predict with kiroku, score against gold, write reports.

Thin by design: prediction goes through `pipeline.process`, scoring through
`pipeline.evaluate` (pure). `run_evaluation(...)` is the same recipe without
Prefect (`kiroku evaluate --no-prefect`, and the tests); `evaluate_flow` wraps
each step as a task and publishes the summary as a table artifact.
"""
from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Sequence

from ..evaluate.benchmark import (
    NAME as BENCHMARK_NAME,
    load_ene_map,
    load_label_map,
    load_sentences,
    score_system,
    select_split,
)
from ..evaluate.gold import GoldFileError, load_gold_dir, published_of, resolve_raw_path
from ..evaluate.html_report import render_html
from ..evaluate.report import build_report, render_markdown, summary_rows
from ..evaluate.score import DocumentScore, score_document
from ..evaluate.tally import flatten, with_rates
from ..settings import REPO_ROOT

log = logging.getLogger(__name__)

BENCHMARKS_DIR = REPO_ROOT / "benchmarks"
BENCH_MAP = REPO_ROOT / "models" / "benchmark" / "ner-wikipedia-ja.json"
PROJECT_ENE_MAP = REPO_ROOT / "models" / "ene_map.json"
FAVOURABLE_ENE_MAP = REPO_ROOT / "models" / "benchmark" / "ene_to_stockmark.json"


# ---------------------------------------------------------------- gold evaluation

@dataclass
class GoldRun:
    report: dict[str, Any]
    scores: list[DocumentScore] = field(default_factory=list)
    raws: dict[str, str] = field(default_factory=dict)


def predict_document(gold_path: Path, gold, raw_dirs: Sequence[Path], nlp=None):
    """kiroku's result for the raw file a gold file describes, with the gold's `published` anchor."""
    from ..process import extract_file

    raw_path = resolve_raw_path(gold, gold_path, list(raw_dirs))
    t0 = time.perf_counter()
    doc = extract_file(raw_path, published=published_of(gold), nlp=nlp)
    seconds = time.perf_counter() - t0
    try:
        gold.check_offsets(doc.raw_text)  # the gold must read its own spans in the raw text
    except ValueError as exc:
        raise GoldFileError(f"{gold_path}: {exc}") from None
    return doc.raw_text, doc.result, seconds


def evaluate_gold(
    gold_dir: Path,
    raw_dirs: Sequence[Path] = (Path("raw"),),
    *,
    predict: Callable | None = None,
    nlp=None,
) -> GoldRun:
    """Score every gold file; `predict(gold_path, gold, raw_dirs, nlp=)` -> (raw, result, seconds), default kiroku."""
    predict = predict or predict_document
    t_start = time.perf_counter()
    scores, raws, timing = [], {}, {}
    for gold_path, gold in load_gold_dir(Path(gold_dir)):
        raw, result, seconds = predict(gold_path, gold, raw_dirs, nlp=nlp)
        t0 = time.perf_counter()
        scores.append(score_document(gold, result))
        raws[gold.file] = raw
        timing[gold.file] = {"predict_s": round(seconds, 2), "score_s": round(time.perf_counter() - t0, 3)}
    meta = {
        "gold": str(gold_dir),
        "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "pipeline_version": _pipeline_version(),
        "seconds": round(time.perf_counter() - t_start, 2),
        "timing": timing,
    }
    return GoldRun(build_report(scores, meta), scores, raws)


def _pipeline_version() -> str:
    try:
        from ..version import pipeline_version

        return pipeline_version()
    except Exception:  # version lookup must never stop an evaluation
        return "unknown"


# ---------------------------------------------------------------- benchmark

def kiroku_entity_spans(texts: list[str], nlp=None) -> list[list[tuple[int, int, str]]]:
    from ..process import extract_texts

    return [[(e.start, e.end, str(e.label)) for e in r.entities] for r in extract_texts(texts, nlp=nlp)]


def head_entity_spans(texts: list[str], nlp=None) -> list[list[tuple[int, int, str]]]:
    """kiroku's trained NER head alone: doc.spans["kiroku_ner"] in contract labels, nothing else."""
    from ..nlp import load_nlp
    from ..nlp.kiroku_ner import SPANS_KEY, contract_label

    nlp = nlp or load_nlp()
    out = []
    for doc in nlp.pipe(texts, batch_size=64):
        spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else []
        out.append([(s.start_char, s.end_char, str(getattr(contract_label(s.label_), "value",
                                                               contract_label(s.label_)))) for s in spans])
    return out


def ginza_entity_spans(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Plain GiNZA: ja_ginza as shipped, its doc.ents with ENE labels."""
    import spacy

    nlp = spacy.load("ja_ginza")
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts, batch_size=64)]


def run_benchmark(name: str = BENCHMARK_NAME, *, limit: int | None = None,
                  systems: Sequence[str] = ("kiroku", "ginza"), nlp=None, split: str = "test") -> dict[str, Any]:
    if name != BENCHMARK_NAME:
        raise ValueError(f"unknown benchmark {name!r}; known: {BENCHMARK_NAME}")
    sentences = select_split(load_sentences(BENCHMARKS_DIR / name / "ner.json"), split)
    if limit:
        sentences = sentences[:limit]
    texts = [s.text for s in sentences]
    label_map = load_label_map(BENCH_MAP)
    out: dict[str, Any] = {
        "name": name, "split": {"test": "test (last 20% of records in file order)",
                                "dev": "dev (the NER head's 427 dev sentences of records[:4274])",
                                "train": "train (the NER head's training sentences of records[:4274])"}[split],
        "n_sentences": len(sentences), "n_chars": sum(map(len, texts)), "limit": limit,
        "systems": {}, "seconds": {},
        "notes": [
            "Classes: 人名→PERSON; 法人名, 政治的組織名, その他の組織名→ORG; 地名→GPE/LOC (GPE or LOC both match); "
            "施設名→FACILITY; 製品名→PRODUCT; イベント名→EVENT.",
            "Predicted labels without a class (kiroku DOCUMENT, TECHNOLOGY; GiNZA dates, numbers, ...) are "
            "dropped before scoring (counted under ignored_predictions). Stockmark tags laws and awards as "
            "製品名, which kiroku labels DOCUMENT, so those count as misses for kiroku.",
        ],
    }
    tallies = {}
    if "kiroku" in systems:
        t0 = time.perf_counter()
        preds = kiroku_entity_spans(texts, nlp=nlp)
        out["seconds"]["kiroku"] = time.perf_counter() - t0
        tallies["kiroku"] = score_system(sentences, preds, label_map)
    if "head" in systems:
        t0 = time.perf_counter()
        preds = head_entity_spans(texts, nlp=nlp)
        out["seconds"]["head"] = time.perf_counter() - t0
        tallies["head"] = score_system(sentences, preds, label_map)
    if "ginza" in systems:
        t0 = time.perf_counter()
        preds = ginza_entity_spans(texts)
        out["seconds"]["ginza"] = time.perf_counter() - t0
        favourable = load_ene_map(FAVOURABLE_ENE_MAP)
        if PROJECT_ENE_MAP.is_file():
            # ENE -> contract label (the project's map) -> benchmark class.
            project = load_ene_map(PROJECT_ENE_MAP)
            classes = {ene: label_map.contract_labels.get(lab) if lab else None for ene, lab in project.items()}
            tallies["ginza"] = score_system(sentences, preds, label_map, pred_classes=classes)
            out["notes"].append("ginza: ENE labels through models/ene_map.json; ginza_favourable: through "
                                "models/benchmark/ene_to_stockmark.json.")
        tallies["ginza_favourable" if PROJECT_ENE_MAP.is_file() else "ginza"] = score_system(
            sentences, preds, label_map, pred_classes=favourable)
        if not PROJECT_ENE_MAP.is_file():
            out["notes"].append("ginza: ENE labels through models/benchmark/ene_to_stockmark.json "
                                "(models/ene_map.json absent).")
    out["systems"] = {k: with_rates(v) for k, v in tallies.items()}
    out["metrics"] = flatten({"benchmark": {k: {m: v[m] for m in ("strict", "partial")}
                                            for k, v in out["systems"].items()}})
    return out


# ---------------------------------------------------------------- outputs

def write_reports(out_dir: Path, report: dict[str, Any], run: GoldRun | None = None) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    stem = "report" if report.get("documents") else f"benchmark-{report['benchmark']['name']}"
    p = out_dir / f"{stem}.json"
    p.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    written.append(p)
    p = out_dir / f"{stem}.md"
    p.write_text(render_markdown(report), encoding="utf-8")
    written.append(p)
    if run is not None and run.scores:
        p = out_dir / f"{stem}.html"
        p.write_text(render_html(report, run.scores, run.raws), encoding="utf-8")
        written.append(p)
    return written


def run_evaluation(
    gold_dir: Path | None = Path("annotations"),
    out_dir: Path = Path("outputs/eval"),
    *,
    raw_dirs: Sequence[Path] = (Path("raw"),),
    benchmark: str | None = None,
    limit: int | None = None,
    systems: Sequence[str] = ("kiroku", "ginza"),
    nlp=None,
    split: str = "test",
) -> tuple[dict[str, Any], list[Path]]:
    """The whole evaluation without Prefect. Returns the report and the files written."""
    run = None
    if gold_dir is not None:
        run = evaluate_gold(gold_dir, raw_dirs, nlp=nlp)
        report = run.report
    else:
        report = {"meta": {"created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                           "pipeline_version": _pipeline_version()}, "metrics": {}}
    if benchmark:
        report["benchmark"] = run_benchmark(benchmark, limit=limit, systems=systems, nlp=nlp, split=split)
        report["metrics"].update(report["benchmark"]["metrics"])
    return report, write_reports(out_dir, report, run)


# ---------------------------------------------------------------- Prefect

def _prefect():
    from prefect import flow, task
    from prefect.artifacts import create_table_artifact

    return flow, task, create_table_artifact


def _build_flow():
    flow, task, create_table_artifact = _prefect()

    from prefect.cache_policies import NO_CACHE

    # No caching: inputs hold models and raw text, and an evaluation must always re-run.
    gold_task = task(evaluate_gold, name="score-gold", cache_policy=NO_CACHE)
    bench_task = task(run_benchmark, name="benchmark", cache_policy=NO_CACHE)
    write_task = task(write_reports, name="write-reports", cache_policy=NO_CACHE)

    @flow(name="evaluate", log_prints=True)
    def evaluate_flow(
        gold_dir: str | None = "annotations",
        out_dir: str = "outputs/eval",
        raw_dirs: list[str] = ["raw"],  # noqa: B006 (Prefect parameters are copied per run)
        benchmark: str | None = None,
        limit: int | None = None,
        systems: list[str] = ["kiroku", "ginza"],  # noqa: B006
        split: str = "test",
    ) -> dict[str, Any]:
        run = None
        if gold_dir is not None:
            run = gold_task(Path(gold_dir), [Path(d) for d in raw_dirs])
            report = run.report
        else:
            report = {"meta": {"created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                               "pipeline_version": _pipeline_version()}, "metrics": {}}
        if benchmark:
            report["benchmark"] = bench_task(benchmark, limit=limit, systems=systems, split=split)
            report["metrics"].update(report["benchmark"]["metrics"])
        written = write_task(Path(out_dir), report, run)
        artifact_id = create_table_artifact(
            key="kiroku-evaluation",
            table=summary_rows(report),
            description=f"kiroku evaluation summary ({', '.join(str(p) for p in written)})",
        )
        report["meta"]["prefect_artifact_id"] = str(artifact_id)
        return report

    return evaluate_flow


def __getattr__(name: str):
    # Build the flow on first use so importing this module does not import Prefect.
    if name == "evaluate_flow":
        fl = _build_flow()
        globals()["evaluate_flow"] = fl
        return fl
    raise AttributeError(name)
