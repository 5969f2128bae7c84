"""One pydantic Settings object: paths, model, split mode, database URL.

Values come from keyword arguments, then KIROKU_* environment variables, then
the embedded defaults below, so `kiroku ingest` works with no configuration.
"""
from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PIPELINE_VERSION = "0.1.0"

REPO_ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = REPO_ROOT / "models"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KIROKU_", extra="ignore")

    raw_dir: Path = Path("raw")
    out_dir: Path = Path("outputs")
    db_url: str | None = Field(default=None, description="postgresql://… or a DuckDB path; default outputs/kiroku.duckdb")
    model: str = "ja_ginza"
    n_process: int = 1
    batch_size: int = 64
    # SudachiPy refuses more than 49,149 bytes; stay well under it.
    max_chunk_bytes: int = 40_000
    max_file_bytes: int = 200 * 1024 * 1024
    # Longer texts are refused with E008 (split the file): a 3M-character report takes ~20 min per core.
    max_text_chars: int = 3_000_000
    models_dir: Path = MODELS_DIR
    # GiNZA's ENE `ner` (758 moves) is about 45% of GiNZA's parse time. kiroku's entities come from its
    # gazetteer, name rules and trained head; ENE tags only add the `ene` rule's mentions. It runs when
    # this is true, or when the installed head was trained to read ENE tags (models/ner/model).
    ginza_ene: bool = False
    # glibc malloc thresholds set in the process that loads GiNZA (pipeline/nlp/malloc.py): Dask workers
    # start with a 64 KiB trim threshold that makes the parse ~8-15% slower. 0 leaves malloc alone.
    malloc_trim_mb: int = 128
    malloc_mmap_mb: int = 32

    @property
    def duckdb_path(self) -> Path:
        if self.db_url and not self.db_url.startswith(("postgresql", "postgres")):
            return Path(self.db_url.removeprefix("duckdb:///").removeprefix("duckdb://"))
        return self.out_dir / "kiroku.duckdb"
