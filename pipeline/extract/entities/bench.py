"""Speed of the entity layer against GiNZA's own parse time.

    .venv/bin/python -m pipeline.extract.entities.bench [FILE] [--chars 30000] [--repeat 3]

Cleans the first N characters of FILE, parses them with GiNZA (load_nlp(), so
with kiroku's NER head when it is installed: that head is timed separately by
disabling it), then runs the entity layer on the parsed document. Prints the
best of `repeat` runs for each and the entity layer's cost as a share of
GiNZA's time.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[3] / "raw" / "001_b21e1c190a10bc85.txt"


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=str(DEFAULT))
    ap.add_argument("--chars", type=int, default=30000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    from pipeline.nlp import load_nlp, parse
    from pipeline.normalize import normalize_with_offsets

    from . import extract_entities
    from .ene import load_ene_map
    from pipeline.nlp.gazetteer import load_gazetteer

    raw = Path(args.file).read_text(encoding="utf-8")[: args.chars]
    norm = normalize_with_offsets(raw)
    nlp = load_nlp()
    extra = [n for n in nlp.pipe_names if n.startswith("kiroku")]
    load_gazetteer(), load_ene_map()  # loading is once per process; not part of the per-document cost
    parse(norm, nlp=nlp)  # warm-up

    def best(fn):
        times = []
        out = None
        for _ in range(args.repeat):
            t = time.perf_counter()
            out = fn()
            times.append(time.perf_counter() - t)
        return min(times), out

    with nlp.select_pipes(disable=extra):
        t_ginza, parsed = best(lambda: parse(norm, nlp=nlp))
    t_head = None
    if extra:
        t_all, parsed = best(lambda: parse(norm, nlp=nlp))
        t_head = t_all - t_ginza
    t_ent, ents = best(lambda: extract_entities(parsed))
    res = {"chars": len(raw), "sentences": len(parsed.sentences), "entities": len(ents),
           "ginza_s": round(t_ginza, 3), "entity_layer_s": round(t_ent, 4),
           "entity_layer_share": round(t_ent / t_ginza, 4),
           "ner_head_s": None if t_head is None else round(t_head, 3)}
    for k, v in res.items():
        print(f"{k:20s} {v}")
    return res


if __name__ == "__main__":
    main()
