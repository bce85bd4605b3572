// app.js: the dyad dashboard. The selection lives in the URL's hash
// (state.js); a change of it loads the series (chart.js) and the located
// events (map.js); a picked period lists its events (events.js).

import { ApiError, fetchAllEvents, fetchEvents, fetchSeries, searchActors } from './api.js';
import { CAMEO_ROOTS, PLOVER_TYPES } from './cameo.js';
import { download, eventsCsv, seriesCsv } from './csv.js';
import { h } from './dom.js';
import { eventNode } from './events.js';
import { createMap, drawEvents, fitTo } from './map.js';
import { clampBounds, periodBounds } from './periods.js';
import { DEFAULTS, describe, hashOf, readHash } from './state.js';
import { drawCharts } from './chart.js';

const $ = (id) => document.getElementById(id);
const form = $('controls');

// What tests and the console can look at: window.dyad.charts.line is the uPlot.
const view = { sel: { ...DEFAULTS }, series: [], charts: null, map: null, mapEvents: [], periodEvents: [], loading: null, state: 'idle' };
window.dyad = view;

function setStatus(text, kind = '') {
  const el = $('status');
  el.className = kind;
  el.replaceChildren(...(Array.isArray(text) ? text : [text]));
}

function showError(err, what) {
  if (err && err.name === 'AbortError') return;
  console.error(what, err);
  if (err instanceof ApiError) {
    setStatus([`${what}: `, h('strong', {}, err.detail || err.message), ' ', h('code', {}, err.code), err.status ? ` (HTTP ${err.status})` : ''], 'error');
  } else {
    setStatus(`${what}: ${err && err.message ? err.message : err}`, 'error');
  }
}

function missingLibraries() {
  return [['uPlot', 'uPlot'], ['L', 'Leaflet'], ['topojson', 'topojson-client']]
    .filter(([global]) => typeof window[global] === 'undefined').map(([, name]) => name);
}

// ---- the form and the hash ------------------------------------------------

function fillSelects() {
  form.code.append(...CAMEO_ROOTS.map(([code, name]) => h('option', { value: code }, `${code} ${name}`)));
  form.plover.append(...PLOVER_TYPES.map((t) => h('option', { value: t }, t)));
}

// A suggested actor's code, when the name was typed in full ("India" → IND).
function resolveActor(input, list) {
  const v = input.value.trim();
  for (const o of list.options) if (o.value.toUpperCase() === v.toUpperCase()) return o.value;
  for (const o of list.options) if (o.textContent.split(' · ')[0].toLowerCase() === v.toLowerCase()) return o.value;
  return v.toUpperCase();
}

function readForm() {
  const sel = {};
  for (const k of Object.keys(DEFAULTS)) if (form[k]) sel[k] = form[k].value.trim();
  sel.a = resolveActor(form.a, $('actors-a'));
  sel.b = resolveActor(form.b, $('actors-b'));
  sel.period = '';
  return sel;
}

function fillForm(sel) {
  for (const k of Object.keys(DEFAULTS)) if (form[k]) form[k].value = sel[k] || DEFAULTS[k];
  form.dir.disabled = !(sel.a && sel.b);
}

const samePlot = (x, y) => Object.keys(DEFAULTS).every((k) => k === 'period' || (x[k] || '') === (y[k] || ''));

function onHash() {
  const sel = readHash();
  fillForm(sel);
  const before = view.sel;
  view.sel = sel;
  if (!sel.a && !sel.b) return showStart();
  if (view.charts && samePlot(before, sel)) return showPeriod(sel.period);
  load(sel);
}

// ---- autocomplete ---------------------------------------------------------

let actorsAvailable = true;
function autocomplete(input, list) {
  let timer = 0, controller = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    form.dir.disabled = !(form.a.value.trim() && form.b.value.trim());
    const q = input.value.trim();
    if (!actorsAvailable || q.length < 2) return;
    timer = setTimeout(async () => {
      controller?.abort();
      controller = new AbortController();
      try {
        const doc = await searchActors(q, { signal: controller.signal });
        list.replaceChildren(...(doc.actors || []).map((a) => h('option', { value: a.code },
          [a.name, a.country && a.country !== a.code ? a.country : null, a.events !== undefined ? `${a.events} events` : null].filter(Boolean).join(' · '))));
      } catch (err) {
        if (err instanceof ApiError && (err.status === 404 || err.status === 501)) actorsAvailable = false;  // an older server
      }
    }, 200);
  });
}

// ---- loading a selection --------------------------------------------------

function showStart() {
  view.charts?.destroy();
  view.charts = null;
  view.state = 'idle';
  const intro = h('p', { class: 'empty' }, 'Pick one or two actors or countries (A, and B for a dyad), then ', h('b', {}, 'Show'), '.');
  const busiest = h('p', { class: 'busiest', hidden: true });
  $('summary').replaceChildren(intro, busiest);
  for (const id of ['charts', 'events', 'map-panel']) $(id).hidden = true;
  $('csv-events').disabled = $('csv-series').disabled = true;
  setStatus('');
  // The store's busiest actors, as a place to start.
  if (actorsAvailable) {
    searchActors('').then((doc) => {
      const actors = (doc.actors || []).filter((a) => a.events > 0).slice(0, 10);
      if (!actors.length || view.state !== 'idle') return;
      busiest.replaceChildren('Busiest in this store: ', ...actors.map((a) => h('button', {
        type: 'button', class: 'chip', title: a.name || a.code,
        onclick: () => { form.a.value = a.code; form.dir.disabled = !form.b.value.trim(); form.b.focus(); },
      }, a.code, h('small', {}, ` ${a.events}`))));
      busiest.hidden = false;
    }).catch(() => {});
  }
}

function summarize(sel, series) {
  const total = series.reduce((n, p) => n + p.counts.total, 0);
  const coop = series.reduce((n, p) => n + p.counts.verbal_cooperation + p.counts.material_cooperation, 0);
  const first = series[0]?.period, last = series[series.length - 1]?.period;
  return h('p', {},
    h('strong', { class: 'dyad-name' }, describe(sel)), ` by ${sel.by}, ${first}${last !== first ? ` to ${last}` : ''}: `,
    h('strong', {}, `${total} ${sel.weight === 'mentions' ? 'report' : 'event'}${total === 1 ? '' : 's'}`),
    ` (${coop} cooperation, ${total - coop} conflict)`,
    sel.code ? ` · CAMEO ${sel.code}` : '', sel.plover ? ` · PLOVER ${sel.plover}` : '',
    sel.weight === 'mentions' ? ' · counted by reports' : '');
}

async function load(sel) {
  view.loading?.abort();
  const controller = new AbortController();
  view.loading = controller;
  view.state = 'loading';
  setStatus(`Loading ${describe(sel)}…`);
  view.charts?.destroy();
  view.charts = null;
  $('events-list').replaceChildren();
  $('events-more').hidden = true;
  view.periodEvents = [];
  let doc;
  try {
    doc = await fetchSeries(sel, { signal: controller.signal });
  } catch (err) {
    if (err.name === 'AbortError') return;
    view.state = 'error';
    $('summary').replaceChildren(h('p', { class: 'empty' }, 'No series: see the message above.'));
    for (const id of ['charts', 'events', 'map-panel']) $(id).hidden = true;
    return showError(err, 'The series could not be loaded');
  }
  view.series = doc.series || [];
  $('csv-series').disabled = $('csv-events').disabled = view.series.length === 0;
  if (!view.series.length || view.series.every((p) => p.counts.total === 0)) {
    view.state = 'empty';
    $('summary').replaceChildren(h('p', { class: 'empty' },
      `No events for ${describe(sel)} with these filters${sel.from || sel.to ? ' and dates' : ''}. `,
      'Try both directions, a longer period, or no CAMEO/PLOVER filter.'));
    for (const id of ['charts', 'events', 'map-panel']) $(id).hidden = true;
    setStatus('');
    return;
  }
  $('summary').replaceChildren(summarize(sel, view.series));
  for (const id of ['charts', 'events', 'map-panel']) $(id).hidden = false;
  $('events-title').textContent = 'Events';
  view.charts = drawCharts({
    lineEl: $('chart-line'), countEl: $('chart-counts'), series: view.series, by: sel.by,
    onPick: (i) => { location.hash = hashOf({ ...view.sel, period: view.series[i].period }); },
  });
  setStatus('');
  view.state = 'ready';
  await Promise.all([loadMap(sel, controller.signal), sel.period ? showPeriod(sel.period) : null]);
}

async function loadMap(sel, signal) {
  try {
    view.map ||= await createMap($('map'));
    view.map.map.invalidateSize();
    const { events, truncated } = await fetchAllEvents(sel, {}, { max: 2000, signal });
    view.mapEvents = events;
    const located = events.filter((e) => e.location && typeof e.location.lat === 'number').length;
    view.map.markers = drawEvents(view.map, events);
    // A period listed before the map was ready is drawn now.
    if (view.sel.period && view.periodEvents.length) drawEvents(view.map, view.periodEvents, { layer: view.map.picked, emphasis: true });
    else view.map.picked.clearLayers();
    $('map-note').textContent = `${located} of ${events.length}${truncated ? '+' : ''} events located`;
    fitTo(view.map, events);
  } catch (err) {
    showError(err, 'The events for the map could not be loaded');
  }
}

// ---- a picked period --------------------------------------------------------

let periodLoad = null;
async function showPeriod(label, cursor = null) {
  const sel = view.sel;
  const i = view.series.findIndex((p) => p.period === label);
  view.charts?.setPicked(i >= 0 ? i : null);
  if (!label || i < 0) {
    $('events-title').textContent = 'Events';
    $('events-list').replaceChildren();
    $('events-more').hidden = true;
    view.map?.picked.clearLayers();
    if (label) setStatus(`No period ${label} in this series.`, 'error');
    return;
  }
  const bounds = periodBounds(label, sel.by);
  const [from, to] = clampBounds(bounds, sel.from, sel.to);
  periodLoad?.abort();
  periodLoad = new AbortController();
  setStatus(`Loading the events of ${label}…`);
  try {
    const doc = await fetchEvents(sel, { from, to, limit: 50, cursor }, { signal: periodLoad.signal });
    const total = view.series[i].counts.total;
    $('events-title').replaceChildren(`Events of ${label} `, h('small', {}, `${from} to ${to} · ${total} event${total === 1 ? '' : 's'}`));
    if (!cursor) {
      view.periodEvents = [];
      $('events-list').replaceChildren();
    }
    view.periodEvents.push(...doc.events);
    $('events-list').append(...doc.events.map(eventNode));
    if (!view.periodEvents.length) $('events-list').append(h('p', { class: 'empty' }, 'No events listed for this period.'));
    const more = $('events-more');
    more.hidden = !doc.next_cursor;
    more.onclick = () => showPeriod(label, doc.next_cursor);
    if (view.map) drawEvents(view.map, view.periodEvents, { layer: view.map.picked, emphasis: true });
    setStatus('');
  } catch (err) {
    showError(err, `The events of ${label} could not be loaded`);
  }
}

// ---- downloads --------------------------------------------------------------

const fileName = (sel, what) => `dyad-${describe(sel).replace(/\s*[→↔]\s*/g, sel.dir === 'both' ? '~' : '-')}-${sel.by}${sel.from ? `-from-${sel.from}` : ''}${sel.to ? `-to-${sel.to}` : ''}-${what}.csv`;

async function downloadEvents() {
  const sel = view.sel;
  const button = $('csv-events');
  button.disabled = true;
  setStatus('Collecting the events for the CSV…');
  try {
    const { events, truncated } = await fetchAllEvents(sel, {}, { max: 10000 });
    download(fileName(sel, 'events'), eventsCsv(events));
    setStatus(truncated ? 'The CSV holds the newest 10,000 events; narrow the dates for the rest.' : `${events.length} events written to the CSV.`);
  } catch (err) {
    showError(err, 'The events could not be downloaded');
  } finally {
    button.disabled = false;
  }
}

// ---- start --------------------------------------------------------------------

function start() {
  const missing = missingLibraries();
  if (missing.length) {
    document.body.prepend(h('div', { class: 'banner', id: 'vendor-missing' },
      h('strong', {}, `The dashboard's libraries are missing (${missing.join(', ')}).`), ' They are vendored from npm into ',
      h('code', {}, 'web/vendor/'), ' at build time: in the dyad source tree run ', h('code', {}, 'make deps'),
      ' (it needs nodejs and npm), then reload this page.'));
    form.querySelector('button[type=submit]').disabled = true;
    return;
  }
  fillSelects();
  autocomplete(form.a, $('actors-a'));
  autocomplete(form.b, $('actors-b'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const sel = readForm();
    if (!sel.a && !sel.b) return setStatus('Name an actor or a country first (A).', 'error');
    const hash = hashOf(sel);
    if (hash === location.hash) load(view.sel = sel);
    else location.hash = hash;
  });
  $('csv-events').addEventListener('click', downloadEvents);
  $('csv-series').addEventListener('click', () => download(fileName(view.sel, 'series'), seriesCsv(view.series)));
  window.addEventListener('hashchange', onHash);
  onHash();
}

start();
