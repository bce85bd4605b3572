// The dashboard's modules that need no browser (web/*.js): period labels as
// dates, the hash, CSV, and finding the evidence in its sentence. Runs with
// node alone (ctest web.units).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clampBounds, periodBounds, periodStart } from '../../web/periods.js';
import { hashOf, readHash, describe, DEFAULTS } from '../../web/state.js';
import { eventsCsv, seriesCsv, toCsv, EVENT_COLUMNS } from '../../web/csv.js';
import { evidenceSpan } from '../../web/events.js';
import { filtersOf, queryString } from '../../web/api.js';

test('period labels become their first and last day', () => {
  const cases = [
    ['2024-04-09', 'day', ['2024-04-09', '2024-04-09']],
    ['2024-W15', 'week', ['2024-04-08', '2024-04-14']],
    ['2024-W01', 'week', ['2024-01-01', '2024-01-07']],
    ['2020-W53', 'week', ['2020-12-28', '2021-01-03']],  // a week across the new year
    ['2021-W01', 'week', ['2021-01-04', '2021-01-10']],
    ['2026-W01', 'week', ['2025-12-29', '2026-01-04']],  // ISO year starts in the previous December
    ['2024-02', 'month', ['2024-02-01', '2024-02-29']],
    ['2023-02', 'month', ['2023-02-01', '2023-02-28']],
    ['2024-12', 'month', ['2024-12-01', '2024-12-31']],
    ['2024', 'year', ['2024-01-01', '2024-12-31']],
  ];
  for (const [label, by, want] of cases) assert.deepEqual(periodBounds(label, by), want, `${label} by ${by}`);
  for (const [label, by] of [['2024-04', 'week'], ['2024-W15', 'month'], ['x', 'year'], ['', 'day']]) {
    assert.equal(periodBounds(label, by), null, `${label} by ${by}`);
  }
  assert.equal(periodStart('2024-04', 'month'), Date.UTC(2024, 3, 1) / 1000);
});

test('a period is cut to the selection\'s dates', () => {
  assert.deepEqual(clampBounds(['2024-04-01', '2024-04-30'], '2024-04-10', ''), ['2024-04-10', '2024-04-30']);
  assert.deepEqual(clampBounds(['2024-04-01', '2024-04-30'], '', '2024-04-20'), ['2024-04-01', '2024-04-20']);
  assert.deepEqual(clampBounds(['2024-04-01', '2024-04-30'], '2024', '2024-04'), ['2024-04-01', '2024-04-30']);
  assert.deepEqual(clampBounds(['2024-01-01', '2024-12-31'], '2024-03', '2024-05'), ['2024-03-01', '2024-05-31']);
});

test('the hash keeps the selection and drops defaults', () => {
  const sel = { ...DEFAULTS, a: 'IND', b: 'PAK', by: 'week', code: '19', period: '2024-W15' };
  const hash = hashOf(sel);
  assert.equal(hash, '#a=IND&b=PAK&by=week&code=19&period=2024-W15');
  assert.deepEqual(readHash(hash), sel);
  assert.deepEqual(readHash('#a=IND&dir=sideways&by=fortnight&weight=likes'), { ...DEFAULTS, a: 'IND' }, 'bad values fall back');
  assert.equal(hashOf({ ...DEFAULTS, a: 'IND', weight: 'mentions' }), '#a=IND&by=month&weight=mentions');
  assert.equal(describe({ ...sel, dir: 'ab' }), 'IND → PAK');
  assert.equal(describe({ ...sel, dir: 'ba' }), 'PAK → IND');
  assert.equal(describe({ ...DEFAULTS, b: 'pak' }), 'PAK');
});

test('a selection becomes the API\'s filters', () => {
  const base = { ...DEFAULTS, a: 'ind', b: 'PAK' };
  assert.deepEqual(filtersOf(base), { dyad: 'IND~PAK' });
  assert.deepEqual(filtersOf({ ...base, dir: 'ab' }), { dyad: 'IND-PAK' });
  assert.deepEqual(filtersOf({ ...base, dir: 'ba', code: '19', plover: 'ASSAULT', from: '2024-01-01' }),
    { dyad: 'PAK-IND', code: '19', plover: 'ASSAULT', from: '2024-01-01' });
  assert.deepEqual(filtersOf({ ...DEFAULTS, b: 'usagov' }), { actor: 'USAGOV' });
  assert.equal(queryString({ dyad: 'IND~PAK', cursor: null, to: '', limit: 50 }), '?dyad=IND%7EPAK&limit=50');
});

test('CSV quotes what needs quoting and ends lines with CRLF', () => {
  assert.equal(toCsv(['a', 'b'], [['x, y', 'say "no"'], [null, 3]]), 'a,b\r\n"x, y","say ""no"""\r\n,3\r\n');
  const csv = eventsCsv([{ canonical_id: 7, date: '2024-04-09', date_end: '2024-04-10', source: { code: 'INDGOV', country: 'IND' },
    target: null, code: '190', root_code: '19', quad_class: 4, goldstein: -10, plover_type: 'ASSAULT', num_mentions: 2,
    num_articles: 2, num_sources: 1, location: { name: 'Jammu', country_iso3: 'IND', lat: 32.7, lon: 74.9 },
    mentions: [{ url: 'https://example.org/a', title: 'T', sentence_text: 'Line one,\nline two.' }] }]);
  const [header, row] = csv.split('\r\n');
  assert.equal(header, EVENT_COLUMNS.join(','));
  assert.equal(row, '7,2024-04-09,2024-04-10,INDGOV,IND,,,190,19,4,-10,ASSAULT,2,2,1,Jammu,IND,32.7,74.9,https://example.org/a,T,"Line one,\nline two."');
  const series = seriesCsv([{ period: '2024-04', counts: { verbal_cooperation: 1, material_cooperation: 0, verbal_conflict: 2,
    material_conflict: 0, total: 3 }, goldstein: { mean: -1, sum: -3 }, index: -1 / 3 }]);
  assert.match(series, /^period,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,total,goldstein_mean,goldstein_sum,index\r\n2024-04,1,0,2,0,3,-1,-3,-0\.333/);
});

test('the evidence is found in its sentence, in code points', () => {
  const s = 'Turkey’s Foreign Ministry summoned Sweden’s ambassador on Friday.';
  // Given the sentence's start: the offsets as they are.
  assert.deepEqual(evidenceSpan(s, { verb: 'summoned', start: 126, end: 134 }, 100), [26, 34]);
  // Without it: the verb's text, a whole word, ignoring case.
  assert.deepEqual(evidenceSpan(s, { verb: 'summoned', start: 126, end: 134 }), [26, 34]);
  assert.deepEqual(evidenceSpan('He Met them; they met.', { verb: 'met', start: 3, end: 6 }), [3, 6]);
  assert.deepEqual(evidenceSpan('They metered it, then met.', { verb: 'met', start: 22, end: 25 }), [22, 25], 'not inside a word');
  // Code points, not UTF-16 units: an emoji before the verb counts once.
  assert.deepEqual(evidenceSpan('😀 Leaders met.', { verb: 'met', start: 10, end: 13 }), [10, 13]);
  // An occurrence after the evidence's article offset cannot be it.
  assert.deepEqual(evidenceSpan('Met, then met again.', { verb: 'met', start: 0, end: 3 }), [0, 3]);
  assert.equal(evidenceSpan('No verb here.', { verb: 'met', start: 0, end: 3 }), null);
  assert.equal(evidenceSpan('', { verb: 'met' }), null);
});
