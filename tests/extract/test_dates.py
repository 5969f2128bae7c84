"""Dates layer: the case table (tests/data/date_cases.jsonl) and the invariants of find_dates."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.dates import find_dates
from pipeline.schema import DateItem
from tests.extract._date_cases import ALL, FIELDS, POSITIVE, anchor_of, case_id

RAW = Path(__file__).resolve().parents[2] / "raw"


def test_dates_case_table_shape():
    assert len(ALL) >= 200
    real = [r for r in ALL if r["source"] != "synthetic"]
    assert len(real) * 2 > len(ALL), "most rows must be real sentences from raw/"
    for r in ALL:
        assert FIELDS <= set(r), f"line {r['_line']} misses fields {FIELDS - set(r)}"
        if r["span"] is not None:
            assert r["text"][r["start"]:r["start"] + len(r["span"])] == r["span"], f"line {r['_line']}: start"
        else:
            assert r["absent"] in r["text"], f"line {r['_line']}: absent text not in text"
        if r["source"] != "synthetic":
            assert r["text"] in (RAW / Path(r["source"]).name).read_text(encoding="utf-8"), f"line {r['_line']}"


@pytest.mark.parametrize("row", POSITIVE, ids=[case_id(r) for r in POSITIVE])
def test_dates_case_table(row):
    if row.get("xfail"):
        pytest.xfail(row["xfail"])
    items = find_dates(row["text"], anchor_of(row))
    at = [i for i in items if i.start == row["start"]]
    assert at, f"nothing found at {row['start']} ({row['span']!r}); found {[i.text for i in items]}"
    item = at[0]
    assert item.text == row["span"]
    got = (item.type, item.value, item.begin, item.end_date, item.mod)
    want = (row["type"], row["value"], row["begin"], row["end_date"], row["mod"])
    assert got == want, f"{row['span']!r} by rule {item.rule}"


@pytest.mark.parametrize("name", ["001_b21e1c190a10bc85.txt", "002_5947a8c51a6ec623.txt", "004_d5ac869ad11fc800.txt"])
def test_dates_offsets_read_their_text(name):
    raw = (RAW / name).read_text(encoding="utf-8")
    items = find_dates(raw, dt.date(2025, 4, 1))
    assert items
    last_end = -1
    for it in items:
        it.check_against(raw)
        assert it.rule, "every item carries the id of its rule"
        assert it.start >= last_end, "items do not overlap and come in text order"
        last_end = it.end
        assert it.text == it.text.strip(), "no item starts or ends with white space"
        if it.begin and it.end_date:
            assert it.begin <= it.end_date


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("会議は2024年6月12日から15日にかけて開かれた。", None, [("2024年6月12日から15日", "2024-06-12/2024-06-15")]),
        ("2013～2024年にかけて共同論文数は伸びた。", None, [("2013～2024年", "2013/2024")]),
        ("2021年1月と2025年1月に政権が発足した。", None, [("2021年1月", "2021-01"), ("2025年1月", "2025-01")]),
        ("今後10年、20年を見通す。", None, [("今後10年", "P10Y"), ("20年", "P20Y")]),
        ("昨年度と今年度の予算", dt.date(2025, 4, 1), [("昨年度", "FY2024"), ("今年度", "FY2025")]),
        ("https://example.org/a.html(2025年3月3日アクセス)", None, [("2025年3月3日", "2025-03-03")]),
        ("https://example.org/a.html（2025年春掲載予定）", None, [("2025年春", "2025-SP")]),
        ("2015年~ 参加国に変動はない。", None, [("2015年~", "2015")]),
    ],
)
def test_dates_items_of_a_sentence(text, published, expected):
    assert [(i.text, i.value) for i in find_dates(text, published)] == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789０１２３４５６７８９〇一二三十年月日度期旬上中下半末初頭春秋同翌今昨来～-からまで自至第四半期 \n、。令和平成元FY", max_size=40))
def test_dates_never_crash_and_offsets_hold(text):
    for item in find_dates(text, dt.date(2025, 4, 1)):
        assert isinstance(item, DateItem)
        assert text[item.start:item.end] == item.text
        assert item.value is None or item.value == item.value.strip()
