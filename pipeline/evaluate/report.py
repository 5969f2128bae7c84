"""Assemble the evaluation report (a JSON-ready dict) and render it as Markdown.

report.json shape:
  {"meta": {...}, "overall": <rated tally>, "metrics": {dotted name: rate},
   "documents": {file: {"regions", "scores": <rated tally>, "metrics", "errors"}},
   "benchmark": {...} (when run)}
"""
from __future__ import annotations

from typing import Any, Iterable

from .score import DocumentScore, LayerResult, _label
from .tally import flatten, total, with_rates

LAYERS = ("entities", "dates", "events")


def _item_brief(item, layer: str) -> dict[str, Any]:
    if layer == "events":
        t = item.trigger
        return {"start": t.start, "end": t.end, "text": t.text, "label": _label(item),
                "actors": sorted({a.canonical or a.text for a in item.actors})}
    out = {"start": item.start, "end": item.end, "text": item.text, "label": _label(item)}
    if layer == "entities":
        out["canonical"] = item.canonical
    if layer == "dates":
        out.update(value=item.value, begin=item.begin, end_date=item.end_date,
                   mod=getattr(item.mod, "value", item.mod))
    return out


def layer_errors(res: LayerResult, layer: str) -> dict[str, list]:
    """Gold items not found (`missed`), predictions not in gold (`false_alarms`), span hits with the wrong label."""
    return {
        "missed": [_item_brief(x, layer) for x, s in zip(res.gold, res.gold_status) if s == "miss"],
        "false_alarms": [_item_brief(x, layer) for x, s in zip(res.pred, res.pred_status) if s == "false_alarm"],
        "wrong_label": [_item_brief(x, layer) for x, s in zip(res.pred, res.pred_status) if s == "label"],
    }


def build_report(scores: Iterable[DocumentScore], meta: dict[str, Any] | None = None) -> dict[str, Any]:
    scores = list(scores)
    overall = with_rates(total([s.tally for s in scores]))
    docs = {}
    for s in scores:
        rated = with_rates(s.tally)
        docs[s.file] = {
            "regions": [list(r) for r in s.regions],
            "scores": rated,
            "metrics": flatten({k: rated[k] for k in LAYERS}),
            "errors": {layer: layer_errors(getattr(s, layer), layer) for layer in LAYERS},
        }
    return {
        "meta": dict(meta or {}, n_documents=len(scores)),
        "overall": overall,
        "metrics": flatten({k: overall[k] for k in LAYERS if k in overall}),
        "documents": docs,
    }


def summary_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per document plus overall: the table artifact and the console summary."""
    rows = []
    docs = [(k, v["scores"]) for k, v in report.get("documents", {}).items()]
    if report.get("overall"):
        docs.append(("overall", report["overall"]))
    for name, s in docs:
        rows.append({
            "document": name,
            "entities_strict_f1": s["entities"]["strict"]["f1"],
            "entities_partial_f1": s["entities"]["partial"]["f1"],
            "canonical_f1": s["entities"]["canonical"]["f1"],
            "dates_strict_f1": s["dates"]["strict"]["f1"],
            "dates_partial_f1": s["dates"]["partial"]["f1"],
            "date_value_acc": s["dates"]["value_accuracy"]["acc"],
            "event_trigger_f1": s["events"]["trigger"]["f1"],
            "event_type_acc": s["events"]["type_accuracy"]["acc"],
            "event_actor_acc": s["events"]["actor_accuracy"]["acc"],
            "commitment_f1": s["events"]["commitment"]["f1"],
        })
    for sysname, t in report.get("benchmark", {}).get("systems", {}).items():
        rows.append({"document": f"benchmark {sysname}", "entities_strict_f1": t["strict"]["f1"],
                     "entities_partial_f1": t["partial"]["f1"]})
    return rows


# ---------------------------------------------------------------- Markdown

def _f(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _prf_row(name: str, t: dict) -> str:
    return f"| {name} | {_f(t.get('p'))} | {_f(t.get('r'))} | {_f(t.get('f1'))} | {t['tp']} | {t['fp']} | {t['fn']} |"


PRF_HEAD = "| metric | P | R | F1 | tp | fp | fn |\n|---|---:|---:|---:|---:|---:|---:|"
ACC_HEAD = "| metric | accuracy | correct | n |\n|---|---:|---:|---:|"


def _acc_row(name: str, t: dict) -> str:
    c = t["correct"]
    return f"| {name} | {_f(t.get('acc'))} | {c if isinstance(c, int) else round(c, 2)} | {t['n']} |"


def layer_tables(t: dict[str, Any]) -> list[str]:
    """Markdown tables for one rated tally (overall or one document)."""
    lines: list[str] = []
    if "entities" in t:
        e = t["entities"]
        lines += [f"### Entities (gold {e['n_gold']}, predicted {e['n_pred']})", "", PRF_HEAD]
        for mode in ("strict", "partial"):
            lines.append(_prf_row(f"**{mode}** micro", e[mode]))
        lines.append(_prf_row("unlabelled (span only, overlap)", e["unlabelled"]))
        lines.append(_prf_row("canonical consistency (pairwise)", e["canonical"]))
        labels = sorted(set(e["strict"]["per_label"]) | set(e["partial"]["per_label"]))
        for lab in labels:
            for mode in ("strict", "partial"):
                if lab in e[mode]["per_label"]:
                    lines.append(_prf_row(f"{lab} {mode}", e[mode]["per_label"][lab]))
        lines += ["", ACC_HEAD, _acc_row("canonical exact", e["canonical_exact"]), ""]
        if e.get("confusion"):
            lines.append("Label confusions (gold->predicted: count): "
                         + ", ".join(f"{k}: {v}" for k, v in e["confusion"].items()))
            lines.append("")
    if "dates" in t:
        d = t["dates"]
        lines += [f"### Dates (gold {d['n_gold']}, predicted {d['n_pred']})", "", PRF_HEAD,
                  _prf_row("**strict** detection", d["strict"]), _prf_row("**partial** detection", d["partial"]),
                  "", ACC_HEAD]
        for k in ("value_accuracy", "value_exact", "type_accuracy"):
            lines.append(_acc_row(k.replace("_", " "), d[k]))
        lines.append("")
    if "events" in t:
        v = t["events"]
        lines += [f"### Events (gold {v['n_gold']}, predicted {v['n_pred']})", "", PRF_HEAD,
                  _prf_row("**trigger** (overlap)", v["trigger"]),
                  _prf_row("trigger strict", v["trigger_strict"]),
                  _prf_row("typed (overlap + type)", v["typed"]),
                  _prf_row("commitment only", v["commitment"])]
        for typ, c in v["typed"]["per_type"].items():
            lines.append(_prf_row(f"{typ}", c))
        lines += ["", ACC_HEAD]
        for k in ("type_accuracy", "actor_accuracy", "actor_jaccard", "negated_accuracy", "content_accuracy",
                  "content_overlap", "date_accuracy", "location_accuracy"):
            lines.append(_acc_row(k.replace("_", " "), v[k]))
        lines.append("")
    return lines


def render_markdown(report: dict[str, Any]) -> str:
    meta = report.get("meta", {})
    lines = ["# kiroku evaluation", ""]
    for k, v in meta.items():
        lines.append(f"- {k}: {v}")
    lines.append("")
    if report.get("documents"):
        lines += ["## Summary", "", "| document | chars | entities strict F1 | entities partial F1 | dates partial F1 "
                  "| date value acc | event trigger F1 | commitment F1 |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
        rows = [(name, d["scores"]) for name, d in report["documents"].items()] + [("**overall**", report["overall"])]
        for name, s in rows:
            lines.append(
                f"| {name} | {s['n_chars']} | {_f(s['entities']['strict']['f1'])} | {_f(s['entities']['partial']['f1'])} "
                f"| {_f(s['dates']['partial']['f1'])} | {_f(s['dates']['value_accuracy']['acc'])} "
                f"| {_f(s['events']['trigger']['f1'])} | {_f(s['events']['commitment']['f1'])} |"
            )
        lines += ["", "## Overall", ""] + layer_tables(report["overall"])
        for name, d in report["documents"].items():
            lines += [f"## {name}", "", f"Regions: {d['regions']}", ""] + layer_tables(d["scores"])
    if report.get("benchmark"):
        from .benchmark import render_benchmark_markdown

        lines += render_benchmark_markdown(report["benchmark"])
    return "\n".join(lines) + "\n"
