// The paste-a-text box: the server codes the text with the real pipeline and explains each event
// (every decision with the pass that made it) and each candidate it dropped.
import { postJson } from './api.js';
import { el, markedSentence, partyNames, quadClass } from './dom.js';

export function wireCode() {
  const form = document.querySelector('#code-form');
  const result = document.querySelector('#code-result');
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const text = document.querySelector('#code-text').value;
    const date = document.querySelector('#code-date').value || undefined;
    result.replaceChildren(el('p', { class: 'subtle' }, 'Coding…'));
    try {
      const coded = await postJson('api/code', { text, date });
      result.replaceChildren(...render(coded));
    } catch (error) {
      result.replaceChildren(el('p', { class: 'error' }, error.message));
    }
  });
}

function render(coded) {
  if (!coded.events.length) {
    return [el('p', {}, 'No events in this text.'), ...coded.sentences.map(droppedOnly)];
  }
  return [el('p', { class: 'subtle' }, `${coded.events.length} event${coded.events.length === 1 ? '' : 's'} in ${coded.sentences.length} sentence${coded.sentences.length === 1 ? '' : 's'}`),
    ...coded.sentences.filter(s => s.events.length || s.dropped.length).map(sentence)];
}

function sentence(s) {
  const marks = s.events.flatMap(e => [
    { kind: 'trigger', at: e.trigger, title: e.event.event },
    ...e.actors.map(p => ({ kind: 'actor', at: p.at, title: `actor: ${p.entity.name}` })),
    ...e.recipients.map(p => ({ kind: 'recipient', at: p.at, title: `recipient: ${p.entity.name}` })),
  ]);
  return el('div', { class: 'coded-sentence' },
    el('blockquote', { class: 'sentence' }, markedSentence(s.text, marks)),
    s.events.map(e => el('div', { class: 'coded-event' },
      el('p', {},
        el('span', { class: `category ${quadClass(e.event.quad)}` }, e.event.event),
        ` ${partyNames(e.event.actor)} → ${partyNames(e.event.recipient)}`,
        el('span', { class: 'subtle' }, ` · ${e.event.status}${e.event.mode ? ' · ' + e.event.mode : ''} · ${e.event.date ?? 'undated'}${e.event.location ? ' · ' + e.event.location.name : ''}`)),
      el('details', {}, el('summary', {}, 'Why'), el('ol', { class: 'reasons' }, e.reasons.map(r => el('li', {}, r)))))),
    s.dropped.length ? el('p', { class: 'dropped subtle' }, 'Not events: ', s.dropped.map(d => `“${d.words}” (${d.why})`).join('; ')) : null);
}

function droppedOnly(s) {
  return s.dropped.length ? el('p', { class: 'dropped subtle' }, `“${s.text}”: `, s.dropped.map(d => `“${d.words}” (${d.why})`).join('; ')) : null;
}
