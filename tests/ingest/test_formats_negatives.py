"""What extraction must not do, and PDFs/HTML it must refuse with a clear code."""
from __future__ import annotations

import pytest

from pipeline.errors import ErrorCode, KirokuError
from pipeline.ingest import read_document
from pipeline.ingest.formats import extract_pdf, html_to_text
from pipeline.ingest.pdf_layout import line_key, strip_page_furniture

from .fixtures_formats import SENTENCES, japanese_pdf, report_pages, scanned_pdf


@pytest.mark.parametrize(
    "make, code, says",
    [
        (lambda: scanned_pdf(2), ErrorCode.E006_NO_TEXT_LAYER, "no text layer"),
        (lambda: japanese_pdf(report_pages(2), encrypt_user="s3cret"), ErrorCode.E007_ENCRYPTED, "user password"),
        (lambda: japanese_pdf(report_pages(2))[:1500], ErrorCode.E009_BROKEN, "damaged"),
        (lambda: japanese_pdf([[""], [""]], header=None, page_numbers=True), ErrorCode.E006_NO_TEXT_LAYER, "only page numbers"),
        (lambda: b"%PDF-1.7\n" + bytes(range(256)) * 8, ErrorCode.E009_BROKEN, "damaged"),
    ],
    ids=["scanned", "encrypted", "truncated", "numbers-only", "garbage-after-magic"],
)
def test_formats_pdf_refused(tmp_path, make, code, says):
    p = tmp_path / "bad.pdf"
    p.write_bytes(make())
    with pytest.raises(KirokuError) as info:
        read_document(p)
    assert info.value.code == code
    line = info.value.one_line()
    assert says in line and "\n" not in line and str(p) in line


def test_formats_pdf_owner_password_only_is_read():
    """Encrypted with an owner password only: readable without a password, so it is not refused."""
    text = extract_pdf(japanese_pdf(report_pages(2), encrypt_owner="owner-only"))
    assert SENTENCES[0] in text


@pytest.mark.parametrize(
    "pages",
    [
        # a chapter heading opening every page is not a running header (numbers inside are kept)
        [f"第{i}章 概要\n本文{i}です。" for i in range(1, 5)],
        # a line repeated within one page only
        ["同じ行です\n同じ行です\n本文。", "別の本文。"],
        # a body line in the middle of pages, repeated: outside the top/bottom zones
        [f"見出し{c}\nあ{c}\nい{c}\n共通の文。\nう{c}\nえ{c}\nお{c}" for c in "ABC"],
        # years atop pages that do not move with the page number are not a running header
        [f"{y}年度の実績\n本文{y}。" for y in (2019, 2023, 2020, 2024)],
    ],
    ids=["chapters", "same-page", "mid-page", "years"],
)
def test_formats_pdf_layout_keeps_body(pages):
    out = strip_page_furniture(pages)
    assert out.dropped == []
    assert out.pages == [p.strip("\n") for p in pages]


def test_formats_pdf_line_key_keeps_inner_numbers():
    assert line_key("第1章 概要") != line_key("第2章 概要")


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><script>alert(1)</script><style>p{}</style></head><body><nav>メニュー</nav></body></html>",
        "<html><body><footer>著作権</footer></body></html>",
        "",
    ],
    ids=["only-script-nav", "only-footer", "empty"],
)
def test_formats_html_without_main_text(tmp_path, html):
    assert html_to_text(html).strip() == ""
    p = tmp_path / "page.html"
    p.write_text(html + " ", encoding="utf-8")
    with pytest.raises(KirokuError) as info:
        read_document(p)
    assert info.value.code == ErrorCode.E001_EMPTY


def test_formats_html_deep_nesting_does_not_recurse():
    html = "<div>" * 5000 + "深い本文。" + "</div>" * 5000
    try:
        text = html_to_text(html)
    except KirokuError as exc:  # refused clearly is fine too
        assert exc.code == ErrorCode.E009_BROKEN
    else:
        assert "深い本文。" in text
