// Talking to the server: JSON in and out, problem details turned into messages, and the access
// token (when the server has one) sent as a header, never in a URL.
const TOKEN_KEY = 'parley-token';

export function token() { return sessionStorage.getItem(TOKEN_KEY); }
export function setToken(value) { sessionStorage.setItem(TOKEN_KEY, value); }

// A token handed over in the address (#token=...) is taken and removed from it.
export function takeTokenFromAddress() {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match) return;
  setToken(decodeURIComponent(match[1]));
  history.replaceState(history.state, '', location.pathname + location.search);
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `the server answered ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

function headers(extra = {}) {
  const t = token();
  return t ? { ...extra, Authorization: `Bearer ${t}` } : extra;
}

async function check(response) {
  if (response.ok) return response;
  let problem = null;
  try { problem = await response.json(); } catch { /* not JSON */ }
  throw new ApiError(response.status, problem);
}

export async function getJson(path, params) {
  const query = params && params.toString();
  const response = await fetch(query ? `${path}?${query}` : path, { headers: headers({ Accept: 'application/json' }) });
  return (await check(response)).json();
}

export async function postJson(path, body) {
  const response = await fetch(path, {
    method: 'POST', headers: headers({ 'Content-Type': 'application/json', Accept: 'application/json' }), body: JSON.stringify(body),
  });
  return (await check(response)).json();
}

// A download that must carry the token: fetched, then handed to the browser as a file.
export async function download(path, filename) {
  const response = await check(await fetch(path, { headers: headers() }));
  const url = URL.createObjectURL(await response.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
