"""DuckDB: the default store. The only module that knows the duckdb driver."""
from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import pandas as pd

from ..tables import PRIMARY_KEYS, TABLE_ROWS, columns
from .files import atomic_write_bytes

_SQL_TYPES = {str: "VARCHAR", int: "BIGINT", bool: "BOOLEAN", float: "DOUBLE"}

SCHEMA_VERSION = 1

COMMITMENTS_VIEW = """
CREATE OR REPLACE VIEW commitments AS
SELECT e.event_id, e.doc_id, d.path, d.title, d.published, e.type, e.trigger_text,
       string_agg(DISTINCT COALESCE(a.canonical, a.text), '; ') AS actors,
       e.content, e.date_value, e.date_begin, e.date_end, e.date_mod, e.location, e.negated,
       s.text AS sentence
FROM events e
JOIN documents d USING (doc_id)
LEFT JOIN event_actors a ON a.event_id = e.event_id
LEFT JOIN sentences s ON s.sentence_id = e.sentence_id
WHERE e.is_commitment
GROUP BY ALL
"""


def _sql_type(annotation: Any) -> str:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    base = args[0] if args else annotation
    return _SQL_TYPES.get(base, "VARCHAR")


def table_ddl(table: str) -> str:
    model = TABLE_ROWS[table]
    cols = [f'"{name}" {_sql_type(f.annotation)}' for name, f in model.model_fields.items()]
    pk = ", ".join(f'"{c}"' for c in PRIMARY_KEYS[table])
    return f'CREATE TABLE IF NOT EXISTS "{table}" ({", ".join(cols)}, PRIMARY KEY ({pk}))'


class DuckDBStore:
    def __init__(self, path: Path | str):
        import duckdb

        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(str(self.path))
        self.ensure_schema()

    def ensure_schema(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS kiroku_schema (version INTEGER)")
        if not self.con.execute("SELECT version FROM kiroku_schema").fetchall():
            self.con.execute("INSERT INTO kiroku_schema VALUES (?)", [SCHEMA_VERSION])
        for table in TABLE_ROWS:
            self.con.execute(table_ddl(table))
            self._add_missing_columns(table)
        self.con.execute(COMMITMENTS_VIEW)
        # bookkeeping (not a contract table, not exported): what each document's rows were loaded from
        self.con.execute('CREATE TABLE IF NOT EXISTS kiroku_loaded (doc_id VARCHAR PRIMARY KEY, fingerprint VARCHAR NOT NULL)')

    def _add_missing_columns(self, table: str) -> None:
        """Migrate a file made by an older kiroku: columns added since then are appended (nullable)."""
        have = {r[0] for r in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
        model = TABLE_ROWS[table]
        for name, f in model.model_fields.items():
            if name not in have:
                self.con.execute(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {_sql_type(f.annotation)}')

    def loaded_fingerprints(self) -> dict[str, str]:
        """doc_id -> the fingerprint of the result its rows were loaded from."""
        return dict(self.con.execute("SELECT doc_id, fingerprint FROM kiroku_loaded").fetchall())

    def error_paths(self) -> set[str]:
        return {r[0] for r in self.con.execute('SELECT DISTINCT path FROM "errors"').fetchall()}

    def clear_errors(self, path: str) -> None:
        self.con.execute('DELETE FROM "errors" WHERE path = ?', [path])

    def replace_document(self, doc_id: str, rows: dict[str, list[dict[str, Any]]],
                         fingerprint: str | None = None) -> None:
        """Replace every row of one document in one transaction (also clears its old errors); `fingerprint`
        records what the rows were loaded from."""
        paths = [r["path"] for r in rows.get("documents", [])]
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table in TABLE_ROWS:
                if table == "errors":
                    continue
                self.con.execute(f'DELETE FROM "{table}" WHERE doc_id = ?', [doc_id])
            self.con.execute("DELETE FROM kiroku_loaded WHERE doc_id = ?", [doc_id])
            for path in paths:
                self.con.execute('DELETE FROM "errors" WHERE path = ?', [path])
            for table, items in rows.items():
                if items and table != "errors":
                    self._insert(table, items)
            if fingerprint:
                self.con.execute("INSERT INTO kiroku_loaded VALUES (?, ?)", [doc_id, fingerprint])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def record_error(self, row: dict[str, Any]) -> None:
        """An error replaces the earlier errors and rows recorded for the same path."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute('DELETE FROM "errors" WHERE path = ?', [row["path"]])
            self._insert("errors", [row])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _insert(self, table: str, items: list[dict[str, Any]]) -> None:
        frame = pd.DataFrame(items, columns=columns(table))
        self.con.register("_kiroku_rows", frame)
        try:
            cols = ", ".join(f'"{c}"' for c in columns(table))
            self.con.execute(f'INSERT INTO "{table}" ({cols}) SELECT {cols} FROM _kiroku_rows')
        finally:
            self.con.unregister("_kiroku_rows")

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLE_ROWS}

    def label_counts(self) -> dict[str, int]:
        rows = self.con.execute('SELECT label, count(*) FROM entities GROUP BY label ORDER BY 2 DESC, 1').fetchall()
        return {label: n for label, n in rows}

    def frame(self, table: str) -> pd.DataFrame:
        order = ", ".join(f'"{c}"' for c in PRIMARY_KEYS[table])
        return self.con.execute(f'SELECT * FROM "{table}" ORDER BY {order}').df()

    def export_parquet(self, out_dir: Path) -> dict[str, Path]:
        """One Parquet file per table, each written atomically."""
        import io

        import pyarrow.parquet as pq

        written = {}
        for table in TABLE_ROWS:
            arrow = self.con.sql(
                f'SELECT * FROM "{table}" ORDER BY {", ".join(chr(34) + c + chr(34) for c in PRIMARY_KEYS[table])}'
            ).to_arrow_table()
            buf = io.BytesIO()
            pq.write_table(arrow, buf)
            target = Path(out_dir) / f"{table}.parquet"
            atomic_write_bytes(target, buf.getvalue())
            written[table] = target
        return written

    def close(self) -> None:
        self.con.close()
