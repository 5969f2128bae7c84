"""Shared by the store tests: a PostgreSQL schema per test (when a server is given) and hand-built results."""
from __future__ import annotations

import hashlib
import os
import uuid
from urllib.parse import quote

import pytest

from pipeline.schema import (
    Actor,
    DateItem,
    DocumentInfo,
    Entity,
    Event,
    ExtractionResult,
    Sentence,
    SentenceRef,
    Trigger,
    content_id,
)

PG_URL = os.environ.get("KIROKU_TEST_PG_URL")
SKIP_REASON = ("KIROKU_TEST_PG_URL is not set: no PostgreSQL server given "
               "(`source scripts/ci-postgres.sh` starts one on 127.0.0.1; .ci/run does)")
requires_pg = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=SKIP_REASON)]

INJECTION = "'); DROP TABLE events; --"


def schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote('-csearch_path=' + schema)}"


@pytest.fixture
def pg_url():
    """A fresh schema on the test server for one test; dropped afterwards."""
    import sqlalchemy as sa

    if not PG_URL:
        pytest.skip(SKIP_REASON)
    schema = "kiroku_t_" + uuid.uuid4().hex[:12]
    engine = sa.create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        yield schema_url(PG_URL, schema)
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        engine.dispose()


def make_result(raw: str, path: str, *, with_event: bool = True) -> ExtractionResult:
    """A small, valid result for `raw` (a sentence, an ORG, a date, a PLEDGE), no GiNZA needed."""
    doc_id = hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def span(text: str, after: int = 0) -> tuple[int, int]:
        i = raw.index(text, after)
        return i, i + len(text)

    end = raw.index("。") + 1 if "。" in raw else len(raw)
    sentences = [Sentence(start=0, end=end, text=raw[:end], index=0, kind="body", sentence_id=content_id(doc_id, 0, end))]
    entities, dates, events = [], [], []
    if "外務省" in raw:
        s, e = span("外務省")
        entities.append(Entity(start=s, end=e, text="外務省", label="ORG", canonical="外務省", rule="test"))
    if "2024年6月12日" in raw:
        s, e = span("2024年6月12日")
        dates.append(DateItem(start=s, end=e, text=raw[s:e], type="DATE", value="2024-06-12", begin="2024-06-12",
                              end_date="2024-06-12", rule="test"))
    if with_event and "約束" in raw:
        s, e = span("約束")
        actors = [Actor(text="外務省", canonical="外務省", start=entities[0].start, end=entities[0].end)] if entities else []
        events.append(Event(type="PLEDGE", trigger=Trigger(start=s, end=e, text="約束"), actors=actors,
                            content=raw[:s], date="2024-06-12" if dates else None, negated=False,
                            sentence=SentenceRef(start=0, end=end), rule="test"))
    info = DocumentInfo(doc_id=doc_id, path=path, title=raw[:end], published="2024-06-12", encoding="utf-8",
                        n_chars=len(raw), pipeline_version="test", text_source="raw")
    result = ExtractionResult(document=info, entities=entities, dates=dates, events=events, sentences=sentences)
    result.check_offsets(raw)
    return result
