// csv.js: the selection as CSV (RFC 4180: quoted when needed, CRLF), and a
// download of it made in the browser.

const field = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(header, rows) {
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export const EVENT_COLUMNS = [
  'canonical_id', 'date', 'date_end', 'source_code', 'source_country', 'target_code', 'target_country',
  'code', 'root_code', 'quad_class', 'goldstein', 'plover_type', 'num_mentions', 'num_articles',
  'num_sources', 'location_name', 'location_country_iso3', 'location_lat', 'location_lon', 'url',
  'title', 'sentence_text',
];

export function eventsCsv(events) {
  return toCsv(EVENT_COLUMNS, events.map((e) => {
    const m = (e.mentions && e.mentions[0]) || {};
    const loc = e.location || {};
    return [
      e.canonical_id, e.date, e.date_end, e.source?.code, e.source?.country, e.target?.code,
      e.target?.country, e.code, e.root_code, e.quad_class, e.goldstein, e.plover_type, e.num_mentions,
      e.num_articles, e.num_sources, loc.name, loc.country_iso3, loc.lat, loc.lon, m.url, m.title,
      m.sentence_text,
    ];
  }));
}

export function seriesCsv(series) {
  return toCsv(
    ['period', 'verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict', 'total',
      'goldstein_mean', 'goldstein_sum', 'index'],
    series.map((p) => [p.period, p.counts.verbal_cooperation, p.counts.material_cooperation,
      p.counts.verbal_conflict, p.counts.material_conflict, p.counts.total, p.goldstein.mean,
      p.goldstein.sum, p.index]));
}

export function download(filename, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
