"""Every top-level annotations/*.json is a valid gold file for its raw text.

Parametrised over files and checks; the checks live in annotation_gold_checks.py
and are shown to fail on broken input in test_gold_files_negatives.py.
"""
from __future__ import annotations

import json

import pytest

from tests.annotations.annotation_gold_checks import CHECKS, RAW, check_file_name, gold_files, read_raw

FILES = gold_files()


def _load(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, read_raw(gold["file"])


def test_gold_files_exist():
    assert FILES, "no annotations/*.json found"


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_gold_files_name_their_raw_file(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert (RAW / gold["file"]).is_file(), f"raw/{gold['file']} missing"
    assert check_file_name(gold, "", path) == []


@pytest.mark.parametrize("check", sorted(CHECKS))
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_gold_files_pass_check(path, check):
    gold, raw = _load(path)
    problems = CHECKS[check](gold, raw)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_gold_files_schema_offsets_agree(path):
    """pipeline.schema's own offset check agrees with ours."""
    from pipeline.schema import GoldFile

    gold, raw = _load(path)
    GoldFile.model_validate(gold).check_offsets(raw)


def test_gold_files_checks_do_not_load_ginza():
    """The checks run without GiNZA/spaCy (fresh interpreter: other tests may have loaded them)."""
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent
    code = ("import sys; import tests.annotations.annotation_gold_checks as c; "
            "[f(__import__('json').loads(p.read_text()), c.read_raw(__import__('json').loads(p.read_text())['file'])) "
            "for p in c.gold_files() for f in c.CHECKS.values()]; "
            "print(sorted(m for m in ('ginza', 'spacy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=here.parents[1], capture_output=True, text=True,
                         env={"PYTHONPATH": str(here.parents[1])}, check=True)
    assert out.stdout.strip() == "[]"


# Gold sets whose text lies beside them (the Wikipedia development set and the held-out set): the same checks,
# with the text read from the gold file's folder.
SIDE = sorted(p for d in ("wiki", "wiki3", "wiki4", "wiki5", "wiki6", "heldout", "heldout2", "heldout3") for p in (RAW.parent / "annotations" / d).glob("*.json") if p.is_file())


def _load_side(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, (path.parent / gold["file"]).read_text(encoding="utf-8")


def test_side_gold_sets_exist():
    assert {p.parent.name for p in SIDE} == {"wiki", "wiki3", "wiki4", "wiki5", "wiki6", "heldout", "heldout2", "heldout3"}


@pytest.mark.parametrize("check", sorted(CHECKS))
@pytest.mark.parametrize("path", SIDE, ids=[f"{p.parent.name}/{p.name}" for p in SIDE])
def test_side_gold_files_pass_check(path, check):
    gold, raw = _load_side(path)
    assert check_file_name(gold, raw, path) == []
    problems = CHECKS[check](gold, raw)
    assert problems == [], "\n".join(problems)
