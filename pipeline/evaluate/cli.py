"""`kiroku evaluate`: argparse wiring for the lead's `pipeline/cli.py`.

    register(subparsers)   adds the `evaluate` sub-command
    run(args) -> int       0 = fine, 1 = a --min-f1 floor failed, 2 = bad input

The evaluation itself lives in `pipeline.flows.evaluate` (imported only when
the command runs, so this module stays free of nlp/extract imports).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .gate import FloorSyntaxError, check_floors, compare, parse_floor, render_compare
from .gold import GoldFileError
from .report import summary_rows


def register(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "evaluate",
        help="score kiroku against the gold annotations (and the public NER benchmark)",
        description="Score kiroku against annotations/*.json inside their regions; write report.json, report.md "
                    "and report.html; optionally gate on floors and compare with an older report.json.",
    )
    add_arguments(p)
    p.set_defaults(func=run)
    return p


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--gold", type=Path, default=None,
                   help="gold folder or file (default annotations/; skipped with --benchmark unless given)")
    p.add_argument("--raw-dir", type=Path, action="append", default=None,
                   help="where the raw reports named by the gold files live (default raw/; repeatable)")
    p.add_argument("--out", type=Path, default=Path("outputs/eval"), help="report folder (default outputs/eval)")
    p.add_argument("--json", action="store_true", help="print the full report as JSON on stdout")
    p.add_argument("--min-f1", metavar="LAYER=VALUE", action="append", default=[],
                   help="fail (exit 1) when a score is below VALUE; LAYER like entities, entities.partial, "
                        "entities.strict.PERSON, dates, dates.value_accuracy, events, events.commitment, "
                        "benchmark.kiroku.strict (repeatable)")
    p.add_argument("--compare", metavar="OLD.json", type=Path, help="print the change of every metric against an older report.json")
    p.add_argument("--benchmark", choices=["ner-wikipedia-ja"], help="also score the entity layer on a public benchmark")
    p.add_argument("--limit", type=int, default=None, help="benchmark: only the first N test sentences")
    p.add_argument("--systems", default="kiroku,ginza",
                   help="benchmark: systems to run, comma-separated, of kiroku, head (the trained NER head "
                        "alone) and ginza (default kiroku,ginza)")
    p.add_argument("--split", choices=["test", "dev", "train"], default="test",
                   help="benchmark: test = records[4274:] (default, the honest measure); dev = the NER head's "
                        "427 dev sentences (diagnose here); train = the head's training sentences")
    p.add_argument("--from-report", type=Path, metavar="REPORT.json",
                   help="do not evaluate; gate and compare an existing report.json")
    p.add_argument("--no-prefect", action="store_true", help="run the evaluation directly, without a Prefect flow run")


def _fmt(x) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def render_summary(report: dict) -> str:
    rows = summary_rows(report)
    if not rows:
        return ""
    cols = [c for c in rows[0] if c != "document"]
    width = max(len(r["document"]) for r in rows)
    lines = [f"{'document':<{width}}  " + "  ".join(f"{c:>{max(len(c), 5)}}" for c in cols)]
    for r in rows:
        lines.append(f"{r['document']:<{width}}  "
                     + "  ".join(f"{_fmt(r.get(c)):>{max(len(c), 5)}}" for c in cols))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        floors = [parse_floor(f) for f in args.min_f1]
    except FloorSyntaxError as exc:
        print(f"kiroku evaluate: {exc}", file=sys.stderr)
        return 2
    old = None
    if args.compare:
        try:
            old = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            print(f"kiroku evaluate: --compare {args.compare}: {exc}", file=sys.stderr)
            return 2
    written: list[Path] = []
    if args.from_report:
        try:
            report = json.loads(Path(args.from_report).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            print(f"kiroku evaluate: --from-report {args.from_report}: {exc}", file=sys.stderr)
            return 2
    else:
        gold = args.gold if args.gold is not None else (None if args.benchmark else Path("annotations"))
        raw_dirs = args.raw_dir or [Path("raw")]
        systems = [x.strip() for x in args.systems.split(",") if x.strip()]
        unknown = set(systems) - {"kiroku", "head", "ginza"}
        if unknown or not systems:
            print(f"kiroku evaluate: --systems {args.systems!r}: choose from kiroku, head, ginza", file=sys.stderr)
            return 2
        try:
            if args.no_prefect:
                from ..flows.evaluate import run_evaluation

                report, written = run_evaluation(gold, args.out, raw_dirs=raw_dirs, benchmark=args.benchmark,
                                                 limit=args.limit, systems=systems, split=args.split)
            else:
                from ..flows.evaluate import evaluate_flow

                report = evaluate_flow(gold_dir=None if gold is None else str(gold), out_dir=str(args.out),
                                       raw_dirs=[str(d) for d in raw_dirs], benchmark=args.benchmark,
                                       limit=args.limit, systems=systems, split=args.split)
        except (GoldFileError, ValueError) as exc:
            print(f"kiroku evaluate: {exc}", file=sys.stderr)
            return 2
    deltas = compare(old, report) if old is not None else None
    if args.json:
        out = dict(report)
        if deltas is not None:
            out["compare"] = [{"metric": d.name, "old": d.old, "new": d.new, "delta": d.delta} for d in deltas]
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        print(render_summary(report))
        for p in written:
            print(f"wrote {p}")
        if not written and not args.from_report:
            print(f"wrote reports to {args.out}/")
        if deltas is not None:
            print(f"\nchange against {args.compare}:")
            print(render_compare(deltas))
    failures = check_floors(report.get("metrics", {}), floors)
    for line in failures:
        print(line, file=sys.stderr)
    return 1 if failures else 0
