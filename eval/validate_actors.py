#!/usr/bin/env python3
"""Validate Parley's actor-resolution development set (eval/actors.jsonl).

Usage: python3 eval/validate_actors.py [path/to/actors.jsonl]

Each line is one JSON object:
  {"id": "act-0001", "date": "2023-05-12", "text": "...",
   "mentions": [{"text": "Chinese Foreign Minister Chen Gang", "code": "CHN", "sector": "GOV",
                 "tags": ["unknown-name-title"]}]}

A mention's `text` is an exact substring of the line's `text`; the first occurrence is meant
unless the mention has "occurrence": n (1-based). `code` is an ISO 3166-1 alpha-3 code (plus XKX,
the user-assigned code Parley uses for Kosovo) or an organisation code, the first column of
data/knowledge/organisations.tsv. `sector` is a CAMEO agent code or null. `tags` name why the
mention is hard (see TAGS below).

Labelling conventions (how the gold labels were chosen):
- A person takes the code of the state or organisation they serve on the article's date, and the
  sector of that office. Former office-holders are ELI when they hold no prominent office (a
  former prime minister who still sits as a backbench legislator, such as Shinzo Abe in 2022 or
  Yoav Gallant in November 2024, is ELI); a former office-holder who now leads rebels is REB, and
  one who holds another prominent office takes that office (Medvedev in 2023: GOV).
- Coreference mentions are surnames, nicknames, titles or group nouns ("the alliance", "the
  medical charity") that refer back to an actor named earlier in the same text; possessives such
  as "his fighters" are agents, not coreference.
- A state named as a whole (a country name, a capital used as metonym, a demonym such as
  "Qatari-brokered") has sector null; a demonym naming an attacker ("Russian shelling") is MIL.
- Organisations: IGOs have sector null, except courts (ICC, ICJ: JUD) and peacekeeping or
  military missions (MIL); NGOs have sector NGO; armed groups are REB (insurgents, jihadists,
  Hamas, Hezbollah, Houthis), UAF (militias tolerated by or aligned with a state: Wagner, PMF
  factions, Haftar's LNA) or CRM (cartels and gangs); the Taliban are GOV while they govern
  Afghanistan (until late 2001, and after the fall of Kabul on 15 August 2021) and REB otherwise
  (the fighters entering Kabul on 15 August 2021 are still REB).
- Juntas and their leaders are MIL (as in titles.tsv); state media are MED (as in metonyms.tsv).
- Group nouns backed by a foreign state take the group's own state: "US-trained Syrian rebels"
  SYR REB, "pro-Russian separatists" in Ukraine UKR REB, "Rwandan-backed M23 rebels" M23.

Checks: valid JSON, unique and well-formed ids, ISO dates in 2001-2026, mention substrings and
occurrences, codes, sectors, tags, and the minimum counts below. Prints counts by tag, sector,
year and code. Exits 1 on any error. Standard library only.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

# ISO 3166-1 alpha-3 (all 249 officially assigned codes), as validate_dev.py lists them.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from validate_dev import ISO3  # noqa: E402
# User-assigned code used by data/knowledge/countries.tsv for Kosovo.
EXTRA_STATES = {"XKX"}

SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "CVL", "MED", "BUS", "EDU",
           "LAB", "REF", "REL", "SPY", "CRM", "ELI", "UAF", "NGO"}

# tag -> minimum number of mentions carrying it
TAGS = {
    "known-person": 20,
    "office-change": 20,
    "unknown-name-title": 20,
    "title-only": 20,
    "metonym": 20,
    "agent": 20,
    "org": 20,
    "coreference": 20,
    "armed-group": 10,
    "transliteration": 10,
    "demonym": 10,
}
MIN_TEXTS = 120
MIN_MENTIONS = 260
YEARS = (2001, 2026)

ID_RE = re.compile(r"^act-\d{4}$")
MENTION_KEYS = {"text", "code", "sector", "tags", "occurrence"}
LINE_KEYS = {"id", "date", "text", "mentions"}


def load_org_codes(repo):
    path = os.path.join(repo, "data", "knowledge", "organisations.tsv")
    codes = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            codes.add(line.split("\t", 1)[0].strip())
    return codes


ABBREV_RE = re.compile(r"(?:\b(?:[A-Z]\.)+|\b(?:Gen|Lt|Col|Maj|Capt|Sgt|Adm|Jr|Sr|Dr|Mr|Mrs|Ms|St|No|"
                       r"Prof|Gov|Sen|Rep|Rev|Gens|Lt\.Gen)\.)$")


def count_sentences(text):
    """Rough sentence count: a full stop, ! or ? followed by a space and a capital, not after an
    abbreviation such as Lt. or an initial such as S. or U.S."""
    n = 1
    for mo in re.finditer(r"[.!?]['\"]?\s+(?=[A-Z'\"])", text):
        if not ABBREV_RE.search(text[:mo.start() + 1]):
            n += 1
    return n


def nth_index(text, sub, n):
    i = -1
    for _ in range(n):
        i = text.find(sub, i + 1)
        if i < 0:
            return -1
    return i


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "actors.jsonl")
    orgs = load_org_codes(repo)
    errors, warnings = [], []
    ids = set()
    tag_count, sector_count, year_count, code_count = Counter(), Counter(), Counter(), Counter()
    n_texts = n_mentions = 0

    def err(ln, msg):
        errors.append("%s:%d: %s" % (os.path.basename(path), ln, msg))

    def warn(ln, msg):
        warnings.append("%s:%d: %s" % (os.path.basename(path), ln, msg))

    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err(ln, "blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(ln, "invalid JSON: %s" % e)
                continue
            if not isinstance(obj, dict):
                err(ln, "not a JSON object")
                continue
            n_texts += 1
            missing = LINE_KEYS - obj.keys()
            if missing:
                err(ln, "missing fields: %s" % ", ".join(sorted(missing)))
            extra = obj.keys() - LINE_KEYS
            if extra:
                err(ln, "unknown fields: %s" % ", ".join(sorted(extra)))
            rid = obj.get("id")
            if not isinstance(rid, str) or not ID_RE.match(rid):
                err(ln, "bad id %r (want act-NNNN)" % (rid,))
            elif rid in ids:
                err(ln, "duplicate id %s" % rid)
            else:
                ids.add(rid)
                if rid != "act-%04d" % n_texts:
                    warn(ln, "id %s out of sequence (expected act-%04d)" % (rid, n_texts))
            date = obj.get("date")
            try:
                d = datetime.date.fromisoformat(date)
                if not YEARS[0] <= d.year <= YEARS[1]:
                    err(ln, "date %s outside %d-%d" % (date, *YEARS))
                year_count[d.year] += 1
            except (TypeError, ValueError):
                err(ln, "bad date %r" % (date,))
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                err(ln, "empty or missing text")
                continue
            if text != text.strip() or "  " in text:
                warn(ln, "text has stray whitespace")
            sentences = count_sentences(text)
            if not 1 <= sentences <= 3:
                warn(ln, "text looks like %d sentences (want 1 to 3)" % sentences)
            mentions = obj.get("mentions")
            if not isinstance(mentions, list) or not mentions:
                err(ln, "mentions must be a non-empty list")
                continue
            seen = set()
            for k, mm in enumerate(mentions, 1):
                where = "mention %d" % k
                if not isinstance(mm, dict):
                    err(ln, "%s is not an object" % where)
                    continue
                n_mentions += 1
                bad = mm.keys() - MENTION_KEYS
                if bad:
                    err(ln, "%s: unknown fields %s" % (where, ", ".join(sorted(bad))))
                for key in ("text", "code", "sector", "tags"):
                    if key not in mm:
                        err(ln, "%s: missing %s" % (where, key))
                mt = mm.get("text")
                occ = mm.get("occurrence", 1)
                if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1:
                    err(ln, "%s: occurrence must be a positive integer" % where)
                    occ = 1
                if not isinstance(mt, str) or not mt:
                    err(ln, "%s: empty text" % where)
                else:
                    where = "mention %r" % mt
                    if mt != mt.strip():
                        err(ln, "%s: leading or trailing space" % where)
                    if nth_index(text, mt, occ) < 0:
                        if occ == 1:
                            err(ln, "%s is not a substring of the text" % where)
                        else:
                            err(ln, "%s: occurrence %d not found (text has %d)"
                                % (where, occ, text.count(mt)))
                    if (mt, occ) in seen:
                        err(ln, "%s: labelled twice" % where)
                    seen.add((mt, occ))
                code = mm.get("code")
                if not isinstance(code, str) or not (code in ISO3 or code in EXTRA_STATES
                                                     or code in orgs):
                    hint = ""
                    if isinstance(code, str) and code.upper() in ISO3:
                        hint = " (did you mean %s?)" % code.upper()
                    err(ln, "%s: code %r is neither ISO alpha-3 nor an organisation code%s"
                        % (where, code, hint))
                else:
                    code_count[code] += 1
                sector = mm.get("sector")
                if sector is not None and sector not in SECTORS:
                    err(ln, "%s: bad sector %r" % (where, sector))
                sector_count[sector or "null"] += 1
                tags = mm.get("tags")
                if not isinstance(tags, list) or not tags:
                    err(ln, "%s: tags must be a non-empty list" % where)
                    continue
                if len(set(tags)) != len(tags):
                    err(ln, "%s: repeated tag" % where)
                for t in tags:
                    if t not in TAGS:
                        err(ln, "%s: unknown tag %r" % (where, t))
                    else:
                        tag_count[t] += 1
                # cheap consistency checks between tags and labels
                if sector == "ELI" and isinstance(code, str) and code not in ISO3 | EXTRA_STATES:
                    warn(ln, "%s: ELI with an organisation code" % where)
                if "coreference" in tags and isinstance(mt, str) and occ == 1 \
                        and text.count(mt) > 1:
                    warn(ln, "%s: coreference mention occurs %d times; first is labelled"
                         % (mt, text.count(mt)))

    if n_texts < MIN_TEXTS:
        errors.append("only %d texts (want at least %d)" % (n_texts, MIN_TEXTS))
    if n_mentions < MIN_MENTIONS:
        errors.append("only %d mentions (want at least %d)" % (n_mentions, MIN_MENTIONS))
    for t, need in TAGS.items():
        if tag_count[t] < need:
            errors.append("tag %s: %d mentions (want at least %d)" % (t, tag_count[t], need))

    print("%d texts, %d mentions" % (n_texts, n_mentions))
    print("mentions by tag:")
    for t in TAGS:
        print("  %-20s %4d   (min %d)" % (t, tag_count[t], TAGS[t]))
    print("mentions by sector: " + ", ".join("%s %d" % kv for kv in sorted(sector_count.items())))
    print("texts by year: " + ", ".join("%d %d" % kv for kv in sorted(year_count.items())))
    states = sum(v for c, v in code_count.items() if c in ISO3 or c in EXTRA_STATES)
    print("codes: %d distinct; %d state mentions, %d organisation mentions"
          % (len(code_count), states, n_mentions - states))
    print("most frequent codes: " + ", ".join("%s %d" % kv for kv in code_count.most_common(15)))
    for w in warnings:
        print("warning: " + w)
    for e in errors:
        print("error: " + e)
    if errors:
        print("%d error(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
