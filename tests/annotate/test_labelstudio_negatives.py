"""Label Studio exports that must be refused (with the task named) or partly ignored."""
import copy
import json

import pytest

from pipeline.annotate.labelstudio import LabelStudioImportError, choose_annotation, export_to_gold, task_to_gold
from pipeline.settings import REPO_ROOT

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "labelstudio" / "export.json"
TASK = json.loads(FIXTURE.read_text(encoding="utf-8"))[0]


def _task_with(result, **data):
    t = copy.deepcopy(TASK)
    t["data"].update(data)
    t["annotations"] = [{"id": 1, "result": result, "was_cancelled": False}]
    return t


def _ent(start, end, text, label, rid="r1", control="entity"):
    return {"id": rid, "from_name": control, "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": text, "labels": [label]}}


@pytest.mark.parametrize(
    "result, message",
    [
        ([_ent(30, 34, "イタリア", "COUNTRY")], "task 101"),  # label outside the contract
        ([_ent(30, 34, "フランス", "GPE")], "reads 'イタリア'"),  # text not at (or near) the offsets
        ([_ent(30, 34, "イタリア", "GPE") | {"value": {"start": 30, "end": 34, "text": "イタリア",
                                                       "labels": ["GPE", "LOC"]}}], "expected one label"),
        ([_ent(35, 37, "開催", "MEET", "ev", "event"),
          {"from_id": "ev", "to_id": "nowhere", "type": "relation", "labels": ["actor"]}], "unknown region"),
        ([_ent(300, 304, None, "GPE")], "outside the text"),
    ],
    ids=["bad label", "text mismatch", "two labels", "dangling relation", "offsets beyond text"],
)
def test_labelstudio_negative_bad_regions_name_the_task(result, message):
    with pytest.raises(LabelStudioImportError, match=message) as exc:
        task_to_gold(_task_with(result))
    assert "task 101" in str(exc.value)


def test_labelstudio_negative_missing_file_name():
    t = _task_with([])
    del t["data"]["file"]
    with pytest.raises(LabelStudioImportError, match="data.file"):
        task_to_gold(t)


def test_labelstudio_negative_cancelled_annotations_are_not_imported():
    t = _task_with([])
    t["annotations"][0]["was_cancelled"] = True
    assert choose_annotation(t) is None
    golds, skipped = export_to_gold([t])
    assert golds == [] and skipped == ["task 101: no annotation, skipped"]


def test_labelstudio_negative_small_drift_is_repaired_large_is_not():
    # Offsets one character off (an old export counting a line ending differently) are found again nearby.
    g = task_to_gold(_task_with([_ent(31, 35, "イタリア", "GPE")]))
    assert (g.entities[0].start, g.entities[0].end) == (30, 34)
    with pytest.raises(LabelStudioImportError):
        task_to_gold(_task_with([_ent(90, 94, "イタリア", "GPE")]))  # 60 characters away: refused


def test_labelstudio_negative_orphan_fields_are_ignored():
    orphan = {"id": "zz", "from_name": "canonical", "to_name": "text", "type": "textarea",
              "value": {"text": ["a note for the whole task"]}}
    g = task_to_gold(_task_with([_ent(30, 34, "イタリア", "GPE"), orphan]))
    assert g.entities[0].canonical == "イタリア"


def test_labelstudio_negative_not_an_export():
    with pytest.raises(LabelStudioImportError, match="list of tasks"):
        export_to_gold("tasks")
