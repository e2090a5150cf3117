#!/usr/bin/env python3
"""Sample candidate sentences from the Guardian corpus for hand labelling (eval/guardian.jsonl).

Usage: python3 eval/tools/sample_guardian.py [corpus.jsonl] [--n 240] [--seed 2019] > candidates.jsonl

Splits every article into sentences, keeps the sentences that name at least two political entities
(states, capitals, government bodies, armed forces, armed groups, international organisations),
which favours sentences about relations between them, and samples them
deterministically (fixed seed):
- about 70% from sixteen keyword buckets, one per PLOVER category, taken in turn, so that every
  category the corpus offers is represented. A bucket is only a sampling aid: it is not a label.
- about 30% from sentences that name a political entity but contain no event keyword (opinion,
  background, statistics), which are candidates for the label `none`.
At most two sentences come from any one article. Sentences that are too short or too long, or that
are fragments of a quotation (unbalanced quotation marks), are skipped.

Each output line is {"n", "doc", "date", "bucket", "text"}; `text` is the sentence exactly as it
appears in the article. Standard library only.
"""
import argparse
import json
import os
import random
import re
import sys

DEFAULT_CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                              "..", "..", "..", "shared", "corpus", "guardian-2017-2019.jsonl")
if not os.path.exists(DEFAULT_CORPUS):
    DEFAULT_CORPUS = "/work/shared/corpus/guardian-2017-2019.jsonl"

# Tokens that end with a full stop but do not end a sentence.
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "rep", "sen",
                 "gov", "corp", "inc", "co", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
                 "aug", "sep", "sept", "oct", "nov", "dec", "prof", "rev", "u.s", "u.k", "u.n"}

# A sentence ends at . ! or ? (plus any closing quotes or brackets) followed by a space and a
# capital letter, a digit or an opening quote. A bullet (•), which separates letters and notes
# in the articles, also ends one.
BOUNDARY = re.compile(r"([.!?][\"”’)\]]*)\s+(?=[\"“‘(\[]?[A-Z0-9])|(\s+•)\s+")


def split_sentences(text):
    sentences, start = [], 0
    for m in BOUNDARY.finditer(text):
        if m.group(2):  # a bullet
            sentences.append(text[start:m.start(2)].strip())
            start = m.end()
            continue
        end = m.end(1)
        before = text[start:m.start(1)]
        last = re.findall(r"(?<![A-Za-z0-9])[A-Za-z.]+$", before)
        token = last[0].lower() if last else ""
        # "Mr. Smith", "U.S. officials", "John F. Kennedy": not a boundary.
        if m.group(1) == "." and (token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token)):
            continue
        sentences.append(text[start:end].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


STATES = r"""afghan\w* albania\w* algeria\w* argentin\w* armenia\w* australia\w* austria\w* azerbaijan\w*
bahrain\w* bangladesh\w* belarus\w* belgi\w* bolivia\w* bosnia\w* brazil\w* britain british uk
bulgaria\w* burkina burma burmese burundi\w* cambodia\w* cameroon\w* canad\w* chad\w* chile\w* chin\w*
colombia\w* congo\w* croatia\w* cuba\w* cyprus cypriot\w* czech\w* denmark danish djibouti egypt\w* emirat\w*
eritrea\w* estonia\w* ethiopia\w* europe\w* finland finnish france french gambia\w* georgia\w* german\w*
ghana\w* greece greek\w* guatemala\w* hungar\w* india\w* indonesia\w* iran\w* iraq\w* ireland irish
israel\w* ital\w* japan\w* jordan\w* kazakh\w* kenya\w* korea\w* kosovo\w* kurd\w* kuwait\w* lebanon
lebanese libya\w* lithuania\w* mali\w* mexic\w* moldova\w* morocc\w* mozambique myanmar nepal\w*
netherlands dutch nicaragua\w* niger\w* norw\w* oman\w* pakistan\w* palestin\w* philippine\w* filipino
poland polish portug\w* qatar\w* romania\w* russia\w* rwanda\w* saudi\w* senegal\w* serbia\w* somali\w*
spain spanish sudan\w* sweden swedish swiss switzerland syria\w* taiwan\w* tanzania\w* thai\w*
tunisia\w* turk\w* uganda\w* ukrain\w* us usa america\w* venezuela\w* vietnam\w* yemen\w* zambia\w*
zimbabwe\w* gaza west\s+bank crimea\w* catalan\w* catalonia""".split()
CAPITALS = r"""washington moscow beijing london paris berlin brussels tehran baghdad damascus ankara
riyadh kabul kyiv kiev jerusalem pyongyang seoul tokyo delhi islamabad cairo tripoli sana'?a
caracas havana doha abu\s+dhabi madrid rome khartoum nairobi naypyidaw dhaka""".split()
ORGS = r"""un united\s+nations security\s+council nato eu european\s+union african\s+union asean iaea
icc international\s+criminal\s+court who imf world\s+bank wto opec red\s+cross icrc human\s+rights\s+watch
amnesty médecins msf hamas hezbollah taliban isis islamic\s+state isil daesh al-qaida al-qaeda
al-shabaab boko\s+haram houthis? pkk sdf hts wagner unhcr unicef unrwa wfp""".split()
BODIES = r"""government governments minister ministers ministry president prime\s+minister parliament
congress senate army military troops forces soldiers police officials authorities regime
rebels militants militia\w* fighters jihadists opposition embassy ambassador diplomats? coalition
court judge prosecutors? white\s+house kremlin pentagon state\s+department foreign\s+office""".split()
ENTITY = re.compile(r"\b(?:" + "|".join(STATES + CAPITALS + ORGS + BODIES) + r")\b", re.I)

BUCKETS = {
    "AGREE": r"agreed|agreement to|pledged|promised|offered|struck a deal|reached a deal|accepted|ready to|willing to",
    "CONSULT": r"\bmet\b|meeting|\btalks\b|visited|\bvisit\b|summit|phone call|negotiat|hosted",
    "SUPPORT": r"praised|welcomed|endorsed|backed|supported|signed|recognis|congratulat|restored (diplomatic )?ties",
    "CONCEDE": r"apologi|pardon|amnesty|acquitt|lifted|eased|backed down|regret|u-turn",
    "COOPERATE": r"extradit|handed over|joint (exercise|patrol|operation)|intelligence|cooperat|co-operat|repatriat",
    "AID": r"\baid\b|donat|supplied|funding|provided|arms|weapons to|asylum|rescued|\bloan",
    "RETREAT": r"released|freed|withdr[ae]w|pulled out|resigned|ceasefire|evacuat|allowed access|retreat",
    "REQUEST": r"called on|called for|urged|demanded|\basked\b|appeal(ed)? (to|for)|pleaded",
    "ACCUSE": r"accused|condemned|criticis|blamed|charged|alleg|investigat|inquiry|\bsued\b|denounced",
    "REJECT": r"rejected|refused|denied|declined|vetoed|blocked|ruled out|dismissed",
    "THREATEN": r"threat|warned|ultimatum",
    "PROTEST": r"protest|demonstrat|\brall(y|ies|ied)\b|\bstrike\b|boycott|marched|hunger strike",
    "SANCTION": r"sanction|tariff|expelled|convicted|sentenced|suspended|cut ties|closed the border|\bfled\b|recalled",
    "MOBILIZE": r"deployed|deployment|warships?|missile tests?|mobilis|military exercise|build-up|reinforcements",
    "COERCE": r"arrested|detained|detention|\braid(ed)?\b|seized|banned|curfew|state of emergency|deported|censor|hack",
    "ASSAULT": r"killed|attack|bomb|\bshot\b|air ?strikes?|shelling|fighting|clashes|abduct|kidnap|tortur|executed|wounded",
}
BUCKET_RE = {k: re.compile(v, re.I) for k, v in BUCKETS.items()}
ANY_EVENT = re.compile("|".join(f"(?:{v})" for v in BUCKETS.values()), re.I)


def entities(s):
    """The distinct political entities a sentence names ("Turkey", "the army", "Isis")."""
    return {m.group(0).lower() for m in ENTITY.finditer(s)}


def usable(s):
    n = len(s.split())
    if n < 8 or n > 60:
        return False
    if s.count("“") != s.count("”") or s.count('"') % 2:
        return False
    if s[0] in "“‘\"" or s[0].islower():
        return False
    return s[-1] in ".!?”’\")"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    ap.add_argument("--n", type=int, default=240, help="number of candidates (default 240)")
    ap.add_argument("--seed", type=int, default=2019)
    ap.add_argument("--none-share", type=float, default=0.3,
                    help="share of candidates with no event keyword (default 0.3)")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    pools = {k: [] for k in BUCKETS}
    pools["none"] = []
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            for s in split_sentences(art["text"]):
                if not usable(s) or len(entities(s)) < 2:
                    continue
                cand = {"doc": art["id"], "date": art["date"], "text": s}
                hits = [k for k, r in BUCKET_RE.items() if r.search(s)]
                if not hits:
                    pools["none"].append(dict(cand, bucket="none"))
                for k in hits:
                    pools[k].append(dict(cand, bucket=k))
    sizes = {k: len(v) for k, v in pools.items()}
    for pool in pools.values():
        rng.shuffle(pool)

    per_doc, seen, chosen = {}, set(), []

    def take(pool):
        while pool:
            c = pool.pop()
            if c["text"] in seen or per_doc.get(c["doc"], 0) >= 2:
                continue
            seen.add(c["text"])
            per_doc[c["doc"]] = per_doc.get(c["doc"], 0) + 1
            chosen.append(c)
            return True
        return False

    n_none = round(args.n * args.none_share)
    for _ in range(n_none):
        take(pools["none"])
    order = list(BUCKETS)
    while len(chosen) < args.n and any(pools[k] for k in order):
        for k in order:
            if len(chosen) >= args.n:
                break
            take(pools[k])
    # Interleave so that the label file does not start with all the no-event candidates.
    rng.shuffle(chosen)
    chosen.sort(key=lambda c: c["doc"])
    out = sys.stdout
    for i, c in enumerate(chosen, 1):
        out.write(json.dumps({"n": i, "doc": c["doc"], "date": c["date"], "bucket": c["bucket"],
                              "text": c["text"]}, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} candidates from {len(per_doc)} articles "
          f"(pools: " + ", ".join(f"{k} {v}" for k, v in sizes.items()) + ")", file=sys.stderr)


if __name__ == "__main__":
    main()
