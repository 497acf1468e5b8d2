// One diplomatic event: what, who did it to whom, when and where, its status over time (planned, occurred, denied,
// cancelled), every report of it with its sentence and the words that name the event marked, and the alerts it raised
// (the alert history needs the tab's key).
'use strict';

function span(from, to) {
  return to && to !== from ? from + ' to ' + to : from;
}

/** A sentence with the words naming the event marked; the whole sentence when their place is unknown. */
function withTrigger(text, trigger) {
  if (!trigger || trigger.end > text.length) return [text];
  return [text.slice(0, trigger.start), el('mark', { class: 'trigger', text: text.slice(trigger.start, trigger.end) }),
    text.slice(trigger.end)];
}

function partyList(refs) {
  return el('ul', { class: 'inline' }, ...refs.map((a) => el('li', {}, entityLink(a), el('span', { class: 'kind', text: a.type }))));
}

/** "Source → target", or the parties as named when no report says who did it. */
function eventTitle(e) {
  const names = (refs) => refs.map((a) => a.name).join(', ');
  const sources = e.sourceActors || [];
  const targets = e.targetActors || [];
  if (!sources.length) return names(e.actors) || 'unnamed parties';
  return names(sources) + (targets.length ? ' → ' + names(targets) : '');
}

VIEWS.event = async (box, [id]) => {
  const e = await api('/api/events/' + encodeURIComponent(id || ''));
  const sources = e.sourceActors || [];
  const targets = e.targetActors || [];
  const roled = new Set([...sources, ...targets].map((a) => a.id || a.name));
  const others = e.actors.filter((a) => !roled.has(a.id || a.name));
  const history = el('ol', { class: 'history' }, ...(e.history || []).map((h) => el('li', {},
    el('span', { class: 'type ' + h.status, text: h.status }), ' ' + new Date(h.at).toLocaleString() + ' ',
    el('a', { href: '#article/' + h.articleId, text: 'the report' }))));
  const facts = el('dl', { class: 'facts' },
    ...dt('Type', e.type + (e.family !== e.type ? ' (' + e.family.toLowerCase() + ')' : '') +
      (e.cameo ? ' · CAMEO ' + e.cameo + ' · PLOVER ' + e.plover + (e.mode ? ' (' + e.mode + ')' : '') : ' · no CAMEO or PLOVER code while ' + e.status)),
    ...dt('Status', el('span', { class: 'type ' + e.status, text: e.status }), history),
    ...dt('Source (who did it)', sources.length ? partyList(sources) : 'not said'),
    ...dt('Target (to whom)', targets.length ? partyList(targets) : 'not said'),
    ...(others.length || !e.actors.length ? dt('Also named', others.length ? partyList(others) : 'unnamed') : []),
    ...dt('Date', e.date ? span(e.date, e.endDate) : 'not said'),
    ...dt('Place', e.place ? entityLink(e.place) : 'not said'),
    ...dt('Reported by', `${e.articleCount} ${e.articleCount === 1 ? 'article' : 'articles'}` +
      (e.copyCount ? ` and ${e.copyCount} copies` : '') + ` from ${e.sources.join(', ')} in ${e.languages.join(', ')}`),
    ...dt('First seen', new Date(e.firstSeen).toLocaleString()),
    ...dt('Last updated', new Date(e.lastSeen).toLocaleString()),
    ...dt('Confidence', e.confidence.toFixed(2)));
  const reports = el('ol', { class: 'reports' }, ...(e.reports || []).map((r) => el('li', { 'data-article': r.articleId },
    el('blockquote', { lang: r.lang, dir: textDir(r.lang) }, ...withTrigger(r.evidence || '', r.trigger)),
    el('div', { class: 'meta' }, [r.source, r.lang, r.type + ' · ' + r.status, r.date || 'undated',
      'read ' + new Date(r.seenAt).toLocaleString(), r.copyOf ? 'a copy of another report' : null].filter(Boolean).join(' · ') + ' · ',
    el('a', { href: '#article/' + r.articleId, text: 'read here' }), ' · ',
    el('a', { href: r.url, target: '_blank', rel: 'noopener noreferrer', text: 'original' })))));
  const raised = el('div', { class: 'raised' });
  box.replaceChildren(el('article', { class: 'detail event', 'data-id': e.id },
    el('p', {}, el('a', { href: location.search || './', text: '← search' })),
    el('h2', { tabindex: '-1', dir: 'auto', text: e.type + ': ' + eventTitle(e) }),
    facts,
    el('h3', { text: 'What the reports say' }),
    reports,
    el('h3', { text: 'Alerts it raised' }), raised));
  if (!storedKey()) {
    raised.append(el('p', { class: 'empty' }, 'The alert history needs a key: ', el('a', { href: '#rules', text: 'give it on the rules page' }), '.'));
    return;
  }
  try {
    const page = await api('/api/alerts?size=20&event=' + e.id, { key: storedKey() });
    raised.append(page.alerts.length ? el('ul', {}, ...page.alerts.map((a) => el('li', {},
      el('a', { href: '#rules/' + a.ruleId, dir: 'auto', text: a.ruleName }),
      ' ' + a.kind.replace('_', ' ').toLowerCase() + ', ' + a.status.toLowerCase() + ', ' + new Date(a.matchedAt).toLocaleString())))
      : el('p', { class: 'empty', text: 'No rule fired on it.' }));
  } catch (err) {
    raised.append(el('p', { class: 'empty', text: 'Alert history: ' + err.message }));
  }
};
