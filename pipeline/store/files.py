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


def check_doc_id(doc_id: str) -> str:
    """Every file name under outputs/ comes from a doc_id: a sha256 in hex, never a name taken from input."""
    if not isinstance(doc_id, str) or len(doc_id) != 64 or not all(c in "0123456789abcdef" for c in doc_id):
        raise ValueError(f"not a sha256 doc_id: {doc_id!r}")
    return doc_id


def extracted_text_path(out_dir: Path, doc_id: str) -> Path:
    """outputs/text/<doc_id>.txt: the text pulled out of an HTML or PDF file, which offsets refer to."""
    return Path(out_dir) / "text" / f"{check_doc_id(doc_id)}.txt"


def write_extracted_text(out_dir: Path, doc_id: str, text: str) -> Path:
    """Write the extracted text atomically (UTF-8, no BOM, line endings as extracted); skip if unchanged."""
    path = extracted_text_path(out_dir, doc_id)
    data = text.encode("utf-8")
    try:
        if path.is_file() and path.read_bytes() == data:
            return path
    except OSError:
        pass
    atomic_write_bytes(path, data)
    return path


class ResultCache:
    """One JSON file per document, keyed by doc_id, valid for one pipeline version."""

    def __init__(self, out_dir: Path):
        self.dir = Path(out_dir) / "parts"

    def path(self, doc_id: str) -> Path:
        return self.dir / f"{check_doc_id(doc_id)}.json"  # never let a name escape outputs/

    def get(self, doc_id: str, version: str) -> ExtractionResult | None:
        p = self.path(doc_id)
        if not p.is_file():
            return None
        try:
            result = ExtractionResult.model_validate_json(p.read_bytes())
        except ValueError:
            return None  # a damaged cache entry is simply recomputed
        return result if result.document.pipeline_version == version else None

    def fingerprint(self, doc_id: str, *salt: str) -> str | None:
        """A hash of the cached result's bytes (and `salt`): equal fingerprints load equal rows."""
        import hashlib

        try:
            h = hashlib.sha256(self.path(doc_id).read_bytes())
        except OSError:
            return None
        for x in salt:
            h.update(b"\0" + x.encode("utf-8", "surrogatepass"))
        return h.hexdigest()[:32]

    def put(self, result: ExtractionResult) -> Path:
        p = self.path(result.document.doc_id)
        atomic_write_text(p, result.model_dump_json())
        return p


def contract_json(result: ExtractionResult, with_sentences: bool = False) -> dict:
    data = json.loads(result.model_dump_json())
    if not with_sentences:
        data.pop("sentences", None)
    return data
