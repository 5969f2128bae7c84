"""`kiroku ingest` exit codes: a run that fails as a whole (here: Prefect's temporary server never comes up)
exits 3 with one `kiroku:` line and no traceback, distinct from exit 1 (some documents failed, the rest
written); a missing input folder exits 2."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for key in ("PREFECT_API_URL", "KIROKU_DB_URL"):
        env.pop(key, None)
    env.update(PREFECT_HOME=str(tmp / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PYTHONPATH=str(ROOT), **extra)
    return env


def _ingest(src: Path, out: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", str(src), "--out", str(out)],
                          env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_ingest_exits_3_with_one_line_when_prefect_cannot_start(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("日本政府は2024年に研究所を設立した。\n", encoding="utf-8")
    out = tmp_path / "out"
    # A zero startup timeout: the temporary server is started, never answers in time, and Prefect gives up.
    proc = _ingest(src, out, _env(tmp_path, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="0"))
    assert proc.returncode == 3, proc.stderr[-2000:]
    ours = [line for line in proc.stderr.splitlines() if line.startswith("kiroku: ")]
    assert ours == ["kiroku: the ingest run failed before it could report its documents: "
                    "RuntimeError: Timed out while attempting to connect to ephemeral Prefect API server."]
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    assert not (out / "parts").exists() or not any((out / "parts").iterdir())


def test_ingest_missing_folder_exits_2(tmp_path):
    proc = _ingest(tmp_path / "nowhere", tmp_path / "out", _env(tmp_path))
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"kiroku: input folder {tmp_path / 'nowhere'} does not exist"
