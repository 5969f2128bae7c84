"""Hostile input through the commands: `kiroku extract -- -name.txt`, and `kiroku ingest` over a folder of
hostile files (the batch finishes, every failure is one `errors` row with a one-line reason, exit code 1)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .fixtures_formats import SENTENCES, japanese_pdf, report_pages, scanned_pdf

ROOT = Path(__file__).resolve().parents[2]
TEXT = "".join(SENTENCES[:4]) + "\n"


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(PREFECT_HOME=str(tmp / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_LOGGING_LEVEL="WARNING", PYTHONPATH=str(ROOT), **extra)
    env.pop("KIROKU_DB_URL", None)
    env.update(extra)
    return env


def _kiroku(*args: str, cwd: Path, env: dict, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.mark.parametrize("name", ["-rf.txt", "--help.txt", "報告 書's \"v2\".txt", "x'); DROP TABLE events; --.txt"])
def test_hostile_cli_extract_odd_names(tmp_path, name):
    (tmp_path / name).write_text(TEXT, encoding="utf-8")
    proc = _kiroku("extract", "--", name, cwd=tmp_path, env=_env(tmp_path))
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(proc.stdout)
    assert data["document"]["path"] == name and data["document"]["n_chars"] == len(TEXT)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "prefect") == [name]  # extract writes nothing


@pytest.mark.parametrize(
    "name, data, code",
    [("empty.txt", b"", "E001"), ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(200)), "E002"),
     ("scan.pdf", None, "E006")],
)
def test_hostile_cli_extract_refuses_with_one_line(tmp_path, name, data, code):
    (tmp_path / name).write_bytes(data if data is not None else scanned_pdf(1))
    proc = _kiroku("extract", name, cwd=tmp_path, env=_env(tmp_path))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and code in proc.stderr and name in proc.stderr


def _hostile_folder(src: Path) -> dict[str, str | None]:
    """Files and the error code each must produce (None: processed)."""
    src.mkdir()
    expected: dict[str, str | None] = {}

    def put(name: str, data: bytes, code: str | None) -> None:
        (src / name).write_bytes(data)
        expected[name] = code

    put("ok utf8.txt", TEXT.encode(), None)
    put("sjis.txt", TEXT.encode("cp932"), None)
    put("utf16.txt", TEXT.encode("utf-16-le"), None)
    put("-dash 'quote'.md", ("# 見出し\n" + TEXT).encode(), None)
    put("report.pdf", japanese_pdf(report_pages(2)), None)
    put("page.html", f"<html><body><nav>メニュー</nav><main><p>{TEXT}</p></main></body></html>".encode(), None)
    put("nul.txt", ("外務省は\x00協力を約束した。\x07\n" + TEXT * 4).encode(), None)
    put("emoji.txt", "𠮷野家の🍣は美味しいと外務省が発表した。\n".encode(), None)
    put("empty.txt", b"", "E001")
    put("blank.txt", b"  \n\n\t", "E001")
    put("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "E002")
    put("mixed.txt", TEXT.encode() + TEXT.encode("cp932"), "E003")
    put("scan.pdf", scanned_pdf(1), "E006")
    put("locked.pdf", japanese_pdf(report_pages(1), encrypt_user="pw"), "E007")
    put("slides.pptx", b"PK\x03\x04....", "E005")
    (src / "gone.txt").symlink_to(src / "missing.txt")
    expected["gone.txt"] = "E004"
    os.mkfifo(src / "pipe.txt")
    expected["pipe.txt"] = "E004"
    (src / "sub").mkdir()
    (src / "sub" / "loop").symlink_to(src, target_is_directory=True)  # a symlink loop in the folder
    return expected


@pytest.mark.slow
def test_hostile_cli_ingest_folder(tmp_path):
    src = tmp_path / "in"
    expected = _hostile_folder(src)
    out = tmp_path / "out"
    proc = _kiroku("ingest", str(src), "--out", str(out), cwd=tmp_path, env=_env(tmp_path), timeout=600)
    assert proc.returncode == 1, proc.stderr[-3000:]  # some documents failed
    failed = {k for k, v in expected.items() if v}
    assert f"{len(expected) - len(failed)} processed" in proc.stdout and f"{len(failed)} failed" in proc.stdout

    import duckdb

    con = duckdb.connect(str(out / "kiroku.duckdb"), read_only=True)
    try:
        errors = {Path(p).name: (code, msg) for p, code, msg in con.execute("SELECT path, code, message FROM errors").fetchall()}
        docs = sorted(Path(p).name for (p,) in con.execute("SELECT path FROM documents").fetchall())
        tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
    finally:
        con.close()
    assert "events" in tables
    assert docs == sorted(k for k, v in expected.items() if v is None)  # each once, the loop walked once
    assert set(errors) == failed
    for name, (code, message) in errors.items():
        assert code == expected[name], (name, message)
        assert "\n" not in message and name in message
    for f in out.rglob("*"):  # outputs stay under out/, named by doc_id or by table
        assert f.resolve().is_relative_to(out.resolve())
    names = {f.name for f in (out / "parts").iterdir()} | {f.name for f in (out / "text").iterdir()}
    assert all(len(n.split(".")[0]) == 64 for n in names)
