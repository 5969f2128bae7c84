"""PostgresStore against a real server (KIROKU_TEST_PG_URL): schema, keys, upserts, migrations, parity with DuckDB."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from pipeline.errors import ErrorCode, KirokuError
from pipeline.store import DuckDBStore, open_store
from pipeline.store.postgres import MIGRATIONS_DIR, PostgresStore, load_migrations, schema_columns
from pipeline.tables import PRIMARY_KEYS, TABLE_ROWS, columns, error_row, result_rows

from .fixtures_store import make_result, pg_url, requires_pg  # noqa: F401  (pg_url is a fixture)

pytestmark = requires_pg

RAW_A = "外務省は2024年6月12日に協力を約束した。次の文。"
RAW_B = "外務省は2024年6月12日に新しい計画を約束した。"


@pytest.fixture
def store(pg_url):
    s = PostgresStore(pg_url)
    yield s
    s.close()


def test_postgres_schema_matches_rows(store):
    assert store.schema_version() == len(load_migrations()) >= 1
    cols = schema_columns(store)
    for table in TABLE_ROWS:  # a new column in tables/rows.py needs a new migration (ALTER appends: order free)
        assert sorted(cols[table]) == sorted(columns(table)), table


def test_postgres_keys_and_indexes(store):
    import sqlalchemy as sa

    with store.engine.connect() as conn:
        insp = sa.inspect(conn)
        for table in TABLE_ROWS:
            assert tuple(insp.get_pk_constraint(table)["constrained_columns"]) == PRIMARY_KEYS[table]
        for table in ("sentences", "entities", "dates", "events", "event_actors", "entity_catalog"):
            fks = insp.get_foreign_keys(table)
            assert any(fk["referred_table"] == "documents" and fk["referred_columns"] == ["doc_id"] for fk in fks), table
        indexed = {(t, tuple(ix["column_names"])) for t in TABLE_ROWS for ix in insp.get_indexes(t)}
    for table in ("sentences", "entities", "dates", "events", "event_actors", "errors"):
        assert (table, ("doc_id",)) in indexed
    assert ("entities", ("canonical", "label")) in indexed
    assert ("dates", ("value",)) in indexed and ("events", ("date_value",)) in indexed


@pytest.mark.parametrize("runs", [1, 2, 3])
def test_postgres_upsert_never_duplicates(store, runs):
    result = make_result(RAW_A, "a.txt")
    for _ in range(runs):
        store.replace_document(result.document.doc_id, result_rows(result))
    counts = store.counts()
    assert counts["documents"] == 1 and counts["events"] == 1 and counts["event_actors"] == 1
    assert counts["entities"] == 1 and counts["dates"] == 1 and counts["sentences"] == 1


def test_postgres_replace_document_drops_stale_rows(store):
    first = make_result(RAW_A, "a.txt")
    store.replace_document(first.document.doc_id, result_rows(first))
    again = make_result(RAW_A, "a.txt", with_event=False)
    store.replace_document(again.document.doc_id, result_rows(again))
    assert store.counts()["events"] == 0 and store.counts()["event_actors"] == 0


def test_postgres_error_then_success_for_one_path(store):
    store.record_error(error_row("a.txt", "E003", "a.txt: E003 bad", "ingest"))
    store.record_error(error_row("a.txt", "E003", "a.txt: E003 bad again", "ingest"))
    assert store.counts()["errors"] == 1
    result = make_result(RAW_A, "a.txt")
    store.replace_document(result.document.doc_id, result_rows(result))
    assert store.counts()["errors"] == 0


def test_postgres_foreign_key_refuses_orphans(store):
    rows = result_rows(make_result(RAW_A, "a.txt"))
    rows["documents"] = []
    with pytest.raises(KirokuError) as info:
        store.replace_document("0" * 64, rows)
    assert "foreign key" in str(info.value).lower()
    assert store.counts()["sentences"] == 0  # the transaction rolled back


def test_postgres_commitments_view(store):
    for raw, path in ((RAW_A, "a.txt"), (RAW_B, "b.txt")):
        r = make_result(raw, path)
        store.replace_document(r.document.doc_id, result_rows(r))
    view = store.query("SELECT path, type, actors, date_value FROM commitments ORDER BY path")
    assert view.to_dict("records") == [
        {"path": "a.txt", "type": "PLEDGE", "actors": "外務省", "date_value": "2024-06-12"},
        {"path": "b.txt", "type": "PLEDGE", "actors": "外務省", "date_value": "2024-06-12"},
    ]


def test_postgres_nul_in_text_is_stored(store):
    raw = "外務省は\x00協力を約束した。"
    r = make_result(raw, "nul.txt")
    store.replace_document(r.document.doc_id, result_rows(r))
    text = store.frame("sentences")["text"][0]
    assert len(text) == len(r.sentences[0].text) and "\ufffd" in text


def test_postgres_matches_duckdb(store, tmp_path):
    duck = DuckDBStore(tmp_path / "k.duckdb")
    try:
        for raw, path in ((RAW_A, "a.txt"), (RAW_B, "b.txt")):
            r = make_result(raw, path)
            for s in (duck, store):
                s.replace_document(r.document.doc_id, result_rows(r))
                s.record_error(error_row("c.txt", "E001", "c.txt: E001 empty", "ingest"))
        assert duck.counts() == store.counts()
        assert duck.label_counts() == store.label_counts()
        for table in TABLE_ROWS:
            a, b = duck.frame(table), store.frame(table)
            assert list(a.columns) == list(b.columns) == columns(table)
            pd.testing.assert_frame_equal(a.astype(object).where(a.notna(), None), b.astype(object).where(b.notna(), None),
                                          check_dtype=False)
    finally:
        duck.close()


def test_postgres_open_store_dispatch(pg_url, tmp_path):
    from pipeline.settings import Settings

    store = open_store(Settings(out_dir=tmp_path, db_url=pg_url))
    try:
        assert isinstance(store, PostgresStore)
    finally:
        store.close()


def test_postgres_migration_path(pg_url, tmp_path):
    """The released migrations, then two new steps (SQL and Python): applied once, in order, data kept."""
    steps = tmp_path / "migrations"
    steps.mkdir()
    released = load_migrations()
    for mg in released:
        shutil.copy(mg.path, steps / mg.path.name)
    n = len(released)
    v1 = PostgresStore(pg_url, migrations_dir=steps)
    r = make_result(RAW_A, "a.txt")
    v1.replace_document(r.document.doc_id, result_rows(r))
    assert v1.schema_version() == n
    v1.close()
    sql_step = steps / f"{n + 1:04d}_source_index.sql"
    py_step = steps / f"{n + 2:04d}_backfill.py"
    sql_step.write_text("CREATE INDEX documents_source_idx ON documents (text_source);\n")
    py_step.write_text(
        "import sqlalchemy as sa\n\ndef upgrade(conn):\n"
        "    conn.execute(sa.text(\"UPDATE documents SET title = title || '+'\"))\n")
    for _ in range(2):  # applied once; the second open finds nothing to do
        s = PostgresStore(pg_url, migrations_dir=steps)
        assert s.schema_version() == n + 2
        versions = s.query("SELECT version, name FROM kiroku_schema_version ORDER BY version")
        assert versions["version"].tolist() == list(range(1, n + 3))
        assert versions["name"].tolist()[-2:] == ["source_index", "backfill"]
        assert s.frame("documents")["title"].tolist() == [r.document.title + "+"]  # data kept; the step ran once
        s.close()
    # this kiroku (the released migrations only) meets a newer database: refused, clearly
    sql_step.unlink()
    py_step.unlink()
    with pytest.raises(KirokuError) as info:
        PostgresStore(pg_url, migrations_dir=steps)
    assert info.value.code == ErrorCode.E020_CONFIG and "newer" in str(info.value)
