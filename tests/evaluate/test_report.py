"""Reports: per document tallies add up, Markdown tables, HTML side by side and escaped, files written."""
import json
from pathlib import Path

import pytest

from pipeline.evaluate.html_report import render_html, render_line
from pipeline.evaluate.report import build_report, render_markdown
from pipeline.evaluate.score import score_document
from pipeline.schema import Entity, GoldFile

from tests.evaluate._build import RAW, Pred, date, ent, ev, gold


def _two_docs():
    a = score_document(gold(entities=[ent(0, 4), ent(10, 12)]), Pred(entities=[ent(0, 4)]))
    b = score_document(gold(entities=[ent(0, 4)]).model_copy(update={"file": "b.txt"}),
                       Pred(entities=[ent(0, 4), ent(30, 33)]))
    return [a, b]


def test_report_overall_is_sum_of_documents():
    r = build_report(_two_docs())
    o = r["overall"]["entities"]["strict"]
    assert (o["tp"], o["fp"], o["fn"]) == (2, 1, 1)
    assert r["metrics"]["entities.strict.f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert set(r["documents"]) == {"doc.txt", "b.txt"}
    assert r["documents"]["doc.txt"]["errors"]["entities"]["missed"][0]["start"] == 10
    assert r["documents"]["b.txt"]["errors"]["entities"]["false_alarms"][0]["start"] == 30
    json.dumps(r)  # JSON-ready


def test_report_markdown_has_tables_per_document():
    md = render_markdown(build_report(_two_docs()))
    assert "| **overall** |" in md and "## doc.txt" in md and "## b.txt" in md
    assert "| **strict** micro | 0.667 | 0.667 | 0.667 | 2 | 1 | 1 |" in md


@pytest.mark.parametrize(
    "status_g, status_p, g, p",
    [
        ("match", "match", ent(0, 4), ent(0, 4)),
        ("partial", "partial", ent(0, 6), ent(2, 6)),
        ("label", "label", ent(0, 4, "ORG"), ent(0, 4, "GPE")),
        ("miss", "false_alarm", ent(0, 4), ent(10, 14)),
    ],
)
def test_report_html_marks_status(status_g, status_p, g, p):
    s = score_document(gold(entities=[g]), Pred(entities=[p]))
    assert s.entities.gold_status == [status_g] and s.entities.pred_status == [status_p]
    page = render_html(build_report([s]), [s], {"doc.txt": RAW})
    assert f'<mark class="{status_g}"' in page and f'<mark class="{status_p}"' in page


def test_report_html_escapes_text_and_labels():
    raw = "<script>alert(1)</script> & 国連"
    e = Entity(start=0, end=8, text=raw[:8], label="ORG", canonical='"><img src=x>')
    g = GoldFile(file="<b>.txt", regions=[(0, len(raw))], entities=[e])
    s = score_document(g, Pred(entities=[]))
    page = render_html(build_report([s]), [s], {"<b>.txt": raw})
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<img" not in page and "<b>.txt" not in page


def test_report_html_overlapping_predictions_keep_text():
    items = [ent(0, 6), ent(3, 9, "GPE")]
    html = render_line(RAW, 0, 12, items, ["false_alarm", "false_alarm"], "entities")
    import re

    assert re.sub(r"<sub[^>]*>.*?</sub>|<[^>]+>", "", html) == RAW[0:12]


def test_report_flow_core_writes_files(tmp_path, monkeypatch):
    """run_evaluation end to end with a stand-in predictor (no GiNZA): files written, scores right."""
    from pipeline.flows import evaluate as fe

    raw_dir = tmp_path / "raw"
    raw_dir.mkdir()
    (raw_dir / "doc.txt").write_text(RAW, encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    g = gold(entities=[ent(0, 4), ent(10, 12, "GPE")], dates=[date(20, 25)], events=[ev(40, 42, "PLEDGE", ["A"])])
    (gold_dir / "doc.txt.json").write_text(g.model_dump_json(), encoding="utf-8")

    def fake_predict(gold_path, gold_file, raw_dirs, nlp=None):
        raw = (Path(raw_dirs[0]) / gold_file.file).read_text(encoding="utf-8")
        return raw, Pred(entities=[ent(0, 4)], dates=[date(20, 25)], events=[ev(40, 42, "PLEDGE", ["A"])]), 0.0

    monkeypatch.setattr(fe, "predict_document", fake_predict)
    out = tmp_path / "eval"
    report, written = fe.run_evaluation(gold_dir, out, raw_dirs=[raw_dir])
    assert {p.name for p in written} == {"report.json", "report.md", "report.html"}
    assert report["metrics"]["entities.strict.r"] == 0.5
    assert report["metrics"]["dates.value_accuracy.acc"] == 1.0
    assert report["metrics"]["events.actor_accuracy.acc"] == 1.0
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["metrics"] == report["metrics"]


def test_report_cli_gate_on_fresh_evaluation(tmp_path, monkeypatch, capsys):
    from pipeline import cli
    from pipeline.flows import evaluate as fe

    raw_dir = tmp_path / "raw"
    raw_dir.mkdir()
    (raw_dir / "doc.txt").write_text(RAW, encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "doc.txt.json").write_text(gold(entities=[ent(0, 4), ent(10, 12)]).model_dump_json(), encoding="utf-8")
    monkeypatch.setattr(fe, "predict_document",
                        lambda gp, gf, rd, nlp=None: (RAW, Pred(entities=[ent(0, 4)]), 0.0))
    args = ["evaluate", "--no-prefect", "--gold", str(gold_dir), "--raw-dir", str(raw_dir), "--out", str(tmp_path / "o")]
    assert cli.main(args + ["--min-f1", "entities=0.6"]) == 0
    assert cli.main(args + ["--min-f1", "entities=0.7"]) == 1
    assert "FAIL entities" in capsys.readouterr().err
