"""PostgreSQL: the shared-database store. The only module that knows SQLAlchemy and psycopg.

Same methods as DuckDBStore (ensure_schema, replace_document, record_error,
counts, label_counts, frame, close). The schema comes from numbered migrations
in `migrations/` applied in order under an advisory lock; the version applied
is recorded in `kiroku_schema_version`. Values reach SQL only as bound
parameters; the password of the URL never reaches a message (`mask_url`).
"""
from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import ErrorCode, KirokuError
from ..tables import PRIMARY_KEYS, TABLE_ROWS, columns

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.(sql|py)$")
# One lock id for every kiroku process migrating the same database.
_MIGRATION_LOCK = 0x6B69726F6B75  # "kiroku"
_INSERT_CHUNK = 1000


def _split_credentials(url: str) -> tuple[str, str, str | None, str] | None:
    """(scheme, user, password, host part) of scheme://user:password@host…; the last @ ends the
    credentials, so an unescaped @ or / in a password is still treated as part of it."""
    scheme, sep, rest = str(url).partition("://")
    at = rest.rfind("@")
    if not sep or at < 0:
        return None
    creds, host = rest[:at], rest[at + 1:]
    user, colon, password = creds.partition(":")
    return scheme, user, password if colon else None, host


_QUERY_PASSWORD = re.compile(r"(?i)(\bpassword=)[^&]*")


def mask_url(url: str | None) -> str:
    """The URL with its password replaced by ***, for logs, artifacts and error messages."""
    if not url:
        return ""
    url = _QUERY_PASSWORD.sub(r"\1***", str(url))
    parts = _split_credentials(url)
    if parts is None or parts[2] is None:
        return url
    scheme, user, _, host = parts
    return f"{scheme}://{user}:***@{host}"


def _secrets(url: str) -> list[str]:
    """Every password in the URL (userinfo and ?password=), raw and percent-decoded."""
    from urllib.parse import unquote

    found = [m.group(0).split("=", 1)[1] for m in _QUERY_PASSWORD.finditer(url)]
    parts = _split_credentials(url)
    if parts and parts[2]:
        found.append(parts[2])
    return [v for s in found if s for v in {s, unquote(s)}]


def _sqlalchemy_url(url: str) -> str:
    """postgres:// and postgresql:// go through psycopg 3."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise KirokuError(ErrorCode.E020_CONFIG, f"not a database URL: {mask_url(url)!r}")
    if scheme in ("postgres", "postgresql", "postgresql+psycopg"):
        return "postgresql+psycopg://" + rest
    raise KirokuError(ErrorCode.E020_CONFIG, f"unsupported database URL scheme {scheme!r} (use postgresql://)")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path

    def apply(self, conn) -> None:
        if self.path.suffix == ".sql":
            # Fixed DDL with no values: run as one script (psycopg's simple protocol).
            conn.exec_driver_sql(self.path.read_text(encoding="utf-8"))
            return
        spec = importlib.util.spec_from_file_location(f"kiroku_migration_{self.version:04d}", self.path)
        module = importlib.util.module_from_spec(spec)
        assert spec.loader is not None
        spec.loader.exec_module(module)
        module.upgrade(conn)


def load_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """`NNNN_name.sql` or `NNNN_name.py` (with `upgrade(conn)`), numbered 1, 2, 3… without gaps."""
    found = []
    for p in sorted(Path(directory).iterdir()):
        if p.name.startswith(("_", ".")) or p.suffix not in (".sql", ".py"):
            continue
        m = _MIGRATION_NAME.match(p.name)
        if not m:
            raise KirokuError(ErrorCode.E021_DATA_FILE, f"{p}: migration names look like 0002_add_column.sql")
        found.append(Migration(int(m.group(1)), m.group(2), p))
    found.sort(key=lambda mg: mg.version)
    for expected, mg in enumerate(found, start=1):
        if mg.version != expected:
            raise KirokuError(ErrorCode.E021_DATA_FILE, f"{mg.path}: expected migration number {expected:04d}")
    return found


class PostgresStore:
    def __init__(self, url: str, migrations_dir: Path = MIGRATIONS_DIR):
        import sqlalchemy as sa

        self.url = mask_url(url)  # the only form of the URL this object keeps in sight
        self._secrets = _secrets(url)
        self.migrations_dir = Path(migrations_dir)
        self.engine = sa.create_engine(_sqlalchemy_url(url), pool_pre_ping=True, future=True)
        self._tables = _table_objects()
        self.ensure_schema()

    # -- errors ------------------------------------------------------------------------------------
    def _fail(self, exc: Exception, what: str) -> KirokuError:
        """A one-line store error with the URL masked and the password scrubbed from driver text."""
        detail = " ".join(str(getattr(exc, "orig", None) or exc).split())
        for secret in self._secrets:
            detail = detail.replace(secret, "***")
        return KirokuError(ErrorCode.E010_PIPELINE, f"PostgreSQL {self.url}: {what}: {detail[:300]}")

    # -- schema ------------------------------------------------------------------------------------
    def schema_version(self) -> int:
        import sqlalchemy as sa

        with self.engine.connect() as conn:
            if not sa.inspect(conn).has_table("kiroku_schema_version"):
                return 0
            return conn.execute(sa.text("SELECT coalesce(max(version), 0) FROM kiroku_schema_version")).scalar_one()

    def ensure_schema(self) -> int:
        """Apply the migrations this database lacks, in order, each in its own transaction. Returns the version."""
        import sqlalchemy as sa

        migrations = load_migrations(self.migrations_dir)
        latest = migrations[-1].version if migrations else 0
        try:
            for mg in migrations:
                with self.engine.begin() as conn:
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
                    conn.exec_driver_sql(
                        "CREATE TABLE IF NOT EXISTS kiroku_schema_version ("
                        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                        "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
                    )
                    current = conn.execute(sa.text("SELECT coalesce(max(version), 0) FROM kiroku_schema_version")).scalar_one()
                    if current > latest:
                        raise KirokuError(ErrorCode.E020_CONFIG, f"database {self.url} has schema version {current}, "
                                          f"newer than this kiroku ({latest}); upgrade kiroku")
                    if mg.version <= current:
                        continue
                    mg.apply(conn)
                    conn.execute(sa.text("INSERT INTO kiroku_schema_version (version, name) VALUES (:v, :n)"),
                                 {"v": mg.version, "n": mg.name})
        except KirokuError:
            raise
        except sa.exc.SQLAlchemyError as exc:
            raise self._fail(exc, "schema migration failed") from None
        return latest

    # -- writing -----------------------------------------------------------------------------------
    def _upsert(self, conn, table: str, items: list[dict[str, Any]]) -> None:
        """INSERT … ON CONFLICT (natural key) DO UPDATE: a re-run replaces, never duplicates."""
        from sqlalchemy.dialects.postgresql import insert

        t = self._tables[table]
        key = PRIMARY_KEYS[table]
        cols = columns(table)
        # One statement may not touch a key twice; the last row for a key wins, as an upsert would.
        unique = {tuple(r[k] for k in key): {c: _pg_value(r.get(c)) for c in cols} for r in items}
        rows = list(unique.values())
        for i in range(0, len(rows), _INSERT_CHUNK):
            stmt = insert(t)
            update = {c: stmt.excluded[c] for c in cols if c not in key}
            stmt = stmt.on_conflict_do_update(index_elements=list(key), set_=update) if update else stmt.on_conflict_do_nothing()
            conn.execute(stmt, rows[i:i + _INSERT_CHUNK])

    def loaded_fingerprints(self) -> dict[str, str]:
        """doc_id -> the fingerprint of the result its rows were loaded from (migration 0004)."""
        import sqlalchemy as sa

        try:
            with self.engine.connect() as conn:
                return {d: f for d, f in conn.execute(sa.text("SELECT doc_id, fingerprint FROM kiroku_loaded"))}
        except sa.exc.SQLAlchemyError as exc:
            raise self._fail(exc, "reading the load fingerprints failed") from None

    def error_paths(self) -> set[str]:
        import sqlalchemy as sa

        errors = self._tables["errors"]
        try:
            with self.engine.connect() as conn:
                return {r[0] for r in conn.execute(sa.select(errors.c.path).distinct())}
        except sa.exc.SQLAlchemyError as exc:
            raise self._fail(exc, "reading the errors failed") from None

    def clear_errors(self, path: str) -> None:
        import sqlalchemy as sa

        errors = self._tables["errors"]
        try:
            with self.engine.begin() as conn:
                conn.execute(errors.delete().where(errors.c.path == path))
        except sa.exc.SQLAlchemyError as exc:
            raise self._fail(exc, "clearing errors failed") from None

    def replace_document(self, doc_id: str, rows: dict[str, list[dict[str, Any]]],
                         fingerprint: str | None = None) -> None:
        """Replace every row of one document in one transaction (also clears its path's old errors);
        `fingerprint` records what the rows were loaded from."""
        import sqlalchemy as sa

        paths = [r["path"] for r in rows.get("documents", [])]
        try:
            with self.engine.begin() as conn:
                conn.execute(sa.text("DELETE FROM kiroku_loaded WHERE doc_id = :d"), {"d": doc_id})
                # Children first: the foreign keys would cascade, but explicit deletes keep DuckDB's order.
                for table in reversed(list(TABLE_ROWS)):
                    if table != "errors":
                        t = self._tables[table]
                        conn.execute(t.delete().where(t.c.doc_id == doc_id))
                errors = self._tables["errors"]
                for path in paths:
                    conn.execute(errors.delete().where(errors.c.path == path))
                for table in TABLE_ROWS:  # parents first, for the foreign keys
                    items = rows.get(table) or []
                    if items and table != "errors":
                        self._upsert(conn, table, items)
                if fingerprint:
                    conn.execute(sa.text("INSERT INTO kiroku_loaded (doc_id, fingerprint) VALUES (:d, :f)"),
                                 {"d": doc_id, "f": fingerprint})
        except KirokuError:
            raise
        except sa.exc.SQLAlchemyError as exc:
            raise self._fail(exc, f"writing document {doc_id[:12]} failed") from None

    def record_error(self, row: dict[str, Any]) -> None:
        """An error replaces the earlier errors recorded for the same path."""
        import sqlalchemy as sa

        errors = self._tables["errors"]
        try:
            with self.engine.begin() as conn:
                conn.execute(errors.delete().where(errors.c.path == row["path"]))
                self._upsert(conn, "errors", [row])
        except sa.exc.SQLAlchemyError as exc:
            raise self._fail(exc, "recording an error failed") from None

    # -- reading -----------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        import sqlalchemy as sa

        with self.engine.connect() as conn:
            return {t: conn.execute(sa.select(sa.func.count()).select_from(self._tables[t])).scalar_one()
                    for t in TABLE_ROWS}

    def label_counts(self) -> dict[str, int]:
        import sqlalchemy as sa

        e = self._tables["entities"]
        n = sa.func.count().label("n")
        stmt = sa.select(e.c.label, n).group_by(e.c.label).order_by(n.desc(), e.c.label)
        with self.engine.connect() as conn:
            return {label: count for label, count in conn.execute(stmt)}

    def frame(self, table: str) -> pd.DataFrame:
        import sqlalchemy as sa

        t = self._tables[table]
        stmt = sa.select(*[t.c[c] for c in columns(table)]).order_by(*[t.c[c] for c in PRIMARY_KEYS[table]])
        with self.engine.connect() as conn:
            result = conn.execute(stmt)
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))

    def query(self, sql: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        """A read-only query with bound parameters (`:name`), e.g. over the commitments view."""
        import sqlalchemy as sa

        with self.engine.connect() as conn:
            result = conn.execute(sa.text(sql), params or {})
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))

    def close(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"PostgresStore({self.url!r})"


def _pg_value(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL: it becomes U+FFFD, one code point for one, so offsets still fit."""
    if isinstance(value, str) and "\x00" in value:
        return value.replace("\x00", "\ufffd")
    return value


def _table_objects() -> dict[str, Any]:
    """SQLAlchemy Table objects for statements (the DDL itself lives in the migrations)."""
    import sqlalchemy as sa

    types = {str: sa.Text, int: sa.BigInteger, bool: sa.Boolean, float: sa.Float}
    meta = sa.MetaData()
    tables = {}
    for name, model in TABLE_ROWS.items():
        cols = []
        for col, field in model.model_fields.items():
            args = [a for a in getattr(field.annotation, "__args__", ()) if a is not type(None)]
            base = args[0] if args else field.annotation
            cols.append(sa.Column(col, types.get(base, sa.Text)(), primary_key=col in PRIMARY_KEYS[name]))
        tables[name] = sa.Table(name, meta, *cols)
    return tables


def schema_columns(store: PostgresStore) -> dict[str, list[str]]:
    """The columns each kiroku table has in the database, in order (to check migrations against rows.py)."""
    import sqlalchemy as sa

    with store.engine.connect() as conn:
        insp = sa.inspect(conn)
        return {t: [c["name"] for c in insp.get_columns(t)] for t in TABLE_ROWS}

