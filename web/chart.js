// chart.js: the two uPlot charts of a series: the cooperation-conflict line
// (net index and mean Goldstein) and the QuadClass counts, with a shared
// cursor. Clicking a point picks its period; the picked period is shaded.

import { QUAD } from './cameo.js';
import { periodStart } from './periods.js';

const PERIOD_SECONDS = { day: 86400, week: 7 * 86400, month: 30.4 * 86400, year: 365.25 * 86400 };

// Series JSON → uPlot's columns. Empty periods are gaps in the line charts
// (an index of 0 there would read as "neutral"), zeros in the counts.
export function columns(series, by) {
  const xs = [], index = [], goldstein = [], counts = QUAD.map(() => []), total = [];
  for (const p of series) {
    xs.push(periodStart(p.period, by));
    const n = p.counts.total;
    index.push(n ? p.index : null);
    goldstein.push(n ? p.goldstein.mean : null);
    QUAD.forEach((q, k) => counts[k].push(p.counts[q.key] || 0));
    total.push(n);
  }
  return { xs, index, goldstein, counts, total };
}

function xRange(by) {
  const half = PERIOD_SECONDS[by] / 2;
  return (u, min, max) => (min === null ? [0, 1] : [min - half, max + half]);
}

function shadePicked(u, getPicked) {
  const i = getPicked();
  if (i === null || i === undefined || i >= u.data[0].length) return;
  const x = u.valToPos(u.data[0][i], 'x', true);
  const w = Math.max(8 * devicePixelRatio, Math.min(40 * devicePixelRatio, u.bbox.width / Math.max(u.data[0].length, 1) * 0.8));
  const { ctx } = u;
  ctx.save();
  ctx.fillStyle = 'rgba(255, 196, 0, 0.25)';
  ctx.fillRect(x - w / 2, u.bbox.top, w, u.bbox.height);
  ctx.restore();
}

const utc = (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC');

// Draws both charts into `lineEl` and `countEl`; onPick(index) on a click.
// Returns {line, counts, setPicked(i), destroy()}.
export function drawCharts({ lineEl, countEl, series, by, onPick }) {
  const cols = columns(series, by);
  let picked = null;
  // Ticks at periods, labelled as the API labels them ("2024-W15"), as many
  // as fit: every step-th period when they would crowd.
  const labelOf = new Map(cols.xs.map((x, i) => [x, series[i].period]));
  const room = by === 'day' ? 92 : 76;  // CSS pixels per label
  const xAxis = {
    splits: (u) => {
      const step = Math.max(1, Math.ceil((cols.xs.length * room) / Math.max(u.bbox.width / devicePixelRatio, 1)));
      return cols.xs.filter((x, i) => i % step === 0);
    },
    values: (u, splits) => splits.map((x) => labelOf.get(x) ?? ''),
  };
  const common = (height) => ({
    width: Math.max(lineEl.clientWidth, 300),
    height,
    tzDate: utc,
    cursor: { sync: { key: 'dyad-series' }, drag: { x: false, y: false }, points: { size: 9 } },
    scales: { x: { time: true, range: xRange(by) } },
    hooks: { draw: [(u) => shadePicked(u, () => picked)] },
  });
  const line = new uPlot({
    ...common(260),
    title: 'Cooperation – conflict',
    scales: { x: { time: true, range: xRange(by) }, idx: { range: [-1.05, 1.05] }, g: { range: [-10.5, 10.5] } },
    series: [
      { label: 'Period', value: (u, v, si, i) => (i === null || i === undefined ? '—' : series[i]?.period ?? '—') },
      { label: 'Net index (−1 conflict … +1 cooperation)', scale: 'idx', stroke: '#222', width: 2, spanGaps: false,
        points: { show: true, size: 7, fill: '#222' }, value: (u, v) => (v === null ? '—' : v.toFixed(2)) },
      { label: 'Mean Goldstein (−10 … +10)', scale: 'g', stroke: '#7b4fd0', width: 1.5, dash: [6, 4], spanGaps: false,
        points: { show: true, size: 5, fill: '#7b4fd0' }, value: (u, v) => (v === null ? '—' : v.toFixed(1)) },
    ],
    axes: [
      xAxis,
      { scale: 'idx', label: 'index', size: 50, values: (u, vals) => vals.map((v) => v.toFixed(1)) },
      { scale: 'g', side: 1, label: 'Goldstein', size: 50, grid: { show: false } },
    ],
  }, [cols.xs, cols.index, cols.goldstein], lineEl);

  // Stacked bars: series k is drawn as the sum of QuadClasses k..4, widest
  // first, so each class shows as its own band (material conflict at the
  // bottom); the legend shows each class's own count.
  const stacked = QUAD.map((q, k) => cols.xs.map((x, i) => cols.counts.slice(k).reduce((n, c) => n + c[i], 0)));
  const bars = uPlot.paths.bars({ size: [0.6, 48], align: 0 });
  const counts = new uPlot({
    ...common(220),
    title: 'Events by QuadClass',
    cursor: { sync: { key: 'dyad-series' }, drag: { x: false, y: false }, points: { show: false } },
    scales: { x: { time: true, range: xRange(by) }, y: { range: (u, min, max) => [0, Math.max(1, max) * 1.1] } },
    series: [
      { label: 'Period', value: (u, v, si, i) => (i === null || i === undefined ? '—' : series[i]?.period ?? '—') },
      ...QUAD.map((q, k) => ({ label: q.label, stroke: q.color, fill: q.color, width: 0, paths: bars, points: { show: false },
        value: (u, v, si, i) => (i === null || i === undefined ? '—' : cols.counts[k][i]) })),
    ],
    axes: [xAxis, { label: 'events', size: 50 }, { side: 1, size: 50, label: ' ', grid: { show: false }, values: () => [] }],
  }, [cols.xs, ...stacked], countEl);

  for (const u of [line, counts]) {
    u.over.addEventListener('click', () => {
      const i = u.cursor.idx;
      if (i !== null && i !== undefined) onPick(i);
    });
    u.over.style.cursor = 'pointer';
  }
  const resize = new ResizeObserver(() => {
    const width = Math.max(lineEl.clientWidth, 300);
    line.setSize({ width, height: 260 });
    counts.setSize({ width, height: 220 });
  });
  resize.observe(lineEl);
  return {
    line, counts, columns: cols,
    setPicked(i) { picked = i; line.redraw(false); counts.redraw(false); },
    destroy() { resize.disconnect(); line.destroy(); counts.destroy(); },
  };
}
