'use strict';
// Shared helpers for the geo generators (countries.js, places.js, check.js).
const fs = require('fs');
const path = require('path');

const REPO = path.resolve(__dirname, '..', '..');
const DATA = path.join(REPO, 'data');

// Apostrophe-like characters GeoNames and world-countries use in transliterations.
const APOSTROPHES = /[\u2018\u2019\u02BB\u02BC\u02BF\u02BE\u0060\u00B4\u02B9]/g;
// Combining marks that only occur in romanisations of non-Latin scripts (macron, dot below,
// macron below, breve below, horn, dot above as in Ḩ/ṡ) or in Vietnamese, which English news
// writes without diacritics. A name containing one of them is written in its ASCII form.
const TRANSLIT_MARKS = /[\u0304\u0323\u0331\u032E\u031B\u0307\u0326]/;

const SPECIAL = {
  'ß': 'ss', 'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ð': 'd',
  'Ð': 'D', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'Þ': 'Th', 'ǝ': 'e',
  'Ə': 'E', 'ə': 'e', 'ħ': 'h', 'Ħ': 'H', '–': '-', '—': '-', 'ʹ': "'",
};

/** Straightens apostrophes and dashes without touching letters. */
function tidy(s) {
  return s.replace(APOSTROPHES, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}

/** ASCII transliteration: strips diacritics, maps a few special letters. */
function fold(s) {
  s = tidy(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  s = s.replace(/[^\x00-\x7F]/g, (ch) => SPECIAL[ch] ?? ch);
  return s.normalize('NFC');
}

function isAscii(s) { return /^[\x00-\x7F]*$/.test(s); }
// GeoNames writes Arabic emphatic consonants with a cedilla under h, d and z (Ḩ, ḑ, z̧); cedillas
// under c, s, t are Turkish/Romanian/Albanian spelling and are kept.
const ARABIC_CEDILLA = /[HhDdZz]\u0327/;
function hasTranslitMarks(s) {
  const d = s.normalize('NFD');
  return TRANSLIT_MARKS.test(d) || ARABIC_CEDILLA.test(d) || /[\u2018\u2019\u02BB\u02BC\u02BF\u02BE]/.test(s);
}

/** Reads a curated TSV: skips `#` comments and blank lines, returns objects keyed by `columns`. */
function readTsv(file, columns) {
  const rows = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const f = line.replace(/\r$/, '').split('\t');
    if (f.length > columns.length) throw new Error(`${file}:${i + 1}: ${f.length} fields, expected at most ${columns.length}`);
    const o = { _line: i + 1 };
    columns.forEach((c, j) => { o[c] = (f[j] ?? '').trim(); if (o[c] === '-') o[c] = ''; });
    rows.push(o);
  });
  return rows;
}

function splitList(s) { return s ? s.split('|').map((x) => x.trim()).filter(Boolean) : []; }

/** Ordered, case-sensitive de-duplication; drops empty items and anything in `exclude`. */
function uniq(items, exclude = []) {
  const seen = new Set(exclude);
  const out = [];
  for (const it of items) {
    if (!it || seen.has(it)) continue;
    seen.add(it);
    out.push(it);
  }
  return out;
}

/** Checks a field is safe to write into a TAB/`|` separated file. */
function clean(value, what) {
  const s = String(value);
  if (/[\t\n\r]/.test(s)) throw new Error(`${what}: field contains TAB or newline: ${JSON.stringify(s)}`);
  return s;
}

function listField(items, what) {
  for (const it of items) if (it.includes('|')) throw new Error(`${what}: list item contains '|': ${it}`);
  return items.map((x) => clean(x, what)).join('|');
}

function writeTsv(file, headerLines, rows) {
  const out = headerLines.map((l) => (l ? `# ${l}` : '#')).concat(rows.map((r) => r.join('\t')));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, out.join('\n') + '\n');
}

function pkgVersion(name) {
  return require(path.join(__dirname, 'node_modules', name, 'package.json')).version;
}

module.exports = { REPO, DATA, tidy, fold, isAscii, hasTranslitMarks, readTsv, splitList, uniq, clean, listField, writeTsv, pkgVersion };
