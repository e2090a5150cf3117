#!/usr/bin/env python3
"""Builds data/knowledge/people-leaders-2000-2014.tsv from two independent curations of the same countries.

    python3 tools/knowledge/merge_leaders.py

Inputs: tools/knowledge/curation/{africa,asia,europe,americas}-{1,2}.tsv, written independently by two curators from general
knowledge (people.tsv columns), and lead.tsv, terms they disagreed on that the lead engineer settled. A term is kept only when both curators give it: the same country and title,
the same person (same name, or a shared alias; titles compared without "Acting", "Interim" or "Transitional"), and dates within 31 days at each end. Where the dates differ
the kept term is the span both agree on (the later start, the earlier end), so that no day is claimed that one
curator doubted. Terms only one curator gives, or given with dates further apart, are listed at the end of the
output as left out. Terms already in data/knowledge/people*.tsv (same person and title, overlapping) are skipped.
Standard library only.
"""
import datetime as dt
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CURATION = ROOT / "tools/knowledge/curation"
OUT = ROOT / "data/knowledge/people-leaders-2000-2014.tsv"
REGIONS = ["africa", "asia", "europe", "americas"]
TOLERANCE = 31


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("-", " ").replace("'", "").replace("’", "").strip()


def read(path):
    rows, country = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# --"):
            country = line[4:].strip()
            continue
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) != 7:
            raise SystemExit(f"{path}: not 7 fields: {line!r}")
        rows.append({"name": f[0], "aliases": [a for a in f[1].split("|") if a], "country": f[2], "sector": f[3],
                     "title": f[4], "from": f[5], "to": f[6], "section": country})
    return rows


def title(s):
    """Titles compared without the words that only say how a term began ("Acting", "Interim", "Transitional")."""
    return " ".join(w for w in norm(s).split() if w not in ("acting", "interim", "transitional"))


def date(s):
    return dt.date.fromisoformat(s) if s else None


def names(r):
    return {norm(r["name"])} | {norm(a) for a in r["aliases"] if " " in a}


def same_person(a, b):
    return norm(a["name"]) == norm(b["name"]) or bool(names(a) & names(b))


def close(x, y):
    if x is None or y is None:
        return x is None and y is None
    return abs((x - y).days) <= TOLERANCE


def existing_terms():
    terms = []
    for path in sorted((ROOT / "data/knowledge").glob("people*.tsv")):
        if path == OUT:
            continue
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            f = line.rstrip("\n").split("\t")
            if len(f) == 7:
                terms.append({"name": f[0], "aliases": [a for a in f[1].split("|") if a], "country": f[2], "title": f[4], "from": f[5], "to": f[6]})
    return terms


def overlaps(a, b):
    a0, a1 = date(a["from"]) or dt.date.min, date(a["to"]) or dt.date.max
    b0, b1 = date(b["from"]) or dt.date.min, date(b["to"]) or dt.date.max
    return a0 <= b1 and b0 <= a1


def main():
    known = existing_terms()
    kept, left = [], []
    for region in REGIONS:
        first, second = read(CURATION / f"{region}-1.tsv"), read(CURATION / f"{region}-2.tsv")
        unmatched = list(second)
        for a in first:
            match = next((b for b in unmatched if a["country"] == b["country"] and title(a["title"]) == title(b["title"]) and same_person(a, b)
                          and close(date(a["from"]), date(b["from"])) and close(date(a["to"]), date(b["to"]))), None)
            if match is None:
                left.append(("only one curator, or dates apart", a))
                continue
            unmatched.remove(match)
            start = max(date(a["from"]), date(match["from"]))
            ends = [d for d in (date(a["to"]), date(match["to"])) if d]
            end = min(ends) if ends else None
            aliases = list(dict.fromkeys(a["aliases"] + [x for x in match["aliases"] if norm(x) not in {norm(y) for y in a["aliases"]}]))
            row = dict(a, aliases=aliases, **{"from": start.isoformat(), "to": end.isoformat() if end else ""})
            row["sector"] = a["sector"] if a["sector"] == match["sector"] else "GOV"
            if any(same_person(row, k) and norm(k["title"]) == norm(row["title"]) and k["country"] == row["country"] and overlaps(row, k) for k in known):
                continue
            kept.append(row)
        left.extend(("only one curator, or dates apart", b) for b in unmatched)
    lead = read(CURATION / "lead.tsv")
    for r in lead:
        r["section"] = "settled by the lead engineer (tools/knowledge/curation/lead.tsv)"
    kept.extend(lead)
    left = [(why, r) for why, r in left if not any(r["country"] == x["country"] and same_person(r, x) for x in lead)]
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("""# people-leaders-2000-2014.tsv: heads of state and government, terms overlapping 2000-01-01 .. 2014-12-31
# of the states of Africa, Asia, the Middle East, Oceania, Europe and the Americas (G20 states excepted:
# people.tsv has them from 2000), a supplement to people.tsv, whose section 2 covers 2015 onwards.
# Columns (TAB-separated): name  aliases  country  sector  title  from  to  (as in people.tsv; a person's
# terms are merged with people.tsv by exact name).
# GENERATED by tools/knowledge/merge_leaders.py from two independent curations from general knowledge
# (tools/knowledge/curation/): a term is here only when both curators gave it, with dates within 31 days
# at each end, and then for the span both agree on. Do not edit here: edit the curations and rerun.
""")
        section = None
        for r in kept:
            if r["section"] != section:
                section = r["section"]
                out.write(f"# -- {section}\n")
            out.write("\t".join([r["name"], "|".join(r["aliases"]), r["country"], r["sector"], r["title"], r["from"], r["to"]]) + "\n")
        out.write(f"\n# Left out ({len(left)} terms): given by one curator only, or with dates more than 31 days apart:\n")
        for why, r in left:
            out.write(f"#   {r['country']} {r['title']}: {r['name']} {r['from']} .. {r['to'] or 'now'}\n")
    print(f"{len(kept)} terms kept, {len(left)} left out -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
