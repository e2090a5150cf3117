#!/usr/bin/env python3
"""Draws more whole Guardian articles, or more Current Events items, for the real-text dev split (training data for
the eventness model).

    python3 eval/tools/sample_more.py ../shared/corpus [COUNT] >> eval/real/units-more.jsonl
    python3 eval/tools/sample_more.py ../shared/corpus wcep [PER_YEAR] >> eval/real/units-more.jsonl
    python3 eval/tools/sample_more.py ../shared/corpus wcep-next [PER_YEAR] >> eval/real/units-more.jsonl

Current Events items are drawn PER_YEAR (default 20) at random from each year 2002-2026 (fixed seed), from the
items not in eval/real/units.jsonl. `wcep` is the draw of packets wcep-3 and wcep-4 (one random generator for all
years, so a larger PER_YEAR changes the later years' draws: it does not extend the smaller draw). `wcep-next` draws
PER_YEAR further items per year from those in neither file, a generator seeded per year, so each run adds a new
balanced batch and the output depends only on the corpus and the two files (packets wcep-5 and wcep-6).

Draws COUNT articles (default 60) at random (fixed seed) from those not already in eval/real/units.jsonl
and prints those of them not yet in eval/real/units-more.jsonl, so the file grows by appending: a larger
draw begins with the articles of every smaller one (random.sample with one seed), and the units already
labelled keep the sentence offsets they were labelled with. All go to `dev`: the test split drawn once by
sample_real.py is never added to. Sentences are Parley's own split at the time of drawing, as offsets.
Standard library only, plus the built parley program.
"""
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from sample_real import print_with_sentences

SEED = 20261204
ARTICLES = 60
PER_YEAR = 20


def main():
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    repo = Path(__file__).resolve().parents[2]
    taken = {json.loads(line)["id"] for line in open(repo / "eval/real/units.jsonl", encoding="utf-8")}
    more = repo / "eval/real/units-more.jsonl"
    drawn = {json.loads(line)["id"] for line in open(more, encoding="utf-8")} if more.exists() else set()
    if len(sys.argv) > 2 and sys.argv[2] == "wcep-next":
        per_year = int(sys.argv[3]) if len(sys.argv) > 3 else PER_YEAR
        items = [json.loads(line) for line in open(corpus / "current-events-2002-2026.jsonl", encoding="utf-8")]
        by_year = defaultdict(list)
        for item in items:
            if item["id"] not in taken and item["id"] not in drawn:
                by_year[item["date"][:4]].append(item)
        short = {year: len(left) for year, left in by_year.items() if len(left) < per_year}
        if short:
            print(f"sample_more: fewer than {per_year} items left in {', '.join(f'{y} ({n})' for y, n in sorted(short.items()))}; "
                  "taking all of them", file=sys.stderr)
        units = [{"id": item["id"], "source": "wcep", "date": item["date"], "url": item["url"], "text": item["text"], "split": "dev"}
                 for year in sorted(by_year)
                 for item in random.Random(SEED + int(year)).sample(by_year[year], min(per_year, len(by_year[year])))]
        print_with_sentences(units)
        return
    if len(sys.argv) > 2 and sys.argv[2] == "wcep":
        per_year = int(sys.argv[3]) if len(sys.argv) > 3 else PER_YEAR
        items = [json.loads(line) for line in open(corpus / "current-events-2002-2026.jsonl", encoding="utf-8")]
        by_year = defaultdict(list)
        for item in items:
            if item["id"] not in taken:
                by_year[item["date"][:4]].append(item)
        rng = random.Random(SEED)
        units = [{"id": item["id"], "source": "wcep", "date": item["date"], "url": item["url"], "text": item["text"], "split": "dev"}
                 for year in sorted(by_year) for item in rng.sample(by_year[year], per_year) if item["id"] not in drawn]
        print_with_sentences(units)
        return
    count = int(sys.argv[2]) if len(sys.argv) > 2 else ARTICLES
    articles = [json.loads(line) for line in open(corpus / "guardian-2017-2019.jsonl", encoding="utf-8")]
    pool = [a for a in articles if a["id"] not in taken]
    units = [{"id": a["id"], "source": "guardian", "date": a["date"], "text": a["text"], "split": "dev"}
             for a in random.Random(SEED).sample(pool, count) if a["id"] not in drawn]
    print_with_sentences(units)

if __name__ == "__main__":
    main()
