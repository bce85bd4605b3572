// The dashboard in a real browser: Debian's Chromium driven by playwright-core
// (never a browser download). Builds a store from the sample articles, starts
// `dyad serve` on a free loopback port, and checks what a user sees: the
// charts draw, a clicked point lists its events with the evidence marked, the
// map shows the events' places, the CSV downloads, a link reproduces the
// view, and errors and missing libraries are said on the page. Screenshots go
// to DYAD_TEST_OUTPUT (build/test-output/browser).
//
//   node tests/browser/dashboard.test.mjs     (ctest runs it as browser.dashboard)
//
// Environment: DYAD_BINARY (build/dyad), DYAD_TEST_OUTPUT, CHROMIUM
// (/usr/bin/chromium). Exits 77 (ctest: skipped) when Chromium, playwright-core
// or web/vendor/ is missing, unless CI=true, where that is a failure.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dyad = process.env.DYAD_BINARY || path.join(root, 'build/dyad');
const outDir = process.env.DYAD_TEST_OUTPUT || path.join(root, 'build/test-output/browser');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const webDir = path.join(root, 'web');
const articles = [path.join(root, 'tests/browser/articles.jsonl'), path.join(root, 'examples/wire.jsonl')];

function unavailable() {
  if (!fs.existsSync(chromiumPath)) return `no Chromium at ${chromiumPath} (apt-get install chromium)`;
  if (!fs.existsSync(path.join(webDir, 'node_modules/playwright-core'))) return 'playwright-core is not installed in web/node_modules (make deps)';
  if (!fs.existsSync(path.join(webDir, 'vendor/uplot/uPlot.iife.min.js'))) return 'web/vendor/ is missing (make deps)';
  if (!fs.existsSync(dyad)) return `no dyad binary at ${dyad} (make)`;
  return null;
}
const missing = unavailable();
if (missing) {
  if (process.env.CI === 'true') {
    console.error(`browser tests cannot run in CI: ${missing}`);
    process.exit(1);
  }
  console.log(`SKIP browser tests: ${missing}`);
  process.exit(77);
}
const { chromium } = createRequire(path.join(webDir, 'package.json'))('playwright-core');

let server, baseUrl, browser, pair, pairEvents;

// `dyad serve --listen 127.0.0.1:0` picks a free port and says which on
// stderr: "dyad serve: listening on http://127.0.0.1:PORT/ ...".
function listeningUrl(child, ms = 20000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dyad serve said no address in ${ms} ms: ${child.stderrText}`)), ms);
    child.stderr.on('data', () => {
      const m = /listening on (http:\/\/[^\s/]+)\//.exec(child.stderrText);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`dyad serve exited with ${code}: ${child.stderrText}`)); });
  });
}

async function waitForHealth(url, child, ms = 20000) {
  const deadline = Date.now() + ms;
  let last = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dyad serve exited with ${child.exitCode}: ${child.stderrText}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) return;
      last = `HTTP ${r.status}`;
    } catch (err) {
      last = err.message;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`dyad serve did not answer /healthz in ${ms} ms (${last}): ${child.stderrText}`);
}

// The country pair with events in the most months (then the most events) among
// those with located events: the data decides, nothing is hard-coded.
function pickPair(events) {
  const pairs = new Map();
  for (const e of events) {
    if (!e.target || !e.date) continue;
    const [a, b] = [e.source.country, e.target.country].sort();
    if (!a || !b || a === b) continue;
    const key = `${a}~${b}`;
    if (!pairs.has(key)) pairs.set(key, { a, b, events: [], months: new Set(), located: 0 });
    const p = pairs.get(key);
    p.events.push(e);
    p.months.add(e.date.slice(0, 7));
    if (e.location && typeof e.location.lat === 'number') p.located++;
  }
  const ranked = [...pairs.values()].filter((p) => p.located > 0 && p.months.size >= 2)
    .sort((x, y) => y.months.size - x.months.size || y.events.length - x.events.length);
  assert.ok(ranked.length, 'the sample articles give no dyad with located events in two months or more');
  return ranked[0];
}

async function openDashboard(hash, { viewport = { width: 1400, height: 1100 } } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  await page.goto(`${baseUrl}/${hash}`);
  return { page, context, problems };
}

const waitReady = (page) => page.waitForFunction(() => window.dyad && ['ready', 'empty', 'error'].includes(window.dyad.state), null, { timeout: 15000 });
const shot = (page, name) => page.screenshot({ path: path.join(outDir, name), fullPage: true });
const pairHash = (extra = '') => `#a=${pair.a}&b=${pair.b}&dir=both&by=month${extra}`;

before(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const db = path.join(outDir, 'dashboard.db');
  for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
  execFileSync(dyad, ['ingest', '--db', db, ...articles], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exported = execFileSync(dyad, ['export', '--db', db, '--format', 'jsonl'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const events = exported.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  pair = pickPair(events);
  pairEvents = pair.events;

  server = spawn(dyad, ['serve', '--db', db, '--listen', '127.0.0.1:0', '--dashboard', webDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  server.stderrText = '';
  server.stderr.on('data', (d) => { server.stderrText += d; });
  baseUrl = await listeningUrl(server);
  await waitForHealth(baseUrl, server);
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => { server.once('exit', r); setTimeout(r, 5000); });
  }
});

test('the charts draw the series of the busiest dyad', async () => {
  const { page, context, problems } = await openDashboard(pairHash());
  await waitReady(page);
  assert.equal(await page.evaluate(() => window.dyad.state), 'ready');
  const info = await page.evaluate(() => {
    const { line, counts, columns } = window.dyad.charts;
    const inked = (u) => {
      const { width, height } = u.ctx.canvas;
      const px = u.ctx.getImageData(0, 0, width, height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 0 && (px[i] < 240 || px[i + 1] < 240 || px[i + 2] < 240)) n++;
      return n;
    };
    return { lineSeries: line.series.length, countSeries: counts.series.length, points: line.data[0].length,
      total: columns.total.reduce((a, b) => a + b, 0), lineInk: inked(line), countInk: inked(counts) };
  });
  assert.equal(info.lineSeries, 3, 'x, net index, mean Goldstein');
  assert.equal(info.countSeries, 5, 'x and four QuadClasses');
  assert.ok(info.points >= pair.months.size, `${info.points} periods for ${pair.months.size} months with events`);
  assert.equal(info.total, pairEvents.length, 'the series counts every event of the dyad');
  assert.ok(info.lineInk > 2000, `line chart drawn (${info.lineInk} inked pixels)`);
  assert.ok(info.countInk > 2000, `counts chart drawn (${info.countInk} inked pixels)`);
  assert.match(await page.textContent('#summary'), new RegExp(`${pairEvents.length} events`));
  await shot(page, 'dashboard-series.png');
  assert.deepEqual(problems, []);
  await context.close();
});

test('clicking a point lists that period\'s events with the evidence marked', async () => {
  const { page, context, problems } = await openDashboard(pairHash());
  await waitReady(page);
  // The busiest period, clicked where its point is drawn.
  const target = await page.evaluate(() => {
    const { line, columns } = window.dyad.charts;
    const i = columns.total.indexOf(Math.max(...columns.total));
    const r = line.over.getBoundingClientRect();
    return { i, period: window.dyad.series[i].period, total: columns.total[i],
      x: r.left + line.valToPos(line.data[0][i], 'x'), y: r.top + line.valToPos(line.data[1][i], 'idx') };
  });
  await page.mouse.move(target.x, target.y);
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction((n) => document.querySelectorAll('#events-list .event').length === n, Math.min(target.total, 50));
  assert.match(page.url(), new RegExp(`period=${target.period}`));
  assert.match(await page.textContent('#events-title'), new RegExp(target.period));
  const listed = await page.$$eval('#events-list .event', (els) => els.map((el) => ({
    id: el.dataset.id,
    marks: [...el.querySelectorAll('mark.evidence')].map((m) => m.textContent),
    sentences: [...el.querySelectorAll('blockquote.sentence')].map((b) => b.textContent),
    links: [...el.querySelectorAll('.source-line a')].map((a) => a.href),
  })));
  const expected = pairEvents.filter((e) => e.date.startsWith(target.period));
  assert.equal(listed.length, expected.length);
  for (const ev of listed) {
    const e = expected.find((x) => String(x.canonical_id) === ev.id);
    assert.ok(e, `event ${ev.id} belongs to ${target.period}`);
    assert.ok(ev.sentences.length >= 1, `event ${ev.id} shows its sentence`);
    assert.equal(ev.marks.length, ev.sentences.length, 'every sentence has its evidence marked');
    assert.equal(ev.marks[0].toLowerCase(), e.evidence.verb.toLowerCase());
    if (e.url) assert.ok(ev.links.includes(e.url), `link to ${e.url}`);
  }
  // The picked period's events are drawn bold on the map.
  await page.locator('path.event-marker.picked').first().waitFor();
  await shot(page, 'dashboard.png');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a report opens its article as dyad stored it', async () => {
  const period = pairEvents[0].date.slice(0, 7);
  const { page, context, problems } = await openDashboard(pairHash(`&period=${period}`));
  await waitReady(page);
  await page.locator('#events-list button.linkish').first().click();
  const dialog = page.locator('dialog#article-dialog');
  await dialog.locator('.article-sentence').first().waitFor();
  assert.ok(await dialog.locator('mark.hl-verb').count() >= 1, 'the verb of each event highlighted');
  assert.match(await dialog.locator('h2').textContent(), /\S/);
  await shot(page, 'dashboard-article.png');
  await dialog.locator('button.close').click();
  assert.equal(await dialog.evaluate((d) => d.open), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the start page suggests actors and the inputs complete them', async () => {
  const { page, context, problems } = await openDashboard('');
  const chips = page.locator('.busiest button.chip');
  await chips.first().waitFor();
  const codes = await chips.evaluateAll((els) => els.map((e) => e.firstChild.textContent));
  assert.ok(codes.includes(pair.a) || codes.includes(pair.b), `the dyad's countries among ${codes}`);
  await page.fill('input[name=b]', pair.b.slice(0, 2).toLowerCase());
  await page.waitForFunction((code) => [...document.querySelectorAll('#actors-b option')].some((o) => o.value === code), pair.b);
  await chips.first().click();
  assert.equal(await page.inputValue('input[name=a]'), codes[0]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the map shows a marker at each place of the dyad\'s events', async () => {
  const { page, context, problems } = await openDashboard(pairHash());
  await waitReady(page);
  const places = new Set(pairEvents.filter((e) => e.location && typeof e.location.lat === 'number')
    .map((e) => `${e.location.lat.toFixed(3)},${e.location.lon.toFixed(3)}`));
  await page.waitForFunction((n) => document.querySelectorAll('path.event-marker').length === n, places.size);
  const countries = await page.locator('.leaflet-overlay-pane path:not(.event-marker)').count();
  assert.ok(countries > 100, `${countries} country shapes drawn`);
  await page.locator('path.event-marker').first().click({ force: true });
  await page.waitForSelector('.leaflet-popup .map-popup');
  assert.match(await page.textContent('.leaflet-popup .map-popup'), /\d+ events?/);
  await shot(page, 'dashboard-map-popup.png');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the events and the series download as CSV', async () => {
  const { page, context, problems } = await openDashboard(pairHash());
  await waitReady(page);
  const [events] = await Promise.all([page.waitForEvent('download'), page.click('#csv-events')]);
  const lines = fs.readFileSync(await events.path(), 'utf8').split('\r\n').filter(Boolean);
  assert.match(lines[0], /^canonical_id,date,date_end,source_code,/);
  assert.equal(lines.length - 1, pairEvents.length, 'one row per event of the dyad');
  assert.match(events.suggestedFilename(), /\.csv$/);
  const [series] = await Promise.all([page.waitForEvent('download'), page.click('#csv-series')]);
  const rows = fs.readFileSync(await series.path(), 'utf8').split('\r\n').filter(Boolean);
  assert.match(rows[0], /^period,verbal_cooperation,/);
  const total = rows.slice(1).reduce((n, r) => n + Number(r.split(',')[5]), 0);
  assert.equal(total, pairEvents.length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link with a period reproduces the view', async () => {
  const period = pairEvents[0].date.slice(0, 7);
  const { page, context, problems } = await openDashboard(pairHash(`&period=${period}`));
  await waitReady(page);
  await page.waitForSelector('#events-list .event');
  assert.equal(await page.inputValue('input[name=a]'), pair.a);
  assert.equal(await page.inputValue('input[name=b]'), pair.b);
  assert.equal(await page.locator('#events-list .event').count(), pairEvents.filter((e) => e.date.startsWith(period)).length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the filters narrow the selection', async () => {
  const root = pairEvents[0].root_code;
  const { page, context } = await openDashboard(pairHash());
  await waitReady(page);
  await page.selectOption('select[name=code]', root);
  await page.click('button[type=submit]');
  // view.sel changes when the new load starts, and state leaves 'ready' with it.
  await page.waitForFunction((r) => window.dyad.sel.code === r && window.dyad.state === 'ready' && window.dyad.charts, root);
  assert.match(page.url(), new RegExp(`code=${root}`));
  const total = await page.evaluate(() => window.dyad.charts.columns.total.reduce((a, b) => a + b, 0));
  assert.equal(total, pairEvents.filter((e) => e.root_code === root).length);
  await context.close();
});

test('an API error is shown as the server gave it', async () => {
  const { page, context } = await openDashboard(`#a=${pair.a}&b=${pair.b}&from=2024-13-45`);
  await waitReady(page);
  assert.equal(await page.evaluate(() => window.dyad.state), 'error');
  const status = page.locator('#status.error');
  await status.waitFor();
  const text = await status.textContent();
  assert.match(text, /HTTP 400/);
  assert.match(text, /2024-13-45|date/i);
  await shot(page, 'dashboard-error.png');
  await context.close();
});

test('missing vendored libraries are explained on the page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/vendor/**', (route) => route.abort());
  await page.goto(`${baseUrl}/`);
  const banner = page.locator('#vendor-missing');
  await banner.waitFor();
  assert.match(await banner.textContent(), /make deps/);
  await context.close();
});
