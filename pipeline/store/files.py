"""Atomic file writes and the per-document result cache (outputs/parts/<doc_id>.json)."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from ..schema import ExtractionResult


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, fsync, then rename: readers never see half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


class ResultCache:
    """One JSON file per document, keyed by doc_id, valid for one pipeline version."""

    def __init__(self, out_dir: Path):
        self.dir = Path(out_dir) / "parts"

    def path(self, doc_id: str) -> Path:
        if not all(c in "0123456789abcdef" for c in doc_id) or len(doc_id) != 64:
            raise ValueError(f"not a sha256 doc_id: {doc_id!r}")  # never let a name escape outputs/
        return self.dir / f"{doc_id}.json"

    def get(self, doc_id: str, version: str) -> ExtractionResult | None:
        p = self.path(doc_id)
        if not p.is_file():
            return None
        try:
            result = ExtractionResult.model_validate_json(p.read_bytes())
        except ValueError:
            return None  # a damaged cache entry is simply recomputed
        return result if result.document.pipeline_version == version else None

    def put(self, result: ExtractionResult) -> Path:
        p = self.path(result.document.doc_id)
        atomic_write_text(p, result.model_dump_json())
        return p


def contract_json(result: ExtractionResult, with_sentences: bool = False) -> dict:
    data = json.loads(result.model_dump_json())
    if not with_sentences:
        data.pop("sentences", None)
    return data
