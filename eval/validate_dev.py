#!/usr/bin/env python3
"""Validate Parley's labelled development set (eval/dev.jsonl).

Usage: python3 eval/validate_dev.py [path/to/dev.jsonl]

Checks every line against the format in eval/README.md and the PLOVER mode tables,
checks that tags agree with the labelled events, and checks the minimum counts.
Exits 1 if there is any error; warnings are printed but do not fail the run.
Standard library only.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

# PLOVER categories and their modes (PLOVER manual, chapter "Event Categories").
# AGREE, SUPPORT, CONCEDE, COOPERATE and AID have no modes: their mode is always null.
MODES = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}
CATEGORIES = list(MODES)
STATUSES = {"asserted", "historical", "future", "hypothetical", "negated"}
HARD_TAGS = {"hard:negation", "hard:future", "hard:conditional", "hard:reported", "hard:passive",
             "hard:compound", "hard:title", "hard:multi", "hard:refusal"}
TAGS = set(CATEGORIES) | HARD_TAGS | {"none"}

ISO3 = set("""
AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN
BMU BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK
COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH
FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY
HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR
KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX
FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN
PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT
WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE
SYR TWN TJK TZA THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT
VEN VNM VGB VIR WLF ESH YEM ZMB ZWE
""".split())
ORGS = {"UN", "NATO", "EU", "AU", "ASEAN", "IAEA", "ICC", "ICJ", "WHO", "IMF", "WTO", "OPEC",
        "ICRC", "HRW", "Amnesty", "MSF", "Hamas", "Hezbollah", "Taliban", "ISIS", "al-Qaeda",
        "al-Shabaab", "Boko Haram", "Houthis", "PKK", "SDF", "HTS", "Wagner", "RSF"}
CODES = ISO3 | ORGS

MIN_PER_CATEGORY, MIN_HARD, MIN_NONE, MIN_TOTAL = 40, 150, 60, 900
FIRST_DATE, LAST_DATE = datetime.date(2015, 1, 1), datetime.date(2026, 12, 31)
KEYS = ["id", "date", "text", "tags", "events"]
EVENT_KEYS = ["event", "mode", "status", "actor", "recipient"]


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def seed_ngrams(n=8):
    """8-word sequences of the seed article, which dev sentences must not copy."""
    here = os.path.dirname(os.path.abspath(__file__))
    for path in (os.path.join(here, "..", "..", "shared", "corpus", "vienna-talks.txt"),
                 "/work/shared/corpus/vienna-talks.txt"):
        if os.path.exists(path):
            w = words(open(path, encoding="utf-8").read())
            return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}
    return set()


def check_event(ev, where, errors):
    if not isinstance(ev, dict) or sorted(ev) != sorted(EVENT_KEYS):
        errors.append(f"{where}: event must have exactly the keys {EVENT_KEYS}")
        return
    cat, mode, status = ev["event"], ev["mode"], ev["status"]
    if cat not in MODES:
        errors.append(f"{where}: unknown category {cat!r}")
    elif mode is not None and mode not in MODES[cat]:
        allowed = sorted(MODES[cat]) or ["null only"]
        errors.append(f"{where}: mode {mode!r} not valid for {cat} (allowed: {', '.join(allowed)})")
    if status not in STATUSES:
        errors.append(f"{where}: unknown status {status!r}")
    for role in ("actor", "recipient"):
        val = ev[role]
        if not isinstance(val, list) or not all(isinstance(x, str) for x in val):
            errors.append(f"{where}: {role} must be a list of strings")
            continue
        for code in val:
            if code not in CODES:
                errors.append(f"{where}: unknown entity code {code!r} in {role}")
        if len(set(val)) != len(val):
            errors.append(f"{where}: duplicate code in {role}")


def check_tags(tags, events, where, errors, warnings):
    """Check one record's tags and events against each other and the mode tables.

    Returns the well-formed events. Shared with tools/validate_guardian.py."""
    for t in tags:
        if t not in TAGS:
            errors.append(f"{where}: unknown tag {t!r}")
    if len(set(tags)) != len(tags):
        errors.append(f"{where}: duplicate tag")
    for i, ev in enumerate(events):
        check_event(ev, f"{where} event {i}", errors)
    events = [ev for ev in events if isinstance(ev, dict) and "event" in ev]
    cats = {ev["event"] for ev in events}
    statuses = {ev.get("status") for ev in events}
    cat_tags = [t for t in tags if t in MODES]
    hard = [t for t in tags if t in HARD_TAGS]
    # Tags must agree with the events.
    if "none" in tags:
        if events:
            errors.append(f"{where}: tagged none but has events")
        if cat_tags or hard:
            errors.append(f"{where}: 'none' must be the only tag")
    else:
        if not events:
            errors.append(f"{where}: no events but not tagged 'none'")
        if len(cat_tags) != 1:
            errors.append(f"{where}: needs exactly one category tag (the main event), has {cat_tags}")
        for t in cat_tags:
            if t not in cats:
                errors.append(f"{where}: category tag {t} but no {t} event")
    if "hard:multi" in tags and len(events) < 2:
        errors.append(f"{where}: hard:multi needs at least two events")
    # A compound phrase ("France and Germany") yields 2+ codes in one event, though a visit
    # splits them between actor and recipient.
    if "hard:compound" in tags and not any(
            len(set(ev.get("actor", [])) | set(ev.get("recipient", []))) > 1 for ev in events):
        errors.append(f"{where}: hard:compound needs an event with 2+ entity codes")
    if "hard:refusal" in tags and "REJECT" not in cats:
        errors.append(f"{where}: hard:refusal needs a REJECT event")
    if "hard:negation" in tags and "negated" not in statuses:
        warnings.append(f"{where}: hard:negation without a negated event")
    # A condition inside a threat, demand or offer ("threatened to ... if") is not coded.
    if ("hard:conditional" in tags and "hypothetical" not in statuses
            and not cats & {"THREATEN", "REQUEST", "AGREE", "CONCEDE", "REJECT"}):
        warnings.append(f"{where}: hard:conditional without a hypothetical event")
    if "hard:future" in tags and not ({"future"} & statuses or cats & {"AGREE", "CONCEDE"}):
        warnings.append(f"{where}: hard:future without a future event or AGREE/CONCEDE")
    for ev in events:
        # PLOVER requires a recipient for these; reciprocal events list every party as actor.
        if (ev.get("event") in ("COOPERATE", "AID", "SANCTION") and not ev.get("recipient")
                and len(ev.get("actor", [])) < 2):
            warnings.append(f"{where}: {ev['event']} requires a recipient in PLOVER")
    return events


class Stats:
    """What a labelled file holds: sentence and event counts by tag, category and status."""

    def __init__(self):
        self.total = self.hard_sentences = self.none_sentences = 0
        self.tag_counts, self.status_counts, self.event_counts = Counter(), Counter(), Counter()


def check_records(path, prefix, errors, warnings, check_record=None):
    """The checks every labelled set shares: JSON, keys, sequential `prefix-NNNN` ids, dates, unique
    texts, and tags agreeing with events. `check_record(rec, where, errors, warnings)` adds a set's own
    checks on each well-formed record. Returns the file's Stats."""
    stats = Stats()
    ids, texts = set(), {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        where = f"line {n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON ({e})")
            continue
        stats.total += 1
        if not isinstance(rec, dict) or sorted(rec) != sorted(KEYS):
            errors.append(f"{where}: record must have exactly the keys {KEYS}")
            continue
        rid = rec["id"]
        where = f"line {n} ({rid})"
        if rid != f"{prefix}-{n:04d}":
            errors.append(f"{where}: id should be {prefix}-{n:04d} (ids are sequential)")
        if rid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rid)
        try:
            datetime.date.fromisoformat(rec["date"])
        except (TypeError, ValueError):
            errors.append(f"{where}: bad date {rec['date']!r}")
        text = rec["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if text != text.strip() or "\n" in text:
            errors.append(f"{where}: text has surrounding whitespace or a newline")
        if text in texts:
            errors.append(f"{where}: same text as {texts[text]}")
        texts[text] = rid
        if check_record is not None:
            check_record(rec, where, errors, warnings)
        tags, events = rec["tags"], rec["events"]
        if not isinstance(tags, list) or not isinstance(events, list):
            errors.append(f"{where}: tags and events must be lists")
            continue
        events = check_tags(tags, events, where, errors, warnings)
        if "none" in tags:
            stats.none_sentences += 1
        if any(t in HARD_TAGS for t in tags):
            stats.hard_sentences += 1
        stats.tag_counts.update(tags)
        stats.status_counts.update(ev.get("status") for ev in events)
        stats.event_counts.update(ev.get("event") for ev in events)
    return stats


def print_counts(stats):
    print("sentences by tag:")
    for t in CATEGORIES + sorted(HARD_TAGS) + ["none"]:
        print(f"  {t:18} {stats.tag_counts[t]}")
    print(f"  {'(any hard:*)':18} {stats.hard_sentences}")
    print("events by category: " + ", ".join(f"{c} {stats.event_counts[c]}" for c in CATEGORIES))
    print("events by status: " + ", ".join(f"{s} {stats.status_counts[s]}" for s in sorted(STATUSES)))


def report(errors, warnings):
    for w in warnings:
        print("warning: " + w)
    for e in errors:
        print("error: " + e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


def main(path):
    errors, warnings = [], []
    seed = seed_ngrams()

    def check_dev(rec, where, errors, warnings):
        try:
            d = datetime.date.fromisoformat(rec["date"])
            if not FIRST_DATE <= d <= LAST_DATE:
                errors.append(f"{where}: date {d} outside 2015-2026")
        except (TypeError, ValueError):
            pass  # reported by check_records
        w = words(rec["text"])
        if any(tuple(w[i:i + 8]) in seed for i in range(len(w) - 7)):
            errors.append(f"{where}: copies 8+ words from the seed article vienna-talks.txt")

    stats = check_records(path, "dev", errors, warnings, check_dev)
    print(f"{path}: {stats.total} sentences, {sum(stats.event_counts.values())} events")
    print_counts(stats)
    for c in CATEGORIES:
        if stats.tag_counts[c] < MIN_PER_CATEGORY:
            errors.append(f"only {stats.tag_counts[c]} sentences tagged {c} (need {MIN_PER_CATEGORY})")
    if stats.hard_sentences < MIN_HARD:
        errors.append(f"only {stats.hard_sentences} hard sentences (need {MIN_HARD})")
    if stats.none_sentences < MIN_NONE:
        errors.append(f"only {stats.none_sentences} sentences tagged none (need {MIN_NONE})")
    if stats.total < MIN_TOTAL:
        errors.append(f"only {stats.total} sentences (need {MIN_TOTAL})")
    return report(errors, warnings)


if __name__ == "__main__":
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev.jsonl")
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
