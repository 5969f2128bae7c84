"""The `ingest` flow: discover files, one task per document, load the tables, publish a summary."""
from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE as NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from ..batch import Outcome, load_outcomes, process_path, summarize
from ..ingest import discover_files
from ..settings import Settings


@task(name="process-document", cache_policy=NO_CACHE, persist_result=False)
def process_document_task(path: str, settings: Settings, published: date | None = None) -> dict:
    """Parse and extract one document; its rows go to the on-disk cache keyed by doc_id + pipeline version."""
    return process_path(path, settings, published=published).to_dict()


@task(name="load-tables", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE, persist_result=False)
def load_tables_task(outcomes: list[dict], settings: Settings) -> tuple[dict[str, int], dict[str, int]]:
    return load_outcomes([Outcome(**o) for o in outcomes], settings)


# One document at a time in this process: GiNZA is loaded once and SudachiPy is not shared
# between threads. More throughput comes from more processes (Dask workers), not threads.
@flow(name="ingest", log_prints=False, task_runner=ThreadPoolTaskRunner(max_workers=1))
def ingest_flow(
    raw_dir: str = "raw",
    out_dir: str = "outputs",
    db_url: str | None = None,
    published: date | None = None,
) -> dict:
    logger = get_run_logger()
    settings = Settings(raw_dir=Path(raw_dir), out_dir=Path(out_dir), db_url=db_url)
    t0 = time.perf_counter()
    files = discover_files(settings.raw_dir)
    logger.info("ingest: %d files under %s", len(files), settings.raw_dir)
    futures = process_document_task.map([str(f) for f in files], settings=settings, published=published)
    outcomes = []
    total_chars = 0
    for i, fut in enumerate(futures, start=1):
        o = fut.result()
        outcomes.append(o)
        total_chars += o["n_chars"]
        elapsed = time.perf_counter() - t0
        rate = total_chars / elapsed if elapsed else 0.0
        logger.info("%d/%d documents done (%s: %s), %.0f chars/s", i, len(files), Path(o["path"]).name, o["status"], rate)
    counts, labels = load_tables_task(outcomes, settings)
    seconds = time.perf_counter() - t0
    summary = summarize([Outcome(**o) for o in outcomes], counts, labels, seconds)
    create_markdown_artifact(summary, key="ingest-summary", description="kiroku ingest summary")
    return {"outcomes": outcomes, "counts": counts, "labels": labels, "seconds": seconds, "summary": summary}
