"""The regression gate, report comparison and the `kiroku evaluate` exit codes."""
import json

import pytest

from pipeline import cli
from pipeline.evaluate.gate import FloorSyntaxError, check_floors, compare, parse_floor, render_compare, resolve

METRICS = {
    "entities.strict.f1": 0.70,
    "entities.partial.f1": 0.80,
    "entities.strict.per_label.PERSON.f1": 0.90,
    "dates.strict.f1": 0.60,
    "dates.value_accuracy.acc": 0.50,
    "events.trigger.f1": 0.40,
    "events.typed.per_type.PLEDGE.f1": 0.30,
    "events.commitment.f1": None,
}


@pytest.mark.parametrize(
    "name, full",
    [
        ("entities", "entities.strict.f1"),
        ("entities.strict", "entities.strict.f1"),
        ("entities.partial", "entities.partial.f1"),
        ("entities.strict.PERSON", "entities.strict.per_label.PERSON.f1"),
        ("dates", "dates.strict.f1"),
        ("dates.value_accuracy", "dates.value_accuracy.acc"),
        ("events", "events.trigger.f1"),
        ("events.trigger", "events.trigger.f1"),
        ("events.typed.PLEDGE", "events.typed.per_type.PLEDGE.f1"),
    ],
)
def test_gate_resolves_layer_names(name, full):
    assert resolve(METRICS, name)[0] == full


@pytest.mark.parametrize(
    "floors, n_failures",
    [
        (["entities=0.7"], 0),  # equal to the floor passes
        (["entities=0.71"], 1),
        (["entities=0.5", "dates=0.9", "events=0.9"], 2),
        (["entities.partial=0.79", "dates.value_accuracy=0.4"], 0),
        (["events.commitment=0.1"], 1),  # not measurable fails
        (["tables=0.1"], 1),  # unknown metric fails
    ],
)
def test_gate_check_floors(floors, n_failures):
    failures = check_floors(METRICS, [parse_floor(f) for f in floors])
    assert len(failures) == n_failures
    assert all("\n" not in f and f.startswith("FAIL") for f in failures)


@pytest.mark.parametrize("bad", ["entities", "=0.5", "entities=abc", "entities=1.5"])
def test_gate_floor_syntax_errors(bad):
    with pytest.raises(FloorSyntaxError):
        parse_floor(bad)


def test_gate_compare_deltas():
    old = {"metrics": {"entities.strict.f1": 0.5, "dates.strict.f1": 0.6, "gone.f1": 0.1},
           "documents": {"a.txt": {"metrics": {"entities.strict.f1": 0.4}}}}
    new = {"metrics": {"entities.strict.f1": 0.55, "dates.strict.f1": 0.5, "events.trigger.f1": 0.3},
           "documents": {"a.txt": {"metrics": {"entities.strict.f1": 0.45}}}}
    deltas = {d.name: d.delta for d in compare(old, new)}
    assert deltas["entities.strict.f1"] == pytest.approx(0.05)
    assert deltas["dates.strict.f1"] == pytest.approx(-0.1)
    assert deltas["a.txt/entities.strict.f1"] == pytest.approx(0.05)
    assert deltas["events.trigger.f1"] is None and deltas["gone.f1"] is None
    text = render_compare(compare(old, new))
    assert "+0.050" in text and "-0.100" in text


def _report_file(tmp_path, metrics):
    p = tmp_path / "report.json"
    p.write_text(json.dumps({"meta": {}, "metrics": metrics, "documents": {}}), encoding="utf-8")
    return p


@pytest.mark.parametrize(
    "floors, code",
    [
        ([], 0),
        (["--min-f1", "entities=0.6"], 0),
        (["--min-f1", "entities=0.6", "--min-f1", "events=0.5"], 1),
        (["--min-f1", "entities=zero"], 2),
    ],
)
def test_gate_cli_exit_codes(tmp_path, capsys, floors, code):
    report = _report_file(tmp_path, METRICS)
    assert cli.main(["evaluate", "--from-report", str(report), *floors]) == code
    err = capsys.readouterr().err
    if code == 1:
        assert err.strip().splitlines() == ["FAIL events (events.trigger.f1) = 0.400 < floor 0.500"]


def test_gate_cli_compare_prints_deltas(tmp_path, capsys):
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"metrics": {"entities.strict.f1": 0.6}}), encoding="utf-8")
    report = _report_file(tmp_path, {"entities.strict.f1": 0.7})
    assert cli.main(["evaluate", "--from-report", str(report), "--compare", str(old)]) == 0
    out = capsys.readouterr().out
    assert "entities.strict.f1" in out and "+0.100" in out


def test_gate_cli_json_holds_compare(tmp_path, capsys):
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"metrics": {"entities.strict.f1": 0.6}}), encoding="utf-8")
    report = _report_file(tmp_path, {"entities.strict.f1": 0.7})
    assert cli.main(["evaluate", "--from-report", str(report), "--compare", str(old), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["compare"][0]["delta"] == pytest.approx(0.1)


@pytest.mark.parametrize("documents, shown", [("changed", ["a.txt/x.f1"]), ("all", ["a.txt/x.f1", "a.txt/y.f1"]),
                                               ("none", [])])
def test_gate_compare_document_lines(documents, shown):
    old = {"metrics": {"x.f1": 0.5}, "documents": {"a.txt": {"metrics": {"x.f1": 0.4, "y.f1": 0.9}}}}
    new = {"metrics": {"x.f1": 0.5}, "documents": {"a.txt": {"metrics": {"x.f1": 0.5, "y.f1": 0.9}}}}
    lines = render_compare(compare(old, new), documents=documents).splitlines()
    assert lines[0].startswith("x.f1")  # overall metrics always shown, changed or not
    assert [ln.split()[0] for ln in lines[1:]] == shown
