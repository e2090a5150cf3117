// What changed: the last period of the view against the mean of the previous ones, per dyad,
// category or country, as the store marks it (ACLED Trendfinder style). A row filters by its group.
import { getJson } from './api.js';
import { el, number } from './dom.js';

const MARKS = {
  'large-increase': ['▲▲', 'large increase'], 'moderate-increase': ['▲', 'moderate increase'],
  'moderate-decrease': ['▼', 'moderate decrease'], 'large-decrease': ['▼▼', 'large decrease'], none: ['', 'no marked change'],
};

function startOf(period, per, back) {
  const d = new Date(period + 'T00:00:00Z');
  if (per === 'week') d.setUTCDate(d.getUTCDate() - 7 * back);
  else if (per === 'year') d.setUTCFullYear(d.getUTCFullYear() - back);
  else d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 10);
}

export async function loadChanges(filterParams, by, per, latest, baseline = 4) {
  const params = new URLSearchParams(filterParams);
  params.set('by', by);
  params.set('per', per);
  params.set('baseline', baseline);
  const from = startOf(latest, per, baseline);
  if (!params.get('from') || params.get('from') < from) params.set('from', from);
  const stats = await getJson('api/stats', params);
  const last = stats.rows.filter(r => r.period === latest && r.baseline !== null);
  last.sort((a, b) => Math.abs(b.events - b.baseline) - Math.abs(a.events - a.baseline) || b.events - a.events);
  return last.slice(0, 12);
}

export function renderChanges(table, rows, by, onPick) {
  if (!rows.length) {
    table.replaceChildren(el('tbody', {}, el('tr', {}, el('td', { class: 'empty' }, 'Nothing to compare: too few periods in this view.'))));
    return;
  }
  const label = r => by === 'dyad' ? `${r.key || '?'} → ${r.key2 || '?'}` : (r.key || 'unknown');
  table.replaceChildren(
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, by === 'event' ? 'Category' : by === 'country' ? 'Country' : 'Dyad'),
      el('th', { scope: 'col', class: 'num' }, 'Events'), el('th', { scope: 'col', class: 'num' }, 'Before'),
      el('th', { scope: 'col', class: 'num' }, 'Change'), el('th', { scope: 'col' }, 'Trend'))),
    el('tbody', {}, rows.map(r => {
      const change = r.baseline ? Math.round(100 * (r.events - r.baseline) / r.baseline) : null;
      const [symbol, words] = MARKS[r.trend] ?? MARKS.none;
      return el('tr', {},
        el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => onPick(r), title: `Show ${label(r)}` }, label(r))),
        el('td', { class: 'num' }, number.format(r.events)),
        el('td', { class: 'num' }, r.baseline.toFixed(1)),
        el('td', { class: `num ${r.events >= r.baseline ? 'up' : 'down'}` }, change === null ? 'new' : `${change > 0 ? '+' : ''}${change}%`),
        el('td', { class: `trend ${r.trend}` }, el('span', { 'aria-hidden': 'true' }, symbol), el('span', { class: 'visually-hidden' }, words)));
    })));
}
