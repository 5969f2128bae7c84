"""Crash safety: an ingest killed with SIGKILL, then re-run, leaves every table equal to a clean run's.

Two kills: `kiroku ingest` (Prefect flow, GiNZA) killed once the first results appear in
outputs/parts/; and a load killed inside a document's database transaction (DuckDB, and
PostgreSQL when a server is given). Nothing missing, nothing twice.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.tables import TABLE_ROWS

from ..ingest.fixtures_formats import SENTENCES
from ..store.fixtures_store import PG_URL, SKIP_REASON, schema_url

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _make_inputs(src: Path) -> None:
    """Six small reports (different sentences each) and one file that fails."""
    src.mkdir(parents=True)
    for i in range(6):
        picked = [SENTENCES[(i * 2 + k) % len(SENTENCES)] for k in range(4)]
        (src / f"report_{i}.txt").write_text(f"報告{i}\n" + "".join(picked) + "\n", encoding="utf-8")
    (src / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(PREFECT_HOME=str(tmp / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_LOGGING_LEVEL="WARNING", PYTHONPATH=str(ROOT))
    env.pop("KIROKU_DB_URL", None)
    return env


def _ingest_cmd(src: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", "ingest", str(src), "--out", str(out), *extra]


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    from pipeline.store import DuckDBStore

    store = DuckDBStore(out / "kiroku.duckdb")
    try:
        return {t: store.frame(t) for t in TABLE_ROWS}
    finally:
        store.close()


def _assert_same_tables(got: dict[str, pd.DataFrame], want: dict[str, pd.DataFrame]) -> None:
    for table in TABLE_ROWS:
        a, b = got[table], want[table]
        assert len(a) == len(b), f"{table}: {len(a)} rows after the crash and re-run, {len(b)} in a clean run"
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), obj=table)


def _assert_parts_whole(out: Path) -> None:
    for p in (out / "parts").glob("*.json"):
        json.loads(p.read_bytes())  # never half a file


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("crash")
    src = base / "in"
    _make_inputs(src)
    out = base / "clean"
    proc = subprocess.run(_ingest_cmd(src, out), env=_env(base), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr[-2000:]  # broken.txt failed, so exit 1
    tables = _tables(out)
    assert len(tables["documents"]) == 6 and len(tables["errors"]) == 1
    return {"base": base, "src": src, "out": out, "tables": tables}


def test_crash_sigkill_during_ingest_then_rerun(clean_run):
    base, src = clean_run["base"], clean_run["src"]
    out = base / "killed"
    proc = subprocess.Popen(_ingest_cmd(src, out), env=_env(base), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if len(list((out / "parts").glob("*.json"))) >= 2:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "ingest finished before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)  # the flow and Prefect's temporary server
    finally:
        if proc.poll() is None:
            proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    parts_before = len(list((out / "parts").glob("*.json")))
    assert 2 <= parts_before < 6, "killed half-way"
    _assert_parts_whole(out)

    rerun = subprocess.run(_ingest_cmd(src, out), env=_env(base), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 1, rerun.stderr[-2000:]
    assert "unchanged from cache" in rerun.stdout
    assert f"{parts_before} unchanged from cache" in rerun.stdout
    _assert_same_tables(_tables(out), clean_run["tables"])
    _assert_parts_whole(out)


KILL_IN_TRANSACTION = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from pipeline.batch import load_outcomes, process_path
    from pipeline.ingest import discover_files
    from pipeline.settings import Settings

    src, out, db_url, method, kill_at = sys.argv[1], sys.argv[2], sys.argv[3] or None, sys.argv[4], int(sys.argv[5])
    settings = Settings(raw_dir=Path(src), out_dir=Path(out), db_url=db_url)
    outcomes = [process_path(p, settings) for p in discover_files(settings.raw_dir)]
    assert all(o.status in ("cached", "error") for o in outcomes), outcomes  # no GiNZA: results come from parts/

    if method:
        module, cls, name = method.split(":")
        klass = getattr(__import__(module, fromlist=[cls]), cls)
        original = getattr(klass, name)
        calls = {"n": 0}
        def dying(self, *args, **kwargs):
            calls["n"] += 1
            if calls["n"] == kill_at:  # inside a document's transaction, some rows already sent
                os.kill(os.getpid(), signal.SIGKILL)
            return original(self, *args, **kwargs)
        setattr(klass, name, dying)
    counts, _ = load_outcomes(outcomes, settings)
    print(counts)
""")


def _load(src: Path, out: Path, db_url: str | None, method: str, kill_at: int, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", KILL_IN_TRANSACTION, str(src), str(out), db_url or "", method,
                           str(kill_at)], env=env, capture_output=True, text=True, timeout=120)


def _copy_parts(clean_out: Path, out: Path) -> None:
    (out / "parts").mkdir(parents=True)
    for p in (clean_out / "parts").glob("*.json"):
        (out / "parts" / p.name).write_bytes(p.read_bytes())


def _kill_point(clean: dict[str, pd.DataFrame], doc_index: int) -> int:
    """The write call that is the 2nd table of the `doc_index`-th document (after broken.txt's error row):
    killed there, the document's `documents` row has been sent but not committed."""
    docs = clean["documents"].sort_values("path")["doc_id"].tolist()
    calls = 1  # the error row of broken.txt, first in file order
    for doc_id in docs[:doc_index]:
        calls += sum(int((clean[t]["doc_id"] == doc_id).any()) for t in TABLE_ROWS if t != "errors")
    return calls + 2


def _assert_whole_documents(partial: dict[str, pd.DataFrame], clean: dict[str, pd.DataFrame], n_done: int) -> None:
    """The first `n_done` documents are there exactly as in a clean run; nothing of the others."""
    done = clean["documents"].sort_values("path")["doc_id"].tolist()[:n_done]
    assert sorted(partial["documents"]["doc_id"]) == sorted(done)
    for table in TABLE_ROWS:
        if table == "errors":
            continue
        got = partial[table][partial[table]["doc_id"].isin(done)].reset_index(drop=True)
        want = clean[table][clean[table]["doc_id"].isin(done)].reset_index(drop=True)
        assert len(partial[table]) == len(got), f"{table}: rows of an uncommitted document"
        pd.testing.assert_frame_equal(got.astype(object).where(got.notna(), None),
                                      want.astype(object).where(want.notna(), None), check_dtype=False, obj=table)


def test_crash_sigkill_inside_duckdb_transaction(clean_run):
    base, src = clean_run["base"], clean_run["src"]
    out = base / "killed-db"
    _copy_parts(clean_run["out"], out)
    died = _load(src, out, None, "pipeline.store.duck:DuckDBStore:_insert", _kill_point(clean_run["tables"], 2), _env(base))
    assert died.returncode == -signal.SIGKILL, died.stderr[-2000:]
    _assert_whole_documents(_tables(out), clean_run["tables"], 2)
    again = _load(src, out, None, "", 0, _env(base))
    assert again.returncode == 0, again.stderr[-2000:]
    _assert_same_tables(_tables(out), clean_run["tables"])


@pytest.mark.postgres
def test_crash_sigkill_inside_postgres_transaction(clean_run, request):
    if not PG_URL:
        pytest.skip(SKIP_REASON)
    import uuid

    import sqlalchemy as sa

    from pipeline.store.postgres import PostgresStore

    base, src = clean_run["base"], clean_run["src"]
    schema = "kiroku_crash_" + uuid.uuid4().hex[:10]
    admin = sa.create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = schema_url(PG_URL, schema)
    try:
        out = base / "killed-pg"
        _copy_parts(clean_run["out"], out)
        died = _load(src, out, url, "pipeline.store.postgres:PostgresStore:_upsert",
                     _kill_point(clean_run["tables"], 3), _env(base))
        assert died.returncode == -signal.SIGKILL, died.stderr[-2000:]
        store = PostgresStore(url)
        try:
            _assert_whole_documents({t: store.frame(t) for t in TABLE_ROWS}, clean_run["tables"], 3)
            again = _load(src, out, url, "", 0, _env(base))
            assert again.returncode == 0, again.stderr[-2000:]
            for table in TABLE_ROWS:
                got = store.frame(table)
                want = clean_run["tables"][table]
                assert len(got) == len(want), table
                pd.testing.assert_frame_equal(got.astype(object).where(got.notna(), None),
                                              want.astype(object).where(want.notna(), None), check_dtype=False, obj=table)
        finally:
            store.close()
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()
