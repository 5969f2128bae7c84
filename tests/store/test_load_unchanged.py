"""Loading the tables again from unchanged cached results rewrites nothing; anything changed is replaced."""
from __future__ import annotations

import pytest

from pipeline import batch
from pipeline.batch import Outcome, load_outcomes
from pipeline.settings import Settings
from pipeline.store import DuckDBStore, ResultCache
from pipeline.tables import TABLE_ROWS, error_row
from pipeline.version import pipeline_version

from .fixtures_store import PG_URL, SKIP_REASON, make_result, pg_url  # noqa: F401

RAW_A = "外務省は2024年6月12日に協力を約束した。"
RAW_B = "外務省は2024年6月12日に新しい計画を約束した。"


def _settings(tmp_path, request, backend: str) -> Settings:
    if backend == "postgres":
        if not PG_URL:
            pytest.skip(SKIP_REASON)
        return Settings(out_dir=tmp_path, db_url=request.getfixturevalue("pg_url"))
    return Settings(out_dir=tmp_path)


def _result(raw: str, path: str):
    r = make_result(raw, path)
    r.document.pipeline_version = pipeline_version()  # what the cache serves to this pipeline
    return r


def _outcome(result, path: str) -> Outcome:
    return Outcome(path=path, doc_id=result.document.doc_id, status="cached")


def _tables(settings: Settings) -> dict:
    from pipeline.store import open_store

    store = open_store(settings)
    try:
        return {t: store.frame(t).to_dict("records") for t in TABLE_ROWS}
    finally:
        store.close()


@pytest.fixture
def writes(monkeypatch):
    """doc_ids passed to replace_document, whichever store."""
    seen: list[str] = []
    from pipeline.store import postgres

    for cls in (DuckDBStore, postgres.PostgresStore):
        original = cls.replace_document

        def spy(self, doc_id, rows, fingerprint=None, _orig=original):
            seen.append(doc_id)
            return _orig(self, doc_id, rows, fingerprint=fingerprint)

        monkeypatch.setattr(cls, "replace_document", spy)
    return seen


BACKENDS = ["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_unchanged_results_are_not_rewritten(tmp_path, request, backend, writes):
    settings = _settings(tmp_path, request, backend)
    cache = ResultCache(tmp_path)
    a, b = _result(RAW_A, "a.txt"), _result(RAW_B, "b.txt")
    cache.put(a), cache.put(b)
    outcomes = [_outcome(a, "a.txt"), _outcome(b, "b.txt")]
    first = load_outcomes(outcomes, settings)
    assert sorted(writes) == sorted([a.document.doc_id, b.document.doc_id])
    before = _tables(settings)
    writes.clear()
    assert load_outcomes(outcomes, settings) == first
    assert writes == []  # nothing rewritten
    assert _tables(settings) == before


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_changed_result_a_moved_file_or_new_table_code_is_reloaded(tmp_path, request, backend, writes, monkeypatch):
    settings = _settings(tmp_path, request, backend)
    cache = ResultCache(tmp_path)
    a = _result(RAW_A, "a.txt")
    cache.put(a)
    load_outcomes([_outcome(a, "a.txt")], settings)
    writes.clear()
    # the cached result changes (re-extracted): reloaded, and the table shows the new rows
    changed = a.model_copy(deep=True)
    changed.document.title = "new title"
    cache.put(changed)
    load_outcomes([_outcome(changed, "a.txt")], settings)
    assert writes == [a.document.doc_id]
    assert _tables(settings)["documents"][0]["title"] == "new title"
    # the same content under another path: reloaded
    writes.clear()
    load_outcomes([_outcome(changed, "moved/a.txt")], settings)
    assert writes == [a.document.doc_id]
    # the code that builds rows changed: reloaded
    writes.clear()
    monkeypatch.setattr(batch, "rows_code_version", lambda: "other")
    load_outcomes([_outcome(changed, "moved/a.txt")], settings)
    assert writes == [a.document.doc_id]


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_old_error_for_the_path_goes_when_the_document_loads_again(tmp_path, request, backend, writes):
    from pipeline.store import open_store

    settings = _settings(tmp_path, request, backend)
    cache = ResultCache(tmp_path)
    a = _result(RAW_A, "a.txt")
    cache.put(a)
    load_outcomes([_outcome(a, "a.txt")], settings)
    store = open_store(settings)
    try:
        store.record_error(error_row("a.txt", "E004", "a.txt: E004 unreadable", "ingest"))
    finally:
        store.close()
    writes.clear()
    counts, _ = load_outcomes([_outcome(a, "a.txt")], settings)
    assert writes == []  # rows unchanged: not rewritten
    assert counts["errors"] == 0 and counts["documents"] == 1


def test_the_bookkeeping_table_is_not_exported(tmp_path):
    cache = ResultCache(tmp_path)
    a = _result(RAW_A, "a.txt")
    cache.put(a)
    load_outcomes([_outcome(a, "a.txt")], Settings(out_dir=tmp_path))
    assert not list(tmp_path.rglob("kiroku_loaded*"))
