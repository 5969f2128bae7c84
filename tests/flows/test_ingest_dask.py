"""Scale-out: the same ingest flow on a two-worker local Dask cluster gives the same tables."""
import pandas as pd
import pytest

from pipeline.flows.ingest import run_ingest
from pipeline.tables import TABLE_ROWS
from tests.conftest import duckdb_tables

pytestmark = pytest.mark.slow


_tables = duckdb_tables


def test_ingest_dask_two_workers_equal_single_process(ingested, tmp_path):
    out = tmp_path / "dask_out"
    result = run_ingest(str(ingested["raw_dir"]), str(out), workers=2)
    assert sorted(o["status"] for o in result["outcomes"]) == ["error", "ok", "ok", "ok"]
    single, dask = _tables(ingested["out"]), _tables(out)
    for t in TABLE_ROWS:
        a, b = single[t], dask[t]
        if t == "documents":  # paths are the same files; everything else must match exactly
            a, b = a.drop(columns=["path"]), b.drop(columns=["path"])
        if t == "errors":
            a, b = a.drop(columns=["path", "error_id", "message"]), b.drop(columns=["path", "error_id", "message"])
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_dtype=False)
