#!/usr/bin/env python3
"""Builds the adjudicated gold of the real-text set: eval/real/dev.jsonl and eval/real/test.jsonl.

    python3 eval/tools/build_gold.py

For each unit of eval/real/units.jsonl and eval/real/units-more.jsonl (more whole Guardian articles, all drawn
into dev by sample_more.py): the adjudicator's events where the two labellings differed
(eval/real/adjudicated/PACKET.jsonl), else the events both labellers agreed on (labeller A's, with the
alternatives either labeller gave). Each unit goes to the split it was drawn into. Standard library only.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import PACKETS, REAL, load, match  # noqa: E402


def main():
    units = [json.loads(line) for name in ("units.jsonl", "units-more.jsonl") for line in open(REAL / name, encoding="utf-8")]
    gold = {}
    for name in PACKETS:
        if not all((REAL / part / f"{name}.jsonl").exists() for part in ("labels/A", "labels/B", "adjudicated")):
            continue  # a packet not labelled yet: its units are reported below as having no gold
        a, b = load(REAL / "labels/A" / f"{name}.jsonl"), load(REAL / "labels/B" / f"{name}.jsonl")
        adjudicated = load(REAL / "adjudicated" / f"{name}.jsonl")
        for uid, events in a.items():
            if uid in adjudicated:
                gold[uid] = adjudicated[uid]
                continue
            pairs, _, _ = match(events, b.get(uid, []))
            merged = []
            for e, f in pairs:
                alt = sorted(({*e.get("alt", []), *f.get("alt", [])}) - {e["event"]})
                merged.append({**e, "alt": alt})
            gold[uid] = merged
    missing = [u["id"] for u in units if u["id"] not in gold]
    if missing:
        sys.exit(f"{len(missing)} units have no gold labels, e.g. {missing[:3]}")
    for split in ("dev", "test"):
        with open(REAL / f"{split}.jsonl", "w", encoding="utf-8") as out:
            for u in units:
                if u["split"] != split:
                    continue
                record = {k: u[k] for k in ("id", "source", "date", "url", "text", "sentences") if k in u}
                record["events"] = sorted(gold[u["id"]], key=lambda e: e["sentence"])
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(units)} units: dev {sum(u['split'] == 'dev' for u in units)}, test {sum(u['split'] == 'test' for u in units)}")


if __name__ == "__main__":
    main()
