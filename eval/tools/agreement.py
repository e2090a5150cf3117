#!/usr/bin/env python3
"""Agreement between the two independent labellings of the real-text set, and the disputes to adjudicate.

    python3 eval/tools/agreement.py [PACKET ...]        # default: every packet labelled by both A and B

Prints a Markdown report (also written to eval/real/agreement.md when every packet is present) and
writes eval/real/labelling/disputes-PACKET.txt: every unit where the labellings differ, with its
sentences and both labellings side by side, for the adjudicator.

Events are matched within a sentence when their categories agree (primary or alternative), pairing the
closest actors and recipients first. Standard library only.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

REAL = Path(__file__).resolve().parents[1] / "real"
PACKETS = ["wcep-1", "wcep-2", "guardian-1", "guardian-2", "guardian-3", "guardian-4", "guardian-5", "guardian-6", "guardian-7", "guardian-8", "guardian-9", "guardian-10", "guardian-11", "guardian-12", "guardian-13", "wcep-3", "wcep-4", "wcep-5", "wcep-6", "wcep-7", "wcep-8", "wcep-9", "wcep-10", "wcep-11", "wcep-12", "wcep-13", "wcep-14", "wcep-15", "wcep-16", "wcep-17", "wcep-18", "wcep-19", "wcep-20", "wcep-21", "wcep-22", "wcep-23", "wcep-24"]


def load(path):
    return {u["id"]: u["events"] for u in map(json.loads, open(path, encoding="utf-8")) if u}


def packet_text(name):
    units, current = {}, None
    for line in open(REAL / "labelling" / f"{name}.txt", encoding="utf-8"):
        m = re.match(r"=== unit (\S+) date (\S+)", line)
        if m:
            current = m.group(1)
            units[current] = {"date": m.group(2), "sentences": []}
        elif line.startswith("[") and current:
            units[current]["sentences"].append(line.rstrip("\n"))
    return units


def cats(e):
    return {e["event"], *e.get("alt", [])}


def same(e, f, fields):
    return all(sorted(map(str, e.get(k) or [])) == sorted(map(str, f.get(k) or [])) if isinstance(e.get(k), list) else e.get(k) == f.get(k) for k in fields)


def match(a_events, b_events):
    """Pairs of (a, b) events in the same sentence with compatible categories; then the leftovers of each."""
    pairs, left_b = [], list(b_events)
    left_a = []
    for e in a_events:
        candidates = [f for f in left_b if f["sentence"] == e["sentence"] and cats(e) & cats(f)]
        if not candidates:
            left_a.append(e)
            continue
        best = max(candidates, key=lambda f: (f["event"] == e["event"], len(set(e["actor"]) & set(f["actor"])) + len(set(e["recipient"]) & set(f["recipient"])), same(e, f, ["status"])))
        left_b.remove(best)
        pairs.append((e, best))
    return pairs, left_a, left_b


def kappa(pairs):
    n = len(pairs)
    if n == 0:
        return 0.0
    po = sum(a == b for a, b in pairs) / n
    pa = sum(a for a, _ in pairs) / n
    pb = sum(b for _, b in pairs) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def fmt(e):
    alt = f" alt {'/'.join(e['alt'])}" if e.get("alt") else ""
    return f"[{e['sentence']}] {e['event']}{alt} {e.get('mode') or '-'} {e['status']} {','.join(e['actor']) or '-'} -> {','.join(e['recipient']) or '-'} \"{e['words']}\""


def main():
    names = sys.argv[1:] or [p for p in PACKETS if (REAL / "labels/A" / f"{p}.jsonl").exists() and (REAL / "labels/B" / f"{p}.jsonl").exists()]
    total = Counter()
    rows = []
    for name in names:
        a, b = load(REAL / "labels/A" / f"{name}.jsonl"), load(REAL / "labels/B" / f"{name}.jsonl")
        text = packet_text(name)
        c = Counter()
        sentence_pairs = []
        disputes = []
        for uid, unit in text.items():
            ea, eb = a.get(uid, []), b.get(uid, [])
            pairs, only_a, only_b = match(ea, eb)
            c["units"] += 1
            c["a"] += len(ea)
            c["b"] += len(eb)
            c["matched"] += len(pairs)
            c["status"] += sum(same(e, f, ["status"]) for e, f in pairs)
            c["actor"] += sum(same(e, f, ["actor"]) for e, f in pairs)
            c["recipient"] += sum(same(e, f, ["recipient"]) for e, f in pairs)
            c["primary"] += sum(e["event"] == f["event"] for e, f in pairs)
            full = [p for p in pairs if p[0]["event"] == p[1]["event"] and same(*p, ["status", "actor", "recipient", "mode"])]
            c["full"] += len(full)
            agreed = not only_a and not only_b and len(full) == len(pairs)
            c["units_agreed"] += agreed
            for i in range(len(unit["sentences"])):
                sentence_pairs.append((any(e["sentence"] == i for e in ea), any(e["sentence"] == i for e in eb)))
            if not agreed:
                disputes.append((uid, unit, ea, eb))
        c["kappa_n"] = len(sentence_pairs)
        k = kappa(sentence_pairs)
        rows.append((name, c, k))
        total.update(c)
        with open(REAL / "labelling" / f"disputes-{name}.txt", "w", encoding="utf-8") as out:
            for uid, unit, ea, eb in disputes:
                out.write(f"=== unit {uid} date {unit['date']}\n")
                out.write("\n".join(unit["sentences"]) + "\n")
                out.write("--- labeller A\n" + ("\n".join(map(fmt, ea)) or "(no events)") + "\n")
                out.write("--- labeller B\n" + ("\n".join(map(fmt, eb)) or "(no events)") + "\n\n")
    lines = ["| packet | units | events A | events B | category agreement F1 | same status | same actor | same recipient | all fields agree F1 | units in full agreement | sentence event/no-event kappa |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, c, k in rows + [("all", total, None)]:
        m = c["matched"] or 1
        f1 = 2 * c["matched"] / max(1, c["a"] + c["b"])
        full = 2 * c["full"] / max(1, c["a"] + c["b"])
        lines.append(f"| {name} | {c['units']} | {c['a']} | {c['b']} | {f1:.3f} | {c['status'] / m:.3f} | {c['actor'] / m:.3f} | {c['recipient'] / m:.3f} | {full:.3f} | {c['units_agreed'] / max(1, c['units']):.3f} | {'' if k is None else f'{k:.3f}'} |")
    report = "\n".join(lines)
    print(report)
    if set(names) == set(PACKETS):
        (REAL / "agreement.md").write_text("# Agreement between the two labellings\n\n" + report + "\n\n"
            "Events are matched within a sentence when their categories agree (primary or alternative).\n"
            "`category agreement F1` = 2 x matched / (events A + events B); `same ...` are shares of matched\n"
            "events; `all fields agree` also needs the same primary category, status, actor, recipient and mode.\n"
            "Every unit not in full agreement was adjudicated.\n", encoding="utf-8")


if __name__ == "__main__":
    main()
