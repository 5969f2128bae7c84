"""Side-by-side benchmark: kiroku's dates normaliser vs ja-timex over the same case table.

    .venv/bin/python benchmarks/dates_vs_jatimex.py [--cases tests/data/date_cases.jsonl] [--markdown]

Prints, per expression class, the share of rows each tool gets right:
  strict  = an item with exactly the expected span whose value is right
            (for the classes `modifier` and `part_of_period` the mod must be right too);
  lenient = an item overlapping the expected span whose value is right (forgives span conventions,
            e.g. ja-timex's `2030年` for `2030年まで`).
Negative rows (span null) count as right when nothing overlaps the text that must stay untagged.
Also times both tools over the whole of raw/001 (150 KB).

ja-timex (PyPI ja-timex) pins a pendulum that conflicts with prefect's, so it lives in its own venv:
    python3 -m venv .venv-jatimex && .venv-jatimex/bin/pip install ja-timex
When ja_timex is not importable here, this script re-runs itself with .venv-jatimex/bin/python
in `--jatimex-only` mode (which imports nothing from kiroku) and reads its predictions as JSON.

Mapping ja-timex output to the contract's values (as generous as is fair):
  DATE `2024-XX-XX` -> `2024`, `XXXX-04-XX` -> `XXXX-04`, `2024-06-XX` -> `2024-06` (trailing unknown
  fields dropped); relative DURATIONs with mod NOW/BEFORE/AFTER (今年 P0Y NOW, 昨年 P1Y BEFORE, 先月
  P1M BEFORE) are resolved against the row's anchor date at their unit's precision (unknown -> XXXX
  when the row has no anchor); SET (毎年 P1Y) -> DURATION P1Y; a range_start item followed by a
  range_end item becomes one interval item `v1/v2`, the end taking missing year/month from the start;
  mods ON_OR_AFTER -> AFTER, ON_OR_BEFORE/BEFORE on a DATE -> BEFORE, APPROX/ABOUT -> APPROX,
  START/MID/END kept.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "date_cases.jsonl"
BIG = ROOT / "raw" / "001_b21e1c190a10bc85.txt"
JATIMEX_PY = ROOT / ".venv-jatimex" / "bin" / "python"
MOD_CLASSES = {"modifier", "part_of_period"}


def load_cases(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ----------------------------------------------------------------- ja-timex half (own venv)

_MOD_MAP = {"ON_OR_AFTER": "AFTER", "AFTER": "AFTER", "ON_OR_BEFORE": "BEFORE", "BEFORE": "BEFORE",
            "APPROX": "APPROX", "ABOUT": "APPROX", "START": "START", "MID": "MID", "END": "END"}


def _trim_unknown(v: str) -> str:
    parts = v.split("-")
    while len(parts) > 1 and set(parts[-1]) == {"X"}:
        parts.pop()
    return "-".join(parts)


def _relative(value: str, mod: str, anchor: str | None) -> str | None:
    m = re.fullmatch(r"P(\d+)([YMWD])", value or "")
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    sign = {"NOW": 0, "BEFORE": -1, "AFTER": 1}[mod]
    if anchor is None:
        return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-XX-XX", "D": "XXXX-XX-XX"}[unit]
    import datetime as dt

    a = dt.date.fromisoformat(anchor)
    if unit == "Y":
        return f"{a.year + sign * n:04d}"
    if unit == "M":
        k = a.year * 12 + a.month - 1 + sign * n
        return f"{k // 12:04d}-{k % 12 + 1:02d}"
    days = n * (7 if unit == "W" else 1)
    return (a + dt.timedelta(days=sign * days)).isoformat()


def _inherit(start_v: str, end_v: str) -> str:
    s, e = start_v.split("-"), end_v.split("-")
    out = [ev if set(ev) != {"X"} or i >= len(s) else s[i] for i, ev in enumerate(e)]
    return "-".join(out)


def jatimex_predict(cases: list[dict]) -> dict:
    import pendulum
    from ja_timex import TimexParser

    default = TimexParser()
    preds = []
    for row in cases:
        anchor = row.get("anchor")
        parser = TimexParser(reference=pendulum.datetime(*map(int, anchor.split("-")))) if anchor else default
        raw = []
        for t in parser.parse(row["text"]):
            s, e = t.raw_span if getattr(t, "raw_span", None) else t.span
            typ, value, mod = t.type, t.value, t.mod
            if typ == "DURATION" and mod in ("NOW", "BEFORE", "AFTER"):
                typ, value, mod = "DATE", _relative(value, mod, anchor), None
            elif typ == "SET":
                typ = "DURATION"
            elif typ == "DATE" and value:
                value = _trim_unknown(value)
            raw.append({"start": s, "end": e, "type": typ, "value": value, "mod": _MOD_MAP.get(mod),
                        "range_start": bool(t.range_start), "range_end": bool(t.range_end)})
        items, i = [], 0
        while i < len(raw):
            a = raw[i]
            if a["range_start"] and i + 1 < len(raw) and raw[i + 1]["range_end"] and a["value"] and raw[i + 1]["value"]:
                b = raw[i + 1]
                items.append({"start": a["start"], "end": b["end"], "type": "DATE",
                              "value": f"{a['value']}/{_trim_unknown(_inherit(a['value'], b['value']))}", "mod": None})
                i += 2
                continue
            items.append({k: a[k] for k in ("start", "end", "type", "value", "mod")})
            i += 1
        preds.append(items)
    big = BIG.read_text(encoding="utf-8")
    times = []
    for _ in range(2):
        t0 = time.perf_counter()
        default.parse(big)
        times.append(time.perf_counter() - t0)
    return {"preds": preds, "seconds_001": min(times)}


# ----------------------------------------------------------------- kiroku half

def kiroku_predict(cases: list[dict]) -> dict:
    sys.path.insert(0, str(ROOT))
    import datetime as dt

    from pipeline.extract.dates import find_dates

    preds = []
    for row in cases:
        anchor = dt.date.fromisoformat(row["anchor"]) if row.get("anchor") else None
        preds.append([{"start": i.start, "end": i.end, "type": i.type, "value": i.value, "mod": i.mod}
                      for i in find_dates(row["text"], anchor)])
    big = BIG.read_text(encoding="utf-8")
    find_dates(big)  # warm: compile the rules once
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        find_dates(big)
        times.append(time.perf_counter() - t0)
    return {"preds": preds, "seconds_001": statistics.median(times)}


def run_jatimex(cases_path: Path) -> dict | None:
    try:
        import ja_timex  # noqa: F401

        return jatimex_predict(load_cases(cases_path))
    except ImportError:
        pass
    if not JATIMEX_PY.exists():
        print(f"ja-timex not importable and {JATIMEX_PY} missing; create it with:\n"
              "  python3 -m venv .venv-jatimex && .venv-jatimex/bin/pip install ja-timex", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "jatimex.json"
        subprocess.run([str(JATIMEX_PY), __file__, "--jatimex-only", "--cases", str(cases_path), "--out", str(out)],
                       check=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
        return json.loads(out.read_text(encoding="utf-8"))


# ----------------------------------------------------------------- scoring

def score_row(row: dict, items: list[dict]) -> tuple[bool, bool]:
    if row["span"] is None:
        a = row["text"].index(row["absent"])
        b = a + len(row["absent"])
        ok = not any(i["start"] < b and a < i["end"] for i in items)
        return ok, ok
    s, e = row["start"], row["start"] + len(row["span"])
    need_mod = row["class"] in MOD_CLASSES

    def right(i: dict) -> bool:
        return i["value"] == row["value"] and (not need_mod or i["mod"] == row["mod"])

    strict = any(i["start"] == s and i["end"] == e and right(i) for i in items)
    lenient = any(i["start"] < e and s < i["end"] and right(i) for i in items)
    return strict, lenient


def table(cases: list[dict], runs: dict[str, dict | None], markdown: bool) -> str:
    classes = sorted({r["class"] for r in cases}, key=lambda c: (c == "negative", c))
    names = [n for n, r in runs.items() if r is not None]
    res: dict[str, dict[str, list[tuple[bool, bool]]]] = {n: defaultdict(list) for n in names}
    for n in names:
        for row, items in zip(cases, runs[n]["preds"]):
            res[n][row["class"]].append(score_row(row, items))
    head = ["class", "n"] + [f"{n} {k}" for n in names for k in ("strict", "lenient")]
    lines = []

    def pct(xs: list[tuple[bool, bool]], k: int) -> str:
        return f"{100 * sum(x[k] for x in xs) / len(xs):.0f}%" if xs else "-"

    rows = []
    for c in classes + ["ALL"]:
        n_rows = [r for r in cases if c in (r["class"], "ALL")]
        cells = [c, str(len(n_rows))]
        for n in names:
            xs = [x for cl, v in res[n].items() if c in (cl, "ALL") for x in v]
            cells += [pct(xs, 0), pct(xs, 1)]
        rows.append(cells)
    if markdown:
        lines.append("| " + " | ".join(head) + " |")
        lines.append("|" + "---|" * len(head))
        lines += ["| " + " | ".join(r) + " |" for r in rows]
    else:
        widths = [max(len(x) for x in col) for col in zip(head, *rows)]
        lines.append("  ".join(h.ljust(w) for h, w in zip(head, widths)))
        lines += ["  ".join(x.ljust(w) for x, w in zip(r, widths)) for r in rows]
    lines.append("")
    blind = [k for k, r in enumerate(cases) if r.get("split") == "blind"]
    if blind:
        for n in names:
            sc = [score_row(cases[k], runs[n]["preds"][k]) for k in blind]
            lines.append(f"{n}: rows written blind (split=blind, {len(blind)} rows): "
                         f"strict {100 * sum(x[0] for x in sc) / len(sc):.0f}%, "
                         f"lenient {100 * sum(x[1] for x in sc) / len(sc):.0f}%")
    for n in names:
        lines.append(f"{n}: whole raw/001 (150 KB) in {runs[n]['seconds_001']:.3f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=Path, default=CASES)
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--jatimex-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.jatimex_only:
        args.out.write_text(json.dumps(jatimex_predict(load_cases(args.cases)), ensure_ascii=False), encoding="utf-8")
        return 0
    cases = load_cases(args.cases)
    runs = {"kiroku": kiroku_predict(cases), "ja-timex": run_jatimex(args.cases)}
    print(table(cases, runs, args.markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
