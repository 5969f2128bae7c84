"""Safety on every store: values only as bound parameters, no output outside outputs/, no password anywhere."""
from __future__ import annotations

import logging
import os

import pytest

from pipeline.errors import KirokuError
from pipeline.store import DuckDBStore, ResultCache
from pipeline.store.files import check_doc_id, extracted_text_path, write_extracted_text
from pipeline.store.postgres import PostgresStore, load_migrations, mask_url
from pipeline.tables import error_row, result_rows

from .fixtures_store import INJECTION, PG_URL, SKIP_REASON, make_result, pg_url  # noqa: F401

RAW = f"外務省は2024年6月12日に{INJECTION}を約束した。"
PATH = f"reports/{INJECTION}.txt"


def _duck(tmp_path, request):
    return DuckDBStore(tmp_path / "k.duckdb")


def _pg(tmp_path, request):
    if not PG_URL:
        pytest.skip(SKIP_REASON)
    return PostgresStore(request.getfixturevalue("pg_url"))


@pytest.mark.parametrize("open_store", [_duck, pytest.param(_pg, marks=pytest.mark.postgres)], ids=["duckdb", "postgres"])
def test_store_safety_injection_stored_verbatim(tmp_path, request, open_store):
    store = open_store(tmp_path, request)
    try:
        result = make_result(RAW, PATH)
        store.replace_document(result.document.doc_id, result_rows(result))
        store.record_error(error_row(PATH + ".bak", "E003", f"{PATH}.bak: E003 {INJECTION}", "ingest"))
        counts = store.counts()  # `events` still exists
        assert counts["events"] == 1 and counts["documents"] == 1 and counts["errors"] == 1
        assert store.frame("documents")["path"].tolist() == [PATH]
        assert INJECTION in store.frame("sentences")["text"][0]
        assert store.frame("events")["content"][0] == RAW[:RAW.index("約束")]
        assert INJECTION in store.frame("errors")["message"][0]
        # the same document again: replaced by its key, still once
        store.replace_document(result.document.doc_id, result_rows(result))
        assert store.counts() == counts
    finally:
        store.close()


@pytest.mark.parametrize(
    "doc_id",
    ["../../etc/passwd", "a" * 63, "A" * 64, "g" * 64, "/" + "a" * 63, "a" * 64 + "/..", "", None],
)
def test_store_safety_output_names_come_from_doc_ids_only(tmp_path, doc_id):
    with pytest.raises(ValueError):
        check_doc_id(doc_id)
    with pytest.raises(ValueError):
        ResultCache(tmp_path).path(doc_id)
    with pytest.raises(ValueError):
        write_extracted_text(tmp_path, doc_id, "x")
    assert list(tmp_path.iterdir()) == []


def test_store_safety_extracted_text_under_outputs(tmp_path):
    doc_id = "ab" * 32
    p = write_extracted_text(tmp_path / "out", doc_id, "本文\r\n")
    assert p == extracted_text_path(tmp_path / "out", doc_id) == tmp_path / "out" / "text" / f"{doc_id}.txt"
    assert p.read_bytes() == "本文\r\n".encode("utf-8")  # line endings as extracted
    assert [f.name for f in p.parent.iterdir()] == [p.name]  # no temporary file left behind


@pytest.mark.parametrize(
    "url, shown",
    [
        ("postgresql://kiroku:s3cr%40t@db:5432/k", "postgresql://kiroku:***@db:5432/k"),
        ("postgres://u:p@127.0.0.1/k?sslmode=require", "postgres://u:***@127.0.0.1/k?sslmode=require"),
        ("postgresql+psycopg://u:pa:ss@h/k", "postgresql+psycopg://u:***@h/k"),
        ("postgresql://u@h/k", "postgresql://u@h/k"),
        ("postgresql://u:p@ss/w@rd@h:5432/k", "postgresql://u:***@h:5432/k"),  # unescaped @ and / in a password
        ("postgresql://h/k?user=u&password=hunter2", "postgresql://h/k?user=u&password=***"),
        ("outputs/kiroku.duckdb", "outputs/kiroku.duckdb"),
        (None, ""),
    ],
)
def test_store_safety_mask_url(url, shown):
    assert mask_url(url) == shown


@pytest.mark.postgres
def test_store_safety_password_never_shown(tmp_path, caplog):
    if not PG_URL:
        pytest.skip(SKIP_REASON)
    from urllib.parse import urlsplit

    password = urlsplit(PG_URL).password
    assert password
    caplog.set_level(logging.DEBUG)
    store = PostgresStore(PG_URL)
    try:
        assert password not in repr(store) and password not in store.url
    finally:
        store.close()
    wrong = PG_URL.replace(f":{password}@", ":Wr0ngPassw0rd-XYZ@")
    with pytest.raises(KirokuError) as info:
        PostgresStore(wrong)
    message = info.value.one_line()
    assert "Wr0ngPassw0rd-XYZ" not in message and "***" in message and "password authentication failed" in message
    assert password not in caplog.text and "Wr0ngPassw0rd-XYZ" not in caplog.text


def test_store_safety_unreachable_server_message_masked():
    url = "postgresql://kiroku:TopSecret-123@127.0.0.1:1/nowhere?connect_timeout=2"
    with pytest.raises(KirokuError) as info:
        PostgresStore(url)
    assert "TopSecret-123" not in info.value.one_line() and "kiroku:***@127.0.0.1:1" in info.value.one_line()


@pytest.mark.parametrize("name", ["2_initial.sql", "0001_Bad-Name.sql"])
def test_store_safety_bad_migration_names(tmp_path, name):
    (tmp_path / "0001_initial.sql").write_text("SELECT 1;")
    (tmp_path / name).write_text("SELECT 1;")
    with pytest.raises(KirokuError) as info:
        load_migrations(tmp_path)
    assert name in str(info.value)


def test_store_safety_migrations_numbered_without_gaps(tmp_path):
    for n in ("0001_a.sql", "0003_c.sql"):
        (tmp_path / n).write_text("SELECT 1;")
    with pytest.raises(KirokuError) as info:
        load_migrations(tmp_path)
    assert "0002" in str(info.value)
    assert os.path.basename(str(tmp_path / "0003_c.sql")) in str(info.value)
