// One identity: the names it goes by in each language and script, its offices, its Wikidata page, how often it is
// mentioned over time, who is mentioned beside it, the events it is a party to, and its dyads: each counterpart in
// those events, by type and month.
'use strict';

const SCRIPTS = ['Latin', 'Cyrillic', 'Arabic', 'Hebrew', 'Greek', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Devanagari',
  'Armenian', 'Georgian', 'Thai'];

function script(text) {
  return SCRIPTS.find((s) => new RegExp('\\p{Script=' + s + '}', 'u').test(text)) || 'other';
}

/** One counterpart's events per month on the months of every counterpart, so rows compare. */
function spark(months, axis) {
  const ns = 'http://www.w3.org/2000/svg';
  const max = Math.max(1, ...Object.values(months));
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${axis.length * 6} 20`);
  svg.setAttribute('class', 'spark');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', Object.entries(months).filter(([, n]) => n).map(([m, n]) => m + ': ' + n).join(', ') || 'undated');
  axis.forEach((m, i) => {
    if (!months[m]) return;
    const r = document.createElementNS(ns, 'rect');
    const h = 18 * months[m] / max + 2;
    for (const [k, v] of [['x', i * 6], ['y', 20 - h], ['width', 5], ['height', h]]) r.setAttribute(k, v);
    svg.append(r);
  });
  return svg;
}

function dyadTable(d) {
  const axis = [...new Set(d.counterparts.flatMap((c) => Object.keys(c.months)))].sort();
  return el('div', { class: 'scroll' }, el('table', { class: 'dyads' },
    el('thead', {}, el('tr', {}, ...['counterpart', 'events', 'by type', axis.length ? axis[0] + ' to ' + axis[axis.length - 1] : 'when']
      .map((h) => el('th', { text: h })))),
    el('tbody', {}, ...d.counterparts.map((c) => el('tr', { 'data-id': c.party.id },
      el('td', {}, entityLink(c.party)), el('td', { class: 'n', text: String(c.events) }),
      el('td', { text: Object.entries(c.types).map(([t, n]) => t + ' ' + n).join(' · ') }),
      el('td', {}, spark(c.months, axis)))))));
}

VIEWS.entity = async (box, [id]) => {
  const e = await api('/api/entities/' + encodeURIComponent(id || ''));
  const filter = e.type === 'COUNTRY' ? 'country' : 'entity';
  const byScript = new Map();
  for (const a of e.aliases) {
    const s = script(a.text);
    if (!byScript.has(s)) byScript.set(s, []);
    byScript.get(s).push(a);
  }
  const names = el('dl', { class: 'facts names' });
  for (const [s, list] of byScript) {
    names.append(...dt(s, ...list.map((a) => el('span', { class: 'alias', lang: a.lang, dir: textDir(a.lang), title: a.lang },
      a.text, el('span', { class: 'kind', text: a.lang })))));
  }
  const wikidata = /^Q[0-9]+$/.test(e.id)
    ? el('a', { href: 'https://www.wikidata.org/wiki/' + e.id, target: '_blank', rel: 'noopener noreferrer', text: e.id })
    : unlinked(e.id) ? e.id + ': not in the gazetteer, known from the articles that name it alike' : e.id;
  const facts = el('dl', { class: 'facts' },
    ...dt('Kind', e.type),
    ...dt('Wikidata', wikidata),
    ...dt('Articles', el('button', { type: 'button', class: 'linkish', onclick: () => filterBy(filter, e.id, e.name),
      text: e.articles + (e.articles === 1 ? ' article: search them' : ' articles: search them') })));
  if (e.roles.length) {
    facts.append(...dt('Offices', el('ul', {}, ...e.roles.map((r) => el('li', {
      text: r.role.replaceAll('_', ' ') + ', ' + r.country + (r.start ? ' from ' + r.start : '') + (r.end ? ' to ' + r.end : '') })))));
  }
  const companions = el('ol', { class: 'companions' }, ...e.cooccurring.map((c) => el('li', {},
    c.id ? entityLink(c) : el('span', { dir: 'auto', text: c.name }), el('span', { class: 'n', text: String(c.articles) }))));
  const timeline = el('div', { class: 'timeline' });
  const events = el('ol', { class: 'event-list' });
  const dyads = el('div', { class: 'dyad-box' });
  box.replaceChildren(el('article', { class: 'detail entity', 'data-id': e.id },
    el('p', {}, el('a', { href: location.search || './', text: '← search' })),
    el('h2', { tabindex: '-1', dir: 'auto', text: e.name }),
    facts,
    el('h3', { text: 'Names' }), byScript.size ? names : el('p', { class: 'empty', text: 'Only its canonical name.' }),
    el('h3', { text: 'Mentions per month' }), timeline,
    el('h3', { text: 'Most often mentioned beside it' }), e.cooccurring.length ? companions : el('p', { class: 'empty', text: 'No one yet.' }),
    el('h3', { text: 'Its counterparts in events' }), dyads,
    el('h3', { text: 'Its events: as source, as target, named' }), events));
  const [t, page, d] = await Promise.all([api(`/api/articles/timeline?${filter}=${encodeURIComponent(e.id)}&interval=month`),
    api('/api/events?size=50&actor=' + encodeURIComponent(e.id)), api('/api/events/dyads?top=20&actor=' + encodeURIComponent(e.id))]);
  chart(timeline, t.buckets, 'month');
  dyads.append(d.counterparts.length ? dyadTable(d) : el('p', { class: 'empty', text: 'No events with another named party.' }));
  // grouped by the entity's role, as the reports read it: who did it, to whom, or only named beside them
  const role = (ev) => (ev.sourceActors || []).some((a) => a.id === e.id) ? 'source'
    : (ev.targetActors || []).some((a) => a.id === e.id) ? 'target' : 'named';
  for (const r of ['source', 'target', 'named']) {
    const mine = page.events.filter((ev) => role(ev) === r);
    if (mine.length) events.append(el('li', { class: 'role-head', 'data-role': r, text: 'As ' + r + ' (' + mine.length + ')' }), ...mine.map(eventItem));
  }
  if (!page.events.length) events.append(el('li', { class: 'empty', text: 'None.' }));
};
