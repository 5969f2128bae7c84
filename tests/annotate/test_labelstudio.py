"""Label Studio round trip: config, import of a real-shaped export, export -> import gives the same items."""
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pipeline import cli
from pipeline.annotate import cli as annotate_cli
from pipeline.annotate.labelstudio import export_to_gold, labelling_config, task_to_gold, to_task
from pipeline.schema import (
    Actor, DateItem, DocumentInfo, Entity, EntityLabel, Event, EventType, ExtractionResult, GoldFile, Trigger,
)
from pipeline.settings import REPO_ROOT

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "labelstudio" / "export.json"


def _load():
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def _by_file():
    golds, skipped = export_to_gold(_load())
    return {g.file: g for g in golds}, skipped


def test_labelstudio_import_skips_unannotated_task():
    golds, skipped = _by_file()
    assert set(golds) == {"g7_sample.txt", "emoji_sample.txt"}
    assert skipped == ["task 103: no annotation, skipped"]


ENTITY_CASES = [
    ("g7_sample.txt", "G7プーリア・サミット", "EVENT", "G7プーリア・サミット"),
    ("g7_sample.txt", "イタリア", "GPE", "イタリア"),  # the latest annotation wins over the older LOC one
    ("g7_sample.txt", "岸田", "PERSON", "岸田文雄"),  # canonical from the per-region TextArea
    ("g7_sample.txt", "AI", "TECHNOLOGY", "AI"),
    ("emoji_sample.txt", "日本", "GPE", "日本"),  # UTF-16 offsets after an emoji, converted
    ("emoji_sample.txt", "東京", "GPE", "東京"),
]


@pytest.mark.parametrize("file, text, label, canonical", ENTITY_CASES)
def test_labelstudio_import_entities(file, text, label, canonical):
    g = _by_file()[0][file]
    task = next(t for t in _load() if t["data"]["file"] == file)
    hits = [e for e in g.entities if e.text == text]
    assert len(hits) == 1
    e = hits[0]
    assert (e.label, e.canonical) == (label, canonical)
    assert task["data"]["text"][e.start:e.end] == text


DATE_CASES = [
    ("g7_sample.txt", "2024年6月13日から15日", "2024-06-13/2024-06-15", "2024-06-13", "2024-06-15", None),
    ("g7_sample.txt", "2025年を目途", "2025", "2025-01-01", "2025-12-31", "APPROX"),
    ("emoji_sample.txt", "4月28〜30日", "2024-04-28/2024-04-30", "2024-04-28", "2024-04-30", None),
]


@pytest.mark.parametrize("file, text, value, begin, end, mod", DATE_CASES)
def test_labelstudio_import_dates(file, text, value, begin, end, mod):
    d = next(d for d in _by_file()[0][file].dates if d.text == text)
    assert (d.value, d.begin, d.end_date, d.mod) == (value, begin, end, mod)


EVENT_CASES = [
    ("g7_sample.txt", "開催", "MEET", [], None, "イタリア"),
    ("g7_sample.txt", "推進", "ACTION", [("岸田", "岸田文雄", True)], "AIの安全性に関する国際協力", None),
    ("g7_sample.txt", "表明", "ANNOUNCE", [("岸田", "岸田文雄", True)], None, None),
    ("g7_sample.txt", "合意", "AGREE", [("両首脳", "日本", True), ("両首脳", "イタリア", True)], None, None),
    ("g7_sample.txt", "策定", "ADOPT", [("両首脳", "日本", False), ("両首脳", "イタリア", False)], None, None),
    ("emoji_sample.txt", "会合", "MEET", [("日本", "日本", True), ("米国", "米国", True)], None, "東京"),
]


@pytest.mark.parametrize("file, trigger, type_, actors, content, location", EVENT_CASES)
def test_labelstudio_import_events(file, trigger, type_, actors, content, location):
    ev = next(e for e in _by_file()[0][file].events if e.trigger.text == trigger)
    assert ev.type == type_
    assert [(a.text, a.canonical, a.start is not None) for a in ev.actors] == actors
    assert (ev.content, ev.location) == (content, location)


def test_labelstudio_import_regions_and_published():
    golds = _by_file()[0]
    assert golds["g7_sample.txt"].regions == [(0, 104)]  # no region label: the whole text
    assert golds["emoji_sample.txt"].regions == [(1, 30)]  # region label, UTF-16 offsets converted
    assert golds["g7_sample.txt"].model_extra["published"] == "2024-06-16"


# ---------------------------------------------------------------- export -> import

RAW = "2024年6月13日から15日まで、G7プーリア・サミットがイタリアで開催された。日米両国はAI分野での協力を強化しないと述べた。"


def _span(text, start_after=0):
    s = RAW.index(text, start_after)
    return s, s + len(text)


def _hand_gold():
    def ent(text, label, canonical=None):
        s, e = _span(text)
        return Entity(start=s, end=e, text=text, label=label, canonical=canonical or text)

    def trig(text):
        s, e = _span(text)
        return Trigger(start=s, end=e, text=text)

    ds, de = _span("2024年6月13日から15日")
    return GoldFile(
        file="hand.txt", regions=[(0, len(RAW))], published="2024-06-20",
        entities=[ent("G7プーリア・サミット", "EVENT"), ent("イタリア", "GPE"), ent("日", "GPE", "日本"),
                  ent("米", "GPE", "米国"), ent("AI", "TECHNOLOGY")],
        dates=[DateItem(start=ds, end=de, text=RAW[ds:de], type="DATE", value="2024-06-13/2024-06-15",
                        begin="2024-06-13", end_date="2024-06-15", mod=None)],
        events=[
            Event(type="MEET", trigger=trig("開催"), location="イタリア", date="2024-06-13/2024-06-15",
                  actors=[Actor(text="G7", canonical="G7")]),  # spanless actor
            Event(type="ACTION", trigger=trig("強化"), negated=True, content="AI分野での協力",
                  actors=[Actor(text="日", canonical="日本", start=_span("日")[0], end=_span("日")[1]),
                          Actor(text="米", canonical="米国", start=_span("米")[0], end=_span("米")[1]),
                          Actor(text="両国", canonical="日米", start=_span("両国")[0], end=_span("両国")[1])]),
            Event(type="ANNOUNCE", trigger=trig("述べ"),
                  actors=[Actor(text="日米両国", canonical="日米両国|二国", start=None, end=None)]),
        ],
    )


def _as_export(task, task_id=1):
    """What Label Studio exports after an annotator accepts the pre-annotations unchanged."""
    result = (task.get("predictions") or task.get("annotations"))[0]["result"]
    return json.loads(json.dumps({"id": task_id, "data": task["data"],
                                  "annotations": [{"id": 10, "result": result, "was_cancelled": False,
                                                   "ground_truth": False}]}, ensure_ascii=False))


def _items(g):
    dump = lambda x: json.dumps(x.model_dump(mode="json", exclude={"sentence", "rule", "ene", "qid"}),  # noqa: E731
                                sort_keys=True, ensure_ascii=False)
    return {layer: sorted(map(dump, getattr(g, layer))) for layer in ("entities", "dates", "events")}


@pytest.mark.parametrize("as_annotation", [False, True])
def test_labelstudio_round_trip_hand_gold(as_annotation):
    gold = _hand_gold()
    task = to_task(RAW, gold, file=gold.file, published="2024-06-20", as_annotation=as_annotation,
                   regions=gold.regions)
    back = task_to_gold(_as_export(task))
    assert _items(back) == _items(gold)
    assert back.regions == gold.regions and back.model_extra["published"] == "2024-06-20"


def test_labelstudio_round_trip_prediction_result():
    """kiroku's ExtractionResult (with rule ids and ENE) exports and imports as the same contract items."""
    gold = _hand_gold()
    info = DocumentInfo(doc_id="x", path="hand.txt", encoding="utf-8", n_chars=len(RAW), pipeline_version="t")
    ents = [e.model_copy(update={"rule": "r1", "ene": "Country"}) for e in gold.entities]
    result = ExtractionResult(document=info, entities=ents, dates=gold.dates, events=gold.events)
    back = task_to_gold(_as_export(to_task(RAW, result, file="hand.txt")))
    assert _items(back) == _items(gold)


GOLD_FILES = sorted((REPO_ROOT / "annotations").glob("*.json"))


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_labelstudio_round_trip_project_gold(path):
    gold = GoldFile.model_validate_json(path.read_text(encoding="utf-8"))
    raw = (REPO_ROOT / "raw" / gold.file).read_text(encoding="utf-8")
    task = to_task(raw, gold, file=gold.file, as_annotation=True, regions=gold.regions)
    back = task_to_gold(_as_export(task))
    assert _items(back) == _items(gold)
    assert back.regions == sorted(tuple(r) for r in gold.regions)


# ---------------------------------------------------------------- config

def test_labelstudio_config_covers_contract_and_converter():
    root = ET.fromstring(labelling_config())
    labels = {el.get("name"): [lab.get("value") for lab in el] for el in root.iter("Labels")}
    assert labels["entity"] == [lab.value for lab in EntityLabel]
    assert labels["event"] == [t.value for t in EventType]
    assert labels["date"] == ["DATE", "DURATION"]
    controls = {el.get("name") for el in root.iter() if el.get("perRegion") == "true"}
    task = to_task(RAW, _hand_gold(), file="hand.txt")
    used = {r["from_name"] for r in task["predictions"][0]["result"] if "from_name" in r}
    assert used <= controls | set(labels)
    names = [el.get("name") for el in root.iter() if el.get("name")]
    assert len(names) == len(set(names))  # Label Studio needs unique control names


def test_labelstudio_config_file_is_current():
    assert (REPO_ROOT / "annotations" / "labelstudio" / "config.xml").read_text(encoding="utf-8") == labelling_config()


# ---------------------------------------------------------------- CLI

def test_labelstudio_cli_import_writes_valid_gold(tmp_path, capsys):
    out = tmp_path / "gold"
    assert cli.main(["annotate", "import", str(FIXTURE), "--out", str(out)]) == 0
    files = sorted(p.name for p in out.glob("*.json"))
    assert files == ["emoji_sample.txt.json", "g7_sample.txt.json"]
    texts = {t["data"]["file"]: t["data"]["text"] for t in _load()}
    for p in out.glob("*.json"):
        data = json.loads(p.read_text(encoding="utf-8"))
        assert "rule" not in json.dumps(data)
        GoldFile.model_validate(data).check_offsets(texts[data["file"]])
    assert "task 103" in capsys.readouterr().err
    # a second import would overwrite: refused without --force
    assert cli.main(["annotate", "import", str(FIXTURE), "--out", str(out)]) == 1
    assert cli.main(["annotate", "import", str(FIXTURE), "--out", str(out), "--force"]) == 0


def test_labelstudio_cli_export_writes_tasks_and_config(tmp_path, monkeypatch):
    gold = _hand_gold()
    info = DocumentInfo(doc_id="x", path="hand.txt", encoding="utf-8", n_chars=len(RAW), pipeline_version="t",
                        published="2024-06-20")

    class Doc:
        raw_text = RAW
        result = ExtractionResult(document=info, entities=gold.entities, dates=gold.dates, events=gold.events)

    monkeypatch.setattr(annotate_cli, "extract", lambda path: Doc())
    src = tmp_path / "hand.txt"
    src.write_text(RAW, encoding="utf-8")
    out, config = tmp_path / "tasks.json", tmp_path / "config.xml"
    assert cli.main(["annotate", "export", str(src), "--out", str(out), "--config", str(config)]) == 0
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert tasks[0]["data"] == {"text": RAW, "file": "hand.txt", "published": "2024-06-20"}
    assert tasks[0]["predictions"][0]["model_version"].startswith("kiroku-")
    assert config.read_text(encoding="utf-8") == labelling_config()
    back = export_to_gold([_as_export(tasks[0])])[0][0]
    assert _items(back) == _items(gold)


def test_labelstudio_cli_export_from_gold_for_review(tmp_path, monkeypatch):
    gold = _hand_gold()
    info = DocumentInfo(doc_id="x", path="hand.txt", encoding="utf-8", n_chars=len(RAW), pipeline_version="t")

    class Doc:
        raw_text = RAW
        result = ExtractionResult(document=info)

    monkeypatch.setattr(annotate_cli, "extract", lambda path: Doc())
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "hand.txt.json").write_text(gold.model_dump_json(), encoding="utf-8")
    src = tmp_path / "hand.txt"
    src.write_text(RAW, encoding="utf-8")
    out = tmp_path / "tasks.json"
    assert cli.main(["annotate", "export", str(src), "--gold", str(gold_dir), "--out", str(out),
                     "--config", str(tmp_path / "c.xml")]) == 0
    task = json.loads(out.read_text(encoding="utf-8"))[0]
    assert "predictions" not in task and task["annotations"][0]["result"]
    assert _items(task_to_gold(_as_export(task))) == _items(gold)
