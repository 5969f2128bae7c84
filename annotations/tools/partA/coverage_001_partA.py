"""Review aid: occurrences in the regions that no gold item covers.

Lists (1) every occurrence of an annotated entity surface that is not inside an
annotated entity, (2) digit/年/月/日 runs and vague time words outside date items,
(3) typical trigger words of the contract's event types outside event triggers.
It proposes nothing; a person reads the list and edits the spec.
Usage: .venv/bin/python annotations/tools/partA/coverage_001_partA.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from locate import ROOT, read_raw  # noqa: E402
from build_001_partA import FILE, FURNITURE, OUT  # noqa: E402

raw = read_raw(FILE)
gold = json.loads(OUT.read_text(encoding="utf-8"))
regions = gold["regions"]


def covered(items, s, e):
    return any(x["start"] < e and s < x["end"] for x in items)


def in_scope(s, e):
    return any(a <= s and e <= b for a, b in regions) and not any(s < b and a < e for a, b in FURNITURE)


def ctx(s, e):
    return (raw[max(0, s - 12):s] + "[" + raw[s:e] + "]" + raw[e:e + 12]).replace("\n", "⏎")


surfaces = {x["text"].replace("\n", "") for x in gold["entities"]}
print("== entity surfaces not covered by an entity")
for surf in sorted(surfaces, key=len):
    rx = re.compile("\n*".join(re.escape(c) for c in surf))
    for m in rx.finditer(raw):
        if in_scope(*m.span()) and not covered(gold["entities"], *m.span()):
            print(f"  {m.start():6d} {ctx(*m.span())}")

print("== time-like strings not covered by a date")
time_rx = re.compile(r"[0-9０-９]+\s*(年度|年代|年|か月|カ月|ヶ月|月|日)|今後|現在|近年|最近|これまで|今世紀|同年|同月|翌年|昨年|今年|本年|当時|(January|February|March|April|May|June|July|August|September|October|November|December)")
for m in time_rx.finditer(raw):
    if in_scope(*m.span()) and not covered(gold["dates"], *m.span()):
        print(f"  {m.start():6d} {ctx(*m.span())}")

print("== trigger words not covered by an event trigger")
trig_rx = re.compile("開催|会合に|出席|主催|会談|発表|公表|表明|宣言し|述べ|言及|強調|指摘|合意|一致|採択|確認|署名|締結|約束|誓約|コミット|確約|目指|方針|計画|予定|目途|設立|創設|設置|立ち上げ|発足|策定|承認|制定|取りまとめ|とりまとめ|歓迎|支持|了承|賛同|推進|強化|拡大|促進|協力|連携|参加|認識|奨励|要請|求め")
triggers = [ev["trigger"] for ev in gold["events"]]
for m in trig_rx.finditer(raw):
    if in_scope(*m.span()) and not covered(triggers, *m.span()):
        print(f"  {m.start():6d} {ctx(*m.span())}")
