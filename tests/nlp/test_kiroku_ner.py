"""kiroku's trained NER head inside a ja_ginza pipeline (models/ner/model/)."""
from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipeline.nlp.kiroku_ner import (
    MODEL_DIR,
    SPANS_KEY,
    contract_label,
    kiroku_spans,
    load_kiroku_ner,
    load_label_map,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kiroku_nlp():
    return load_kiroku_ner()


def test_kiroku_ner_artefact_is_small_and_loads(kiroku_nlp):
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 20 * 1024 * 1024
    assert not (MODEL_DIR / "vocab").exists()  # ja_ginza's vectors are never copied
    names = kiroku_nlp.pipe_names
    assert names.index("tok2vec") < names.index("ner") < names.index("kiroku_ner")
    assert set(kiroku_nlp.get_pipe("kiroku_ner").labels) == {e.label for e in load_label_map().labels}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("レッドフォックス株式会社は、東京都千代田区に本社を置く",
         {("レッドフォックス株式会社", "ORG"), ("東京都千代田区", "GPE")}),
        ("トヨタ自動車は愛知県豊田市に本社を置く自動車メーカーである。",
         {("トヨタ自動車", "ORG"), ("愛知県豊田市", "GPE")}),
        ("織田信長は尾張国の戦国大名である。", {("織田信長", "PERSON")}),
    ],
)
def test_kiroku_ner_tags_obvious_cases(kiroku_nlp, text, expected):
    doc = kiroku_nlp(text)
    found = {(s.text, contract_label(s.label_)) for s in kiroku_spans(doc)}
    assert expected <= found


@pytest.mark.parametrize(
    "text",
    [
        "レッドフォックス株式会社は、東京都千代田区に本社を置く",
        "2024年6月12日、岸田首相は外務省で上海協力機構(SCO)の代表と会談した。",
        "  空白 で 始まる 文 と\n改行 を 含む 文。ＮＡＴＯとＥＵ。",
    ],
)
def test_kiroku_ner_spans_align_with_text(kiroku_nlp, text):
    doc = kiroku_nlp(text)
    for span in kiroku_spans(doc):
        assert text[span.start_char:span.end_char] == span.text
        assert span.text.strip() == span.text and span.text
        assert contract_label(span.label_) in {"PERSON", "ORG", "GPE", "FACILITY", "PRODUCT", "EVENT"}


@pytest.mark.parametrize("text", ["レッドフォックス株式会社は、東京都千代田区に本社を置く", "岸田首相は外務省を訪れた。"])
def test_kiroku_ner_keeps_ginza_ents(kiroku_nlp, text):
    with kiroku_nlp.select_pipes(disable=["kiroku_ner"]):
        plain = kiroku_nlp(text)
    doc = kiroku_nlp(text)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in plain.ents]
    assert [t.ent_iob_ for t in doc] == [t.ent_iob_ for t in plain]
    assert SPANS_KEY in doc.spans


@pytest.mark.parametrize("batch_size", [1, 3])
def test_kiroku_ner_pipe_matches_call(kiroku_nlp, batch_size):
    texts = ["レッドフォックス株式会社は、東京都千代田区に本社を置く", "織田信長は尾張国の戦国大名である。", "これは文です。"]
    one = [[(s.start_char, s.end_char, s.label_) for s in kiroku_spans(kiroku_nlp(t))] for t in texts]
    piped = [[(s.start_char, s.end_char, s.label_) for s in kiroku_spans(d)]
             for d in kiroku_nlp.pipe(texts, batch_size=batch_size)]
    assert piped == one


def test_kiroku_ner_component_pickles(kiroku_nlp):
    component = kiroku_nlp.get_pipe("kiroku_ner")
    clone = pickle.loads(pickle.dumps(component))
    assert clone.labels == component.labels and clone.spans_key == SPANS_KEY


def test_kiroku_ner_survives_spawn_workers(tmp_path):
    """nlp.pipe(n_process=2) with the spawn start method gives the same spans as one process."""
    script = tmp_path / "spawn_check.py"
    script.write_text(textwrap.dedent("""
        import json, multiprocessing, sys
        from pipeline.nlp.kiroku_ner import load_kiroku_ner, kiroku_spans
        if __name__ == "__main__":
            multiprocessing.set_start_method("spawn", force=True)
            nlp = load_kiroku_ner()
            texts = ["レッドフォックス株式会社は、東京都千代田区に本社を置く", "織田信長は尾張国の戦国大名である。"] * 2
            def spans(docs):
                return [[(s.start_char, s.end_char, s.label_) for s in kiroku_spans(d)] for d in docs]
            one = spans(nlp.pipe(texts))
            two = spans(nlp.pipe(texts, n_process=2, batch_size=1))
            ents = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts, n_process=2, batch_size=1)]
            print(json.dumps({"one": one, "two": two, "ents": ents}, ensure_ascii=False))
    """), encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    import json

    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["two"] == out["one"]
    assert any(out["one"]) and any(out["ents"])
