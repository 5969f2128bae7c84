"""The cache key changes with the data in models/ and with the package's code."""
from pathlib import Path

from pipeline.version import code_fingerprint, models_fingerprint, pipeline_version


def test_code_fingerprint_follows_the_sources(tmp_path: Path):
    (tmp_path / "a.py").write_text("x = 1\n", encoding="utf-8")
    before = code_fingerprint.__wrapped__(tmp_path)
    assert code_fingerprint.__wrapped__(tmp_path) == before  # stable
    (tmp_path / "a.py").write_text("x = 2\n", encoding="utf-8")
    assert code_fingerprint.__wrapped__(tmp_path) != before
    (tmp_path / "notes.md").write_text("not code", encoding="utf-8")
    after = code_fingerprint.__wrapped__(tmp_path)
    (tmp_path / "notes.md").write_text("still not code", encoding="utf-8")
    assert code_fingerprint.__wrapped__(tmp_path) == after  # only Python sources count


def test_models_fingerprint_follows_the_data(tmp_path: Path):
    (tmp_path / "lex.json").write_text("{}", encoding="utf-8")
    before = models_fingerprint.__wrapped__(tmp_path)
    (tmp_path / "lex.json").write_text('{"a": 1}', encoding="utf-8")
    assert models_fingerprint.__wrapped__(tmp_path) != before


def test_pipeline_version_names_both():
    v = pipeline_version()
    assert v.endswith(f"+{models_fingerprint()}.{code_fingerprint()}")
