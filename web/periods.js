// periods.js: the period labels of a series ("2024-04-09", "2024-W15",
// "2024-04", "2024") as dates: where a point stands on the time axis, and the
// first and last day of the events behind it (as store::PeriodBounds).

const pad = (n, w = 2) => String(n).padStart(w, '0');
const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

// The Monday of ISO week `week` of ISO year `year`, as a UTC Date.
function isoWeekMonday(year, week) {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const dow = jan4.getUTCDay() || 7;  // Monday 1 .. Sunday 7
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - (dow - 1) + 7 * (week - 1));
  return monday;
}

// [first, last] day of a label as ISO dates; null for a label it does not know.
export function periodBounds(label, by) {
  let m;
  if (by === 'day' && (m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label))) return [label, label];
  if (by === 'week' && (m = /^(\d{4})-W(\d{2})$/.exec(label))) {
    const monday = isoWeekMonday(+m[1], +m[2]);
    const sunday = new Date(monday);
    sunday.setUTCDate(monday.getUTCDate() + 6);
    return [iso(monday), iso(sunday)];
  }
  if (by === 'month' && (m = /^(\d{4})-(\d{2})$/.exec(label))) {
    const last = new Date(Date.UTC(+m[1], +m[2], 0));
    return [`${label}-01`, iso(last)];
  }
  if (by === 'year' && (m = /^(\d{4})$/.exec(label))) return [`${label}-01-01`, `${label}-12-31`];
  return null;
}

// Seconds since the epoch of a label's first day (uPlot's time axis).
export function periodStart(label, by) {
  const b = periodBounds(label, by);
  return b ? Date.parse(`${b[0]}T00:00:00Z`) / 1000 : NaN;
}

// The intersection of a period with the selection's from/to (either may be empty).
export function clampBounds([first, last], from, to) {
  // A month or year given as from/to is its first/last day, as the API reads it.
  const lo = from ? periodBounds(from, from.length === 4 ? 'year' : from.length === 7 ? 'month' : 'day') : null;
  const hi = to ? periodBounds(to, to.length === 4 ? 'year' : to.length === 7 ? 'month' : 'day') : null;
  if (lo && lo[0] > first) first = lo[0];
  if (hi && hi[1] < last) last = hi[1];
  return [first, last];
}
