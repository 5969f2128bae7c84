"""One conftest: shared paths, one GiNZA per session, one Prefect harness per session (only if asked for)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
SEED_001 = RAW / "001_b21e1c190a10bc85.txt"
SEED_002 = RAW / "002_5947a8c51a6ec623.txt"
SEED_004 = RAW / "004_d5ac869ad11fc800.txt"

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect server for the whole session, started only by tests that run flows."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def ingested(tmp_path_factory, prefect_harness):
    """The ingest flow run once over a copy of raw/ (plus one bad file); shared by the flow tests."""
    from pipeline.flows.ingest import ingest_flow

    base = tmp_path_factory.mktemp("ingest")
    raw_dir = base / "raw"
    shutil.copytree(RAW, raw_dir)
    (raw_dir / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    out = base / "outputs"
    first = ingest_flow(raw_dir=str(raw_dir), out_dir=str(out))
    return {"raw_dir": raw_dir, "out": out, "first": first}


def duckdb_tables(out: Path) -> dict:
    """Every table of OUT/kiroku.duckdb as a DataFrame, in primary-key order."""
    import duckdb

    from pipeline.tables import PRIMARY_KEYS, TABLE_ROWS

    con = duckdb.connect(str(Path(out) / "kiroku.duckdb"), read_only=True)
    try:
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY {", ".join(PRIMARY_KEYS[t])}').df() for t in TABLE_ROWS}
    finally:
        con.close()
