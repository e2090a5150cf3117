#!/usr/bin/env python3
"""Draws the real-text evaluation units and splits them once into dev and test.

    python3 eval/tools/sample_real.py ../shared/corpus > eval/real/units.jsonl

- 1,000 Wikipedia Current Events items: 40 drawn at random from each year 2002-2026.
- 40 whole Guardian articles drawn at random from the 249.
- Each unit goes to `dev` or `test` at random (60/40), once; the seed is fixed.
- Sentences are Parley's own split (`parley sentences`), kept as character offsets so that the
  labels stay attached to the words whatever the splitter does later.

Standard library only, plus the built parley program (dotnet run).
"""
import json
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

SEED = 20261203
PER_YEAR = 40
ARTICLES = 40
TEST_SHARE = 0.4


def main():
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    rng = random.Random(SEED)
    items = [json.loads(line) for line in open(corpus / "current-events-2002-2026.jsonl", encoding="utf-8")]
    by_year = defaultdict(list)
    for item in items:
        by_year[item["date"][:4]].append(item)
    units = []
    for year in sorted(by_year):
        for item in rng.sample(by_year[year], PER_YEAR):
            units.append({"id": item["id"], "source": "wcep", "date": item["date"], "url": item["url"], "text": item["text"]})
    articles = [json.loads(line) for line in open(corpus / "guardian-2017-2019.jsonl", encoding="utf-8")]
    for article in rng.sample(articles, ARTICLES):
        units.append({"id": article["id"], "source": "guardian", "date": article["date"], "text": article["text"]})
    for unit in units:
        unit["split"] = "test" if rng.random() < TEST_SHARE else "dev"

    print_with_sentences(units)


def print_with_sentences(units):
    """Prints each unit as a JSON line with its sentences: Parley's own split (`parley sentences`), as offsets."""
    repo = Path(__file__).resolve().parents[2]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for unit in units:
            f.write(json.dumps({"id": unit["id"], "date": unit["date"], "text": unit["text"]}, ensure_ascii=False) + "\n")
        docs = f.name
    out = subprocess.run(["dotnet", "run", "-c", "Release", "--project", str(repo / "src/Parley.Cli"), "--", "sentences", docs],
                         check=True, capture_output=True, text=True).stdout
    sentences = defaultdict(list)
    for line in out.splitlines():
        s = json.loads(line)
        sentences[s["doc"]].append([s["start"], s["end"]])
    for unit in units:
        unit["sentences"] = sentences[unit["id"]]
        print(json.dumps(unit, ensure_ascii=False))

if __name__ == "__main__":
    main()
