// cameo.js: names the page shows for CAMEO roots, QuadClasses and PLOVER
// types (data/cameo/events.tsv, data/plover/cameo_plover.tsv).

export const CAMEO_ROOTS = [
  ['01', 'Make public statement'], ['02', 'Appeal'], ['03', 'Express intent to cooperate'],
  ['04', 'Consult'], ['05', 'Engage in diplomatic cooperation'], ['06', 'Engage in material cooperation'],
  ['07', 'Provide aid'], ['08', 'Yield'], ['09', 'Investigate'], ['10', 'Demand'], ['11', 'Disapprove'],
  ['12', 'Reject'], ['13', 'Threaten'], ['14', 'Protest'], ['15', 'Exhibit force posture'],
  ['16', 'Reduce relations'], ['17', 'Coerce'], ['18', 'Assault'], ['19', 'Fight'],
  ['20', 'Use unconventional mass violence'],
];
export const ROOT_NAME = Object.fromEntries(CAMEO_ROOTS);

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

// GDELT QuadClass 1..4, in the order of the series' "counts".
export const QUAD = [
  { key: 'verbal_cooperation', label: 'Verbal cooperation', color: '#4f9fd6' },
  { key: 'material_cooperation', label: 'Material cooperation', color: '#1f5f99' },
  { key: 'verbal_conflict', label: 'Verbal conflict', color: '#e8963a' },
  { key: 'material_conflict', label: 'Material conflict', color: '#c8372d' },
];
export const quadOf = (n) => QUAD[n - 1] || { label: 'unknown', color: '#888' };
