#!/usr/bin/env node
'use strict';
// Checks the generated files: format (columns, types, sort order), the joins between them, and a
// few places and countries that must come out right. Run: `npm run check` in tools/geo.
// Needs only Node's standard library, so it can run without `npm ci`.
const fs = require('fs');
const path = require('path');

const DATA = path.resolve(__dirname, '..', '..', 'data');
let passed = 0; let failed = 0;
function check(ok, what) {
  if (ok) { passed++; return; }
  failed++;
  console.log(`FAIL ${what}`);
}
// Per-row checks: a failure is reported for each bad row, but the check counts once as passed.
const rowChecks = new Map();
function rowCheck(name, ok, what) {
  if (!rowChecks.has(name)) rowChecks.set(name, 0);
  if (ok) return;
  rowChecks.set(name, rowChecks.get(name) + 1);
  console.log(`FAIL ${what}`);
}

function readRows(rel, ncol) {
  const file = path.join(DATA, rel);
  const rows = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const f = line.split('\t');
    rowCheck(`${rel} columns`, f.length === ncol, `${rel}:${i + 1}: ${f.length} fields, want ${ncol}`);
    rowCheck(`${rel} no padding`, f.every((x) => x === x.trim()), `${rel}:${i + 1}: field with surrounding spaces`);
    rows.push(Object.assign(f, { line: i + 1 }));
  });
  return rows;
}
const list = (s) => (s ? s.split('|') : []);

// ------------------------------------------------------------------ countries.tsv
const countries = readRows('knowledge/countries.tsv', 8);
const byIso3 = new Map(countries.map((r) => [r[0], r]));
check(countries.length >= 193, `countries.tsv has ${countries.length} rows, want >= 193`);
check(byIso3.size === countries.length, 'countries.tsv iso3 codes are unique');
for (let i = 1; i < countries.length; i++) rowCheck('countries sorted', countries[i - 1][0] < countries[i][0], `countries.tsv sorted by iso3 at line ${countries[i].line}`);
for (const r of countries) {
  const at = `countries.tsv:${r.line}`;
  rowCheck('countries iso codes', /^[A-Z]{3}$/.test(r[0]) && /^[A-Z]{2}$/.test(r[1]), `${at}: iso codes`);
  rowCheck('countries name', r[2] !== '', `${at}: empty name`);
  rowCheck('countries lat/lon format', /^-?\d+\.\d{2}$/.test(r[6]) && /^-?\d+\.\d{2}$/.test(r[7]), `${at}: lat/lon with 2 decimals`);
  rowCheck('countries lat/lon range', Math.abs(+r[6]) <= 90 && Math.abs(+r[7]) <= 180, `${at}: lat/lon range`);
  rowCheck('countries aliases', list(r[3]).every((a) => a && a.length > 2 || a === 'US' || a === 'UK'), `${at}: empty or two-letter alias`);
}
// Every term points to one country.
const owner = new Map();
for (const r of countries) {
  for (const t of new Set([r[2], ...list(r[3]), ...list(r[4])])) {
    rowCheck('country terms unique', !owner.has(t) || owner.get(t) === r[0], `countries.tsv: "${t}" used by ${owner.get(t)} and ${r[0]}`);
    owner.set(t, r[0]);
  }
}
const expectCountry = {
  USA: { name: 'United States', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America', 'the States'], adjs: ['American', 'Americans', 'US', 'U.S.'], capital: 'Washington' },
  GBR: { name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], adjs: ['British', 'Britons'], capital: 'London' },
  CHN: { name: 'China', aliases: ["People's Republic of China", 'PRC', 'mainland China'], adjs: ['Chinese'], capital: 'Beijing' },
  RUS: { name: 'Russia', aliases: ['Russian Federation'], adjs: ['Russian', 'Russians'], capital: 'Moscow' },
  PRK: { name: 'North Korea', aliases: ['DPRK'], adjs: ['North Korean'], capital: 'Pyongyang' },
  KOR: { name: 'South Korea', aliases: ['Republic of Korea', 'ROK'], adjs: ['South Korean'], capital: 'Seoul' },
  IRN: { name: 'Iran', aliases: ['Islamic Republic of Iran'], adjs: ['Iranian'], capital: 'Tehran' },
  ARE: { aliases: ['UAE', 'U.A.E.', 'Emirates'], adjs: ['Emirati'] },
  COD: { aliases: ['DRC', 'DR Congo', 'Congo-Kinshasa'] },
  COG: { aliases: ['Congo-Brazzaville'] },
  CIV: { name: 'Ivory Coast', aliases: ["Côte d'Ivoire"] },
  MMR: { aliases: ['Burma'] },
  CZE: { aliases: ['Czechia'] },
  TUR: { aliases: ['Turkiye', 'Türkiye'] },
  NLD: { aliases: ['Holland'], adjs: ['Dutch'], capital: 'The Hague' },
  SAU: { aliases: ['KSA'], adjs: ['Saudi', 'Saudi Arabian'] },
  VAT: { aliases: ['Holy See', 'Vatican'] },
  ISR: { adjs: ['Israeli', 'Israelis'], capital: 'Jerusalem' },
  PSE: { name: 'Palestine', adjs: ['Palestinian', 'Palestinians'], capital: 'Ramallah' },
  AFG: { adjs: ['Afghan', 'Afghans'] },
  PHL: { adjs: ['Filipino', 'Philippine'] },
  CHE: { adjs: ['Swiss'] },
  SYR: { name: 'Syria' }, VNM: { name: 'Vietnam' }, TWN: { name: 'Taiwan' },
  ZAF: { capital: 'Pretoria' }, BOL: { capital: 'La Paz' },
};
for (const [iso3, e] of Object.entries(expectCountry)) {
  const r = byIso3.get(iso3);
  check(!!r, `countries.tsv has ${iso3}`);
  if (!r) continue;
  if (e.name) check(r[2] === e.name, `${iso3} name "${r[2]}" want "${e.name}"`);
  for (const a of e.aliases || []) check(list(r[3]).includes(a), `${iso3} alias ${a}`);
  for (const a of e.adjs || []) check(list(r[4]).includes(a), `${iso3} adjective ${a}`);
  if (e.capital) check(r[5] === e.capital, `${iso3} capital "${r[5]}" want "${e.capital}"`);
}
check(!countries.some((r) => list(r[4]).includes('Kurdish')), 'Kurdish is no country adjective');

// ------------------------------------------------------------------ places.tsv
const places = readRows('gazetteer/places.tsv', 8);
check(places.length > 20000, `places.tsv has ${places.length} rows`);
for (const r of places) {
  const at = `places.tsv:${r.line}`;
  rowCheck('places name', r[0] !== '', `${at}: empty name`);
  rowCheck('places kind', ['city', 'capital', 'region'].includes(r[2]), `${at}: kind ${r[2]}`);
  rowCheck('places country', byIso3.has(r[3]), `${at}: country ${r[3]} not in countries.tsv`);
  rowCheck('places lat/lon format', /^-?\d+\.\d{4}$/.test(r[5]) && /^-?\d+\.\d{4}$/.test(r[6]), `${at}: lat/lon with 4 decimals`);
  rowCheck('places population', /^\d+$/.test(r[7]), `${at}: population integer`);
  rowCheck('places aliases', !list(r[1]).includes(r[0]), `${at}: alias repeats the name`);
}
for (let i = 1; i < places.length; i++) rowCheck('places sorted', +places[i - 1][7] >= +places[i][7], `places.tsv sorted by population at line ${places[i].line}`);

const find = (name, pred = () => true) => places.filter((r) => (r[0] === name || list(r[1]).includes(name)) && pred(r));
function expectPlace(name, kind, country, admin1) {
  const hit = find(name, (r) => r[2] === kind && r[3] === country && (admin1 === undefined || r[4] === admin1));
  check(hit.length >= 1, `places.tsv: ${name} ${kind} ${country}${admin1 ? ` (${admin1})` : ''}`);
}
expectPlace('Vienna', 'capital', 'AUT');
expectPlace('Munich', 'city', 'DEU', 'Bavaria');
expectPlace('Beijing', 'capital', 'CHN');
expectPlace('Washington', 'capital', 'USA', 'District of Columbia');
expectPlace('Singapore', 'capital', 'SGP');
expectPlace('Detroit', 'city', 'USA', 'Michigan');
expectPlace('Bali', 'region', 'IDN');
expectPlace('South Carolina', 'region', 'USA');
expectPlace('California', 'region', 'USA');
expectPlace('Bavaria', 'region', 'DEU');
expectPlace('Ontario', 'region', 'CAN');
expectPlace('Sichuan', 'region', 'CHN');
expectPlace('Kerala', 'region', 'IND');
expectPlace('Tatarstan', 'region', 'RUS');
expectPlace('New South Wales', 'region', 'AUS');
expectPlace('Idlib Governorate', 'region', 'SYR');
expectPlace('Anbar', 'region', 'IRQ');
expectPlace('Kiev', 'capital', 'UKR');
expectPlace('Jerusalem', 'capital', 'ISR');
expectPlace('Ramallah', 'capital', 'PSE');
expectPlace('The Hague', 'capital', 'NLD');
expectPlace('Gaza', 'city', 'PSE');
expectPlace('Mumbai', 'city', 'IND');
expectPlace('Bombay', 'city', 'IND');
check(find('Munich').every((r) => r[3] === 'DEU'), 'only one Munich, in Germany');
const usStates = places.filter((r) => r[2] === 'region' && r[3] === 'USA');
check(usStates.length >= 51, `US states and DC: ${usStates.length}`);

// Every capital in countries.tsv joins a place of its country (a few tiny territory capitals are
// not GeoNames populated places).
const capitalNotInGazetteer = new Set(['IOT', 'SGS', 'TKL']);
for (const r of countries) {
  if (!r[5] || capitalNotInGazetteer.has(r[0])) continue;
  rowCheck('capitals join places', find(r[5], (p) => p[3] === r[0] && p[2] === 'capital').length >= 1, `capital ${r[5]} of ${r[0]} is a capital row in places.tsv`);
}

// ------------------------------------------------------------------ ambiguous.txt
const names = new Set(places.flatMap((r) => [r[0], ...list(r[1])]));
const amb = fs.readFileSync(path.join(DATA, 'gazetteer', 'ambiguous.txt'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
check(amb.length >= 30, `ambiguous.txt has ${amb.length} names`);
for (const n of amb) rowCheck('ambiguous names in places', names.has(n), `ambiguous.txt: ${n} is in places.tsv`);
for (const n of ['Of', 'Mobile', 'Reading']) check(amb.includes(n), `ambiguous.txt lists ${n}`);

for (const [, bad] of rowChecks) if (bad) failed++; else passed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
