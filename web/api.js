// api.js: the dyad HTTP API as the dashboard calls it (docs/serve.md).
// Every call resolves to the parsed JSON document or throws an ApiError that
// carries the server's {"error", "detail"} so the page can show it as is.

export class ApiError extends Error {
  constructor(status, code, detail, url) {
    super(detail ? `${detail}` : code);
    this.status = status;  // HTTP status, 0 when the server could not be reached
    this.code = code;      // the API's short error code ("bad_parameter", ...)
    this.detail = detail;
    this.url = url;
  }
}

// GET path?params as JSON. `params` is an object; empty values are left out.
export async function getJson(path, params = {}, { signal } = {}) {
  const url = path + queryString(params);
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(0, 'unreachable', `The dyad server did not answer (${err.message}). Is dyad serve still running?`, url);
  }
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: an old server, or a proxy's page.
  }
  if (!response.ok) {
    const code = (body && body.error) || `http_${response.status}`;
    const detail = (body && body.detail) || text.slice(0, 200) || response.statusText;
    throw new ApiError(response.status, code, detail, url);
  }
  if (body === null) throw new ApiError(response.status, 'bad_response', 'The server answered with something other than JSON.', url);
  return body;
}

export function queryString(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

// The API's filters for a dashboard selection (state.js): dyad or actor,
// CAMEO code prefix, PLOVER type, dates.
export function filtersOf(sel) {
  const f = {};
  const a = sel.a.trim().toUpperCase();
  const b = sel.b.trim().toUpperCase();
  if (a && b) {
    if (sel.dir === 'ba') f.dyad = `${b}-${a}`;
    else if (sel.dir === 'ab') f.dyad = `${a}-${b}`;
    else f.dyad = `${a}~${b}`;
  } else if (a || b) {
    f.actor = a || b;
  }
  if (sel.code) f.code = sel.code;
  if (sel.plover) f.plover = sel.plover;
  if (sel.from) f.from = sel.from;
  if (sel.to) f.to = sel.to;
  return f;
}

export function fetchSeries(sel, opts) {
  return getJson('api/series', { ...filtersOf(sel), by: sel.by, weight: sel.weight === 'mentions' ? 'mentions' : '' }, opts);
}

// One page of events; `extra` may narrow the dates (a period) and carry the cursor.
export function fetchEvents(sel, extra = {}, opts) {
  return getJson('api/events', { ...filtersOf(sel), ...extra }, opts);
}

// Every event of a selection, page after page, up to `max` events.
// Resolves to {events, truncated}.
export async function fetchAllEvents(sel, extra = {}, { max = 2000, signal } = {}) {
  const events = [];
  let cursor = null;
  do {
    const limit = Math.min(500, max - events.length);
    const page = await fetchEvents(sel, { ...extra, limit, cursor }, { signal });
    events.push(...page.events);
    cursor = page.next_cursor || null;
  } while (cursor && events.length < max);
  return { events, truncated: Boolean(cursor) };
}

export function searchActors(q, opts) {
  return getJson('api/actors', { q, limit: 12 }, opts);
}
