"""glibc malloc thresholds in the process that loads GiNZA (pipeline/nlp/malloc.py)."""
import platform
import subprocess
import sys

import pytest

CODE = """
import sys
from pipeline.nlp.malloc import tune_malloc
print(tune_malloc(int(sys.argv[1]), int(sys.argv[2])), tune_malloc(0, 0))
"""


def _run(trim: str, mmap: str, env: dict | None = None) -> str:
    import os

    out = subprocess.run([sys.executable, "-c", CODE, trim, mmap], capture_output=True, text=True, check=True,
                         env={**os.environ, **(env or {})})
    return out.stdout.strip()


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_thresholds_are_set_once_per_process_even_under_dasks_trim_variable():
    # the second call returns the first call's answer: set once, never undone by a later call
    assert _run("128", "32", env={"MALLOC_TRIM_THRESHOLD_": "65536"}) == "True True"


def test_zero_leaves_malloc_alone():
    assert _run("0", "32") == "False False"
    assert _run("128", "0") == "False False"
