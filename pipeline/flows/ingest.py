"""The `ingest` flow: discover files, one task per document, load the tables, publish a summary.

Documents run one at a time in the flow's process by default (GiNZA loaded
once); `task_runner_for(workers=N)` or `(dask_address=...)` runs the same
document tasks on a Dask cluster, each worker process loading GiNZA once.
"""
from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE as NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from ..batch import Outcome, load_outcomes, process_path, summarize
from ..ingest import discover_files
from ..settings import Settings


@task(name="process-document", cache_policy=NO_CACHE, persist_result=False)
def process_document_task(path: str, settings: Settings, published: date | None = None) -> dict:
    """Parse and extract one document; its rows go to the on-disk cache keyed by doc_id + pipeline version.

    Only a small summary travels back through Prefect, never the parsed Doc.
    """
    return process_path(path, settings, published=published).to_dict()


def load_tables(outcomes: list[dict], settings: Settings, attempts: int = 3) -> tuple[dict[str, int], dict[str, int]]:
    """Load in the flow's own process, never on a worker: one writer per database, and the URL
    (which may hold a password) stays in this process's environment. Retried: it is I/O."""
    for i in range(attempts):
        try:
            return load_outcomes([Outcome(**o) for o in outcomes], settings)
        except Exception:
            if i == attempts - 1:
                raise
            get_run_logger().warning("loading the tables failed; retrying (%d/%d)", i + 1, attempts - 1)
            time.sleep(2 * (i + 1))
    raise AssertionError("unreachable")


def _progress(done: int, n: int, chars_done: int, chars_left_estimate: int, elapsed: float) -> str:
    """`done/n documents, chars, chars/s, ETA`: characters done are the documents' own counts; what is
    left is estimated from file sizes (bytes / 3, Japanese UTF-8)."""
    rate = chars_done / elapsed if elapsed > 0 else 0.0
    eta = f"{chars_left_estimate / rate:,.0f} s" if rate > 0 else "unknown"
    return (f"{done}/{n} documents ({100 * done / n:.0f}%), {chars_done:,} characters, {rate:,.0f} chars/s, "
            f"ETA {eta}")


def _file_sizes(files: list[Path]) -> list[int]:
    sizes = []
    for f in files:
        try:
            sizes.append(f.stat().st_size // 3)  # a rough char count for Japanese UTF-8, for the ETA only
        except OSError:
            sizes.append(0)
    return sizes


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
    # A URL given here wins; else KIROKU_DB_URL; else the DuckDB file in out_dir.
    settings = Settings(raw_dir=Path(raw_dir), out_dir=Path(out_dir), **({"db_url": db_url} if db_url else {}))
    t0 = time.perf_counter()
    files = discover_files(settings.raw_dir)
    sizes = _file_sizes(files)
    logger.info("ingest: %d files under %s", len(files), settings.raw_dir)
    futures = process_document_task.map([str(f) for f in files], settings=unmapped(settings),
                                       published=unmapped(published))
    # Progress in the order documents finish (on Dask that is not the order they were given);
    # the outcomes keep the files' order.
    index = {fut.task_run_id: i for i, fut in enumerate(futures)}
    results: list[dict | None] = [None] * len(files)
    chars_done, left = 0, sum(sizes)
    for done, fut in enumerate(as_completed(list(futures)), start=1):
        i = index[fut.task_run_id]
        o = results[i] = fut.result()
        chars_done += o.get("n_chars") or 0
        left -= sizes[i]
        logger.info("%s: %s | %s", Path(o["path"]).name, o["status"],
                    _progress(done, len(files), chars_done, max(left, 0), time.perf_counter() - t0))
    outcomes = [o for o in results if o is not None]
    counts, labels = load_tables(outcomes, settings)
    seconds = time.perf_counter() - t0
    summary = summarize([Outcome(**o) for o in outcomes], counts, labels, seconds)
    create_markdown_artifact(summary, key="ingest-summary", description="kiroku ingest summary")
    return {"outcomes": outcomes, "counts": counts, "labels": labels, "seconds": seconds, "summary": summary}


def task_runner_for(workers: int | None = None, dask_address: str | None = None):
    """The task runner for a run: a Dask cluster (existing, or local with N worker processes), else in-process."""
    if not workers and not dask_address:
        return None
    from prefect_dask import DaskTaskRunner

    if dask_address:
        return DaskTaskRunner(address=dask_address)
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                        "host": "127.0.0.1", "dashboard_address": None},
    )


def share_api_with_local_workers() -> str | None:
    """Start this process's temporary Prefect server now and put its URL in the environment, so the
    local Dask workers spawned next report to it instead of each starting a server of its own (about
    7 s and a uvicorn process per worker). Nothing to do when a Prefect API is configured."""
    import os

    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    if PREFECT_API_URL.value() or os.environ.get("PREFECT_API_URL") or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return None
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # one per process: the flow's own client finds this same instance
    server.start()
    os.environ["PREFECT_API_URL"] = server.api_url
    return server.api_url


def run_ingest(raw_dir: str, out_dir: str, db_url: str | None = None, published: date | None = None,
               workers: int | None = None, dask_address: str | None = None) -> dict:
    if workers and not dask_address:
        share_api_with_local_workers()
    runner = task_runner_for(workers, dask_address)
    flow_fn = ingest_flow.with_options(task_runner=runner) if runner else ingest_flow
    return flow_fn(raw_dir=raw_dir, out_dir=out_dir, db_url=db_url, published=published)
