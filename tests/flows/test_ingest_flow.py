"""End to end: the ingest flow over raw/ (one Prefect harness for the session)."""
import pandas as pd
import pytest

from pipeline.flows.ingest import ingest_flow
from pipeline.tables import TABLE_ROWS
from tests.conftest import duckdb_tables

pytestmark = pytest.mark.slow


_tables = duckdb_tables


def test_ingest_flow_processes_every_report(ingested):
    first = ingested["first"]
    statuses = {o["path"].rsplit("/", 1)[-1]: o["status"] for o in first["outcomes"]}
    assert statuses["001_b21e1c190a10bc85.txt"] == "ok"
    assert statuses["002_5947a8c51a6ec623.txt"] == "ok"
    assert statuses["004_d5ac869ad11fc800.txt"] == "ok"
    assert statuses["broken.txt"] == "error"
    tables = _tables(ingested["out"])
    assert len(tables["documents"]) == 3
    assert len(tables["errors"]) == 1
    assert tables["errors"].iloc[0]["code"] == "E002"
    assert "\n" not in tables["errors"].iloc[0]["message"]
    assert len(tables["sentences"]) > 500
    assert len(tables["entities"]) > 100


def test_ingest_flow_writes_parquet_equal_to_duckdb(ingested):
    tables = _tables(ingested["out"])
    for t in TABLE_ROWS:
        pq = pd.read_parquet(ingested["out"] / f"{t}.parquet")
        assert list(pq.columns) == list(tables[t].columns)
        assert len(pq) == len(tables[t])


def test_ingest_flow_offsets_read_their_text(ingested):
    tables = _tables(ingested["out"])
    raw = {}
    for _, doc in tables["documents"].iterrows():
        from pipeline.ingest import read_document

        raw[doc["doc_id"]] = read_document(doc["path"]).text
    for t in ("sentences", "entities", "dates"):
        for _, row in tables[t].iterrows():
            assert raw[row["doc_id"]][row["start"]:row["end"]] == row["text"], (t, row["text"])


def test_ingest_flow_rerun_is_idempotent_and_cached(ingested):
    before = _tables(ingested["out"])
    second = ingest_flow(raw_dir=str(ingested["raw_dir"]), out_dir=str(ingested["out"]))
    statuses = [o["status"] for o in second["outcomes"]]
    assert statuses.count("cached") == 3 and statuses.count("error") == 1
    after = _tables(ingested["out"])
    for t in TABLE_ROWS:
        pd.testing.assert_frame_equal(before[t].reset_index(drop=True), after[t].reset_index(drop=True), check_dtype=False)


def test_progress_line_counts_documents_characters_rate_and_eta():
    from pipeline.flows.ingest import _progress

    assert _progress(3, 4, 1000, 500, 10.0) == "3/4 documents (75%), 1,000 characters, 100 chars/s, ETA 5 s"
    assert _progress(1, 2, 0, 10, 0.0).endswith("ETA unknown")  # nothing measured yet: no made-up ETA


def test_ingest_flow_outcomes_keep_the_files_order(ingested):
    paths = [o["path"] for o in ingested["first"]["outcomes"]]
    assert paths == sorted(paths) and len(paths) == len(set(paths))
