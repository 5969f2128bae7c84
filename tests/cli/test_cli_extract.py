"""`kiroku extract FILE --format json` against the contract's required keys, without a Prefect server."""
import json
import subprocess
import sys

import pytest

from tests.conftest import SEED_004

CONTRACT_KEYS = {
    "document": {"doc_id", "path", "title", "published", "encoding", "n_chars", "pipeline_version"},
    "entities": {"start", "end", "text", "label", "canonical", "ene"},
    "dates": {"start", "end", "text", "type", "value", "begin", "end_date", "mod"},
    "events": {"type", "trigger", "actors", "content", "date", "location", "negated", "sentence"},
}


def _kiroku(*args, **kw):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, timeout=600, **kw)


@pytest.fixture(scope="module")
def extracted():
    proc = _kiroku("extract", str(SEED_004), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_cli_extract_has_contract_keys(extracted):
    assert set(extracted) >= {"document", "entities", "dates", "events"}
    assert CONTRACT_KEYS["document"] <= set(extracted["document"])
    for layer in ("entities", "dates", "events"):
        for item in extracted[layer]:
            assert CONTRACT_KEYS[layer] <= set(item), (layer, item)


def test_cli_extract_offsets_and_document(extracted):
    import hashlib

    data = SEED_004.read_bytes()
    raw = data.decode("utf-8")
    doc = extracted["document"]
    assert doc["doc_id"] == hashlib.sha256(data).hexdigest()
    assert doc["n_chars"] == len(raw) and doc["encoding"] == "utf-8"
    assert extracted["entities"], "a news report about Beijing and Tianjin has entities"
    for layer in ("entities", "dates"):
        for item in extracted[layer]:
            assert raw[item["start"]:item["end"]] == item["text"]


def test_cli_extract_does_not_start_prefect():
    """The one-file path never imports Prefect, so it never starts a Prefect server."""
    code = ("import sys, io, contextlib, pipeline.cli as c\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    rc = c.main(['extract', {str(SEED_004)!r}])\n"
            "sys.exit(rc or (3 if 'prefect' in sys.modules else 0))")
    assert subprocess.run([sys.executable, "-c", code], timeout=600).returncode == 0


@pytest.mark.parametrize("content", [b"", b"\x89PNG\r\n\x1a\n\x00\x00binary"])
def test_cli_extract_bad_file_exits_2_with_one_line(tmp_path, content):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    proc = _kiroku("extract", str(p))
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kiroku: ") and "bad.txt: E00" in lines[0]
