#!/usr/bin/env python3
"""Writes eval/seed.jsonl: the seed article (samples/vienna-talks.jsonl) labelled with its reviewed events
(tests/Parley.Tests/Golden/vienna-talks.events.jsonl), in the real-text set's format (eval/README.md), so that
the eventness model learns the founding example's decisions as labelled data instead of re-deciding its
borderline candidates with every retraining. Sentence offsets come from `parley sentences`.

    python3 eval/tools/seed_labels.py src/Parley.Cli/bin/Release/net10.0/parley > eval/seed.jsonl
"""
import json
import subprocess
import sys

parley = sys.argv[1] if len(sys.argv) > 1 else "parley"
article = json.loads(open("samples/vienna-talks.jsonl", encoding="utf-8").readline())
lines = subprocess.run([parley, "sentences", "samples/vienna-talks.jsonl"], capture_output=True, text=True, check=True).stdout
sentences = [json.loads(line) for line in lines.splitlines() if line.strip()]
events = []
for line in open("tests/Parley.Tests/Golden/vienna-talks.events.jsonl", encoding="utf-8"):
    e = json.loads(line)
    start, end = e["span"]
    events.append({
        "sentence": e["sentence"], "event": e["event"], "alt": [], "mode": e.get("mode"), "status": e["status"],
        "actor": [a["country"] or a.get("org") or a["name"] for a in e["actor"]],
        "recipient": [r["country"] or r.get("org") or r["name"] for r in e["recipient"]],
        "words": article["text"][start:end],
    })
unit = {"id": "seed-vienna-talks", "source": "seed", "date": article["date"], "url": None, "text": article["text"],
        "sentences": [[s["start"], s["end"]] for s in sentences], "events": events}
print(json.dumps(unit, ensure_ascii=False))
