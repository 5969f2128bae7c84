"""The Prefect evaluate flow: runs, writes the reports, publishes the summary table artifact."""
import asyncio
import json

from tests.evaluate._build import RAW, Pred, ent, gold


def test_flow_evaluate_publishes_table_artifact(tmp_path, monkeypatch, prefect_harness):
    from prefect.client.orchestration import get_client

    from pipeline.flows import evaluate as fe

    raw_dir = tmp_path / "raw"
    raw_dir.mkdir()
    (raw_dir / "doc.txt").write_text(RAW, encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "doc.txt.json").write_text(gold(entities=[ent(0, 4), ent(10, 12)]).model_dump_json(), encoding="utf-8")
    monkeypatch.setattr(fe, "predict_document", lambda gp, gf, rd, nlp=None: (RAW, Pred(entities=[ent(0, 4)]), 0.0))

    out = tmp_path / "eval"
    report = fe.evaluate_flow(gold_dir=str(gold_dir), out_dir=str(out), raw_dirs=[str(raw_dir)])
    assert report["metrics"]["entities.strict.r"] == 0.5
    assert all((out / n).is_file() for n in ("report.json", "report.md", "report.html"))

    async def read(artifact_id):
        # GET by id: this Prefect client's artifact filter call is rejected by its own server (422).
        async with get_client() as client:
            return (await client._client.get(f"/artifacts/{artifact_id}")).json()

    art = asyncio.run(read(report["meta"]["prefect_artifact_id"]))
    assert art["key"] == "kiroku-evaluation" and art["type"] == "table"
    rows = json.loads(art["data"])
    assert [r["document"] for r in rows] == ["doc.txt", "overall"]
    assert rows[0]["entities_strict_f1"] == report["documents"]["doc.txt"]["scores"]["entities"]["strict"]["f1"]
