import os

import pytest

from pipeline.errors import ErrorCode, KirokuError
from pipeline.ingest import read_document


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("empty.txt", b"", ErrorCode.E001_EMPTY),
        ("blank.txt", b"  \n\t\r\n ", ErrorCode.E001_EMPTY),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), ErrorCode.E002_BINARY),
        ("archive.txt", b"PK\x03\x04" + os.urandom(300), ErrorCode.E002_BINARY),
        ("random.txt", bytes((i * 97 + 13) % 256 for i in range(4000)), None),
        ("truncated.txt", "日本語の文章".encode("utf-8")[:-1] + b"\xff\xfe\x00\x80", None),
        ("table.xlsx", b"hello", ErrorCode.E005_UNSUPPORTED),
    ],
)
def test_encoding_bad_input_is_one_line_error(tmp_path, name, data, code):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(KirokuError) as info:
        read_document(p)
    if code is not None:
        assert info.value.code == code
    line = info.value.one_line()
    assert "\n" not in line and name in line


def test_encoding_unreadable_file(tmp_path):
    p = tmp_path / "missing.txt"
    with pytest.raises(KirokuError) as info:
        read_document(p)
    assert info.value.code == ErrorCode.E004_UNREADABLE
