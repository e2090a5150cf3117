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
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
from validate_dev import CATEGORIES, check_records, print_counts, report  # noqa: E402
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

    def check_source(rec, where, errors, warnings):
        text = rec["text"]
        if corpus is None:
            return
        if text not in corpus:
            errors.append(f"{where}: text is not a verbatim sentence of any corpus article")
        elif rec["date"] not in corpus[text]:
            errors.append(f"{where}: date {rec['date']} is not the publication date of the "
                          f"article ({', '.join(sorted(corpus[text]))})")

    stats = check_records(args.path, "gdn", errors, warnings, check_source)
    total, none_sentences = stats.total, stats.none_sentences
    print(f"{args.path}: {total} sentences, {sum(stats.event_counts.values())} events, "
          f"{total - none_sentences} with an event ({(total - none_sentences) / max(total, 1):.0%}), "
          f"{none_sentences} with none")
    print_counts(stats)
    if not MIN_TOTAL <= total <= MAX_TOTAL:
        errors.append(f"{total} sentences (need {MIN_TOTAL} to {MAX_TOTAL})")
    for c in CATEGORIES:
        if not stats.event_counts[c]:
            warnings.append(f"no {c} event in the set")
    return report(errors, warnings)


if __name__ == "__main__":
    sys.exit(main())
