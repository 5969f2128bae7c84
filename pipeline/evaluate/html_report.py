"""report.html: one section per document, gold and predicted spans side by side.

Each annotated region is split into lines; every line is one table row with
the gold markup on the left and the predicted markup on the right, so the two
stay aligned. Colours: green = exact match, yellow = overlap only, orange =
span found with another label/type, red = missed gold item (left) or false
alarm (right). Hovering a mark shows its label, canonical, value or actors.
Everything that comes from text or data is escaped.
"""
from __future__ import annotations

import html
from typing import Any, Sequence

from .report import _f
from .score import DocumentScore, LayerResult, _label
from .matching import span_of

CSS = """
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}
th{background:#f3f3f3}.num{text-align:right}
table.side{width:100%;table-layout:fixed}table.side td{font-family:monospace;white-space:pre-wrap;word-break:break-all;line-height:1.9}
table.side td.ln{width:4.5em;color:#999;font-size:80%;text-align:right}
mark{border-radius:3px;padding:1px 0}
mark.match{background:#c8f0c8}mark.partial{background:#fff0a0}mark.label{background:#ffd0a0}
mark.miss{background:#ffb0b0;outline:2px solid #d00}mark.false_alarm{background:#f0c0ff;outline:2px solid #909}
sub.tag{font-size:65%;color:#555;font-family:sans-serif;margin-left:1px}
details{margin:.6em 0}summary{cursor:pointer;font-weight:600}
.legend mark{margin-right:1em}
"""

LEGEND = ('<p class="legend"><mark class="match">exact match</mark><mark class="partial">overlap only</mark>'
          '<mark class="label">wrong label/type</mark><mark class="miss">missed (gold)</mark>'
          '<mark class="false_alarm">false alarm (predicted)</mark></p>')


def _e(x: Any) -> str:
    return html.escape("" if x is None else str(x), quote=True)


def _tag(item, layer: str) -> str:
    if layer == "dates":
        return f"{_label(item)} {item.value or '∅'}"
    return _label(item)


def _title(item, layer: str, status: str) -> str:
    parts = [status, _label(item)]
    if layer == "entities":
        parts.append(f"canonical={item.canonical}")
    elif layer == "dates":
        mod = getattr(item.mod, "value", item.mod)
        parts.append(f"value={item.value} begin={item.begin} end={item.end_date} mod={mod}")
    elif layer == "events":
        actors = ", ".join(a.canonical or a.text for a in item.actors) or "-"
        parts.append(f"actors={actors}")
        if item.negated:
            parts.append("negated")
    rule = getattr(item, "rule", None)
    if rule:
        parts.append(f"rule={rule}")
    return " | ".join(str(p) for p in parts)


def render_line(raw: str, start: int, end: int, items: Sequence, statuses: Sequence[str], layer: str) -> str:
    """Markup for raw[start:end] with the given items drawn; overlapping items are split into segments."""
    spans = []
    for k, it in enumerate(items):
        s, e = span_of(it)
        if e > start and s < end:
            spans.append((max(s, start), min(e, end), e <= end, k))
    cuts = sorted({start, end} | {s for s, _, _, _ in spans} | {e for _, e, _, _ in spans})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        cover = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        text = _e(raw[a:b])
        if not cover:
            out.append(text)
            continue
        inner = min(cover, key=lambda sp: (sp[1] - sp[0], sp[3]))  # the shortest span decides the colour
        k = inner[3]
        titles = " ‖ ".join(_title(items[sp[3]], layer, statuses[sp[3]]) for sp in cover)
        tags = "".join(f'<sub class="tag">{_e(_tag(items[sp[3]], layer))}</sub>'
                       for sp in cover if sp[1] == b and sp[2])
        out.append(f'<mark class="{_e(statuses[k])}" title="{_e(titles)}">{text}</mark>{tags}')
    return "".join(out)


def _lines(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split [start, end) into line ranges (the newline stays with its line)."""
    out, s = [], start
    while s < end:
        nl = raw.find("\n", s, end)
        e = end if nl < 0 else nl + 1
        out.append((s, e))
        s = e
    return out


def render_layer(raw: str, regions: Sequence[tuple[int, int]], res: LayerResult, layer: str) -> str:
    rows = []
    for rs, re_ in regions:
        rows.append(f'<tr><th colspan="3">region [{rs}, {re_})</th></tr>')
        for s, e in _lines(raw, rs, re_):
            if not raw[s:e].strip():
                continue
            g = render_line(raw, s, e, res.gold, res.gold_status, layer)
            p = render_line(raw, s, e, res.pred, res.pred_status, layer)
            rows.append(f'<tr><td class="ln">{s}</td><td>{g}</td><td>{p}</td></tr>')
    head = '<tr><th class="ln">offset</th><th>gold</th><th>predicted</th></tr>'
    return f'<table class="side">{head}{"".join(rows)}</table>'


def _layer_summary(layer: str, t: dict) -> str:
    if layer == "entities":
        return (f"strict F1 {_f(t['strict']['f1'])}, partial F1 {_f(t['partial']['f1'])}, "
                f"canonical F1 {_f(t['canonical']['f1'])} (gold {t['n_gold']}, predicted {t['n_pred']})")
    if layer == "dates":
        return (f"strict F1 {_f(t['strict']['f1'])}, partial F1 {_f(t['partial']['f1'])}, "
                f"value accuracy {_f(t['value_accuracy']['acc'])} (gold {t['n_gold']}, predicted {t['n_pred']})")
    return (f"trigger F1 {_f(t['trigger']['f1'])}, type accuracy {_f(t['type_accuracy']['acc'])}, "
            f"actor accuracy {_f(t['actor_accuracy']['acc'])}, commitment F1 {_f(t['commitment']['f1'])} "
            f"(gold {t['n_gold']}, predicted {t['n_pred']})")


def render_html(report: dict[str, Any], scores: Sequence[DocumentScore], raws: dict[str, str]) -> str:
    """The whole page. `raws` maps each gold file name to its decoded raw text."""
    parts = ["<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>kiroku evaluation</title>",
             f"<style>{CSS}</style></head><body><h1>kiroku evaluation</h1>", LEGEND]
    meta = report.get("meta", {})
    parts.append("<ul>" + "".join(f"<li>{_e(k)}: {_e(v)}</li>" for k, v in meta.items()) + "</ul>")
    parts.append("<table><tr><th>document</th><th>entities</th><th>dates</th><th>events</th></tr>")
    for i, s in enumerate(scores):
        t = report["documents"][s.file]["scores"]
        parts.append(f'<tr><td><a href="#doc{i}">{_e(s.file)}</a></td>'
                     + "".join(f"<td>{_e(_layer_summary(layer, t[layer]))}</td>" for layer in ("entities", "dates", "events"))
                     + "</tr>")
    o = report["overall"]
    parts.append("<tr><th>overall</th>" + "".join(
        f"<td>{_e(_layer_summary(layer, o[layer]))}</td>" for layer in ("entities", "dates", "events")) + "</tr></table>")
    for i, s in enumerate(scores):
        raw = raws.get(s.file)
        t = report["documents"][s.file]["scores"]
        parts.append(f'<section id="doc{i}"><h2>{_e(s.file)}</h2>')
        if raw is None:
            parts.append("<p>raw text not available</p></section>")
            continue
        for layer in ("entities", "dates", "events"):
            res: LayerResult = getattr(s, layer)
            parts.append(f"<details open><summary>{_e(layer)}: {_e(_layer_summary(layer, t[layer]))}</summary>")
            parts.append(render_layer(raw, s.regions, res, layer))
            parts.append("</details>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts)
