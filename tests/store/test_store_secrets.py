"""`kiroku ingest` into PostgreSQL: the password appears in no output, log, Prefect record, artifact or error row."""
from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from .fixtures_store import PG_URL, SKIP_REASON, requires_pg, schema_url

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [*requires_pg, pytest.mark.slow]


def _files_containing(root: Path, needle: bytes) -> list[str]:
    hits = []
    for p in root.rglob("*"):
        if p.is_file() and not p.is_symlink():
            try:
                if needle in p.read_bytes():
                    hits.append(str(p.relative_to(root)))
            except OSError:
                pass
    return hits


# Known defect, outside tests/store: `--db URL` is passed to the ingest flow as a parameter, and Prefect
# stores flow-run parameters in its database. Fix in cli.py: put args.db into KIROKU_DB_URL for the run
# instead of the flow parameter (or type the parameter SecretStr). Strict: this fails once fixed.


@pytest.mark.parametrize("how", ["env", "flag"])
def test_store_secrets_ingest_into_postgres(tmp_path, how):
    if not PG_URL:
        pytest.skip(SKIP_REASON)
    from urllib.parse import urlsplit

    import sqlalchemy as sa

    password = urlsplit(PG_URL).password
    schema = "kiroku_sec_" + uuid.uuid4().hex[:10]
    admin = sa.create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        url = schema_url(PG_URL, schema)
        src = tmp_path / "in"
        src.mkdir()
        (src / "ok.txt").write_text("外務省は2024年6月12日に協力を約束した。\n", encoding="utf-8")
        (src / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(64)))
        env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"), PYTHONPATH=str(ROOT),
                   PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
        cmd = [sys.executable, "-m", "pipeline.cli", "-v", "ingest", str(src), "--out", str(tmp_path / "out")]
        if how == "env":
            env["KIROKU_DB_URL"] = url
        else:
            env.pop("KIROKU_DB_URL", None)
            cmd += ["--db", url]
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
        assert proc.returncode == 1, proc.stderr[-3000:]
        with admin.connect() as conn:
            conn.exec_driver_sql(f'SET search_path TO "{schema}"')
            assert conn.exec_driver_sql("SELECT count(*) FROM documents").scalar() == 1
            errors = conn.exec_driver_sql("SELECT message FROM errors").scalars().all()
        assert len(errors) == 1 and all(password not in m for m in errors)
        assert password not in proc.stdout and password not in proc.stderr
        # Prefect's own database (flow-run parameters, logs, artifacts) and every output file
        assert _files_containing(tmp_path, password.encode()) == []
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()
