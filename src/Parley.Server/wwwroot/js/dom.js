// Small helpers for building the page without innerHTML on data: text from the store is always
// set as text, never parsed as markup.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
}

// The quad class a category belongs to, for its colour.
export function quadClass(quad) { return quad ? quad.replace('verbal-', 'v-').replace('material-', 'm-') : ''; }

export const number = new Intl.NumberFormat('en');

// A sentence with words marked: trigger, actors and recipients, by their offsets in it.
// Overlapping marks keep the first given (the trigger).
export function markedSentence(text, marks) {
  const kept = [];
  for (const m of marks.filter(m => m.at && m.at.end > m.at.start)) if (!kept.some(k => m.at.start < k.at.end && k.at.start < m.at.end)) kept.push(m);
  kept.sort((a, b) => a.at.start - b.at.start);
  const out = [];
  let at = 0;
  for (const m of kept) {
    if (m.at.start > at) out.push(text.slice(at, m.at.start));
    out.push(el('mark', { class: m.kind, title: m.title }, text.slice(m.at.start, m.at.end)));
    at = m.at.end;
  }
  out.push(text.slice(at));
  return out;
}

export function partyNames(parties) {
  return parties.map(p => p.code ? `${p.name} (${p.code})` : p.name).join('; ') || '—';
}
