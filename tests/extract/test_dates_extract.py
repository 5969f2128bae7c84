"""Dates layer: find_published, extract_dates over the cleaned text, and the data files' validation."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.errors import KirokuError
from pipeline.extract.dates import extract_dates, find_dates, find_published, find_published_rule
from pipeline.extract.dates.lexicon import MODEL_DIR, load_lexicon

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "raw"


@pytest.mark.parametrize(
    "name, expected",
    [("002_5947a8c51a6ec623.txt", dt.date(2025, 4, 1)), ("004_d5ac869ad11fc800.txt", dt.date(2026, 3, 4)),
     ("001_b21e1c190a10bc85.txt", None)],
)
def test_dates_published_of_the_reports(name, expected):
    assert find_published((RAW / name).read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize(
    "text, expected, rule",
    [
        ("報告書\n\n2024年12月30日 東京\n本文です。", dt.date(2024, 12, 30), "pub.dateline_full"),
        ("報告書\n\n２０２４年１２月３０日　東京\n本文", dt.date(2024, 12, 30), "pub.dateline_full"),
        ("【3月4日 CNS】本文。2025年末に開かれた会議は方針を示した。", dt.date(2025, 3, 4), "pub.dateline_bracket"),
        ("【3月4日 CNS】2013～2024年に伸びた。2030年までに倍増させる。2022年に策定した。", dt.date(2022, 3, 4), "pub.dateline_bracket"),
        ("(3月4日 AFP) 年の書かれていない記事。", None, None),
        ("【2月30日 CNS】2025年の記事。", None, None),
        ("本文" * 400 + "\n2024年1月1日 東京", None, None),
    ],
)
def test_dates_published_rules(text, expected, rule):
    assert find_published_rule(text) == (expected, rule)


def _parsed(raw: str):
    """A ParsedDocument stand-in with just what extract_dates reads (no GiNZA)."""
    from pipeline.normalize import normalize_with_offsets, sentence_spans

    norm = normalize_with_offsets(raw)
    sents = [SimpleNamespace(index=i, start=s, end=e) for i, (s, e, _k) in enumerate(sentence_spans(norm))]
    return SimpleNamespace(norm=norm, sentences=sents)


@pytest.mark.parametrize("name", ["002_5947a8c51a6ec623.txt", "004_d5ac869ad11fc800.txt", "001_b21e1c190a10bc85.txt"])
def test_dates_extract_maps_to_raw(name):
    raw = (RAW / name).read_text(encoding="utf-8")
    parsed = _parsed(raw)
    items = extract_dates(parsed, find_published(raw))
    assert items
    for it in items:
        assert raw[it.start:it.end] == it.text
        assert it.sentence_index is not None
        s = parsed.sentences[it.sentence_index]
        assert parsed.norm.raw_span(s.start, s.end)[0] <= it.start


@pytest.mark.parametrize("name", ["002_5947a8c51a6ec623.txt", "004_d5ac869ad11fc800.txt"])
def test_dates_extract_matches_gold(name):
    gold = json.loads((ROOT / "annotations" / f"{name}.json").read_text(encoding="utf-8"))
    raw = (RAW / name).read_text(encoding="utf-8")
    pub = dt.date.fromisoformat(gold["published"])
    got = {(d.start, d.end): (d.type, d.value, d.begin, d.end_date, d.mod) for d in extract_dates(_parsed(raw), pub)}
    want = {(d["start"], d["end"]): (d["type"], d["value"], d["begin"], d["end_date"], d["mod"]) for d in gold["dates"]}
    assert got == want


def test_dates_extract_and_find_agree_on_clean_text():
    raw = "会議は2024年6月12日から15日にかけて開かれ、同年12月に合意した。"
    parsed = _parsed(raw)
    a = [(d.text, d.value) for d in extract_dates(parsed, None)]
    b = [(d.text, d.value) for d in find_dates(raw)]
    assert a == b == [("2024年6月12日から15日", "2024-06-12/2024-06-15"), ("同年12月", "2024-12")]


@pytest.mark.parametrize(
    "file, old, new, message",
    [
        ("eras.json", '"first_year": 2019', '"first_year": "soon"', "eras.json line"),
        ("words.json", '"上旬": [1, 10]', '"上旬": [10, 1]', "words.json line"),
        ("rules.json", '"kind": "decade"', '"kind": "decades"', "rules.json line"),
        ("rules.json", '"pattern": "(?P<y>{YEAR}){S}年代', '"pattern": "(?P<y>{YEARS}){S}年代', "unknown fragment {YEARS}"),
        ("fragments.json", '"S": "[', '"S": "([', "does not compile"),
        ("numerals.json", '"九": 9', '"九": 9,,', "not JSON"),
    ],
)
def test_dates_data_files_are_validated(tmp_path, file, old, new, message):
    d = tmp_path / "dates"
    shutil.copytree(MODEL_DIR, d)
    text = (d / file).read_text(encoding="utf-8")
    assert old in text
    (d / file).write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(KirokuError) as e:
        load_lexicon(d)
    assert "E021" in str(e.value) and file in str(e.value) and message in str(e.value)
