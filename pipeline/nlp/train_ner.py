"""`kiroku train-ner`: train kiroku's NER head on the Stockmark Wikipedia NER set.

Recipe (one command, fixed seeds, config in models/ner/config.cfg):
  1. split: records[:4274] (file order) are train/dev, split 90/10 by a fixed
     seed; records[4274:] are the test part and are never read for training;
  2. convert train/dev to DocBins with ja_ginza's tokenizer (SudachiPy, mode C).
     An entity whose edges fall inside a token cannot be represented; its
     tokens (the `expand`ed span) are marked *missing*, so the head learns
     neither a wrong span nor "O" there;
  3. train the head with spaCy's trainer (ja_ginza's tok2vec sourced, frozen);
  4. export the head only to models/ner/model/ (see kiroku_ner.py).
`--evaluate` scores the exported head and plain GiNZA on the test part in one
run; `--speed FILE` measures the head's cost beside GiNZA alone.

    OMP_NUM_THREADS=1 kiroku train-ner            # convert, train, export
    OMP_NUM_THREADS=1 kiroku train-ner --evaluate --speed raw/001_b21e1c190a10bc85.txt
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from pipeline.nlp.kiroku_ner import (COMPONENT_META, ENE_FEATURES_KEY, MODEL_DIR, NER_DIR, SPANS_KEY, LabelMap,
                                     ginza_ene_keys, load_label_map)

REPO = Path(__file__).resolve().parents[2]
BENCHMARK = REPO / "benchmarks" / "ner-wikipedia-ja" / "ner.json"
CONFIG = NER_DIR / "config.cfg"
WORK_DIR = REPO / "build" / "ner"
TRAINDEV_END = 4274  # records[:4274] train/dev, records[4274:] test (benchmark README)
DEV_FRACTION = 0.1
SPLIT_SEED = 20240601


# ---------------------------------------------------------------------------
# data


def load_records(path: Path = BENCHMARK) -> list[dict[str, Any]]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Split:
    train: tuple[int, ...]
    dev: tuple[int, ...]
    test: tuple[int, ...]


def split_indices(n_records: int, seed: int = SPLIT_SEED, dev_fraction: float = DEV_FRACTION) -> Split:
    """Train/dev by a seeded shuffle inside records[:4274]; test is records[4274:]."""
    if n_records <= TRAINDEV_END:
        raise ValueError(f"benchmark has {n_records} records, expected more than {TRAINDEV_END}")
    traindev = list(range(TRAINDEV_END))
    random.Random(seed).shuffle(traindev)
    n_dev = round(dev_fraction * TRAINDEV_END)
    split = Split(train=tuple(sorted(traindev[n_dev:])), dev=tuple(sorted(traindev[:n_dev])),
                  test=tuple(range(TRAINDEV_END, n_records)))
    assert max(split.train + split.dev) < TRAINDEV_END <= min(split.test)
    return split


def record_to_doc(nlp, record: dict[str, Any], label_map: LabelMap, stats: Counter):
    """One benchmark sentence as a Doc tokenized by ja_ginza, entities set."""
    doc = nlp.make_doc(record["text"])
    to_label = {e.stockmark: e.label for e in label_map.labels}
    ents, missing = [], []
    for ent in record["entities"]:
        start, end = ent["span"]
        span = doc.char_span(start, end, label=to_label[ent["type"]])
        if span is not None:
            ents.append(span)
            stats["aligned"] += 1
            continue
        stats["misaligned_marked_missing"] += 1
        wide = doc.char_span(start, end, alignment_mode="expand")
        if wide is not None:
            missing.append(wide)
    # a missing (expanded) span may touch an aligned one: aligned wins
    taken = {i for s in ents for i in range(s.start, s.end)}
    unknown = sorted({i for s in missing for i in range(s.start, s.end)} - taken)
    missing = [doc[i:i + 1] for i in unknown]
    doc.set_ents(ents, missing=missing, default="outside")
    return doc


def convert(out_dir: Path = WORK_DIR, benchmark: Path = BENCHMARK, seed: int = SPLIT_SEED) -> dict[str, Any]:
    """Write train.spacy and dev.spacy; return the split sizes and alignment counts."""
    import spacy
    from spacy.tokens import DocBin

    records = load_records(benchmark)
    split = split_indices(len(records), seed)
    nlp = spacy.blank("ja", config={"nlp": {"tokenizer": {"@tokenizers": "spacy.ja.JapaneseTokenizer",
                                                          "split_mode": "C"}}})
    label_map = load_label_map()
    out_dir.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"seed": seed, "n_train": len(split.train), "n_dev": len(split.dev),
                              "n_test_held_out": len(split.test)}
    for part in ("train", "dev"):
        stats: Counter = Counter()
        docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"])
        for i in getattr(split, part):
            docbin.add(record_to_doc(nlp, records[i], label_map, stats))
        docbin.to_disk(out_dir / f"{part}.spacy")
        report[f"{part}_entities"] = dict(stats)
    return report


# ---------------------------------------------------------------------------
# train and export


class GinzaTensorCache:
    """Training only: sets doc.tensor to ja_ginza's (frozen) tok2vec output.

    Equivalent to sourcing ja_ginza's tok2vec as a frozen annotating component,
    but each sentence is encoded once and memoised, so later epochs cost only
    the head. Not part of the exported artefact: at run time GiNZA's own
    tok2vec sets doc.tensor.
    """

    def __init__(self, name: str, model: str):
        self.name = name
        self.model_name = model
        self._nlp = None
        self._cache: dict[str, Any] = {}

    def _tok2vec(self):
        if self._nlp is None:
            import spacy

            self._nlp = spacy.load(self.model_name, exclude=["parser", "morphologizer", "attribute_ruler",
                                                             "compound_splitter", "bunsetu_recognizer"])
        return self._nlp

    def __call__(self, doc):
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size: int = 256):
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            todo = [d for d in batch if d.text not in self._cache]
            if todo:
                ginza = self._tok2vec()
                gdocs = [ginza.make_doc(d.text) for d in todo]
                for d, g in zip(todo, gdocs):
                    if [t.text for t in d] != [t.text for t in g]:
                        raise ValueError(f"tokenization differs from ja_ginza's: {d.text[:40]!r}")
                gdocs = ginza.get_pipe("ner").pipe(ginza.get_pipe("tok2vec").pipe(gdocs))
                for d, g in zip(todo, gdocs):
                    self._cache[d.text] = (g.tensor, ginza_ene_keys(g))
            for d in batch:
                d.tensor, d.user_data[ENE_FEATURES_KEY] = self._cache[d.text]
                yield d


def _register_tensor_cache() -> None:
    from spacy.language import Language

    if not Language.has_factory("kiroku_ginza_tensor"):
        Language.factory("kiroku_ginza_tensor", default_config={"model": "ja_ginza"})(
            lambda nlp, name, model: GinzaTensorCache(name, model))


def train(config: Path, out_dir: Path, overrides: dict[str, Any]) -> Path:
    from spacy.cli.train import train as spacy_train

    _register_tensor_cache()

    paths = {"paths.train": str(out_dir / "train.spacy"), "paths.dev": str(out_dir / "dev.spacy")}
    spacy_train(config, out_dir / "training", use_gpu=-1, overrides={**paths, **overrides})
    return out_dir / "training" / "model-best"


def export(best: Path, model_dir: Path, provenance: dict[str, Any]) -> None:
    """Copy only the trained head and the facts needed to rebuild it in a ja_ginza pipeline."""
    from spacy.util import load_config

    cfg = load_config(best / "config.cfg", interpolate=True)
    model_cfg = cfg["components"]["ner"]["model"]
    meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
    if model_dir.exists():
        shutil.rmtree(model_dir)
    shutil.copytree(best / "ner", model_dir / "ner")
    out = {"model": model_cfg, "labels": meta.get("labels", {}).get("ner", []),
           "dev_scores": {k: meta.get("performance", {}).get(k) for k in ("ents_p", "ents_r", "ents_f")},
           "dev_per_type": meta.get("performance", {}).get("ents_per_type"),
           "spacy_version": meta.get("spacy_version"), **provenance}
    (model_dir / COMPONENT_META).write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# evaluation on the test part

Triple = tuple[int, int, str]


def prf(gold: list[set[Triple]], pred: list[set[Triple]], types: Iterable[str]) -> dict[str, dict[str, float]]:
    """Micro P/R/F1, exact and overlap, overall and per type.

    Overlap: a predicted span counts for precision if it shares a character
    with a gold span of its type; a gold span counts for recall likewise.
    """
    out: dict[str, dict[str, float]] = {}
    for t in [None, *types]:
        n_g = n_p = tp = pm = gm = 0
        for g_all, p_all in zip(gold, pred):
            g = {x for x in g_all if t is None or x[2] == t}
            p = {x for x in p_all if t is None or x[2] == t}
            n_g, n_p, tp = n_g + len(g), n_p + len(p), tp + len(g & p)
            pm += sum(any(a[2] == b[2] and a[0] < b[1] and b[0] < a[1] for b in g) for a in p)
            gm += sum(any(a[2] == b[2] and a[0] < b[1] and b[0] < a[1] for b in p) for a in g)
        row = {"gold": n_g, "pred": n_p}
        for name, p_hits, g_hits in (("exact", tp, tp), ("overlap", pm, gm)):
            prec = p_hits / n_p if n_p else 0.0
            rec = g_hits / n_g if n_g else 0.0
            row[f"{name}_p"], row[f"{name}_r"] = round(100 * prec, 1), round(100 * rec, 1)
            row[f"{name}_f"] = round(200 * prec * rec / (prec + rec), 1) if prec + rec else 0.0
        out[t or "micro"] = row
    return out


def fit_ene_mapping(gold: list[set[Triple]], ene: list[set[Triple]]) -> dict[str, str]:
    """Map each GiNZA ENE label to the Stockmark type it hits most often (exact),
    keeping a label only while it raises micro F1 (greedy, most precise first)."""
    hits: dict[str, Counter] = defaultdict(Counter)
    n_label: Counter = Counter()
    for g, p in zip(gold, ene):
        gold_at = {(s, e): t for s, e, t in g}
        for s, e, lab in p:
            n_label[lab] += 1
            if (s, e) in gold_at:
                hits[lab][gold_at[(s, e)]] += 1
    best = {lab: hits[lab].most_common(1)[0] for lab in hits}
    order = sorted(best, key=lambda lab: best[lab][1] / n_label[lab], reverse=True)
    n_gold = sum(len(g) for g in gold)
    mapping: dict[str, str] = {}
    tp = n_pred = 0
    for lab in order:
        f_now = 2 * tp / (n_pred + n_gold)
        if best[lab][1] / n_label[lab] > f_now / 2:
            mapping[lab] = best[lab][0]
            tp, n_pred = tp + best[lab][1], n_pred + n_label[lab]
    return mapping


def _gold(records, idx) -> list[set[Triple]]:
    return [{(e["span"][0], e["span"][1], e["type"]) for e in records[i]["entities"]} for i in idx]


def _run(nlp, records, idx, label_map: LabelMap) -> tuple[list[set[Triple]], list[set[Triple]]]:
    to_type = {e.label: e.stockmark for e in label_map.labels}
    head, ene = [], []
    for doc in nlp.pipe((records[i]["text"] for i in idx), batch_size=64):
        spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else []
        head.append({(s.start_char, s.end_char, to_type[s.label_]) for s in spans})
        ene.append({(s.start_char, s.end_char, s.label_) for s in doc.ents})
    return head, ene


def _ginza_traindev_ents(nlp, records, idx, label_map: LabelMap) -> list[set[Triple]]:
    """GiNZA's ENE entities on train/dev (for fitting its label mapping), cached in build/."""
    import ja_ginza

    cache = WORK_DIR / f"ginza_{getattr(ja_ginza, '__version__', 'x')}_traindev_ents.json"
    if cache.exists():
        return [set(map(tuple, x)) for x in json.loads(cache.read_text(encoding="utf-8"))]
    with nlp.select_pipes(disable=["kiroku_ner"]):
        _, ene = _run(nlp, records, idx, label_map)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps([sorted(x) for x in ene], ensure_ascii=False), encoding="utf-8")
    return ene


def _relabel(sets: list[set[Triple]], mapping: dict[str, str]) -> list[set[Triple]]:
    return [{(s, e, mapping[t]) for s, e, t in x if t in mapping} for x in sets]


def evaluate(model_dir: Path = MODEL_DIR, benchmark: Path = BENCHMARK) -> dict[str, Any]:
    """Score the head and plain GiNZA (ENE, mapping fitted two ways) on the test part."""
    from pipeline.nlp.kiroku_ner import load_kiroku_ner

    records = load_records(benchmark)
    split = split_indices(len(records))
    label_map = load_label_map()
    types = [e.stockmark for e in label_map.labels]
    contract = {e.stockmark: e.contract.value for e in label_map.labels}
    contract_types = sorted(set(contract.values()))
    nlp = load_kiroku_ner(model_dir=model_dir)
    t0 = time.perf_counter()
    head, ene = _run(nlp, records, split.test, label_map)
    seconds = time.perf_counter() - t0
    gold = _gold(records, split.test)
    # GiNZA's mapping: fitted on train/dev (held out, fair) and on test (the most favourable)
    fit_idx = split.train + split.dev
    ene_fit = _ginza_traindev_ents(nlp, records, fit_idx, label_map)
    map_traindev = fit_ene_mapping(_gold(records, fit_idx), ene_fit)
    map_test = fit_ene_mapping(gold, ene)
    result: dict[str, Any] = {"n_test": len(split.test), "test_seconds_ginza_plus_head": round(seconds, 1),
                              "ginza_mapping_traindev": map_traindev, "ginza_mapping_test": map_test}
    systems = {"kiroku_head": head, "ginza_map_traindev": _relabel(ene, map_traindev),
               "ginza_map_test": _relabel(ene, map_test)}
    for name, pred in systems.items():
        result[name] = {"stockmark": prf(gold, pred, types),
                        "contract": prf(_relabel(gold, contract), _relabel(pred, contract), contract_types)}
    return result


def format_table(result: dict[str, Any], scheme: str = "stockmark") -> str:
    systems = ["kiroku_head", "ginza_map_test", "ginza_map_traindev"]
    head = "| type | gold | " + " | ".join(f"{s} exact | {s} overlap" for s in systems) + " |"
    lines = [head, "|" + "---|" * (2 + 2 * len(systems))]
    for t in result["kiroku_head"][scheme]:
        row = result["kiroku_head"][scheme][t]
        cells = [f"{result[s][scheme][t]['exact_f']:.1f} | {result[s][scheme][t]['overlap_f']:.1f}" for s in systems]
        lines.append(f"| {t} | {row['gold']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# speed


def read_text(path: Path) -> str:
    data = Path(path).read_bytes()
    for enc in ("utf-8-sig", "cp932", "euc-jp"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def measure_speed(path: Path, n_chars: int = 30_000, repeats: int = 3, model_dir: Path = MODEL_DIR) -> dict[str, Any]:
    """chars per CPU second of ja_ginza alone and with the head, on the first n_chars (by line)."""
    from pipeline.nlp.kiroku_ner import load_kiroku_ner

    text = read_text(path)[:n_chars]
    chunks = [line for line in text.splitlines() if line.strip()]
    n = sum(len(c) for c in chunks)
    nlp = load_kiroku_ner(model_dir=model_dir)
    list(nlp.pipe(chunks[:20]))  # warm up
    best = {"ginza": float("inf"), "ginza+kiroku_ner": float("inf")}
    for _ in range(repeats):
        for name in best:
            disable = ["kiroku_ner"] if name == "ginza" else []
            with nlp.select_pipes(disable=disable):
                t0 = time.process_time()  # CPU time: the machine is shared, wall time is noise
                list(nlp.pipe(chunks, batch_size=64))
                best[name] = min(best[name], time.process_time() - t0)
    out = {"file": str(path), "chars": n, "lines": len(chunks)}
    for name, sec in best.items():
        out[f"{name}_seconds"] = round(sec, 2)
        out[f"{name}_chars_per_s"] = round(n / sec)
    out["head_cost_pct_of_ginza"] = round(100 * (best["ginza+kiroku_ner"] / best["ginza"] - 1), 1)
    return out


# ---------------------------------------------------------------------------
# CLI


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kiroku train-ner", description=__doc__.split("\n")[0])
    p.add_argument("--config", type=Path, default=CONFIG)
    p.add_argument("--work-dir", type=Path, default=WORK_DIR, help="DocBins and spaCy training output")
    p.add_argument("--model-dir", type=Path, default=MODEL_DIR, help="where the exported head goes")
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                   help="spaCy config override, e.g. training.max_epochs=20 (JSON value)")
    p.add_argument("--convert-only", action="store_true")
    p.add_argument("--no-train", action="store_true", help="skip conversion and training")
    p.add_argument("--evaluate", action="store_true", help="score the head and plain GiNZA on the test part")
    p.add_argument("--speed", type=Path, metavar="FILE", help="chars/s with and without the head")
    p.add_argument("--out", type=Path, help="write the evaluation/speed JSON here")
    return p


def _override(item: str) -> tuple[str, Any]:
    key, _, value = item.partition("=")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    report: dict[str, Any] = {}
    if not (args.no_train or args.evaluate or args.speed) or args.convert_only:
        report["convert"] = convert(args.work_dir)
        print(json.dumps(report["convert"], ensure_ascii=False), flush=True)
        if args.convert_only:
            return 0
        overrides = dict(_override(o) for o in args.overrides)
        t0, c0 = time.perf_counter(), time.process_time()
        best = train(args.config, args.work_dir, overrides)
        minutes = round((time.perf_counter() - t0) / 60, 1)
        cpu_minutes = round((time.process_time() - c0) / 60, 1)
        export(best, args.model_dir, {"train_minutes": minutes, "train_cpu_minutes": cpu_minutes,
                                      "overrides": overrides,
                                      "config": str(args.config.relative_to(REPO) if args.config.is_absolute() and REPO in args.config.parents else args.config),
                                      "split_seed": SPLIT_SEED, "conversion": report["convert"]})
        print(f"trained in {minutes} min ({cpu_minutes} CPU min); head exported to {args.model_dir}", flush=True)
    if args.evaluate:
        report["evaluate"] = evaluate(args.model_dir)
        for scheme in ("stockmark", "contract"):
            print(f"\n{scheme} labels, F1 on the test part (records[{TRAINDEV_END}:])")
            print(format_table(report["evaluate"], scheme))
    if args.speed:
        report["speed"] = measure_speed(args.speed, model_dir=args.model_dir)
        print(json.dumps(report["speed"], ensure_ascii=False))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
