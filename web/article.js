// article.js: one stored article in a dialog (/api/articles/{id}): its
// sentences that events were coded from, each event's source, target and
// verb highlighted, and the events listed under their sentence.

import { getJson } from './api.js';
import { h } from './dom.js';
import { ROOT_NAME, quadOf } from './cameo.js';

// The sentence as nodes with non-overlapping highlights (code points of
// the sentence): the first of overlapping spans wins.
export function highlighted(text, highlights) {
  const cps = Array.from(text || '');
  const spans = [...(highlights || [])]
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= cps.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out.push(cps.slice(at, s.start).join(''));
    out.push(h(s.role === 'verb' ? 'mark' : 'span', { class: `hl hl-${s.role}`, title: s.role }, cps.slice(s.start, s.end).join('')));
    at = s.end;
  }
  out.push(cps.slice(at).join(''));
  return out;
}

function dialog() {
  let d = document.getElementById('article-dialog');
  if (!d) {
    d = h('dialog', { id: 'article-dialog' });
    d.addEventListener('click', (e) => { if (e.target === d) d.close(); });  // a click outside the box
    document.body.append(d);
  }
  return d;
}

export async function showArticle(id) {
  const d = dialog();
  const close = h('button', { type: 'button', class: 'close', onclick: () => d.close(), 'aria-label': 'Close' }, '×');
  d.replaceChildren(close, h('p', { class: 'empty' }, `Loading article ${id}…`));
  if (!d.open) d.showModal();
  let a;
  try {
    a = await getJson(`api/articles/${encodeURIComponent(id)}`);
  } catch (err) {
    d.replaceChildren(close, h('p', { class: 'error' }, `The article could not be loaded: ${err.detail || err.message}`, err.code ? ` (${err.code})` : ''));
    return;
  }
  d.replaceChildren(close,
    h('h2', {}, a.url ? h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, a.title || a.url) : (a.title || a.id)),
    h('p', { class: 'meta' }, [a.source, a.date, a.dateline, `id ${a.id}`].filter(Boolean).join(' · ')),
    h('p', { class: 'meta' }, 'The sentences events were coded from: ', h('span', { class: 'hl hl-source' }, 'source'), ', ',
      h('span', { class: 'hl hl-target' }, 'target'), ', ', h('mark', { class: 'hl hl-verb' }, 'verb'), '.'),
    ...(a.sentences || []).map((s) => h('section', { class: 'article-sentence' },
      h('p', {}, h('span', { class: 'meta' }, `${s.sentence}. `), highlighted(s.text, (s.events || []).flatMap((e) => e.highlights || []))),
      h('ul', {}, (s.events || []).map((e) => h('li', {},
        h('span', { class: 'quad', style: `background:${quadOf(e.quad_class).color}` }),
        `${e.source?.code ?? e.source_code ?? '—'} → ${e.target?.code ?? e.target_code ?? '—'}: ${e.code} ${ROOT_NAME[e.root_code] || ''}`,
        e.date ? h('span', { class: 'meta' }, ` · ${e.date}`) : null))))));
}
