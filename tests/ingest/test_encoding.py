import pytest

from pipeline.errors import ErrorCode, KirokuError
from pipeline.ingest import decode_bytes, read_document

TEXT = "2024年6月12日から15日にかけて、イタリア・プーリアでG7サミットが開催された。\r\n第二段落です。\n"


@pytest.mark.parametrize(
    "data, expected",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("cp932"), "cp932"),
        (TEXT.encode("euc_jp"), "euc-jp"),
        (TEXT.encode("utf-16"), "utf-16"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
        (("English text for the UTF-16 check, " * 20).encode("utf-16-le"), "utf-16"),
    ],
)
def test_encoding_detects_and_decodes(data, expected):
    text, name = decode_bytes(data)
    assert name == expected
    assert not text.startswith("\ufeff")
    if "English" not in text:
        assert text == TEXT  # line endings untouched, BOM gone


def test_encoding_doc_id_is_sha256_of_bytes(tmp_path):
    import hashlib

    p = tmp_path / "a.txt"
    data = TEXT.encode("cp932")
    p.write_bytes(data)
    doc = read_document(p)
    assert doc.doc_id == hashlib.sha256(data).hexdigest()
    assert doc.encoding == "cp932"
    assert doc.text == TEXT


def test_encoding_sidecar_published(tmp_path):
    p = tmp_path / "report.txt"
    p.write_text(TEXT, encoding="utf-8")
    (tmp_path / "report.txt.meta.json").write_text('{"published": "2025-04-01"}', encoding="utf-8")
    assert read_document(p).published.isoformat() == "2025-04-01"
