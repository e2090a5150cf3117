#!/usr/bin/env python3
"""Validate the labelled Guardian set (eval/guardian.jsonl).

Usage: python3 eval/tools/validate_guardian.py [path/to/guardian.jsonl] [--corpus guardian-2017-2019.jsonl]

Checks every line against the format in eval/README.md with the same rules as validate_dev.py
(categories, modes, statuses, entity codes, tags agreeing with events), and also that:
- ids run gdn-0001, gdn-0002, ... in file order;
- each text is one whole sentence of a corpus article, copied verbatim, and `date` is that
  article's publication date (skipped with a warning if the corpus is not found);
- the file has 200 to 250 sentences.
Exits 1 if there is any error; warnings are printed but do not fail the run.
Standard library only.
"""
import argparse
import datetime
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
from validate_dev import CATEGORIES, HARD_TAGS, KEYS, STATUSES, check_tags  # noqa: E402
from sample_guardian import DEFAULT_CORPUS, split_sentences  # noqa: E402

MIN_TOTAL, MAX_TOTAL = 200, 250


def load_corpus(path):
    """Map each sentence of the corpus to the set of publication dates of the articles it is in."""
    sentences = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            for s in split_sentences(art["text"]):
                sentences.setdefault(s, set()).add(art["date"])
    return sentences


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", nargs="?", default=os.path.join(os.path.dirname(HERE), "guardian.jsonl"))
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    args = ap.parse_args()

    errors, warnings = [], []
    corpus = None
    if os.path.exists(args.corpus):
        corpus = load_corpus(args.corpus)
    else:
        warnings.append(f"corpus {args.corpus} not found: texts not checked against the articles")
    ids, texts = set(), {}
    tag_counts, status_counts, event_counts = Counter(), Counter(), Counter()
    hard_sentences = none_sentences = total = 0
    with open(args.path, encoding="utf-8") as f:
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
        total += 1
        if not isinstance(rec, dict) or sorted(rec) != sorted(KEYS):
            errors.append(f"{where}: record must have exactly the keys {KEYS}")
            continue
        rid = rec["id"]
        where = f"line {n} ({rid})"
        if rid != f"gdn-{n:04d}":
            errors.append(f"{where}: id should be gdn-{n:04d} (ids are sequential)")
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
        if corpus is not None:
            if text not in corpus:
                errors.append(f"{where}: text is not a verbatim sentence of any corpus article")
            elif rec["date"] not in corpus[text]:
                errors.append(f"{where}: date {rec['date']} is not the publication date of the "
                              f"article ({', '.join(sorted(corpus[text]))})")
        tags, events = rec["tags"], rec["events"]
        if not isinstance(tags, list) or not isinstance(events, list):
            errors.append(f"{where}: tags and events must be lists")
            continue
        events = check_tags(tags, events, where, errors, warnings)
        if "none" in tags:
            none_sentences += 1
        if any(t in HARD_TAGS for t in tags):
            hard_sentences += 1
        tag_counts.update(tags)
        status_counts.update(ev.get("status") for ev in events)
        event_counts.update(ev.get("event") for ev in events)

    print(f"{args.path}: {total} sentences, {sum(event_counts.values())} events, "
          f"{total - none_sentences} with an event ({(total - none_sentences) / max(total, 1):.0%}), "
          f"{none_sentences} with none")
    print("sentences by tag:")
    for t in CATEGORIES + sorted(HARD_TAGS) + ["none"]:
        print(f"  {t:18} {tag_counts[t]}")
    print(f"  {'(any hard:*)':18} {hard_sentences}")
    print("events by category: " + ", ".join(f"{c} {event_counts[c]}" for c in CATEGORIES))
    print("events by status: " + ", ".join(f"{s} {status_counts[s]}" for s in sorted(STATUSES)))
    if not MIN_TOTAL <= total <= MAX_TOTAL:
        errors.append(f"{total} sentences (need {MIN_TOTAL} to {MAX_TOTAL})")
    for c in CATEGORIES:
        if not event_counts[c]:
            warnings.append(f"no {c} event in the set")
    for w in warnings:
        print("warning: " + w)
    for e in errors:
        print("error: " + e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
