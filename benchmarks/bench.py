"""Throughput and memory of kiroku against plain GiNZA, in one run on one corpus.

    python benchmarks/bench.py [--mb 5] [--procs 2] [--out outputs/bench.json]

Corpus: raw/ plus generated reports built from raw/ (paragraphs shuffled with a
fixed seed, years and country names varied) until it holds --mb megabytes, so
start-up does not dominate. Each measurement runs in its own process; its wall
time, characters per second, CPU seconds (the process and all it waited for) and
peak resident memory (largest single process and the whole process tree, sampled
with psutil) are recorded. On a machine shared with other work, wall-clock ratios
move with that work; the CPU-seconds ratio of the one-process runs barely does. Ratios compare runs of
this same invocation only.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

from _report import write_report  # benchmarks/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

COUNTRIES = ["米国", "日本", "中国", "インド", "豪州", "英国", "フランス", "ドイツ", "イタリア", "カナダ", "韓国", "ブラジル"]


def build_corpus(dest: Path, megabytes: float, seed: int = 7) -> tuple[list[Path], int]:
    """raw/ plus generated reports from its paragraphs; returns the files and the total characters."""
    rng = random.Random(seed)
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    paragraphs: list[str] = []
    for src in sorted((ROOT / "raw").glob("*.txt")):
        text = src.read_text(encoding="utf-8")
        shutil.copy(src, dest / src.name)
        paragraphs += [p for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 20]
    target = int(megabytes * 1024 * 1024)
    size = sum(p.stat().st_size for p in dest.iterdir())
    k = 0
    while size < target:
        rng.shuffle(paragraphs)
        body = []
        for p in paragraphs[:60]:
            p = re.sub(r"20[12][0-9]年", lambda m: f"{rng.randint(2010, 2030)}年", p)
            p = re.sub("|".join(COUNTRIES), lambda m: rng.choice(COUNTRIES), p)
            body.append(p)
        data = ("\n\n".join(body) + "\n").encode("utf-8")
        (dest / f"gen_{k:04d}.txt").write_bytes(data)
        size += len(data)
        k += 1
    files = sorted(dest.iterdir())
    chars = sum(len(f.read_text(encoding="utf-8")) for f in files)
    return files, chars


PLAIN = r"""
import sys, spacy
from pathlib import Path
n_process = int(sys.argv[1]); files = sys.argv[2:]
nlp = spacy.load("ja_ginza")
def chunks():
    # Plain GiNZA needs the same chunking (SudachiPy refuses > 49,149 bytes): paragraph-sized pieces.
    for f in files:
        for para in Path(f).read_text(encoding="utf-8").split("\n"):
            while para:
                piece, para = para[:4000], para[4000:]
                if piece.strip():
                    yield piece
n = 0
for doc in nlp.pipe(chunks(), n_process=n_process, batch_size=64):
    n += len(doc)
print(n)
"""


def measure(name: str, cmd: list[str], chars: int, env: dict | None = None) -> dict:
    """Run `cmd`, sampling the RSS of its whole process tree every 0.2 s."""
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    ps = psutil.Process(proc.pid)
    peak_tree = peak_single = 0
    while proc.poll() is None:
        try:
            procs = [ps, *ps.children(recursive=True)]
            rss = [p.memory_info().rss for p in procs if p.is_running()]
            peak_tree = max(peak_tree, sum(rss))
            peak_single = max(peak_single, max(rss, default=0))
        except psutil.Error:
            pass
        time.sleep(0.2)
    seconds = time.perf_counter() - t0
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)  # the run and every process it waited for
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    row = {"name": name, "seconds": round(seconds, 2), "chars_per_s": round(chars / seconds, 1),
           "cpu_seconds": round(cpu, 2), "chars_per_cpu_s": round(chars / cpu, 1) if cpu else None,
           "peak_rss_mb_single": round(peak_single / 2**20, 1), "peak_rss_mb_tree": round(peak_tree / 2**20, 1),
           "returncode": proc.returncode}
    if proc.returncode not in (0,):
        row["stderr_tail"] = err[-800:]
    print(f"{name:<28} {seconds:8.1f} s  {row['chars_per_s']:9.0f} chars/s  CPU {cpu:8.1f} s  peak {row['peak_rss_mb_single']:7.0f} MB "
          f"(tree {row['peak_rss_mb_tree']:.0f} MB) rc={proc.returncode}", flush=True)
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in megabytes (default 5)")
    ap.add_argument("--procs", type=int, default=2, help="N for the multi-process runs (default 2)")
    ap.add_argument("--work", type=Path, default=ROOT / "outputs" / "bench")
    ap.add_argument("--out", type=Path, default=ROOT / "outputs" / "bench.json")
    ap.add_argument("--skip", action="append", default=[], help="skip runs whose name contains this")
    args = ap.parse_args(argv)
    n = args.procs
    files, chars = build_corpus(args.work / "corpus", args.mb)
    print(f"corpus: {len(files)} files, {chars:,} characters, {sum(f.stat().st_size for f in files)/2**20:.1f} MB", flush=True)
    kiroku_out = args.work / "kiroku_out"
    shutil.rmtree(kiroku_out, ignore_errors=True)
    py = sys.executable
    kiroku = [py, "-m", "pipeline.cli", "ingest", str(args.work / "corpus")]
    runs = [
        ("ginza nlp.pipe p=1", [py, "-c", PLAIN, "1", *map(str, files)]),
        (f"ginza nlp.pipe p={n}", [py, "-c", PLAIN, str(n), *map(str, files)]),
        (f"ginza CLI -p {n}", [str(BIN / "ginza"), "-p", str(n), "-o", os.devnull, *map(str, files)]),
        ("kiroku ingest p=1", [*kiroku, "--out", str(kiroku_out / "p1")]),
        (f"kiroku ingest p={n}", [*kiroku, "--out", str(kiroku_out / f"p{n}"), "--workers", str(n)]),
        ("kiroku re-run unchanged", [*kiroku, "--out", str(kiroku_out / "p1")]),
    ]
    rows = {}
    for name, cmd in runs:
        if any(s in name for s in args.skip):
            continue
        rows[name] = measure(name, cmd, chars, env={"PREFECT_LOGGING_LEVEL": "WARNING"})

    def ratio(a: str, b: str) -> float | None:
        if a in rows and b in rows and rows[b]["seconds"]:
            return round(rows[b]["seconds"] / rows[a]["seconds"], 3)  # a's speed relative to b
        return None

    ratios = {
        f"kiroku p=1 / ginza nlp.pipe p=1 (speed)": ratio("kiroku ingest p=1", "ginza nlp.pipe p=1"),
        f"kiroku p={n} / ginza nlp.pipe p={n} (speed)": ratio(f"kiroku ingest p={n}", f"ginza nlp.pipe p={n}"),
        f"ginza nlp.pipe p={n} / p=1 (speed-up)": ratio(f"ginza nlp.pipe p={n}", "ginza nlp.pipe p=1"),
        f"kiroku p={n} / p=1 (speed-up)": ratio(f"kiroku ingest p={n}", "kiroku ingest p=1"),
        f"kiroku p={n} / ginza CLI -p {n} (speed)": ratio(f"kiroku ingest p={n}", f"ginza CLI -p {n}"),
        "kiroku p=1 / ginza nlp.pipe p=1 (CPU seconds per char, robust to other load)": (
            round(rows["ginza nlp.pipe p=1"]["cpu_seconds"] / rows["kiroku ingest p=1"]["cpu_seconds"], 3)
            if "ginza nlp.pipe p=1" in rows and "kiroku ingest p=1" in rows else None),
        "re-run time / cold p=1 time": (round(rows["kiroku re-run unchanged"]["seconds"] / rows["kiroku ingest p=1"]["seconds"], 3)
                                        if "kiroku re-run unchanged" in rows and "kiroku ingest p=1" in rows else None),
    }
    print("\nratios (same run, same corpus):")
    for k, v in ratios.items():
        print(f"  {k:<45} {v if v is not None else 'n/a'}")
    report = {"corpus": {"files": len(files), "chars": chars, "mb": args.mb}, "procs": n, "runs": rows,
              "ratios": ratios, "cpu_count": os.cpu_count(), "when": time.strftime("%Y-%m-%dT%H:%M:%S")}
    write_report(args.out, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
