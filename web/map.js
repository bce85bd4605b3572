// map.js: where events happened, on a Leaflet map of the world's countries
// (world-atlas' Natural Earth shapes, read with topojson-client: no tile
// server, no outside network). Events at one place share a circle whose size
// grows with their number and whose colour is their commonest QuadClass; its
// popup lists them.

import { h } from './dom.js';
import { quadOf } from './cameo.js';
import { eventTitle, highlightedSentence } from './events.js';

export async function createMap(el) {
  const map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 9, zoomSnap: 0.5, preferCanvas: false })
    .setView([25, 20], 1.5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Countries: Natural Earth (world-atlas)');
  let countries = null;
  try {
    const response = await fetch('vendor/world-atlas/countries-110m.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const world = await response.json();
    countries = L.geoJSON(topojson.feature(world, world.objects.countries), {
      style: { color: '#9aa5b1', weight: 0.6, fillColor: '#e9edf1', fillOpacity: 1 },
      // The country's name on hover: the map has no tiles to name places.
      onEachFeature: (f, layer) => { if (f.properties?.name) layer.bindTooltip(f.properties.name, { sticky: true, direction: 'top', opacity: 0.85 }); },
    }).addTo(map);
  } catch (err) {
    el.dataset.countries = 'missing';
    L.control.attribution({ prefix: false }).addTo(map).addAttribution(`Country shapes missing (${err.message}): run make deps`);
  }
  const all = L.layerGroup().addTo(map);
  const picked = L.layerGroup().addTo(map);
  return { map, countries, all, picked, markers: 0 };
}

function groupByPlace(events) {
  const places = new Map();
  for (const e of events) {
    const loc = e.location;
    if (!loc || typeof loc.lat !== 'number' || typeof loc.lon !== 'number') continue;
    const key = `${loc.lat.toFixed(3)},${loc.lon.toFixed(3)}`;
    if (!places.has(key)) places.set(key, { loc, events: [] });
    places.get(key).events.push(e);
  }
  return [...places.values()];
}

function popup({ loc, events }) {
  const shown = events.slice(0, 8);
  return h('div', { class: 'map-popup' },
    h('strong', {}, [loc.name, loc.type !== 'country' ? loc.country_iso3 : null].filter(Boolean).join(', ')),
    ` · ${events.length} event${events.length === 1 ? '' : 's'}`,
    h('ul', {}, shown.map((e) => {
      const m = (e.mentions || [])[0];
      return h('li', {},
        h('span', { class: 'quad', style: `background:${quadOf(e.quad_class).color}` }),
        `${e.date} ${eventTitle(e)}`,
        m ? h('div', { class: 'sentence' }, highlightedSentence(m)) : null,
        m && m.url ? h('a', { href: m.url, target: '_blank', rel: 'noopener noreferrer' }, m.title || 'source') : null);
    })),
    events.length > shown.length ? h('div', { class: 'meta' }, `and ${events.length - shown.length} more`) : null);
}

function commonestQuad(events) {
  const n = [0, 0, 0, 0, 0];
  for (const e of events) n[e.quad_class] = (n[e.quad_class] || 0) + 1;
  return n.indexOf(Math.max(...n));
}

// Draws `events` (API event objects) into `layer`; `emphasis` draws them
// bold (the picked period's) and brings them to the front. Returns the
// number of places drawn.
export function drawEvents(m, events, { layer = m.all, emphasis = false } = {}) {
  layer.clearLayers();
  const places = groupByPlace(events);
  for (const place of places) {
    const color = quadOf(commonestQuad(place.events)).color;
    L.circleMarker([place.loc.lat, place.loc.lon], {
      radius: 4 + 3 * Math.sqrt(place.events.length),
      color: emphasis ? '#111' : color,
      weight: emphasis ? 2 : 1,
      fillColor: color,
      fillOpacity: emphasis ? 0.85 : 0.45,
      className: emphasis ? 'event-marker picked' : 'event-marker',
    }).bindPopup(() => popup(place), { maxWidth: 360 }).addTo(layer);
  }
  return places.length;
}

// Fits the view to the events' places (at most country scale).
export function fitTo(m, events) {
  const pts = events.filter((e) => e.location && typeof e.location.lat === 'number').map((e) => [e.location.lat, e.location.lon]);
  if (pts.length) m.map.fitBounds(L.latLngBounds(pts).pad(0.4), { maxZoom: 5, animate: false });
}
