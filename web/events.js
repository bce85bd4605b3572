// events.js: the events behind a point, each with its reports' sentences
// (the evidence verb highlighted) and links to the articles.

import { h } from './dom.js';
import { ROOT_NAME, quadOf } from './cameo.js';
import { showArticle } from './article.js';

// Where the evidence stands in its sentence, in code points: [start, end] or
// null. The API gives the evidence's offsets in code points of the article
// and the sentence's text; the sentence's own start is given when the server
// knows it (`sentence_start`), else the evidence is found by its verb's text,
// as a whole word, ignoring case: the first occurrence that can be it (the
// sentence cannot start after the evidence does).
export function evidenceSpan(sentence, evidence, sentenceStart) {
  if (!sentence || !evidence) return null;
  const cps = Array.from(sentence);
  const start = Number(evidence.start), end = Number(evidence.end);
  if (Number.isFinite(sentenceStart) && Number.isFinite(start) && Number.isFinite(end)) {
    const i = start - sentenceStart, j = end - sentenceStart;
    if (i >= 0 && j <= cps.length && i < j) return [i, j];
  }
  const verb = Array.from(evidence.verb || '');
  if (!verb.length) return null;
  const hits = [];
  const lower = cps.map((c) => c.toLowerCase());
  const v = verb.map((c) => c.toLowerCase());
  for (let i = 0; i + v.length <= lower.length; i++) {
    let ok = true;
    for (let k = 0; k < v.length && ok; k++) ok = lower[i + k] === v[k];
    // A whole word: not inside a longer one.
    if (ok && (i === 0 || !/\p{L}/u.test(cps[i - 1])) && (i + v.length === cps.length || !/\p{L}/u.test(cps[i + v.length]))) hits.push(i);
  }
  if (!hits.length) return null;
  // The sentence starts at start - i, which cannot be negative.
  const fits = Number.isFinite(start) ? hits.filter((i) => i <= start) : hits;
  const i = (fits.length ? fits : hits)[0];
  return [i, i + v.length];
}

// The sentence as nodes, the evidence in <mark>.
export function highlightedSentence(mention) {
  const text = mention.sentence_text || '';
  const span = evidenceSpan(text, mention.evidence, mention.sentence_start);
  if (!span) return [text];
  const cps = Array.from(text);
  return [cps.slice(0, span[0]).join(''), h('mark', { class: 'evidence', title: 'the verb the event was coded from' }, cps.slice(span[0], span[1]).join('')), cps.slice(span[1]).join('')];
}

export const actorLabel = (actor) => (actor ? actor.code : '—');

export function eventTitle(e) {
  const root = ROOT_NAME[e.root_code] || '';
  return `${actorLabel(e.source)} → ${actorLabel(e.target)}: ${e.code}${root ? ` ${root}` : ''}`;
}

function placeLabel(loc) {
  if (!loc) return null;
  return [loc.name, loc.type === 'city' && loc.adm1 ? loc.adm1 : null, loc.type !== 'country' ? loc.country_iso3 : null]
    .filter(Boolean).join(', ');
}

export function mentionNode(m) {
  const link = m.url
    ? h('a', { href: m.url, target: '_blank', rel: 'noopener noreferrer' }, m.title || m.url)
    : h('span', {}, m.title || m.article_id);
  return h('li', { class: 'mention' },
    h('blockquote', { class: 'sentence' }, highlightedSentence(m)),
    h('div', { class: 'source-line' }, link, m.source ? ` · ${m.source}` : '', m.date ? ` · ${m.date}` : '',
      m.article_id ? h('button', { type: 'button', class: 'linkish', title: 'the sentences and events dyad stored for this article',
        onclick: () => showArticle(m.article_id) }, 'article in dyad') : null));
}

export function eventNode(e) {
  const q = quadOf(e.quad_class);
  const where = placeLabel(e.location);
  return h('article', { class: 'event', dataset: { id: e.canonical_id } },
    h('header', {},
      h('span', { class: 'quad', style: `background:${q.color}`, title: q.label }),
      h('strong', {}, eventTitle(e)),
      h('span', { class: 'meta' },
        ` ${e.date}${e.date_end && e.date_end !== e.date ? ` to ${e.date_end}` : ''}`,
        ` · Goldstein ${Number(e.goldstein).toFixed(1)}`,
        e.plover_type ? ` · ${e.plover_type}` : '',
        ` · ${e.num_mentions} report${e.num_mentions === 1 ? '' : 's'}`,
        where ? ` · ${where}` : '')),
    h('ul', { class: 'mentions' }, (e.mentions || []).map(mentionNode)));
}
