"""Inter-annotator agreement: first gold annotation (reference) vs the blind second reading.

    .venv/bin/python annotations/iaa/agreement.py [ID]        # ID defaults to 004_d5ac869ad11fc800.txt

Loads annotations/<ID>.json (reference) and annotations/iaa/<ID>.second.json, both
validated as pipeline.schema.GoldFile against the raw text, and reports per layer:
- span agreement as F1 with the first annotation as reference: strict (same start and
  end) and partial (overlap; one-to-one, largest overlap first), label ignored;
  strict span+label F1 as the contract scores it;
- entities: label agreement and Cohen's kappa over matched spans; canonical agreement;
- dates: type agreement; value agreement (value, begin, end_date and mod all equal);
- events: trigger F1 (overlap and strict), type agreement and actor-canonical agreement
  (the sets of actor canonicals equal) over matched triggers.
Disagreements are printed and summarised by category (label pair, missing label,
date field, event type), not item by item into agreement.md. Text of agreement.md
below the line `<!-- notes -->` is kept across runs.

Both annotations are restricted to the second reading's `regions` before anything is
compared: an entity or date counts when its span lies inside a region, an event when its
trigger does (the contract's scoring rule). So a second reading of a few regions of a
report is compared with the reference items of those regions only; the table says how
many reference items fell outside (counts only, no items are printed for them).

    .venv/bin/python annotations/iaa/agreement.py 001_b21e1c190a10bc85.txt --section "001 (OECD regions)"

With --section, the generated table and categories replace (or are appended as) the section
`## <title>` at the END of agreement.md, between `<!-- section <ID> -->` and
`<!-- end section <ID> -->`; everything else in agreement.md is left as it is. Without it
the file is rewritten as before, but only when its header names the same ID.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.schema import GoldFile  # noqa: E402

NOTES_MARK = "<!-- notes -->"


def read_raw(path: Path) -> str:
    text = path.read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def load(path: Path, raw: str) -> dict:
    doc = json.loads(path.read_text(encoding="utf-8"))
    GoldFile(**doc).check_offsets(raw)
    return doc


def inside(start: int, end: int, regions) -> bool:
    return any(rs <= start and end <= re_ for rs, re_ in regions)


def restrict(doc: dict, regions) -> tuple[dict, dict]:
    """A copy of `doc` with only the items inside `regions`, and per layer how many were dropped."""
    out = dict(doc)
    dropped = {}
    for layer in ("entities", "dates", "events"):
        items = doc.get(layer, [])
        kept = [it for it in items if inside(*span(it), regions)]
        out[layer] = kept
        dropped[layer] = len(items) - len(kept)
    out["regions"] = [list(r) for r in regions]
    return out, dropped


def span(item: dict) -> tuple[int, int]:
    t = item.get("trigger", item)
    return t["start"], t["end"]


def match(ref: list[dict], hyp: list[dict], strict: bool) -> list[tuple[int, int]]:
    """One-to-one pairs (i_ref, j_hyp): identical spans, or overlapping ones taken largest overlap first."""
    cands = []
    for i, r in enumerate(ref):
        rs, re_ = span(r)
        for j, h in enumerate(hyp):
            hs, he = span(h)
            if strict:
                if (rs, re_) == (hs, he):
                    cands.append((re_ - rs, i, j))
            else:
                ov = min(re_, he) - max(rs, hs)
                if ov > 0:
                    cands.append((ov, i, j))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_r, used_h, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_r and j not in used_h:
            used_r.add(i)
            used_h.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def prf(n_match: int, n_ref: int, n_hyp: int) -> tuple[float, float, float]:
    p = n_match / n_hyp if n_hyp else 0.0
    r = n_match / n_ref if n_ref else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def share(pairs, ok) -> tuple[int, int]:
    return sum(1 for p in pairs if ok(*p)), len(pairs)


def kappa(a: list[str], b: list[str]) -> float | None:
    n = len(a)
    if n == 0:
        return None
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    if pe == 1.0:
        return 1.0 if po == 1.0 else None
    return (po - pe) / (1 - pe)


def fmt_share(k: int, n: int) -> str:
    return f"{k}/{n} = {k / n:.3f}" if n else "n/a"


def actor_set(ev: dict) -> frozenset:
    return frozenset(a.get("canonical") for a in ev.get("actors", []))


def date_key(d: dict) -> tuple:
    return d.get("value"), d.get("begin"), d.get("end_date"), d.get("mod")


def analyse(ref: dict, hyp: dict, raw: str):
    rows, cats, listing = [], Counter(), []

    def layer_rows(name, R, H, label_of):
        out = {}
        for mode in ("strict", "partial"):
            pairs = match(R, H, strict=(mode == "strict"))
            p, r, f = prf(len(pairs), len(R), len(H))
            out[mode] = pairs
            rows.append((name, f"span F1 ({mode})", f"{f:.3f}", f"P {p:.3f} R {r:.3f}; {len(pairs)} matched of ref {len(R)} / second {len(H)}"))
        pairs = out["strict"]
        same = [(i, j) for i, j in pairs if label_of(R[i]) == label_of(H[j])]
        p, r, f = prf(len(same), len(R), len(H))
        rows.append((name, "span+label F1 (strict)", f"{f:.3f}", f"P {p:.3f} R {r:.3f}"))
        pp = out["partial"]
        same_p = [(i, j) for i, j in pp if label_of(R[i]) == label_of(H[j])]
        p, r, f = prf(len(same_p), len(R), len(H))
        rows.append((name, "span+label F1 (partial)", f"{f:.3f}", f"P {p:.3f} R {r:.3f}"))
        return out

    # ---- entities
    R, H = ref["entities"], hyp["entities"]
    m = layer_rows("entities", R, H, lambda e: e["label"])
    for mode in ("strict", "partial"):
        pairs = m[mode]
        k, n = share(pairs, lambda i, j: R[i]["label"] == H[j]["label"])
        rows.append(("entities", f"label agreement ({mode} matches)", fmt_share(k, n), ""))
        kap = kappa([R[i]["label"] for i, _ in pairs], [H[j]["label"] for _, j in pairs])
        rows.append(("entities", f"Cohen's kappa, labels ({mode} matches)", "n/a" if kap is None else f"{kap:.3f}", ""))
        k, n = share(pairs, lambda i, j: R[i]["canonical"] == H[j]["canonical"])
        rows.append(("entities", f"canonical agreement ({mode} matches)", fmt_share(k, n), ""))
    pp = m["partial"]
    mr = {i for i, _ in pp}
    mh = {j for _, j in pp}
    strict_pairs = set(m["strict"])
    for i, j in pp:
        a, b = R[i], H[j]
        if (i, j) not in strict_pairs:
            cats[f"entities: boundary differs ({a['label']} / {b['label']})"] += 1
            listing.append(f"entity boundary: ref {a['text']!r} / second {b['text']!r}")
        if a["label"] != b["label"]:
            cats[f"entities: label ref {a['label']} vs second {b['label']}"] += 1
            listing.append(f"entity label: {b['text']!r} ref {a['label']} / second {b['label']}")
        elif a["canonical"] != b["canonical"]:
            cats[f"entities: canonical differs ({a['label']})"] += 1
            listing.append(f"entity canonical: {b['text']!r} ref {a['canonical']!r} / second {b['canonical']!r}")
    for i, a in enumerate(R):
        if i not in mr:
            cats[f"entities: ref {a['label']} vs second not an entity"] += 1
            listing.append(f"entity only in ref: {a['text']!r}@{a['start']} {a['label']}")
    for j, b in enumerate(H):
        if j not in mh:
            cats[f"entities: second {b['label']} vs ref not an entity"] += 1
            listing.append(f"entity only in second: {b['text']!r}@{b['start']} {b['label']}")

    # ---- dates
    R, H = ref["dates"], hyp["dates"]
    m = layer_rows("dates", R, H, lambda d: d["type"])
    for mode in ("strict", "partial"):
        pairs = m[mode]
        k, n = share(pairs, lambda i, j: R[i]["type"] == H[j]["type"])
        rows.append(("dates", f"type agreement ({mode} matches)", fmt_share(k, n), ""))
        k, n = share(pairs, lambda i, j: date_key(R[i]) == date_key(H[j]))
        rows.append(("dates", f"value+begin+end_date+mod agreement ({mode} matches)", fmt_share(k, n), ""))
    pp = m["partial"]
    strict_pairs = set(m["strict"])
    mr, mh = {i for i, _ in pp}, {j for _, j in pp}
    for i, j in pp:
        a, b = R[i], H[j]
        if (i, j) not in strict_pairs:
            cats["dates: boundary differs"] += 1
            listing.append(f"date boundary: ref {a['text']!r} / second {b['text']!r}")
        if a["type"] != b["type"]:
            cats[f"dates: type ref {a['type']} vs second {b['type']}"] += 1
        for f in ("value", "begin", "end_date", "mod"):
            if a.get(f) != b.get(f):
                cats[f"dates: {f} differs"] += 1
                listing.append(f"date {f}: {b['text']!r} ref {a.get(f)!r} / second {b.get(f)!r}")
    for i, a in enumerate(R):
        if i not in mr:
            cats[f"dates: ref {a['type']} vs second not a date"] += 1
            listing.append(f"date only in ref: {a['text']!r}@{a['start']}")
    for j, b in enumerate(H):
        if j not in mh:
            cats[f"dates: second {b['type']} vs ref not a date"] += 1
            listing.append(f"date only in second: {b['text']!r}@{b['start']}")

    # ---- events
    R, H = ref["events"], hyp["events"]
    m = {}
    for mode in ("strict", "partial"):
        pairs = match(R, H, strict=(mode == "strict"))
        m[mode] = pairs
        p, r, f = prf(len(pairs), len(R), len(H))
        label = "trigger F1 (overlap)" if mode == "partial" else "trigger F1 (strict)"
        rows.append(("events", label, f"{f:.3f}", f"P {p:.3f} R {r:.3f}; {len(pairs)} matched of ref {len(R)} / second {len(H)}"))
    pp = m["partial"]
    same = [(i, j) for i, j in pp if R[i]["type"] == H[j]["type"]]
    p, r, f = prf(len(same), len(R), len(H))
    rows.append(("events", "trigger+type F1 (overlap)", f"{f:.3f}", f"P {p:.3f} R {r:.3f}"))
    k, n = share(pp, lambda i, j: R[i]["type"] == H[j]["type"])
    rows.append(("events", "type agreement (matched triggers)", fmt_share(k, n), ""))
    kap = kappa([R[i]["type"] for i, _ in pp], [H[j]["type"] for _, j in pp])
    rows.append(("events", "Cohen's kappa, types (matched triggers)", "n/a" if kap is None else f"{kap:.3f}", ""))
    k, n = share(pp, lambda i, j: actor_set(R[i]) == actor_set(H[j]))
    rows.append(("events", "actor-canonical agreement (matched triggers)", fmt_share(k, n), ""))
    k, n = share(pp, lambda i, j: R[i].get("date") == H[j].get("date"))
    rows.append(("events", "linked date agreement (matched triggers)", fmt_share(k, n), ""))
    k, n = share(pp, lambda i, j: R[i].get("location") == H[j].get("location"))
    rows.append(("events", "location agreement (matched triggers)", fmt_share(k, n), ""))
    k, n = share(pp, lambda i, j: (R[i].get("content") or "") == (H[j].get("content") or ""))
    rows.append(("events", "content exact-match agreement (matched triggers)", fmt_share(k, n), ""))
    k, n = share(pp, lambda i, j: bool(R[i].get("negated")) == bool(H[j].get("negated")))
    rows.append(("events", "negated agreement (matched triggers)", fmt_share(k, n), ""))
    mr, mh = {i for i, _ in pp}, {j for _, j in pp}
    for i, j in pp:
        a, b = R[i], H[j]
        tb = b["trigger"]["text"]
        if a["type"] != b["type"]:
            cats[f"events: type ref {a['type']} vs second {b['type']}"] += 1
            listing.append(f"event type: {tb!r}@{b['trigger']['start']} ref {a['type']} / second {b['type']}")
        if actor_set(a) != actor_set(b):
            cats["events: actor canonicals differ"] += 1
            listing.append(f"event actors: {tb!r}@{b['trigger']['start']} ref {sorted(map(str, actor_set(a)))} / second {sorted(map(str, actor_set(b)))}")
        if a.get("date") != b.get("date"):
            cats["events: linked date differs"] += 1
            listing.append(f"event date: {tb!r}@{b['trigger']['start']} ref {a.get('date')!r} / second {b.get('date')!r}")
        if a.get("location") != b.get("location"):
            cats["events: location differs"] += 1
            listing.append(f"event location: {tb!r}@{b['trigger']['start']} ref {a.get('location')!r} / second {b.get('location')!r}")
        if (a.get("content") or "") != (b.get("content") or ""):
            cats["events: content differs"] += 1
            listing.append(f"event content: {tb!r}@{b['trigger']['start']} differs")
        if span(a) != span(b):
            cats["events: trigger boundary differs"] += 1
            listing.append(f"event trigger boundary: ref {a['trigger']['text']!r} / second {tb!r}")
    for i, a in enumerate(R):
        if i not in mr:
            cats[f"events: ref {a['type']} vs second no event"] += 1
            listing.append(f"event only in ref: {a['trigger']['text']!r}@{a['trigger']['start']} {a['type']}")
    for j, b in enumerate(H):
        if j not in mh:
            cats[f"events: second {b['type']} vs ref no event"] += 1
            listing.append(f"event only in second: {b['trigger']['text']!r}@{b['trigger']['start']} {b['type']}")

    rows.append(("document", "published equal", str(ref.get("published") == hyp.get("published")), ""))
    rows.append(("document", "regions equal", str([list(r) for r in ref["regions"]] == [list(r) for r in hyp["regions"]]), ""))
    return rows, cats, listing


def table(rows) -> str:
    out = ["| layer | measure | value | detail |", "|---|---|---|---|"]
    out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(out)


def selftest(raw: str, doc: dict) -> None:
    """The measures must move when a copy is perturbed: an identical copy scores 1.0 everywhere,
    a dropped entity lowers recall, a relabelled one lowers label agreement and kappa, a shifted
    date end breaks strict but not partial matching, a changed mod breaks value agreement, a
    retyped event breaks type agreement and a dropped actor breaks actor agreement."""
    import copy

    def val(rows, layer, measure):
        return next(c for a, b, c, _ in rows if a == layer and b == measure)

    rows, cats, _ = analyse(doc, copy.deepcopy(doc), raw)
    assert not cats, cats
    assert val(rows, "entities", "span F1 (strict)") == "1.000"
    hyp = copy.deepcopy(doc)
    hyp["entities"].pop(0)
    i = next(k for k, e in enumerate(hyp["entities"]) if e["label"] == "GPE")
    hyp["entities"][i]["label"] = "LOC"
    d = hyp["dates"][0]
    d["end"] -= 1
    d["text"] = d["text"][:-1]
    hyp["dates"][1]["mod"] = None if hyp["dates"][1]["mod"] else "APPROX"
    hyp["events"][0]["type"] = "ANNOUNCE" if hyp["events"][0]["type"] != "ANNOUNCE" else "MEET"
    j = next(k for k, e in enumerate(hyp["events"]) if e["actors"])
    hyp["events"][j]["actors"] = []
    rows, cats, _ = analyse(doc, hyp, raw)
    n = len(doc["entities"])
    assert val(rows, "entities", "span F1 (strict)") == f"{2 * (n - 1) / (2 * n - 1):.3f}"
    assert val(rows, "entities", "label agreement (strict matches)") == f"{n - 2}/{n - 1} = {(n - 2) / (n - 1):.3f}"
    assert val(rows, "entities", "Cohen's kappa, labels (strict matches)") not in ("1.000", "n/a")
    nd = len(doc["dates"])
    assert val(rows, "dates", "span F1 (strict)") == f"{(nd - 1) / nd:.3f}"
    assert val(rows, "dates", "span F1 (partial)") == "1.000"
    assert val(rows, "dates", "value+begin+end_date+mod agreement (partial matches)").startswith(f"{nd - 1}/{nd} ")
    ne = len(doc["events"])
    assert val(rows, "events", "type agreement (matched triggers)").startswith(f"{ne - 1}/{ne} ")
    assert val(rows, "events", "actor-canonical agreement (matched triggers)").startswith(f"{ne - 1}/{ne} ")
    # restriction: a sub-region keeps exactly the items lying inside it, in every layer
    cut = doc["dates"][len(doc["dates"]) // 2]["start"]
    part, dropped = restrict(doc, [[0, cut]])
    for layer in ("entities", "dates", "events"):
        want = [it for it in doc[layer] if span(it)[1] <= cut]
        assert part[layer] == want, layer
        assert dropped[layer] == len(doc[layer]) - len(want)
    assert dropped["dates"] > 0 and part["dates"], "the cut must split the dates"
    rows, cats, _ = analyse(part, restrict(copy.deepcopy(doc), [[0, cut]])[0], raw)
    assert not cats and val(rows, "dates", "span F1 (strict)") == "1.000"
    print("selftest: ok")


def write_section(md: Path, name: str, title: str, regions, tab: str, cat_lines: str) -> None:
    """Replace or append the generated part of section `title` at the end of agreement.md.
    Hand-written text after `<!-- end section NAME -->` (the section's notes) is kept."""
    begin, end = f"<!-- section {name} -->", f"<!-- end section {name} -->"
    body = (f"{begin}\n## {title}\n\n"
            f"Reference: `annotations/{name}.json` (first annotation), restricted to the compared regions. "
            f"Second: `annotations/iaa/{name}.second.json` (blind second reading). Regions "
            + ", ".join(f"[{a}, {b})" for a, b in regions) + ".\n"
            f"Generated by `.venv/bin/python annotations/iaa/agreement.py {name} --section \"{title}\"`; "
            f"matching is one-to-one, partial = overlapping span, largest overlap first.\n\n"
            f"{tab}\n\n### Disagreements by category (counts)\n\n{cat_lines or '- none'}\n{end}")
    text = md.read_text(encoding="utf-8") if md.exists() else ""
    if begin in text:
        head, rest = text.split(begin, 1)
        if end not in rest:
            raise SystemExit(f"{md.name}: {begin} without {end}")
        tail = rest.split(end, 1)[1]
        text = head + body + tail
    else:
        text = text.rstrip("\n") + "\n\n" + body + "\n"
    md.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--selftest":
        name = "004_d5ac869ad11fc800.txt"
        raw = read_raw(ROOT / "raw" / name)
        selftest(raw, load(HERE / f"{name}.second.json", raw))
        return 0
    section = None
    if "--section" in argv:
        k = argv.index("--section")
        if k + 1 >= len(argv):
            raise SystemExit("--section needs a title")
        section = argv[k + 1]
        argv = argv[:k] + argv[k + 2:]
    name = argv[0] if argv else "004_d5ac869ad11fc800.txt"
    raw = read_raw(ROOT / "raw" / name)
    ref_full = load(ROOT / "annotations" / f"{name}.json", raw)
    hyp_full = load(HERE / f"{name}.second.json", raw)
    regions = [list(r) for r in hyp_full["regions"]]
    uncovered = [r for r in regions if not inside(r[0], r[1], ref_full["regions"])]
    if uncovered:
        raise SystemExit(f"second-reading regions {uncovered} are not inside the reference's regions {ref_full['regions']}")
    ref, ref_dropped = restrict(ref_full, regions)
    hyp, hyp_dropped = restrict(hyp_full, regions)
    if any(hyp_dropped.values()):
        raise SystemExit(f"the second reading has items outside its own regions: {hyp_dropped}")
    rows, cats, listing = analyse(ref, hyp, raw)
    rows = [r for r in rows if r[1] != "regions equal"]
    rows.append(("document", "compared regions", " ".join(f"[{a}, {b})" for a, b in regions),
                 f"reference regions {[list(r) for r in ref_full['regions']]}"))
    rows.append(("document", "reference items outside the compared regions (left out)",
                 ", ".join(f"{k} {v}" for k, v in ref_dropped.items()),
                 f"kept: entities {len(ref['entities'])}, dates {len(ref['dates'])}, events {len(ref['events'])}"))
    tab = table(rows)
    print(tab)
    print("\n== disagreement categories (count)")
    for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {v:3d}  {k}")
    print("\n== disagreements (console only, not written to agreement.md)")
    for line in listing:
        print("  " + line)

    md = HERE / "agreement.md"
    cat_lines = "\n".join(f"- {k}: {v}" for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])))
    if section is not None:
        write_section(md, name, section, regions, tab, cat_lines)
        print(f"\nwrote section {section!r} of {md.relative_to(ROOT)}")
        return 0
    current = md.read_text(encoding="utf-8") if md.exists() else ""
    if current and not current.startswith(f"# Inter-annotator agreement: {name}\n"):
        raise SystemExit(f"{md.name} is the report of another file; use --section TITLE for {name}")
    notes = ""
    if NOTES_MARK in current:
        notes = current.split(NOTES_MARK, 1)[1]
    md.write_text(
        f"# Inter-annotator agreement: {name}\n\n"
        f"Reference: `annotations/{name}.json` (first annotation). Second: "
        f"`annotations/iaa/{name}.second.json` (blind second reading). Whole text, region [0, {len(raw)}).\n"
        f"Generated by `.venv/bin/python annotations/iaa/agreement.py {name}`; "
        f"matching is one-to-one, partial = overlapping span, largest overlap first.\n\n"
        f"{tab}\n\n## Disagreements by category (counts)\n\n{cat_lines or '- none'}\n\n{NOTES_MARK}{notes}",
        encoding="utf-8")
    print(f"\nwrote {md.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
