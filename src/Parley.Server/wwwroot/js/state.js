// The view's state lives in the address, so that a view can be shared or bookmarked: the filters
// under the API's own parameter names, and the dashboard's choices (map colouring, period, order).
export const FILTERS = ['from', 'to', 'actor', 'recipient', 'dyad', 'event', 'quad', 'mode', 'status', 'country', 'text', 'minSources'];
const VIEW = { map: 'count', per: 'month', order: '-date', by: 'dyad' };

export function read() {
  const query = new URLSearchParams(location.search);
  const state = { ...VIEW };
  for (const name of [...FILTERS, ...Object.keys(VIEW)]) {
    const value = query.get(name);
    if (value) state[name] = value;
  }
  return state;
}

export function write(state, replace = false) {
  const query = new URLSearchParams();
  for (const name of FILTERS) if (state[name]) query.set(name, state[name]);
  for (const [name, fallback] of Object.entries(VIEW)) if (state[name] && state[name] !== fallback) query.set(name, state[name]);
  const address = query.toString() ? `?${query}` : location.pathname;
  if (replace) history.replaceState(null, '', address); else history.pushState(null, '', address);
}

// The filters alone, as the API takes them.
export function filters(state) {
  const query = new URLSearchParams();
  for (const name of FILTERS) if (state[name]) query.set(name, state[name]);
  return query;
}

export function describe(state) {
  const parts = [];
  if (state.dyad) parts.push(state.dyad.replace(',', ' → '));
  if (state.actor) parts.push(`${state.actor} acting`);
  if (state.recipient) parts.push(`on ${state.recipient}`);
  if (state.event) parts.push(state.event);
  if (state.quad) parts.push(state.quad.replace('-', ' '));
  if (state.country) parts.push(`in ${state.country}`);
  if (state.status) parts.push(state.status);
  if (state.text) parts.push(`“${state.text}”`);
  if (state.from || state.to) parts.push(`${state.from || '…'} to ${state.to || '…'}`);
  return parts.length ? parts.join(' · ') : 'all events';
}
