// The evidence of one merged event: every sentence that reported it, with the event's words and
// its parties marked, the document's title, source, date and link, and the rule that coded it.
import { getJson } from './api.js';
import { el, markedSentence, number, partyNames, quadClass } from './dom.js';

const dialog = () => document.querySelector('#evidence');
let opener = null;

export async function openEvidence(row) {
  opener = document.activeElement;
  const e = row.event;
  document.querySelector('#evidence-title').replaceChildren(
    el('span', { class: `category ${quadClass(e.quad)}` }, e.event), ' ',
    `${partyNames(e.actor)} → ${partyNames(e.recipient)}`, el('span', { class: 'subtle' }, ` · ${e.date ?? 'undated'}`));
  const body = document.querySelector('#evidence-body');
  body.replaceChildren(el('p', { class: 'subtle' }, 'Loading the sentences…'));
  if (!dialog().open) dialog().showModal();
  try {
    const detail = await getJson(`api/events/${row.mergedId}`);
    body.replaceChildren(
      el('p', { class: 'counts' }, `${number.format(detail.mentions)} mentions · ${number.format(detail.sources)} sources · ${number.format(detail.articles)} articles`),
      el('ol', { class: 'evidence-list' }, detail.evidence.map(mention)));
  } catch (error) {
    body.replaceChildren(el('p', { class: 'error' }, `The evidence could not be loaded: ${error.message}`));
  }
}

function mention(m) {
  const d = m.document;
  const marks = [
    { kind: 'trigger', at: m.trigger, title: 'event words' },
    ...m.actors.map(p => ({ kind: 'actor', at: p.at, title: `actor: ${p.entity.name}` })),
    ...m.recipients.map(p => ({ kind: 'recipient', at: p.at, title: `recipient: ${p.entity.name}` })),
  ];
  const title = d.title || d.id;
  return el('li', { class: 'mention' },
    el('blockquote', { class: 'sentence' }, markedSentence(m.sentence, marks)),
    el('p', { class: 'source' },
      d.url ? el('a', { href: d.url, target: '_blank', rel: 'noopener noreferrer' }, title) : el('span', {}, title),
      ` — ${d.source ?? 'unknown source'}${d.date ? ', ' + d.date : ''}${m.fromDuplicate ? ' (a reprint)' : ''}`),
    el('p', { class: 'subtle' }, `${m.event.event}${m.event.mode ? ' / ' + m.event.mode : ''}, ${m.event.status}, CAMEO ${m.event.cameo}, Goldstein ${m.event.goldstein}` +
      (m.rule ? ` · coded by ${m.rule}` : '') + ` · event ${m.event.id}`));
}

export function wireEvidence() {
  document.querySelector('#evidence-close').addEventListener('click', () => dialog().close());
  dialog().addEventListener('close', () => opener?.focus?.());
  // A click on the backdrop closes it too.
  dialog().addEventListener('click', e => { if (e.target === dialog()) dialog().close(); });
}
