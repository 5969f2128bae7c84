"""HTML and PDF text extraction: main text kept, furniture dropped; extracted text written and offsets into it."""
from __future__ import annotations

import pytest

from pipeline.ingest import read_document
from pipeline.ingest.formats import decode_html, extract_pdf, html_to_text
from pipeline.ingest.pdf_layout import line_key, strip_page_furniture
from pipeline.normalize import normalize_with_offsets, sentence_spans

from .fixtures_formats import HEADER, SENTENCES, japanese_pdf, report_pages

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>サイト | ニュース</title>
<style>p {{ color: red }}</style><script>var tracking = "スクリプト";</script></head>
<body><nav><a href="/">ホーム</a> | <a href="/list">一覧</a></nav><header>サイト名ヘッダー</header>
{body}
<footer>Copyright 著作権表示</footer><script>document.write("後から")</script></body></html>"""


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # main content only; nav/header/footer/script/style dropped
        ("<main><h1>G7サミット</h1><p>首脳は協力で合意した。</p></main><aside>関連記事</aside>",
         ["# G7サミット", "首脳は協力で合意した。"], ["ホーム", "サイト名ヘッダー", "著作権", "スクリプト", "後から", "color", "関連記事"]),
        # article when there is no main
        ("<div class='menu'>メニュー</div><article><p>記事本文です。</p></article>", ["記事本文です。"], ["メニュー"]),
        # text beside block children is kept, in order
        ("<main><div>前置き<p>段落</p>後書き</div></main>", ["前置き\n段落\n\n後書き"], []),
        # list items become bullets; <br> breaks a line
        ("<main><ul><li>一つ目</li><li>二つ目<br>続き</li></ul></main>", ["- 一つ目\n- 二つ目\n続き"], []),
        # table cells on one line per row
        ("<main><table><tr><th>国</th><th>金額</th></tr><tr><td>日本</td><td>10億円</td></tr></table></main>",
         ["国 金額", "日本 10億円"], []),
        # hidden elements and aria-hidden dropped
        ("<main><p>見える。</p><div hidden>隠し</div><span aria-hidden='true'>装飾</span></main>", ["見える。"], ["隠し", "装飾"]),
        # entities decoded; a source line break between Japanese characters is not a space
        ("<main><p>研究&amp;開発は\n  推進される。</p></main>", ["研究&開発は推進される。"], ["&amp;"]),
        # <pre> keeps its lines
        ("<main><pre>一行目\n二行目</pre></main>", ["一行目\n二行目"], []),
        # comments never show
        ("<main><p>本文<!-- 注釈 -->です。</p></main>", ["本文です。"], ["注釈"]),
    ],
    ids=["main", "article", "mixed-block", "list", "table", "hidden", "entities", "pre", "comment"],
)
def test_formats_html_main_text(body, present, absent):
    text = html_to_text(PAGE.format(body=body))
    for s in present:
        assert s in text
    for s in absent:
        assert s not in text
    assert text.endswith("\n") and "\n\n\n" not in text


@pytest.mark.parametrize(
    "codec, declared, expected",
    [
        ("cp932", "shift_jis", "cp932"),
        ("euc_jp", "EUC-JP", "euc-jp"),
        ("utf-8", "utf-8", "utf-8"),
        ("cp932", None, "cp932"),  # no declaration: detected
        ("euc_jp", "utf-8", "euc-jp"),  # a wrong declaration: detected instead
    ],
)
def test_formats_html_charset(codec, declared, expected):
    meta = f'<meta charset="{declared}">' if declared else ""
    html = f"<html><head>{meta}</head><body><p>日本政府は研究開発戦略を策定した。２０２５年を目途とする。</p></body></html>"
    text, name = decode_html(html.encode(codec))
    assert name == expected
    assert "研究開発戦略を策定した" in text


def test_formats_html_through_reader_writes_extracted_text(tmp_path):
    p = tmp_path / "news.html"
    p.write_bytes(PAGE.format(body="<main><h2>見出し</h2><p>本文の一文目。</p></main>").encode("cp932", errors="strict"))
    doc = read_document(p)
    assert doc.text_source == "extracted"
    assert doc.text == "## 見出し\n\n本文の一文目。\n"
    assert doc.title == "見出し"


@pytest.mark.parametrize("n_pages", [2, 3, 5])
def test_formats_pdf_running_header_and_page_numbers_dropped(n_pages):
    pages = report_pages(n_pages)
    text = extract_pdf(japanese_pdf(pages))
    assert HEADER not in text
    assert not any(line.strip().strip("-").strip().isdigit() for line in text.splitlines())
    for para in [p for page in pages for p in page]:
        assert para in text
    assert text.count("\f") == n_pages - 1  # pages stay separated


def test_formats_pdf_hard_wrapped_paragraph_joined_by_cleaner():
    long_para = "".join(SENTENCES[:4])  # wraps over several lines on an A4 page
    pages = [[long_para], [SENTENCES[5]], [SENTENCES[6]]]
    text = extract_pdf(japanese_pdf(pages))
    assert long_para not in text  # hard-wrapped in the text layer
    assert long_para.replace("", "") in text.replace("\n", "")
    norm = normalize_with_offsets(text)
    sents = [norm.text[s:e] for s, e, _ in sentence_spans(norm)]
    for s in SENTENCES[:4]:
        assert s in sents


def test_formats_pdf_offsets_refer_to_extracted_text(tmp_path):
    p = tmp_path / "report.pdf"
    p.write_bytes(japanese_pdf(report_pages(3)))
    doc = read_document(p)
    assert doc.text_source == "extracted" and doc.encoding == "pdf"
    start = doc.text.index("G7サミット")
    assert doc.text[start:start + 6] == "G7サミット"


@pytest.mark.parametrize(
    "pages, dropped_rules",
    [
        # header on every page, number at the foot
        ([f"{HEADER}\n本文{i}です。\n- {i} -" for i in range(1, 4)], {"pdf_running_line", "pdf_page_number"}),
        # a running footer carrying the page number at its edge
        ([f"本文は{c}です。\n{i + 11} 海外動向報告 CRDS-FY2024" for i, c in enumerate("ABC")], {"pdf_running_line"}),
        # "n / N" page counters
        ([f"本文は{c}です。\n{i} / 3" for i, c in enumerate("ABC", start=1)], {"pdf_page_of"}),
        # a single page: no repetition to see, only the page number goes
        (["タイトル\n本文。\n1"], {"pdf_page_number"}),
    ],
    ids=["header+number", "numbered-footer", "page-of", "one-page"],
)
def test_formats_pdf_layout_drops_furniture(pages, dropped_rules):
    out = strip_page_furniture(pages)
    assert {d.rule for d in out.dropped} == dropped_rules
    for i, page in enumerate(out.pages):
        assert "本文" in page


@pytest.mark.parametrize(
    "a, b",
    [("- 3 -", "- 14 -"), ("12 CRDS-FY2024 報告", "13 CRDS-FY2024 報告"), ("海外動向　2", "海外動向 3"), ("Page 1", "Page 2")],
)
def test_formats_pdf_line_key_folds_edge_numbers(a, b):
    assert line_key(a) == line_key(b)
