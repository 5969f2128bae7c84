"""Hostile input through the batch (`pipeline.batch.process_path`): processed correctly or refused with a
clear one-line reason, never an exception, never a hang.

Each case builds its file in tmp_path. `ok` cases check the result: the encoding found, the code-point
offsets against the text they refer to, the cached part under outputs/. `error` cases check the code and
that the reason names the file on one line.
"""
from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

import pytest

from pipeline.batch import process_path
from pipeline.errors import printable_path
from pipeline.ingest import discover_files, read_document
from pipeline.settings import Settings
from pipeline.store import ResultCache
from pipeline.version import pipeline_version

from .fixtures_formats import SENTENCES, japanese_pdf, report_pages, scanned_pdf

TEXT = "".join(SENTENCES[:4]) + "\n" + "".join(SENTENCES[4:8]) + "\n"


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (32, 32), (200, 10, 10)).save(buf, format="PNG")
    return buf.getvalue()


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("report.txt", TEXT)
    return buf.getvalue()


def _write(name: str, data: bytes):
    def make(d: Path) -> Path:
        p = d / name
        p.write_bytes(data)
        return p
    return make


def _dir_named_txt(d: Path) -> Path:
    p = d / "folder.txt"
    p.mkdir()
    return p


def _broken_link(d: Path) -> Path:
    p = d / "gone.txt"
    p.symlink_to(d / "does-not-exist.txt")
    return p


def _self_link(d: Path) -> Path:
    p = d / "loop.txt"
    p.symlink_to(p)
    return p


def _fifo(d: Path) -> Path:
    p = d / "pipe.txt"
    os.mkfifo(p)
    return p


def _fifty_mb(d: Path) -> Path:
    p = d / "huge.txt"
    line = ("日本政府は研究開発戦略を策定した。" * 40 + "\n").encode("utf-8")
    with open(p, "wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    return p


_TRUNCATED = TEXT.encode("utf-8")[:-2]  # last character (\n is 1 byte; 。 is 3) cut in the middle
_NUL_CTRL = ("日本政府は研究開発戦略を策定した。\x07\x1b[0m欧州連合は\x00協力を強化する。\n" + TEXT * 3).encode("utf-8")
_ASTRAL = "𠮷野家の社長は🍣と𩸽を食べた。2024年6月12日、𠀋一族は東京で会合を開催した。😀\n"
_ENGLISH = "The G7 leaders met in Apulia, Italy, from 12 to 15 June 2024 and agreed to strengthen cooperation on AI.\n"

CASES = [
    # id, make(tmp) -> path, expected: ("ok", encoding) | ("error", code, words in the reason)
    ("empty", _write("empty.txt", b""), ("error", "E001", "empty")),
    ("whitespace", _write("blank.txt", " \n\t\r\n\u3000\n".encode("utf-8")), ("error", "E001", "whitespace")),
    ("png", _write("image.txt", _png()), ("error", "E002", "PNG")),
    ("zip", _write("archive.txt", _zip()), ("error", "E002", "ZIP")),
    ("random", _write("noise.txt", random.Random(1).randbytes(8192)), ("error", "E002", "binary")),
    ("truncated-utf8", _write("cut.txt", _TRUNCATED), ("ok", "utf-8")),
    ("cp932", _write("sjis.txt", TEXT.encode("cp932")), ("ok", "cp932")),
    ("euc-jp", _write("euc.txt", TEXT.encode("euc_jp")), ("ok", "euc-jp")),
    ("utf16-bom", _write("u16bom.txt", TEXT.encode("utf-16")), ("ok", "utf-16")),
    ("utf16le-nobom", _write("u16le.txt", TEXT.encode("utf-16-le")), ("ok", "utf-16")),
    ("utf16be-nobom", _write("u16be.txt", TEXT.encode("utf-16-be")), ("ok", "utf-16")),
    ("mixed-utf8-cp932", _write("mixed.txt", TEXT.encode("utf-8") + TEXT.encode("cp932")), ("error", "E003", "first bad byte")),
    ("nul-and-controls", _write("ctrl.txt", _NUL_CTRL), ("ok", "utf-8")),
    ("astral", _write("astral.txt", _ASTRAL.encode("utf-8")), ("ok", "utf-8")),
    ("english", _write("english.txt", _ENGLISH.encode("ascii")), ("ok", "utf-8")),
    ("scanned-pdf", lambda d: _write("scan.pdf", scanned_pdf(2))(d), ("error", "E006", "no text layer")),
    ("encrypted-pdf", lambda d: _write("locked.pdf", japanese_pdf(report_pages(2), encrypt_user="pw"))(d),
     ("error", "E007", "encrypted")),
    ("japanese-pdf", lambda d: _write("report.pdf", japanese_pdf(report_pages(3)))(d), ("ok", "pdf")),
    ("pdf named .txt", lambda d: _write("report-pdf.txt", japanese_pdf(report_pages(2)))(d), ("ok", "pdf")),
    ("html", _write("news.html", f"<html><body><nav>メニュー</nav><main><p>{TEXT}</p></main></body></html>".encode("cp932")),
     ("ok", "html")),
    ("space in name", _write("my report 2024.txt", TEXT.encode()), ("ok", "utf-8")),
    ("quotes in name", _write("it's \"final\".txt", TEXT.encode()), ("ok", "utf-8")),
    ("non-ascii name", _write("報告書　第１版.txt", TEXT.encode()), ("ok", "utf-8")),
    ("leading dash", _write("-rf.txt", TEXT.encode()), ("ok", "utf-8")),
    ("newline in name", _write("two\nlines\t.txt", b""), ("error", "E001", "two\\nlines\\t.txt")),
    ("sql in name", _write("x'); DROP TABLE events; --.txt", TEXT.encode()), ("ok", "utf-8")),
    ("directory named .txt", _dir_named_txt, ("error", "E004", "a directory")),
    ("broken symlink", _broken_link, ("error", "E004", "broken symbolic link")),
    ("symlink to itself", _self_link, ("error", "E004", "symbolic link loop")),
    ("fifo", _fifo, ("error", "E004", "not a regular file")),
    ("unsupported suffix", _write("slides.pptx", b"PK\x03\x04 not really"), ("error", "E005", ".pptx")),
    ("50 MB", _fifty_mb, ("error", "E008", "larger than the limit")),
]


@pytest.mark.parametrize("make, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hostile_batch_outcome(tmp_path, nlp, make, expected):
    src = tmp_path / "in"
    src.mkdir()
    path = make(src)
    settings = Settings(raw_dir=src, out_dir=tmp_path / "out")
    out = process_path(path, settings, nlp=nlp)
    if expected[0] == "error":
        _, code, words = expected
        assert out.status == "error", out
        assert out.error_code == code, out.error
        assert words in out.error and printable_path(str(path)) in out.error and "\n" not in out.error
        assert not (tmp_path / "out" / "parts").exists() or not any((tmp_path / "out" / "parts").iterdir())
        return
    assert out.status == "ok", out.error
    raw = read_document(path)
    assert raw.encoding == expected[1]
    result = ResultCache(settings.out_dir).get(out.doc_id, pipeline_version())
    assert result is not None and result.document.n_chars == len(raw.text)
    assert result.sentences, "a readable document yields sentences"
    text = raw.text
    if raw.text_source == "extracted":
        text = Path(result.document.text_path).read_text(encoding="utf-8")
        assert text == raw.text
    result.check_offsets(text)  # raw[start:end] == text for every span, in code points
    # every output file sits under out/, named by doc_id, whatever the input was called
    for f in (tmp_path / "out").rglob("*"):
        if f.is_file():
            assert f.resolve().is_relative_to((tmp_path / "out").resolve())
            assert f.stem.split(".")[0] in (out.doc_id,) or f.suffix in (".parquet", ".duckdb")


def test_hostile_astral_offsets_are_code_points(tmp_path, nlp):
    p = tmp_path / "astral.txt"
    p.write_text(_ASTRAL, encoding="utf-8")
    out = process_path(p, Settings(out_dir=tmp_path / "out"), nlp=nlp)
    result = ResultCache(tmp_path / "out").get(out.doc_id, pipeline_version())
    assert result.document.n_chars == len(_ASTRAL) < len(_ASTRAL.encode("utf-16-le")) // 2
    for s in result.sentences:
        assert _ASTRAL[s.start:s.end] == s.text
    assert any("🍣" in s.text for s in result.sentences)


def test_hostile_symlink_loop_in_folder(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    (root / "sub" / "b.txt").write_text(TEXT, encoding="utf-8")
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "self").symlink_to(root / "self")
    files = discover_files(root)
    names = sorted(f.name for f in files)
    assert names.count("a.txt") == 1 and names.count("b.txt") == 1
    assert "self" in names  # a looping link to a file is listed, then refused by the reader (E004)


def _long_line(n_chars: int, run_chars: int) -> str:
    """One line, no newline: sentences ending in 。, then a run of `run_chars` with no sentence end at all."""
    body = "".join(SENTENCES)
    text = (body * (n_chars // len(body) + 1))[: n_chars - run_chars]
    return text + ("研究開発、" * (run_chars // 5 + 1))[:run_chars]


def test_hostile_one_megabyte_line_cleaned_and_cut(tmp_path):
    """1 MB on one line: read, cleaned and cut into bounded sentences (no GiNZA: minutes on 1 MB)."""
    from pipeline.normalize import normalize_with_offsets, sentence_spans

    line = _long_line(350_000, 175_000)  # ~1 MB of UTF-8
    p = tmp_path / "oneline.txt"
    p.write_text(line, encoding="utf-8")
    assert p.stat().st_size >= 1_000_000
    raw = read_document(p)
    assert raw.text == line
    norm = normalize_with_offsets(raw.text)
    spans = sentence_spans(norm)
    assert max(e - s for s, e, _ in spans) <= 2000  # bounded input for SudachiPy
    covered = "".join(norm.text[s:e] for s, e, _ in spans)
    assert covered == norm.text.replace("\n", "").strip()
    for s, e, _ in spans[:50] + spans[-50:]:
        rs, re_ = norm.raw_span(s, e)
        assert raw.text[rs:re_].strip() == raw.text[rs:re_]


@pytest.mark.slow
def test_hostile_long_line_through_ginza(tmp_path, nlp):
    """~60 KB on one line through the whole batch: parsed, offsets right.

    The run without a sentence end is kept short: GiNZA's bunsetu_recognizer is superlinear in
    sentence length (1,000 chars ~2 s, 2,000 chars ~36 s here), so long runs are the cutter's job."""
    line = _long_line(21_000, 600)
    p = tmp_path / "long.txt"
    p.write_text(line, encoding="utf-8")
    assert p.stat().st_size >= 60_000
    out = process_path(p, Settings(out_dir=tmp_path / "out"), nlp=nlp)
    assert out.status == "ok", out.error
    result = ResultCache(tmp_path / "out").get(out.doc_id, pipeline_version())
    result.check_offsets(line)
    assert max(len(s.text) for s in result.sentences) <= 2000
    assert sum(len(s.text) for s in result.sentences) == len(line)


def test_hostile_fifty_megabytes_refused_fast(tmp_path):
    """The limit is checked on the file size: a 50 MB text is refused before it is read."""
    import time

    p = _fifty_mb(tmp_path)
    t0 = time.perf_counter()
    with pytest.raises(Exception) as info:
        read_document(p)
    assert time.perf_counter() - t0 < 1.0
    assert "E008" in str(info.value) and "bytes" in str(info.value)
