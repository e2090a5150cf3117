#!/usr/bin/env python3
"""Checks a labelling of real-text units (eval/real/labels/*/*.jsonl, or dev.jsonl / test.jsonl).

    python3 eval/tools/validate_labels.py FILE [PACKET]

With PACKET (eval/real/labelling/NAME.txt) it also checks that every unit of the packet is
labelled exactly once and that sentence indices exist. Standard library only. Exit code 1 on
any problem.
"""
import json
import re
import sys
from pathlib import Path

MODES = {
    "AGREE": set(), "SUPPORT": set(), "CONCEDE": set(), "COOPERATE": set(), "AID": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
                "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}
STATUSES = {"asserted", "historical", "future", "hypothetical", "negated"}
ORGS = {"UN", "NATO", "EU", "AU", "ASEAN", "IAEA", "ICC", "ICJ", "WHO", "IMF", "WTO", "OPEC", "ICRC", "HRW", "Amnesty",
        "MSF", "Hamas", "Hezbollah", "Taliban", "ISIS", "al-Qaeda", "al-Shabaab", "Boko Haram", "Houthis", "PKK", "SDF",
        "HTS", "Wagner", "RSF"}


def packet_units(path):
    units = {}
    current = None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"=== unit (\S+) date \S+ \((\d+) sentences\)", line)
        if m:
            current = m.group(1)
            units[current] = int(m.group(2))
    return units


def main():
    path = sys.argv[1]
    expected = packet_units(sys.argv[2]) if len(sys.argv) > 2 else None
    problems = []
    seen = {}
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            unit = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{where}: not JSON ({e})")
            continue
        uid = unit.get("id")
        if uid in seen:
            problems.append(f"{where}: unit {uid} labelled twice (also line {seen[uid]})")
        seen[uid] = n
        count = expected.get(uid) if expected else len(unit.get("sentences", [])) or None
        if expected is not None and uid not in expected:
            problems.append(f"{where}: unit {uid} is not in the packet")
        for k, e in enumerate(unit.get("events", [])):
            at = f"{where} event {k}"
            cat = e.get("event")
            if cat not in MODES:
                problems.append(f"{at}: unknown category {cat!r}")
                continue
            mode = e.get("mode")
            if mode is not None and mode not in MODES[cat]:
                problems.append(f"{at}: mode {mode!r} is not a mode of {cat}")
            for alt in e.get("alt", []):
                if alt not in MODES or alt == cat:
                    problems.append(f"{at}: bad alternative category {alt!r}")
            if e.get("status") not in STATUSES:
                problems.append(f"{at}: unknown status {e.get('status')!r}")
            s = e.get("sentence")
            if not isinstance(s, int) or s < 0 or (count is not None and s >= count):
                problems.append(f"{at}: sentence {s!r} does not exist")
            for role in ("actor", "recipient"):
                codes = e.get(role)
                if not isinstance(codes, list):
                    problems.append(f"{at}: {role} must be a list")
                    continue
                for c in codes:
                    if c not in ORGS and not re.fullmatch(r"[A-Z]{3}", str(c)):
                        problems.append(f"{at}: {role} code {c!r} is neither ISO alpha-3 nor a listed organisation")
            if not isinstance(e.get("words"), str) or not e["words"].strip():
                problems.append(f"{at}: 'words' missing")
    if expected is not None:
        for uid in expected:
            if uid not in seen:
                problems.append(f"{path}: unit {uid} of the packet is not labelled")
    for p in problems:
        print(p)
    print(f"{len(seen)} units, {len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
