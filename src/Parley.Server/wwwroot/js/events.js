// The event table: one page from the server at a time (keyset cursors), newest or oldest first;
// each row opens the evidence.
import { getJson } from './api.js';
import { el, markedSentence, partyNames, quadClass } from './dom.js';

export const PAGE_SIZE = 25;
const table = () => document.querySelector('#event-table');

let rows = [];
let localSort = null;

const sortKeys = {
  event: r => r.event.event,
  actor: r => partyNames(r.event.actor),
  recipient: r => partyNames(r.event.recipient),
  where: r => r.event.location?.name ?? '',
  sources: r => r.sources,
};

// Loads a page; cursors is the stack of cursors that led here (the last one asks for this page).
export async function loadPage(filterParams, order, cursor) {
  const params = new URLSearchParams(filterParams);
  params.set('limit', PAGE_SIZE);
  params.set('order', order);
  if (cursor) params.set('cursor', cursor);
  const page = await getJson('api/events', params);
  rows = page.events;
  localSort = null;
  return page;
}

export function render(order, onOpen) {
  const head = table().tHead;
  for (const th of head.querySelectorAll('th[aria-sort], th')) th.removeAttribute('aria-sort');
  const dateHead = head.querySelector('[data-sort="date"]').parentElement;
  if (!localSort) dateHead.setAttribute('aria-sort', order === '-date' ? 'descending' : 'ascending');
  else head.querySelector(`[data-sort="${localSort.key}"]`).parentElement.setAttribute('aria-sort', localSort.descending ? 'descending' : 'ascending');
  let shown = rows;
  if (localSort) {
    const key = sortKeys[localSort.key];
    shown = [...rows].sort((a, b) => {
      const x = key(a), y = key(b);
      const c = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
      return localSort.descending ? -c : c;
    });
  }
  const body = table().tBodies[0];
  if (!shown.length) {
    body.replaceChildren(el('tr', {}, el('td', { colspan: 7, class: 'empty' }, 'No events match these filters.')));
    return;
  }
  body.replaceChildren(...shown.map(r => row(r, onOpen)));
}

function row(r, onOpen) {
  const e = r.event;
  const open = () => onOpen(r);
  const trigger = { kind: 'trigger', at: { start: e.text.indexOf(e.eventText), end: e.text.indexOf(e.eventText) + e.eventText.length } };
  return el('tr', { class: 'event-row', 'data-merged': r.mergedId, onclick: open },
    el('td', { class: 'date' }, e.date ?? '—'),
    el('td', {}, el('button', {
      type: 'button', class: `category ${quadClass(e.quad)}`, 'aria-label': `${e.event} on ${e.date ?? 'an unknown date'}: open the evidence`,
      onclick: ev => { ev.stopPropagation(); open(); },
    }, e.event)),
    el('td', {}, partyNames(e.actor)),
    el('td', {}, partyNames(e.recipient)),
    el('td', { class: 'wide' }, e.location ? `${e.location.name} (${e.location.country})` : '—'),
    el('td', { class: 'num' }, String(r.sources)),
    el('td', { class: 'sentence' }, trigger.at.start >= 0 ? markedSentence(e.text, [trigger]) : e.text));
}

// A click on a column other than date sorts the rows of this page.
export function sortLocally(key) {
  localSort = localSort?.key === key ? { key, descending: !localSort.descending } : { key, descending: key === 'sources' };
}

export function clearLocalSort() { localSort = null; }
