// One article as the extractor kept it: its paragraphs with the entities it found linked to their pages and the
// sentences it read events from marked, its metadata, and the way out to the original.
'use strict';

/**
 * The field's text as nodes: each entity mention (by its offsets) a link, each event's sentence (found by its text,
 * since events keep no offsets) a mark around whatever it covers.
 */
function marked(text, field, entities, events) {
  const cuts = new Set([0, text.length]);
  const mentions = [];
  for (const e of entities) {
    for (const m of e.mentions || []) {
      if (m.field !== field || m.end > text.length) continue;
      mentions.push({ start: m.start, end: m.end, entity: e });
      cuts.add(m.start).add(m.end);
    }
  }
  const sentences = [];
  for (const ev of events) {
    const at = ev.evidence ? text.indexOf(ev.evidence) : -1;
    if (at < 0) continue;
    sentences.push({ start: at, end: at + ev.evidence.length, event: ev });
    cuts.add(at).add(at + ev.evidence.length);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const m = mentions.find((x) => x.start <= a && b <= x.end);
    let node = !m ? document.createTextNode(piece)
      : m.entity.id ? el('a', { class: 'ref ' + m.entity.type, href: '#entity/' + encodeURIComponent(m.entity.id), title: m.entity.name, text: piece })
        : el('span', { class: 'ref ' + m.entity.type, title: m.entity.type, text: piece });
    const s = sentences.find((x) => x.start <= a && b <= x.end);
    if (s) node = el('mark', { class: 'event-sentence', title: s.event.type + ' (' + s.event.status + ')' }, node);
    out.append(node);
  }
  return out;
}

/** Paragraphs are the lines of the kept text; each keeps its offsets into the whole. */
function paragraphs(text) {
  const out = [];
  const re = /[^\n]+/g;
  let m;
  while ((m = re.exec(text))) out.push({ start: m.index, text: m[0] });
  return out;
}

function shifted(entities, by) {
  return entities.map((e) => ({ ...e, mentions: (e.mentions || []).filter((m) => m.field === 'text')
    .map((m) => ({ ...m, start: m.start - by, end: m.end - by })).filter((m) => m.start >= 0) }));
}

VIEWS.article = async (box, [id]) => {
  const a = await api('/api/articles/' + encodeURIComponent(id || ''));
  const entities = a.entities || [];
  const events = a.events || [];
  const body = el('div', { class: 'body', lang: a.lang, dir: textDir(a.lang) });
  for (const p of paragraphs(a.text || '')) body.append(el('p', {}, marked(p.text, 'text', shifted(entities, p.start), events)));
  const meta = el('dl', { class: 'facts' },
    ...dt('By', (a.authors || []).join(', ') || 'not said'),
    ...dt('Published', a.publishedAt ? new Date(a.publishedAt).toLocaleString() : 'not said'),
    ...dt('Language', a.lang || 'unknown'),
    ...dt('Source', [a.siteName, a.source].filter(Boolean).join(' · ')),
    ...dt('Address', el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', class: 'original', text: a.url })),
    ...dt('Read', a.fetchedAt ? new Date(a.fetchedAt).toLocaleString() : 'unknown'));
  const named = el('ul', { class: 'inline' }, ...entities.map((e) => el('li', {}, entityLink(e), el('span', { class: 'kind', text: e.type }))));
  const reported = el('ul', { class: 'events-of' }, ...events.map((ev) => el('li', {},
    el('span', { class: 'type ' + ev.status, text: ev.type + ' · ' + ev.status }), ' ' + (ev.date || 'undated'))));
  box.replaceChildren(el('article', { class: 'detail reading', 'data-id': a.id },
    el('p', {}, el('a', { href: location.search || './', text: '← search' })),
    el('h2', { tabindex: '-1', lang: a.lang, dir: textDir(a.lang) }, marked(a.title || a.url, 'title', entities, [])),
    meta,
    el('p', {}, el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', class: 'button', text: 'Read the original' })),
    body,
    el('h3', { text: 'Entities' }), entities.length ? named : el('p', { class: 'empty', text: 'None found.' }),
    el('h3', { text: 'Events (their sentences are marked above)' }), events.length ? reported : el('p', { class: 'empty', text: 'None found.' })));
};
