"""Where kiroku's time goes, beside plain GiNZA on the same text: one process, CPU seconds.

    python benchmarks/profile_run.py [FILE ...] [--repeat 3] [--out outputs/profile.json]

Every file (default raw/*) is read and cleaned as kiroku does; its sentences are then run
through each pipeline component in turn (kiroku's pipeline, then plain ja_ginza's on the very
same sentences), and through each extraction layer. Each stage is timed with CPU time
(`time.process_time`), best of --repeat, so other load on the machine disturbs it little.
Last, pyinstrument profiles one whole `process_path` run per file (read, clean, parse,
extract, cache write) and the top functions by self time are printed and kept.

The bench (`benchmarks/bench.py`) measures throughput end to end; this says which stage
costs what, so waste is found and its removal measured.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_NUM_THREADS", "1")

import spacy  # noqa: E402

from _report import write_report  # noqa: E402  (benchmarks/ is on sys.path when run as a script)
from pipeline.batch import process_path  # noqa: E402
from pipeline.extract.dates import extract_dates  # noqa: E402
from pipeline.extract.entities import extract_entities  # noqa: E402
from pipeline.extract.events import extract_events  # noqa: E402
from pipeline.ingest import read_document  # noqa: E402
from pipeline.nlp import load_nlp  # noqa: E402
from pipeline.nlp.parsed import ParsedDocument, SentenceDoc  # noqa: E402
from pipeline.normalize import normalize_with_offsets, sentence_spans  # noqa: E402
from pipeline.settings import Settings  # noqa: E402


def best_of(repeat: int, fn):
    """(best CPU seconds, result of the last call)."""
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.process_time()
        out = fn()
        best = min(best, time.process_time() - t)
    return best, out


def component_times(nlp, texts: list[str], repeat: int) -> tuple[dict[str, float], list]:
    """CPU seconds of the tokenizer and of each pipe over `texts`, stage by stage in pipeline order;
    each repeat runs the whole chain afresh and every stage keeps its best time."""
    times: dict[str, float] = {}
    docs: list = []
    for _ in range(repeat):
        t = time.process_time()
        docs = [nlp.make_doc(x) for x in texts]
        stages = [("tokenizer", time.process_time() - t)]
        for name, proc in nlp.pipeline:
            t = time.process_time()
            docs = list(proc.pipe(docs, batch_size=64)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            stages.append((name, time.process_time() - t))
        for name, s in stages:
            times[name] = min(times.get(name, float("inf")), s)
    return times, docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--top", type=int, default=15, help="functions listed by self time")
    ap.add_argument("--out", type=Path, default=ROOT / "outputs" / "profile.json")
    args = ap.parse_args(argv)
    files = args.files or sorted(p for p in (ROOT / "raw").iterdir() if p.is_file() and not p.name.endswith(".meta.json"))

    raws = [read_document(f) for f in files]
    chars = sum(len(r.text) for r in raws)
    clean_s, norms = best_of(args.repeat, lambda: [normalize_with_offsets(r.text) for r in raws])
    spans = [sentence_spans(n) for n in norms]
    texts = [n.text[s:e] for n, sp in zip(norms, spans) for s, e, _ in sp]
    print(f"{len(files)} files, {chars:,} characters, {len(texts):,} sentences; CPU seconds, best of {args.repeat}\n")

    kiroku_nlp = load_nlp()
    kiroku, docs = component_times(kiroku_nlp, texts, args.repeat)
    plain, _ = component_times(spacy.load("ja_ginza"), texts, args.repeat)

    # extraction layers on kiroku's parse
    parsed, k = [], 0
    for norm, sp in zip(norms, spans):
        parsed.append(ParsedDocument(norm, [SentenceDoc(i, s, e, kind, docs[k + i]) for i, (s, e, kind) in enumerate(sp)]))
        k += len(sp)
    layers = {"cleaning + sentences": clean_s}
    layers["entities"], ents = best_of(args.repeat, lambda: [extract_entities(p) for p in parsed])
    layers["dates"], dates = best_of(args.repeat, lambda: [extract_dates(p, r.published) for p, r in zip(parsed, raws)])
    layers["events"], _ = best_of(args.repeat, lambda: [extract_events(p, e, d) for p, e, d in zip(parsed, ents, dates)])

    ginza_own = {n: s for n, s in kiroku.items() if n in plain}
    extra = {n: s for n, s in kiroku.items() if n not in plain}
    base = sum(plain.values())
    rows = [("plain ja_ginza, all components", base)]
    rows += [(f"  ginza {n}", s) for n, s in plain.items()]
    rows += [("kiroku: GiNZA components it keeps", sum(ginza_own.values()))]
    rows += [(f"  kiroku {n} (kiroku's own)", s) for n, s in extra.items()]
    rows += [(f"  {n}", s) for n, s in layers.items()]
    total = sum(kiroku.values()) + sum(layers.values())
    rows += [("kiroku total (parse + layers)", total)]
    for name, s in rows:
        print(f"{name:<42} {s:8.2f} s  {100 * s / base:6.1f}% of plain GiNZA")
    print(f"\nthroughput, CPU: plain GiNZA {chars / base:,.0f} chars/s, kiroku {chars / total:,.0f} chars/s, "
          f"kiroku / plain {base / total:.3f}")

    # one whole run, as the ingest task does it, under pyinstrument
    from pyinstrument import Profiler
    from pyinstrument.renderers import ConsoleRenderer

    settings = Settings(raw_dir=ROOT / "raw", out_dir=Path(tempfile.mkdtemp(prefix="kiroku-profile-")))
    prof = Profiler(interval=0.001)
    prof.start()
    for f in files:
        process_path(f, settings, nlp=kiroku_nlp)
    prof.stop()
    flat = prof.output(ConsoleRenderer(flat=True, unicode=True, show_all=False, time="percent_of_total"))
    top = [ln.strip() for ln in flat.splitlines() if "%" in ln and "<thread>" not in ln][: args.top]
    print(f"\npyinstrument, one process_path run over the files: top {args.top} by self time")
    print("\n".join(top))

    report = {"files": [str(f) for f in files], "chars": chars, "sentences": len(texts), "repeat": args.repeat,
              "plain_ginza_s": plain, "kiroku_components_s": kiroku, "layers_s": layers,
              "plain_total_s": base, "kiroku_total_s": total, "kiroku_over_plain_speed": round(base / total, 3),
              "pyinstrument_top": top, "when": time.strftime("%Y-%m-%dT%H:%M:%S")}
    write_report(args.out, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
