"""Parquet, DuckDB and PostgreSQL: the only code that knows storage drivers."""
from .duck import DuckDBStore
from .files import ResultCache, atomic_write_bytes, atomic_write_text, contract_json

__all__ = ["DuckDBStore", "ResultCache", "atomic_write_bytes", "atomic_write_text", "contract_json", "open_store"]


def open_store(settings):
    """The store named by settings.db_url: PostgreSQL for postgresql:// URLs, else DuckDB."""
    url = settings.db_url or ""
    if url.startswith(("postgresql", "postgres")):
        from .postgres import PostgresStore

        return PostgresStore(url)
    return DuckDBStore(settings.duckdb_path)
