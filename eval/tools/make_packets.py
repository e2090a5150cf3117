#!/usr/bin/env python3
"""Cuts eval/real/units.jsonl into labelling packets: the text each labeller reads, sentence by sentence.

    python3 eval/tools/make_packets.py

Writes eval/real/labelling/{wcep-1,wcep-2,guardian-1,guardian-2}.txt, and guardian-3... for the further
articles of units-more.jsonl and wcep-3... (250 items each; wcep-16 215) for its further Current Events items (all dev). Each unit is printed with
its id and date, then one line per sentence: `[i] sentence text`. The split is not shown.
"""
import json
from pathlib import Path

REAL = Path(__file__).resolve().parents[1] / "real"


def main():
    units = [json.loads(line) for line in open(REAL / "units.jsonl", encoding="utf-8")]
    more = [json.loads(line) for line in open(REAL / "units-more.jsonl", encoding="utf-8")] if (REAL / "units-more.jsonl").exists() else []
    wcep = [u for u in units if u["source"] == "wcep"]
    guardian = [u for u in units if u["source"] == "guardian"]
    packets = {
        "wcep-1": wcep[:500], "wcep-2": wcep[500:],
        "guardian-1": guardian[:20], "guardian-2": guardian[20:],
    }
    more_guardian = [u for u in more if u["source"] == "guardian"]
    more_wcep = [u for u in more if u["source"] == "wcep"]
    for k in range(0, len(more_guardian), 20):
        packets[f"guardian-{3 + k // 20}"] = more_guardian[k:k + 20]
    # Packets of 250 items, except that a packet once labelled keeps its units: wcep-16, wcep-20 and wcep-24 were cut at the end
    # of their draws (215, 210 and 210 items), and the packets after them start where they end.
    sizes = {16: 215, 20: 210, 24: 210}
    start, number = 0, 3
    while start < len(more_wcep):
        size = sizes.get(number, 250)
        packets[f"wcep-{number}"] = more_wcep[start:start + size]
        start, number = start + size, number + 1
    (REAL / "labelling").mkdir(exist_ok=True)
    for name, members in packets.items():
        with open(REAL / "labelling" / f"{name}.txt", "w", encoding="utf-8") as out:
            for u in members:
                out.write(f"=== unit {u['id']} date {u['date']} ({len(u['sentences'])} sentences)\n")
                for i, (start, end) in enumerate(u["sentences"]):
                    text = " ".join(u["text"][start:end].split())
                    out.write(f"[{i}] {text}\n")
                out.write("\n")


if __name__ == "__main__":
    main()
