"""The `kiroku` command: thin, it calls the same core functions as the flows."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path

from .errors import KirokuError

# Exit codes of `kiroku ingest` (README "Bad input"): 0 every document done; 1 some documents failed, each
# recorded in the errors table, the rest written; 2 bad usage (no such input folder); 3 the run itself failed
# (Prefect's temporary server did not start, the database was unreachable...): no per-document result.
EXIT_DOCUMENTS_FAILED, EXIT_USAGE, EXIT_RUN_FAILED = 1, 2, 3


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def cmd_extract(args: argparse.Namespace) -> int:
    """One file, no Prefect server: print the contract JSON."""
    from .process import extract_file
    from .store import contract_json

    try:
        processed = extract_file(args.file, published=args.published)
    except KirokuError as exc:
        print(f"kiroku: {exc.one_line()}", file=sys.stderr)
        return 2
    data = contract_json(processed.result, with_sentences=args.sentences)
    if args.format == "json":
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:  # jsonl: one line per record, for piping
        for layer in ("entities", "dates", "events"):
            for item in data[layer]:
                sys.stdout.write(json.dumps({"layer": layer, "doc_id": data["document"]["doc_id"], **item}, ensure_ascii=False) + "\n")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from .flows.ingest import run_ingest

    raw_dir = Path(args.dir)
    if not raw_dir.exists():
        print(f"kiroku: input folder {raw_dir} does not exist", file=sys.stderr)
        return EXIT_USAGE
    if args.db:
        # The URL may hold a password: hand it over through the environment, never as a flow
        # parameter (Prefect stores parameters in its database and shows them in the UI).
        os.environ["KIROKU_DB_URL"] = args.db
    try:
        result = run_ingest(str(raw_dir), str(args.out), published=args.published,
                            workers=args.workers, dask_address=args.dask)
    except Exception as exc:  # the run as a whole failed (Prefect's server did not start, the store is unreachable...)
        print(f"kiroku: the ingest run failed before it could report its documents: {_one_line(exc)}", file=sys.stderr)
        return EXIT_RUN_FAILED
    print(result["summary"])
    failed = sum(o["status"] == "error" for o in result["outcomes"])
    return EXIT_DOCUMENTS_FAILED if failed else 0


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, KirokuError):
        return exc.one_line()
    first = next((line.strip() for line in str(exc).splitlines() if line.strip()), "")
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def cmd_train_ner(args: argparse.Namespace) -> int:
    from .nlp.train_ner import main as train_main

    return train_main(args.args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiroku", description="Japanese report extraction: who committed to what, when and where.")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="process one file and print the contract JSON (no Prefect server)")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=["json", "jsonl"], default="json")
    p.add_argument("--published", type=_date, help="the report's date (YYYY-MM-DD); wins over sidecar and dateline")
    p.add_argument("--sentences", action="store_true", help="include the sentence list")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="run the ingest flow over a folder and write the tables")
    p.add_argument("dir", nargs="?", default="raw")
    p.add_argument("--out", type=Path, default=Path("outputs"))
    p.add_argument("--db", default=None, help="postgresql://… URL or a DuckDB file (default OUT/kiroku.duckdb); env KIROKU_DB_URL")
    p.add_argument("--published", type=_date, help="publication date for every document of this run")
    p.add_argument("--workers", type=int, default=None, help="run document tasks on a local Dask cluster of N worker processes")
    p.add_argument("--dask", metavar="ADDRESS", default=None, help="run document tasks on an existing Dask cluster (tcp://host:8786)")
    p.set_defaults(func=cmd_ingest)

    from .annotate.cli import register as register_annotate
    from .evaluate.cli import register as register_evaluate

    register_evaluate(sub)
    register_annotate(sub)

    p = sub.add_parser("train-ner", add_help=False,
                       help="train kiroku's NER head on the benchmark's train/dev part (see `kiroku train-ner --help`)")
    p.add_argument("args", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_train_ner)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["train-ner"]:  # its own parser takes every option, --help included
        from .nlp.train_ner import main as train_main

        return train_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
