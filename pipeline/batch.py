"""Batch work on documents, free of Prefect: the steps the ingest flow wraps in tasks.

`process_path` turns one file into a cached result (or an error summary) and
never raises; `load_outcomes` writes cached results and errors into the store
and exports Parquet.
"""
from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from .errors import ErrorCode, KirokuError
from .ingest import read_document
from .process import process_raw_documents
from .settings import Settings
from .store import ResultCache, open_store
from .store.files import write_extracted_text
from . import tables as tables_pkg
from .tables import error_row, result_rows
from .version import pipeline_version

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What one document task reports back: small, never the parsed Doc."""

    path: str
    doc_id: str | None = None
    status: str = "ok"  # ok | cached | error
    n_chars: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    error_code: str | None = None
    error: str | None = None
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


def _read_with_retries(path: Path, settings: Settings, attempts: int = 3):
    for i in range(attempts):
        try:
            return read_document(path, max_bytes=settings.max_file_bytes,
                                 max_chars=settings.max_text_chars)
        except KirokuError as exc:
            # Only a failed read is worth retrying (a file still being copied, a network disk).
            if exc.code != ErrorCode.E004_UNREADABLE or i == attempts - 1:
                raise
            time.sleep(0.2 * (i + 1))


def process_path(path: Path | str, settings: Settings, nlp=None, published: date | None = None) -> Outcome:
    """Read, parse and extract one file into the result cache. Errors become an Outcome, never an exception."""
    t0 = time.perf_counter()
    path = Path(path)
    out = Outcome(path=str(path))
    try:
        raw = _read_with_retries(path, settings)
        out.doc_id, out.n_chars = raw.doc_id, len(raw.text)
        # Text pulled out of HTML/PDF is what offsets refer to: written (atomically) before any result.
        text_path = str(write_extracted_text(settings.out_dir, raw.doc_id, raw.text)) if raw.text_source == "extracted" else None
        cache = ResultCache(settings.out_dir)
        result = cache.get(raw.doc_id, pipeline_version())
        if result is not None and (published is None or result.document.published == published.isoformat()):
            out.status = "cached"
        else:
            result = next(process_raw_documents([(raw, published)], nlp=nlp, batch_size=settings.batch_size)).result
            if text_path:
                result.document.text_path = text_path
            cache.put(result)
        out.counts = {"sentences": len(result.sentences), "entities": len(result.entities),
                      "dates": len(result.dates), "events": len(result.events)}
    except KirokuError as exc:
        out.status, out.error_code, out.error = "error", exc.code.value, exc.one_line()
    except Exception as exc:  # one bad document never stops the batch
        log.exception("processing %s failed", path)
        detail = f"{type(exc).__name__}: {exc}"
        err = KirokuError(ErrorCode.E010_PIPELINE, detail[:300], str(path))
        out.status, out.error_code, out.error = "error", err.code.value, err.one_line()
    out.seconds = time.perf_counter() - t0
    return out


@lru_cache(maxsize=1)
def rows_code_version() -> str:
    """A hash of the code that turns a result into table rows (pipeline/tables): a change there reloads."""
    h = hashlib.sha256()
    for p in sorted(Path(tables_pkg.__file__).parent.glob("*.py")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:16]


def load_outcomes(outcomes: list[Outcome], settings: Settings) -> tuple[dict[str, int], dict[str, int]]:
    """Write every document's rows (one transaction each) and errors into the store; export Parquet.

    A document whose rows were loaded from the very same cached result (same bytes, same path, same
    table code) is left as it is: an unchanged re-run rewrites nothing (its old errors are still cleared)."""
    store = open_store(settings)
    cache = ResultCache(settings.out_dir)
    version = pipeline_version()
    try:
        loaded = store.loaded_fingerprints()
        error_paths = store.error_paths()
        for o in outcomes:
            if o.status == "error":
                store.record_error(error_row(o.path, o.error_code or "E010", o.error or "", "ingest", o.doc_id))
                continue
            fp = cache.fingerprint(o.doc_id, o.path, rows_code_version()) if o.doc_id else None
            if fp is not None and loaded.get(o.doc_id) == fp:
                if o.path in error_paths:
                    store.clear_errors(o.path)
                continue
            result = cache.get(o.doc_id, version) if o.doc_id else None
            if result is None:
                store.record_error(error_row(o.path, "E010", f"{o.path}: E010 result missing from cache", "load", o.doc_id))
                continue
            store.replace_document(o.doc_id, result_rows(result), fingerprint=fp)
        if hasattr(store, "export_parquet"):
            store.export_parquet(settings.out_dir)
        return store.counts(), store.label_counts()
    finally:
        store.close()


def summarize(outcomes: list[Outcome], counts: dict[str, int], labels: dict[str, int], seconds: float) -> str:
    """A short markdown summary of one ingest run."""
    ok = sum(o.status == "ok" for o in outcomes)
    cached = sum(o.status == "cached" for o in outcomes)
    failed = [o for o in outcomes if o.status == "error"]
    chars = sum(o.n_chars for o in outcomes if o.status == "ok")
    lines = [
        "# kiroku ingest",
        "",
        f"- documents: {len(outcomes)} ({ok} processed, {cached} unchanged from cache, {len(failed)} failed)",
        f"- characters processed: {chars:,} in {seconds:.1f} s",
        "",
        "| table | rows |",
        "|---|---:|",
        *[f"| {t} | {n} |" for t, n in counts.items()],
    ]
    if labels:
        lines += ["", "| entity label | mentions |", "|---|---:|", *[f"| {k} | {v} |" for k, v in labels.items()]]
    if failed:
        lines += ["", "## Errors", "", *[f"- {o.error}" for o in failed]]
    return "\n".join(lines) + "\n"
