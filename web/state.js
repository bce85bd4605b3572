// state.js: the selection, kept in the URL's hash so that a link reproduces
// the view: #a=IND&b=PAK&dir=both&by=month&from=2024-01-01&code=19&period=2024-03

export const DEFAULTS = { a: '', b: '', dir: 'both', by: 'month', from: '', to: '', code: '', plover: '', weight: 'events', period: '' };
const DIRS = new Set(['ab', 'ba', 'both']);
const BYS = new Set(['day', 'week', 'month', 'year']);
const WEIGHTS = new Set(['events', 'mentions']);

export function readHash(hash = location.hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const sel = { ...DEFAULTS };
  for (const k of Object.keys(DEFAULTS)) if (p.has(k)) sel[k] = p.get(k);
  if (!DIRS.has(sel.dir)) sel.dir = DEFAULTS.dir;
  if (!BYS.has(sel.by)) sel.by = DEFAULTS.by;
  if (!WEIGHTS.has(sel.weight)) sel.weight = DEFAULTS.weight;
  return sel;
}

export function hashOf(sel) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(sel)) {
    if (k in DEFAULTS && v && !(k !== 'by' && v === DEFAULTS[k])) p.set(k, v);
  }
  return `#${p.toString()}`;
}

// "IND ~ PAK", "IND → PAK", "IND": the selection in a title.
export function describe(sel) {
  const a = sel.a.toUpperCase(), b = sel.b.toUpperCase();
  if (a && b) return sel.dir === 'ab' ? `${a} → ${b}` : sel.dir === 'ba' ? `${b} → ${a}` : `${a} ↔ ${b}`;
  return a || b || '';
}
