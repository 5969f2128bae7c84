"""Restrict a Wikipedia-sentence gold set (annotations/heldout/, annotations/wiki/) to the sentences that lie in
the NER benchmark's test split (records[4274:] of benchmarks/ner-wikipedia-ja/ner.json, never read when the NER
head in models/ner was trained): the other sentences were in the head's training data, so the entity layer's
scores on them are optimistic. Writes OUT/<file>.json (regions = those sentences, items inside them only) and
a copy of the text beside it, for `kiroku evaluate --gold OUT`.

    .venv/bin/python annotations/tools/test_split_subset.py annotations/heldout/wiki_events.txt.json OUT
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import wiki_sentences as ws  # noqa: E402


def main(gold_path: Path, out: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = gold_path.parent / gold["file"]
    text = text_path.read_text(encoding="utf-8")
    index: dict[str, int] = {}
    for i, r in enumerate(ws.records()):
        index.setdefault(r["curid"] + "|" + r["text"].strip(), i)
    regions = []
    for s, e, curid in ws.read_sources(gold_path.parent, Path(gold["file"]).stem):
        if index[curid + "|" + text[s:e]] >= ws.TEST_START:
            regions.append([s, e + 1])  # the sentence and its line break
    inside = lambda a, b: any(s <= a and b <= e for s, e in regions)  # noqa: E731
    gold["regions"] = regions
    for key in ("entities", "dates"):
        gold[key] = [x for x in gold[key] if inside(x["start"], x["end"])]
    gold["events"] = [x for x in gold["events"] if inside(x["trigger"]["start"], x["trigger"]["end"])]
    out.mkdir(parents=True, exist_ok=True)
    (out / gold_path.name).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    shutil.copy(text_path, out / gold["file"])
    print(f"{gold_path.name}: {len(regions)} sentences in the test split, {sum(e - s for s, e in regions)} chars, "
          f"{len(gold['entities'])} entities, {len(gold['dates'])} dates, {len(gold['events'])} events")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
