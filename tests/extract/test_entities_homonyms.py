"""Names several bodies share take the canonical their sentence or paragraph points to (models/gazetteer/homonyms.json)."""
import json

import pytest

from pipeline.errors import KirokuError
from pipeline.extract.entities.homonyms import Homonyms, disambiguate, load_homonyms
from pipeline.extract.entities.mention import Mention


def _m(text: str, name: str, label: str = "ORG") -> Mention:
    i = text.index(name)
    return Mention(i, i + len(name), label, name, "test", 0, qid="Q1")


@pytest.mark.parametrize("text,expected", [
    ("2004年のアメリカ大統領選挙で民主党の候補が敗れた。", "民主党 (アメリカ)"),
    ("2009年の衆議院選挙で民主党が勝利した。", "民主党 (日本)"),
    ("民主党は声明を発表した。", "民主党"),  # no cue: the name stays
    ("ソウルで韓国の民主党が集会を開いた。", "民主党 (韓国)"),
    ("独立後のラテン諸国はどこも自由党と保守党の争いが続いた。", "自由党"),  # another party's name is no cue
])
def test_shared_name_takes_the_sense_its_context_names(text, expected):
    name = "自由党" if "自由党" in text else "民主党"
    (m,) = disambiguate(text, [_m(text, name)])
    assert m.canonical == expected


def test_a_changed_sense_drops_the_gazetteer_qid_and_other_labels_stay():
    text = "英国の庶民院選挙で自由民主党が議席を伸ばした。"
    (m,) = disambiguate(text, [_m(text, "自由民主党")])
    assert (m.canonical, m.qid) == ("自由民主党 (イギリス)", None)
    (p,) = disambiguate(text, [_m(text, "自由民主党", label="PERSON")])
    assert p.canonical == "自由民主党"


def test_the_sentence_decides_before_its_paragraph():
    text = "日本の政党について述べる。\nフランスでは社会党が政権を握った。"
    (m,) = disambiguate(text, [_m(text, "社会党")])
    assert m.canonical == "社会党 (フランス)"


def test_a_tie_keeps_the_name():
    text = "フランスと日本の共産党が会談した。"
    (m,) = disambiguate(text, [_m(text, "共産党")])
    assert m.canonical == "共産党"


def test_bad_homonyms_file_is_a_data_error(tmp_path):
    p = tmp_path / "homonyms.json"
    p.write_text(json.dumps({"names": {"民主党": [{"canonical": "x", "cue": []}]}}), encoding="utf-8")
    with pytest.raises(KirokuError):
        load_homonyms(str(p))
    assert isinstance(load_homonyms(), Homonyms)
