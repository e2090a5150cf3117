// The dashboard: reads the view from the address, asks the server (every number is the store's
// own aggregation), and draws the map, the time series, the change table and the event table.
import { ApiError, download, getJson, setToken, takeTokenFromAddress, token } from './api.js';
import * as State from './state.js';
import { drawMap } from './map.js';
import { drawChart, perPeriod, resizeChart, trim } from './chart.js';
import { loadChanges, renderChanges } from './changes.js';
import { clearLocalSort, loadPage, render as renderEvents, sortLocally } from './events.js';
import { openEvidence, wireEvidence } from './evidence.js';
import { wireCode } from './code.js';
import { number } from './dom.js';

const $ = selector => document.querySelector(selector);
const CATEGORIES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

let state = State.read();
let cursors = [];      // cursors of the pages before this one, for Previous
let current = null;    // the cursor of this page (null: the first)
let next = null;
let busy = 0;

function status(message, isError = false) {
  const line = $('#status');
  line.textContent = message;
  line.classList.toggle('error', isError);
}

function fillForm() {
  for (const name of State.FILTERS) {
    const input = $(`#filters [name="${name}"]`);
    if (input) input.value = state[name] ?? '';
  }
  $('#per').value = state.per;
  $('#changes-by').value = state.by;
  for (const b of document.querySelectorAll('[data-map]')) b.setAttribute('aria-pressed', String(b.dataset.map === state.map));
}

function csvLink() {
  const params = State.filters(state);
  params.set('format', 'csv');
  params.set('order', state.order);
  $('#csv').href = `api/events?${params}`;
}

async function guarded(work) {
  busy++;
  document.body.classList.add('busy');
  try { await work(); }
  catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      $('#token-form').hidden = false;
      $('#token').focus();
      status('This server needs its access token.', true);
    } else status(error.message, true);
  } finally {
    if (--busy === 0) document.body.classList.remove('busy');
  }
}

async function refresh() {
  fillForm();
  csvLink();
  status(`Showing ${State.describe(state)}`);
  await Promise.all([guarded(loadOverview), guarded(() => loadEvents(null, true))]);
}

// The map, the time series and the change table, from three stats queries.
async function loadOverview() {
  const filters = State.filters(state);
  const [byCountry, byQuad] = await Promise.all([
    getJson('api/stats', withParams(filters, { by: 'country', per: 'year', limit: 50000 })),
    getJson('api/stats', withParams(filters, { by: 'quad', per: state.per, limit: 50000 })),
  ]);
  const totals = new Map();
  for (const r of byCountry.rows) {
    if (!r.key) continue;
    const t = totals.get(r.key) ?? { events: 0, goldsteinSum: 0 };
    t.events += r.events;
    t.goldsteinSum += r.goldsteinSum;
    totals.set(r.key, t);
  }
  await drawMap($('#map'), $('#map-legend'), totals, state.map, state.country, pickCountry);
  const series = perPeriod(byQuad.rows);
  const { shown, hidden } = state.from || state.to ? { shown: series, hidden: 0 } : trim(series);
  drawChart($('#chart'), shown);
  $('#chart-subtitle').textContent = State.describe(state) + (hidden
    ? ` · ${number.format(hidden)} events dated ${shown.length ? `before ${shown[0][0]} or after ${shown[shown.length - 1][0]}` : 'elsewhere'} are left out of the chart (set From and To to see them)`
    : '');
  const events = series.reduce((n, [, p]) => n + p.events, 0);
  const goldstein = series.reduce((n, [, p]) => n + p.goldsteinSum, 0);
  // Counts are of events that happened unless a status is chosen: the server's stats count asserted events by default.
  const counted = !state.status || state.status === 'asserted' ? 'events that happened' : `${state.status} events`;
  status(`${number.format(events)} ${counted} · ${State.describe(state)}` + (events ? ` · mean Goldstein ${(goldstein / events).toFixed(2)}` : ''));
  const latest = shown.length ? shown[shown.length - 1][0] : null;
  $('#changes-subtitle').textContent = latest ? `${state.per} of ${latest} against the 4 before` : '';
  const rows = latest ? await loadChanges(filters, state.by, state.per, latest) : [];
  renderChanges($('#changes'), rows, state.by, pickGroup);
}

function withParams(base, extra) {
  const params = new URLSearchParams(base);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params;
}

async function loadEvents(cursor, first = false) {
  if (first) { cursors = []; current = null; }
  const page = await loadPage(State.filters(state), state.order, cursor);
  current = cursor;
  next = page.next;
  renderEvents(state.order, openEvidence);
  $('#prev').disabled = cursors.length === 0;
  $('#next').disabled = !next;
  $('#page-info').textContent = `page ${cursors.length + 1}${page.events.length ? '' : ' (empty)'}`;
}

function change(update) {
  state = { ...state, ...update };
  for (const [k, v] of Object.entries(update)) if (v === '' || v === null) delete state[k];
  State.write(state);
  refresh();
}

function pickCountry(code) { change({ country: state.country === code ? null : code }); }

function pickGroup(row) {
  if (state.by === 'dyad') change({ dyad: `${row.key},${row.key2}`, actor: null, recipient: null });
  else if (state.by === 'event') change({ event: row.key });
  else change({ country: row.key });
}

function wire() {
  const categories = $('#f-event');
  for (const c of CATEGORIES) categories.append(new Option(c, c));
  $('#filters').addEventListener('submit', e => {
    e.preventDefault();
    const update = {};
    for (const name of State.FILTERS) {
      const input = $(`#filters [name="${name}"]`);
      if (input) update[name] = input.value.trim() || null;
    }
    if (update.country) update.country = update.country.toUpperCase();
    change(update);
  });
  $('#reset').addEventListener('click', () => change(Object.fromEntries(State.FILTERS.map(n => [n, null]))));
  $('#per').addEventListener('change', e => change({ per: e.target.value }));
  $('#changes-by').addEventListener('change', e => change({ by: e.target.value }));
  for (const b of document.querySelectorAll('[data-map]')) b.addEventListener('click', () => change({ map: b.dataset.map }));
  $('#next').addEventListener('click', () => guarded(async () => { cursors.push(current); await loadEvents(next); }));
  $('#prev').addEventListener('click', () => guarded(async () => { await loadEvents(cursors.pop() ?? null); }));
  for (const b of document.querySelectorAll('#event-table [data-sort]')) {
    b.addEventListener('click', () => {
      if (b.dataset.sort === 'date') { clearLocalSort(); change({ order: state.order === '-date' ? 'date' : '-date' }); }
      else { sortLocally(b.dataset.sort); renderEvents(state.order, openEvidence); }
    });
  }
  $('#csv').addEventListener('click', e => {
    if (!token()) return; // a plain download
    e.preventDefault();
    guarded(() => download($('#csv').href, 'parley-events.csv'));
  });
  $('#token-form').addEventListener('submit', e => {
    e.preventDefault();
    setToken($('#token').value);
    $('#token-form').hidden = true;
    refresh();
  });
  let suggest = null;
  for (const input of [$('#f-actor'), $('#f-recipient')]) {
    input.addEventListener('input', () => {
      clearTimeout(suggest);
      const q = input.value.trim();
      if (q.length < 2) return;
      suggest = setTimeout(() => guarded(async () => {
        const found = await getJson('api/actors', new URLSearchParams({ q, limit: 10 }));
        $('#actors').replaceChildren(...found.store.map(a => new Option(`${a.name}${a.country ? ' (' + a.country + ')' : ''}`, a.name)));
      }), 250);
    });
  }
  window.addEventListener('popstate', () => { state = State.read(); refresh(); });
  let resize = null;
  window.addEventListener('resize', () => { clearTimeout(resize); resize = setTimeout(() => resizeChart($('#chart')), 150); });
  wireEvidence();
  wireCode();
}

takeTokenFromAddress();
wire();
refresh();
