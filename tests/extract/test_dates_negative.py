"""Dates layer negatives: text that must not become a date item (case table rows with span null)."""
from __future__ import annotations

import pytest

from pipeline.extract.dates import find_dates
from tests.extract._date_cases import NEGATIVE, anchor_of, case_id


@pytest.mark.parametrize("row", NEGATIVE, ids=[case_id(r) for r in NEGATIVE])
def test_dates_negative_case_table(row):
    text, absent = row["text"], row["absent"]
    a = text.index(absent)
    b = a + len(absent)
    items = find_dates(text, anchor_of(row))
    hits = [i for i in items if i.start < b and a < i.end]
    assert not hits, f"{absent!r} ({row['why']}) was tagged as {[(i.text, i.rule) for i in hits]}"


@pytest.mark.parametrize("text", ["2月30日", "13月", "2023年2月29日", "2024年4月31日", "0月", "2024年0月1日"])
def test_dates_negative_impossible_dates_have_no_value(text):
    items = find_dates(text)
    assert len(items) == 1 and items[0].text == text
    assert items[0].value is None and items[0].begin is None and items[0].end_date is None


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "年月日", "～～～", "同", "第四半期", "FY"])
def test_dates_negative_nothing_to_find(text):
    assert find_dates(text) == []
