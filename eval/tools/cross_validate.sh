#!/usr/bin/env bash
# Two-fold cross-validation of the whole coder on the real-text dev set: the eventness model is trained on one half of
# eval/real/dev.jsonl (with the written sets), the other half is coded and scored with it, and the other way round.
# Since the stored model is trained on all of dev, `parley eval eval/real/dev.jsonl` is in-sample; this is the dev figure
# a change is judged by before the test split is scored. The halves are fixed (by a hash of the unit id).
#   eval/tools/cross_validate.sh [PARLEY]    (default: the Release build of src/Parley.Cli)
set -euo pipefail
cd "$(dirname "$0")/../.."
parley=${1:-src/Parley.Cli/bin/Release/net10.0/parley}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import hashlib, sys
out = {h: open(f"{sys.argv[1]}/{h}.jsonl", "w") for h in "ab"}
for line in open("eval/real/dev.jsonl"):
    unit = line[line.index('"id"'):].split('"')[3]
    out["ab"[int(hashlib.md5(unit.encode()).hexdigest(), 16) % 2]].write(line)
PY
data=$(dirname "$parley")/data
for held in a b; do
  other=$([ $held = a ] && echo b || echo a)
  cp -r "$data" "$work/data-$held"
  "$parley" train eventness "$work/$other.jsonl" eval/dev.jsonl eval/guardian.jsonl eval/seed.jsonl \
    -o "$work/data-$held/models/eventness.tsv" > /dev/null &
done
wait
for held in a b; do
  echo "== half $held, coded by the model trained on the other half"
  "$parley" eval "$work/$held.jsonl" --data "$work/data-$held" 2>/dev/null | tee "$work/$held.txt" | grep -E "^  (guardian|wcep|all|event\+)|^false|^whole"
done
# Both halves pooled: true positives recovered from each half's precision and recall.
cat "$work/a.txt" "$work/b.txt" | awk '$1 ~ /^(guardian|wcep|all|event\+actor\+recipient)$/ && NF == 6 {
    gold[$1] += $2; coded[$1] += $3; tpc[$1] += $4 * $3; tpg[$1] += $5 * $2 }
  END { print "== pooled"; n = split("guardian wcep all event+actor+recipient", rows, " ")
    for (i = 1; i <= n; i++) { k = rows[i]; p = tpc[k] / coded[k]; r = tpg[k] / gold[k]
      printf "  %-22s P %.3f  R %.3f  F1 %.3f\n", k, p, r, 2 * p * r / (p + r) } }'
