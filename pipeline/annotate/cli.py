"""`kiroku annotate export|import`: argparse wiring for the lead's `pipeline/cli.py`.

    register(subparsers)   adds `annotate` with the sub-commands `export` and `import`
    run(args) -> int       0 = fine, 1 = refused (would overwrite gold), 2 = bad input

export runs kiroku on each file (pipeline.process, imported only then) and
writes Label Studio tasks pre-filled with its predictions, plus the labelling
config; import turns a Label Studio JSON export into gold files.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .labelstudio import LabelStudioImportError, export_to_gold, labelling_config, to_task

DEFAULT_CONFIG = Path("annotations/labelstudio/config.xml")
OPTIONAL_NULLS = {"ene", "qid", "rule", "sentence", "start", "end"}


def register(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("annotate", help="Label Studio round trip: export tasks, import gold",
                              description="Export kiroku's predictions as Label Studio tasks; import a Label "
                                          "Studio JSON export as gold files (annotations/*.json).")
    sub = p.add_subparsers(dest="annotate_command", required=True)
    ex = sub.add_parser("export", help="write Label Studio tasks pre-filled with kiroku's predictions")
    ex.add_argument("files", nargs="+", type=Path, metavar="FILE")
    ex.add_argument("--out", type=Path, default=Path("outputs/labelstudio/tasks.json"),
                    help="tasks file (default outputs/labelstudio/tasks.json)")
    ex.add_argument("--config", type=Path, default=DEFAULT_CONFIG,
                    help=f"where to write the labelling config XML (default {DEFAULT_CONFIG})")
    ex.add_argument("--gold", type=Path, default=None,
                    help="gold folder: for files that have a gold file, pre-fill with the gold as an annotation "
                         "(for review) instead of predictions")
    im = sub.add_parser("import", help="turn a Label Studio JSON export into gold files")
    im.add_argument("export", type=Path, metavar="EXPORT.json")
    im.add_argument("--out", type=Path, default=Path("annotations"), help="gold folder (default annotations/)")
    im.add_argument("--force", action="store_true", help="overwrite existing gold files")
    p.set_defaults(func=run)
    return p


def gold_json(gold) -> dict[str, Any]:
    """A gold file as written to disk: contract fields, optional empty fields left out."""

    def strip(x):
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if not (k in OPTIONAL_NULLS and v is None)}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x

    return strip(gold.model_dump(mode="json"))


def extract(path: Path):
    """kiroku over one file (pipeline.process; imported here so `import` never loads the extractors)."""
    from ..process import extract_file

    return extract_file(path)


def run_export(args) -> int:
    from ..version import pipeline_version

    tasks = []
    for path in args.files:
        gold = None
        if args.gold is not None:
            from ..evaluate.gold import load_gold_file

            gp = args.gold / f"{path.name}.json"
            gold = load_gold_file(gp) if gp.is_file() else None
        doc = extract(path)
        name = path.name
        if gold is not None:
            tasks.append(to_task(doc.raw_text, gold, file=name, published=getattr(gold, "published", None),
                                 as_annotation=True, regions=gold.regions))
        else:
            tasks.append(to_task(doc.raw_text, doc.result, file=name, published=doc.result.document.published,
                                 model_version=f"kiroku-{pipeline_version()}"))
        print(f"{name}: {len(doc.result.entities)} entities, {len(doc.result.dates)} dates, "
              f"{len(doc.result.events)} events")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
    args.config.parent.mkdir(parents=True, exist_ok=True)
    args.config.write_text(labelling_config(), encoding="utf-8")
    print(f"wrote {args.out} ({len(tasks)} tasks) and {args.config}")
    return 0


def run_import(args) -> int:
    try:
        export = json.loads(Path(args.export).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"kiroku annotate import: {args.export}: {exc}", file=sys.stderr)
        return 2
    try:
        golds, skipped = export_to_gold(export)
    except LabelStudioImportError as exc:
        print(f"kiroku annotate import: {args.export}: {exc}", file=sys.stderr)
        return 2
    for line in skipped:
        print(line, file=sys.stderr)
    targets = [(g, args.out / f"{Path(g.file).name}.json") for g in golds]
    existing = [str(t) for _, t in targets if t.exists()]
    if existing and not args.force:
        print(f"kiroku annotate import: would overwrite {', '.join(existing)}; use --force", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for g, target in targets:
        target.write_text(json.dumps(gold_json(g), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {target}: {len(g.entities)} entities, {len(g.dates)} dates, {len(g.events)} events")
    return 0


def run(args: argparse.Namespace) -> int:
    return run_export(args) if args.annotate_command == "export" else run_import(args)
