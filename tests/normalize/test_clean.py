import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize import normalize_with_offsets, sentence_spans
from tests.conftest import SEED_001, SEED_002

RAW_001 = SEED_001.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def norm_001():
    return normalize_with_offsets(RAW_001)


@pytest.mark.parametrize(
    "fragment",
    [
        # A sentence hard-wrapped across a blank line in the PDF dump becomes one line.
        "地球温暖化対策の国際枠組みである「パリ協定」への復帰",
        # Wrapped across a page break with footnotes and running headers in between.
        "途上国との連携を主なテーマとし",
        # Latin words separated by U+FFFD debris keep a space.
        "Digital Public Infrastructure",
        # A footnote wrapped inside an open bracket continues on its next line, not in the body.
        "topics_184303.htm(2025年3月3日アクセス)",
    ],
)
def test_clean_joins_wrapped_lines(norm_001, fragment):
    assert fragment in norm_001.text


@pytest.mark.parametrize(
    "furniture",
    [
        "研究開発戦略センター 353CRDS-FY2024-FR-09",
        "CRDS-FY2024-FR-09CRDS 国立研究開発法人",
        "研究開発の俯瞰報告書",
        "\n国\n際\n",
        "\ufffd",
        "22の年3月3日",
    ],
)
def test_clean_drops_page_furniture(norm_001, furniture):
    assert furniture not in norm_001.text


def test_clean_footnotes_are_their_own_blocks(norm_001):
    foot = [b for b in norm_001.blocks if b.kind == "footnote"]
    assert foot, "footnote lines should be kept as footnote blocks"
    texts = [norm_001.text[b.start:b.end] for b in foot]
    assert any(t.startswith("13 外務省「G7プーリア・サミット") for t in texts)
    body = [norm_001.text[b.start:b.end] for b in norm_001.blocks if b.kind == "body"]
    assert not any("アクセス)" in t and t.startswith("13 ") for t in body)


def test_clean_headings_and_bullets(norm_001):
    kinds = {norm_001.text[b.start:b.end][:12]: b.kind for b in norm_001.blocks}
    assert any(k.startswith("第3目  2024年") and v == "heading" for k, v in kinds.items())
    assert any(k.startswith("● 安全、安心で") and v == "bullet" for k, v in kinds.items())


def test_clean_sentences_end_at_terminators_and_blocks(norm_001):
    spans = sentence_spans(norm_001)
    texts = [norm_001.text[s:e] for s, e, _ in spans]
    assert "2024年6月12日から15日にかけて、イタリア・プーリアで「G7プーリア・サミット2024(第50回先進国首脳会議)」が開催された。" in texts
    assert "〇出席者" in texts
    for s, e, _ in spans:
        rs, re_ = norm_001.raw_span(s, e)
        assert 0 <= rs < re_ <= len(RAW_001)


def test_clean_plain_paragraph_text_is_not_joined():
    raw = SEED_002.read_text(encoding="utf-8")
    norm = normalize_with_offsets(raw)
    assert "エグゼクティブ・サマリー\n" in norm.text  # a whole-paragraph file keeps its lines


def _check_offsets(raw: str) -> None:
    norm = normalize_with_offsets(raw)
    assert len(norm.src_start) == len(norm.text) == len(norm.src_end)
    for i, ch in enumerate(norm.text):
        s, e = norm.src_start[i], norm.src_end[i]
        assert 0 <= s <= e <= len(raw)
        if s == e:  # synthetic separator
            assert ch in "\n "
            continue
        source = raw[s:e]
        assert ch in unicodedata.normalize("NFKC", source) or (ch == " " and (source in "\t\ufffd\x7f" or source < " "))
    for s, e, _ in sentence_spans(norm):
        rs, re_ = norm.raw_span(s, e)
        assert 0 <= rs <= re_ <= len(raw)
        # The raw span holds the sentence's first and last characters.
        assert norm.text[s] in unicodedata.normalize("NFKC", raw[rs:re_])
        assert norm.text[e - 1] in unicodedata.normalize("NFKC", raw[rs:re_])


_alphabet = st.sampled_from(list("あいう漢字アイＡＢ１２abc 。、\n\r\t\ufffd●〇-①（）()第章年月日") + ["\r\n", "ｶﾞ", "㈱", "\u3000", "\U0001f600"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_alphabet, max_size=300).map("".join))
def test_clean_offsets_map_back_on_arbitrary_text(raw):
    _check_offsets(raw)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_clean_offsets_map_back_on_any_unicode(raw):
    _check_offsets(raw)


def test_clean_offsets_on_seed_report():
    _check_offsets(RAW_001)


def test_clean_long_line_without_newline_is_cut_under_sudachi_limit():
    raw = "あ" * 1_000_000
    norm = normalize_with_offsets(raw)
    spans = sentence_spans(norm)
    assert sum(e - s for s, e, _ in spans) == 1_000_000
    assert max(len(norm.text[s:e].encode("utf-8")) for s, e, _ in spans) < 49_149


def test_clean_circled_number_stays_apart_from_the_name_after_it():
    """①ISC総会: NFKC turns ① into 1; a space without raw source keeps it off the name (1 ISC総会)."""
    raw = "(1) 会議の開催\n①ISC総会（ISC General Assembly）\n⑫2024年に"
    norm = normalize_with_offsets(raw)
    assert "1 ISC総会" in norm.text and "12 2024年" in norm.text
    s = norm.text.index("ISC総会")
    rs, re_ = norm.raw_span(s, s + 5)
    assert raw[rs:re_] == "ISC総会"
    rs, re_ = norm.raw_span(s - 2, s + 5)  # the marker with it: the raw span starts at ①
    assert raw[rs:re_] == "①ISC総会"


# a hard-wrapped report (long lines cut at ~50 characters) with a narrow figure column inside it
_PROSE = ("各国の首脳は多くの会合で科学技術協力の重要性を確認し、具体的な取り組みを打ち出してきた。"
          "以下では年表の形で近年の主な動きを会合ごとに示し、その背景と意義を説明するとともに、"
          "今後の見通しについても簡単に触れる。") * 8
_WRAPPED_BODY = "\n".join(_PROSE[i:i + 48] for i in range(0, len(_PROSE), 48))


def _sentences_of(raw: str) -> list[str]:
    norm = normalize_with_offsets(raw)
    return [norm.text[s:e] for s, e, _ in sentence_spans(norm)]


def test_clean_short_wrapped_table_cell_is_joined():
    """A figure column wrapped at 22 characters inside a report wrapped at 50: a line that leaves a
    bracket open, ends in a comma or is followed by a case particle runs on; once joined, the
    column's full-width lines run on too."""
    cell = "\n".join([
        "■CSTP総会開催：SDGs決議とパンデミック、",
        "気候危機、AI等の新技術の急速な発達、技術安",
        "全保障の激化を受けて、今後のCSTPの",
        "戦略を議論。",
        "",
        "■デジタル経済閣僚会議：GFTechの発足（正",
        "式な発足は2023年6月）が発表。",
        "",
        "同月にオランダ・ハーグ",
        "で開催された核セキュリティ・サミット。",
    ])
    sents = _sentences_of(_WRAPPED_BODY + "\n\n" + cell + "\n")
    assert "■CSTP総会開催:SDGs決議とパンデミック、気候危機、AI等の新技術の急速な発達、技術安全保障の激化を受けて、今後のCSTPの戦略を議論。" in sents
    assert "■デジタル経済閣僚会議:GFTechの発足(正式な発足は2023年6月)が発表。" in sents
    assert "同月にオランダ・ハーグで開催された核セキュリティ・サミット。" in sents


def test_clean_short_lines_of_a_list_stay_apart():
    """Short complete lines (a participants list, table rows) are not joined: none of them leaves a
    bracket open, ends in a comma or particle, or is followed by a particle."""
    lst = "\n".join(["〇出席者", "日本（岸田首相）", "米国（バイデン大統領）", "英国（スナク首相）", ""])
    sents = _sentences_of(_WRAPPED_BODY + "\n\n" + lst)
    for item in ("日本(岸田首相)", "米国(バイデン大統領)", "英国(スナク首相)"):
        assert item in sents
