"""The pipeline version: code version plus a hash of the data in models/ and of the package's code.

Cached results are keyed on doc_id + this version, so editing a gazetteer, a
lexicon or the extraction code re-processes documents while an unchanged setup
re-uses them.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .settings import MODELS_DIR, PIPELINE_VERSION

_DATA_SUFFIXES = {".json", ".jsonl", ".cfg", ".txt", ".tsv", ".csv"}


@lru_cache(maxsize=1)
def models_fingerprint(models_dir: Path = MODELS_DIR) -> str:
    h = hashlib.sha256()
    for path in sorted(Path(models_dir).rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(models_dir).as_posix()
        h.update(rel.encode())
        if path.suffix in _DATA_SUFFIXES and path.stat().st_size < 5_000_000:
            h.update(path.read_bytes())
        else:  # large binaries (trained weights): size is enough to notice a rebuild
            h.update(str(path.stat().st_size).encode())
    return h.hexdigest()[:10]


@lru_cache(maxsize=1)
def code_fingerprint(package_dir: Path = Path(__file__).resolve().parent) -> str:
    """A hash of the package's Python sources: a code change re-processes cached documents too."""
    h = hashlib.sha256()
    for path in sorted(Path(package_dir).rglob("*.py")):
        h.update(path.relative_to(package_dir).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:8]


def pipeline_version() -> str:
    return f"{PIPELINE_VERSION}+{models_fingerprint()}.{code_fingerprint()}"
