"""Measure the events layer against the gold annotations (a quick check while the evaluator grows).

    .venv/bin/python -m pipeline.extract.events.measure [--gold-entities] [--show]

Runs normalize -> GiNZA -> entities (the real extractor when present, or the gold
entities with --gold-entities) -> dates -> events for every annotations/*.json
(and annotations/work/*.json), then scores events inside the gold regions with
pipeline.evaluate.score: trigger overlap P/R/F1, type accuracy and actor
accuracy over matched triggers, per document and per type.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _gold_files() -> list[Path]:
    """annotations/*.json, plus annotations/work/*.json for reports that have no whole gold file yet."""
    files = sorted((ROOT / "annotations").glob("*.json"))
    done = {json.loads(f.read_text(encoding="utf-8")).get("file") for f in files}
    for f in sorted((ROOT / "annotations" / "work").glob("*.json")):
        if json.loads(f.read_text(encoding="utf-8")).get("file") not in done:
            files.append(f)
    return files


def _parse(nlp, raw_text: str, cache_dir: Path | None, key: str):
    """Parse once; with --cache the docs are kept as a DocBin (GiNZA over 001 takes a minute)."""
    import hashlib
    import pickle

    from spacy.tokens import DocBin

    from pipeline.nlp import parse_many
    from pipeline.nlp.parsed import ParsedDocument, SentenceDoc
    from pipeline.normalize import normalize_with_offsets

    norm = normalize_with_offsets(raw_text)
    path = None
    if cache_dir is not None:
        digest = hashlib.sha256(raw_text.encode("utf-8")).hexdigest()[:16]
        path = cache_dir / f"{key}.{digest}.pkl"
        if path.exists():
            meta, data = pickle.loads(path.read_bytes())
            docs = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
            return ParsedDocument(norm, [SentenceDoc(i, s, e, k, d) for (i, s, e, k), d in zip(meta, docs)])
    # batch_size larger than any document: parse_many must see the whole document at once
    parsed = next(parse_many([norm], nlp=nlp, batch_size=100000))
    if path is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        db = DocBin(store_user_data=True)
        for s in parsed.sentences:
            db.add(s.doc)
        path.write_bytes(pickle.dumps(([(s.index, s.start, s.end, s.kind) for s in parsed.sentences], db.to_bytes())))
    return parsed


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold-entities", action="store_true", help="feed the gold entities instead of the extractor's")
    ap.add_argument("--show", action="store_true", help="list missed, false and misattributed events")
    ap.add_argument("--raw-dir", type=Path, default=ROOT / "raw")
    ap.add_argument("--content", action="store_true", help="with --show: list content mismatches too")
    ap.add_argument("--cache", type=Path, default=None, help="keep parsed documents here between runs")
    args = ap.parse_args(argv)

    from datetime import date as _date

    from pipeline.evaluate.score import actor_set, score_events
    from pipeline.extract.dates import extract_dates, find_published
    from pipeline.extract.events import extract_events
    from pipeline.ingest import read_document
    from pipeline.nlp import load_nlp
    from pipeline.schema import GoldFile

    try:
        nlp = load_nlp()
    except Exception as exc:  # the kiroku NER head may be missing; GiNZA alone parses the same
        print(f"note: load_nlp() failed ({exc}); using ja_ginza without kiroku components", file=sys.stderr)
        nlp = load_nlp(with_components=False)
    extract_entities = None
    if not args.gold_entities:
        try:
            from pipeline.extract.entities import extract_entities  # type: ignore[no-redef]
        except ImportError:
            print("note: pipeline.extract.entities missing; using gold entities", file=sys.stderr)
    totals = Counter()
    per_type = Counter()
    ok = True
    for path in _gold_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        gold = GoldFile.model_validate(data)
        raw = read_document(args.raw_dir / gold.file)
        published = _date.fromisoformat(data["published"]) if data.get("published") else find_published(raw.text)
        parsed = _parse(nlp, raw.text, args.cache, gold.file)
        ents = extract_entities(parsed) if extract_entities else gold.entities
        events = extract_events(parsed, ents, extract_dates(parsed, published))
        res = score_events(gold.events, events, [tuple(r) for r in gold.regions])
        t = res.tally
        tr = t["trigger"]
        tp, fp, fn = tr["tp"], tr["fp"], tr["fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        ta, aa = t["type_accuracy"], t["actor_accuracy"]
        type_acc = ta["correct"] / ta["n"] if ta["n"] else 0.0
        actor_acc = aa["correct"] / aa["n"] if aa["n"] else 0.0
        from pipeline.evaluate.matching import match

        al = match(res.gold, res.pred, strict=False)
        same = lambda x: "".join(unicodedata.normalize("NFKC", x or "").split()).replace("\ufffd", "")  # noqa: E731
        content_ok = sum(same(res.gold[i].content) == same(res.pred[j].content) for i, j in al.pairs)
        content_acc = content_ok / len(al.pairs) if al.pairs else 0.0
        print(f"{gold.file}: gold {t['n_gold']} pred {t['n_pred']}  trigger P {p:.3f} R {r:.3f} F1 {f:.3f}  "
              f"type acc {type_acc:.3f}  actor acc {actor_acc:.3f}  content exact {content_acc:.3f}")
        ok &= f >= 0.80 and type_acc >= 0.85 and actor_acc >= 0.70
        for k in ("tp", "fp", "fn"):
            totals[k] += tr[k]
        totals["type_n"] += ta["n"]
        totals["type_ok"] += ta["correct"]
        totals["actor_n"] += aa["n"]
        totals["actor_ok"] += aa["correct"]
        for label, c in t["typed"]["per_type"].items():
            for k in ("tp", "fp", "fn"):
                per_type[(label, k)] += c[k]
        if args.show:
            g, pr = res.gold, res.pred
            al = match(g, pr, strict=False)
            for i, j in al.pairs:
                a, b = g[i], pr[j]
                if args.content and same(a.content) != same(b.content):
                    print(f"   c {a.trigger.text}@{a.trigger.start} gold {a.content!r}\n       pred {b.content!r}")
                if a.type != b.type or actor_set(a) != actor_set(b):
                    print(f"   ~ {a.trigger.text}@{a.trigger.start} gold {a.type} {sorted(actor_set(a))} "
                          f"pred {b.type} {sorted(actor_set(b))} [{b.rule}]")
            for i in al.missed:
                a = g[i]
                print(f"   - missed {a.type} {a.trigger.text}@{a.trigger.start} {sorted(actor_set(a))} "
                      f"| {raw.text[a.sentence.start:a.sentence.end][:70] if a.sentence else ''}")
            for j in al.false_alarms:
                b = pr[j]
                print(f"   + false {b.type} {b.trigger.text}@{b.trigger.start} {sorted(actor_set(b))} [{b.rule}] "
                      f"| {raw.text[b.sentence.start:b.sentence.end][:70]}")
    print("per type (overlap, same type):")
    for label in sorted({k[0] for k in per_type}):
        tp, fp, fn = (per_type[(label, k)] for k in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {label:10s} tp {tp:3d} fp {fp:3d} fn {fn:3d}  P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
