// The newsroom dashboard: plain browser JavaScript over the query service's own API, no build step.
// Filters live in the address (shareable, kept on reload); every value from the API is inserted as text, except
// the highlights, whose <em> marks alone are kept.
'use strict';

const FILTERS = ['q', 'lang', 'source', 'entityType', 'eventType', 'from', 'to', 'sort', 'entity', 'country'];
const RTL = new Set(['ar', 'fa', 'he', 'ur']);
const $ = (sel) => document.querySelector(sel);
let next = null;

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

// Only the <em> marks of a highlight survive; everything else becomes text.
function highlighted(html) {
  const t = document.createElement('template');
  t.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const n of t.content.childNodes) {
    if (n.nodeName === 'EM') out.append(el('em', { text: n.textContent }));
    else out.append(document.createTextNode(n.textContent));
  }
  return out;
}

function textDir(lang) {
  return RTL.has(lang) ? 'rtl' : 'auto';
}

function params() {
  const p = new URLSearchParams(location.search);
  const out = new URLSearchParams();
  for (const f of FILTERS) if (p.get(f)) out.set(f, p.get(f));
  return out;
}

function setParams(p) {
  history.pushState(null, '', p.toString() ? '?' + p : location.pathname);
  load();
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.message || ('HTTP ' + r.status));
  return body;
}

function showError(e) {
  const box = $('#error');
  box.hidden = !e;
  box.textContent = e ? e.message : '';
}

function fillForm(p) {
  for (const f of ['q', 'lang', 'source', 'entityType', 'eventType', 'from', 'to', 'sort']) {
    const input = document.getElementById(f);
    if (input.tagName === 'SELECT' && p.get(f) && ![...input.options].some((o) => o.value === p.get(f))) {
      input.append(el('option', { value: p.get(f), text: p.get(f) }));
    }
    input.value = p.get(f) || '';
  }
  const pills = $('#active-filters');
  pills.replaceChildren();
  for (const f of ['entity', 'country']) {
    if (!p.get(f)) continue;
    const label = sessionStorage.getItem('name:' + p.get(f)) || p.get(f);
    pills.append(el('span', { class: 'pill', 'data-filter': f }, f + ': ' + label,
      el('button', { type: 'button', 'aria-label': 'remove ' + f, text: '×', onclick: () => { p.delete(f); setParams(p); } })));
  }
}

function filterBy(kind, id, name) {
  sessionStorage.setItem('name:' + id, name);
  const p = params();
  p.set(kind, id);
  setParams(p);
}

async function loadResults(p, append) {
  const q = new URLSearchParams(p);
  q.set('size', '20');
  if (append && next) q.set('cursor', next);
  const page = await api('/api/articles?' + q);
  next = page.next;
  $('#more').hidden = !next;
  $('#result-count').textContent = page.total + (page.total === 1 ? ' article' : ' articles');
  const list = $('#results');
  if (!append) list.replaceChildren();
  if (!page.items.length && !append) list.append(el('li', { class: 'empty', text: 'No article matches.' }));
  for (const a of page.items) list.append(result(a));
}

function result(a) {
  const title = a.highlights.title ? highlighted(a.highlights.title[0]) : document.createTextNode(a.title || a.url);
  const snippet = a.highlights.text ? a.highlights.text.map((f) => highlighted(f + ' … ')) : [document.createTextNode(a.description || '')];
  const when = a.publishedAt ? a.publishedAt.slice(0, 10) : 'undated';
  const chips = el('div', { class: 'chips' });
  for (const e of (a.entities || []).slice(0, 8)) {
    chips.append(el('button', { type: 'button', class: 'chip ' + e.type, title: e.type + ' ' + e.id, text: e.name,
      onclick: () => filterBy(e.type === 'COUNTRY' ? 'country' : 'entity', e.id, e.name) }));
  }
  return el('li', { class: 'result', lang: a.lang, dir: textDir(a.lang), 'data-id': a.id },
    el('h3', {}, el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, title)),
    el('div', { class: 'meta', dir: 'ltr' }, [a.siteName || a.source, when, a.lang,
      a.copies ? a.copies + ' copies elsewhere' : null].filter(Boolean).join(' · ')),
    el('p', { class: 'snippet' }, ...snippet),
    chips);
}

function interval(p) {
  if (p.get('from') && p.get('to')) {
    const days = (Date.parse(p.get('to')) - Date.parse(p.get('from'))) / 864e5;
    if (days <= 90) return 'day';
    if (days <= 730) return 'week';
  }
  return 'month';
}

async function loadTimeline(p) {
  const i = interval(p);
  const t = await api('/api/articles/timeline?' + p + '&interval=' + i);
  $('#timeline-interval').textContent = 'per ' + i;
  const box = $('#timeline');
  const pts = t.buckets;
  if (!pts.length) {
    box.replaceChildren(el('p', { class: 'empty', text: 'Nothing to chart.' }));
    return;
  }
  const ns = 'http://www.w3.org/2000/svg';
  const w = 1000, h = 120, pad = 16;
  const max = Math.max(...pts.map((x) => x.articles));
  // bars stand at their dates, so empty periods show as gaps
  const t0 = Date.parse(pts[0].date), t1 = Date.parse(pts[pts.length - 1].date);
  const step = { day: 864e5, week: 6048e5, month: 2629746e3 }[i] || 2629746e3;
  const slots = Math.round((t1 - t0) / step) + 1;
  const bw = Math.min(40, (w - 2 * pad) / slots);
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'articles per ' + i);
  for (const pt of pts) {
    const bh = max ? (h - 2 * pad) * pt.articles / max : 0;
    const slot = Math.round((Date.parse(pt.date) - t0) / step);
    const r = document.createElementNS(ns, 'rect');
    r.setAttribute('x', pad + slot * bw + 1);
    r.setAttribute('y', h - pad - bh);
    r.setAttribute('width', Math.max(2, bw - 2));
    r.setAttribute('height', bh);
    const tip = document.createElementNS(ns, 'title');
    tip.textContent = pt.date.slice(0, 10) + ': ' + pt.articles;
    r.append(tip);
    svg.append(r);
  }
  for (const [k, anchor] of [[0, 'start'], [pts.length - 1, 'end']]) {
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', anchor === 'start' ? pad : w - pad);
    label.setAttribute('y', h - 3);
    label.setAttribute('text-anchor', anchor);
    label.textContent = pts[k].date.slice(0, 10);
    svg.append(label);
  }
  box.replaceChildren(svg);
}

async function loadFacets(p) {
  const f = await api('/api/articles/facets?' + p + '&top=6');
  const box = $('#entities');
  box.replaceChildren();
  const names = { PERSON: 'People', COUNTRY: 'Countries', ORGANIZATION: 'Organizations', PLACE: 'Places' };
  for (const [type, label] of Object.entries(names)) {
    const list = f.entities[type] || [];
    if (!list.length) continue;
    box.append(el('h3', { text: label }));
    for (const e of list) {
      box.append(el('button', { type: 'button', class: 'entity', dir: 'auto',
        onclick: () => filterBy(type === 'COUNTRY' ? 'country' : 'entity', e.id, e.name) },
      el('span', { text: e.name }), el('span', { class: 'n', text: String(e.articles) })));
    }
  }
  if (!box.childElementCount) box.append(el('p', { class: 'empty', text: 'No entities.' }));
  return f;
}

async function fillOptions() {
  const f = await api('/api/articles/facets?top=50');
  const add = (id, buckets) => {
    const s = document.getElementById(id);
    for (const b of buckets) {
      if (![...s.options].some((o) => o.value === b.key)) s.append(el('option', { value: b.key, text: `${b.key} (${b.articles})` }));
    }
  };
  add('lang', f.languages);
  add('source', f.sources);
  add('eventType', f.eventTypes);
}

async function loadEvents(p) {
  const q = new URLSearchParams({ size: '12' });
  if (p.get('eventType')) q.set('type', p.get('eventType'));
  if (p.get('country')) q.set('country', p.get('country'));
  if (p.get('entity')) q.set('actor', p.get('entity'));
  const page = await api('/api/events?' + q);
  const list = $('#events');
  list.replaceChildren();
  if (!page.events.length) list.append(el('li', { class: 'empty', text: 'No diplomatic events.' }));
  for (const e of page.events) {
    const who = (e.actors || []).map((a) => a.name).join(', ');
    list.append(el('li', { 'data-id': e.id },
      el('span', { class: 'type ' + e.status, text: e.type + (e.status === 'planned' ? ' · planned' : '') }),
      el('span', { dir: 'auto', text: who || 'unnamed parties' }),
      el('div', { class: 'meta', text: [e.date || 'undated', e.place ? e.place.name : null,
        e.articleCount + (e.articleCount === 1 ? ' report' : ' reports')].filter(Boolean).join(' · ') })));
  }
}

function ago(iso) {
  if (!iso) return 'never';
  const s = (Date.now() - Date.parse(iso)) / 1000;
  if (s < 90) return Math.round(s) + ' s ago';
  if (s < 5400) return Math.round(s / 60) + ' min ago';
  if (s < 129600) return Math.round(s / 3600) + ' h ago';
  return Math.round(s / 86400) + ' d ago';
}

async function loadSources() {
  const body = $('#sources tbody');
  try {
    const sources = await api('/api/sources');
    body.replaceChildren();
    for (const s of sources) {
      const state = s.paused ? 'paused' : s.retired ? 'gone' : s.consecutiveErrors ? `${s.consecutiveErrors} errors` : s.stale ? 'stale' : 'ok';
      body.append(el('tr', { title: s.lastError || s.url },
        el('td', { text: s.id }), el('td', { text: ago(s.lastNewArticle) }),
        el('td', { text: s.articlesPerDay.toFixed(1) }),
        el('td', { class: state === 'ok' ? '' : 'bad', text: state })));
    }
  } catch (e) {
    body.replaceChildren(el('tr', {}, el('td', { colspan: 4, class: 'empty', text: e.message })));
  }
}

const shown = new Set();

function alertItem(a, fresh) {
  if (shown.has(a.id)) return null;
  shown.add(a.id);
  let text, href = null, lang = null;
  if (a.kind === 'ARTICLE') {
    text = a.article.title || a.article.url;
    href = a.article.url;
    lang = a.article.lang;
  } else if (a.kind === 'DIGEST') {
    text = a.digest.count + ' more held back by the hourly limit';
  } else {
    text = a.event.type + ' (' + a.event.status + '): ' + (a.event.actors || []).map((x) => x.name).join(', ');
  }
  return el('li', { class: fresh ? 'alert fresh' : 'alert', 'data-id': a.id, 'data-rule': a.ruleId },
    el('span', { class: 'kind', text: a.kind.replace('_', ' ') }),
    el('span', { class: 'rule', text: a.ruleName + ': ' }),
    href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', lang, dir: textDir(lang), text })
      : el('span', { dir: 'auto', text }),
    el('div', { class: 'meta', text: new Date(a.matchedAt).toLocaleString() }));
}

/** The X-API-Key this tab was given (the read key or the write key), or null. */
function storedKey() {
  return sessionStorage.getItem('apiKey');
}

function askKey(what) {
  const key = prompt(what + ' (X-API-Key: the read key or the write key; ./newsroom up prints the write key):');
  if (key) sessionStorage.setItem('apiKey', key);
  return key || null;
}

function streamState(text, cls) {
  const state = $('#stream-state');
  state.textContent = text;
  state.className = cls ? 'state ' + cls : 'state';
}

/** Alerts, like rules and exports, need a key: without one the panel says so and offers to take it. */
function alertsLocked(message) {
  streamState(message, 'down');
  $('#unlock-alerts').hidden = false;
}

let alertsRunning = false;

async function loadAlerts() {
  const key = storedKey();
  if (!key) {
    alertsLocked('key needed');
    return;
  }
  if (alertsRunning) return;
  alertsRunning = true;
  $('#unlock-alerts').hidden = true;
  try {
    const r = await fetch('/api/alerts?status=DELIVERED&size=20', { headers: { Accept: 'application/json', 'X-API-Key': key } });
    if (r.status === 401 || r.status === 403) {
      sessionStorage.removeItem('apiKey');
      alertsRunning = false;
      alertsLocked(r.status === 401 ? 'wrong key' : 'key needed');
      return;
    }
    const page = await r.json();
    const list = $('#alerts');
    for (const rec of page.alerts || []) {
      const li = alertItem(rec.alert, false);
      if (li) list.append(li);
    }
  } catch (e) {
    // the live stream below still shows what comes
  }
  streamAlerts(key);
}

/**
 * The live stream read with fetch, since EventSource cannot send the key: events separated by a blank line, the
 * "alert" ones carrying an alert's JSON. Reconnects after a pause when the connection drops.
 */
async function streamAlerts(key) {
  for (;;) {
    try {
      const r = await fetch('/api/alerts/stream', { headers: { Accept: 'text/event-stream', 'X-API-Key': key } });
      if (r.status === 401 || r.status === 403) {
        sessionStorage.removeItem('apiKey');
        alertsRunning = false;
        alertsLocked('wrong key');
        return;
      }
      if (!r.ok || !r.body) throw new Error('HTTP ' + r.status);
      streamState('live', 'live');
      const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer = (buffer + value).replace(/\r\n?/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          const data = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
          }
          if (event === 'alert' && data.length) {
            const li = alertItem(JSON.parse(data.join('\n')), true);
            if (li) $('#alerts').prepend(li);
          }
        }
      }
    } catch (e) {
      // dropped: shown below, then tried again
    }
    streamState('reconnecting', 'down');
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

async function load() {
  const p = params();
  fillForm(p);
  showError(null);
  try {
    await loadResults(p, false);
  } catch (e) {
    showError(e);
    $('#results').replaceChildren();
    $('#result-count').textContent = 'Articles';
    return;
  }
  await Promise.all([loadTimeline(p), loadFacets(p), loadEvents(p)]).catch(showError);
}

$('#search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const p = params();
  for (const f of ['q', 'lang', 'source', 'entityType', 'eventType', 'from', 'to', 'sort']) {
    const v = document.getElementById(f).value.trim();
    if (v) p.set(f, v); else p.delete(f);
  }
  setParams(p);
});
for (const id of ['lang', 'source', 'entityType', 'eventType', 'sort']) {
  document.getElementById(id).addEventListener('change', () => $('#search').requestSubmit());
}
$('#alert-me').addEventListener('click', async () => {
  const p = params();
  let key = storedKey();
  if (!key) {
    key = prompt('The write key for alert rules (X-API-Key; ./newsroom up prints it):');
    if (!key) return;
  }
  const rule = { name: p.get('q') || 'all articles' };
  for (const f of ['q', 'lang', 'source', 'entityType', 'eventType', 'entity', 'country']) {
    if (p.get(f)) rule[f === 'q' ? 'query' : f] = p.get(f);
  }
  const r = await fetch('/api/alert-rules', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-API-Key': key },
    body: JSON.stringify(rule) });
  const body = await r.json().catch(() => ({}));
  if (r.ok) {
    sessionStorage.setItem('apiKey', key);
    $('#alert-state').textContent = 'Alert rule "' + body.name + '" saved: new matches appear under Live alerts.';
    loadAlerts();
  } else {
    if (r.status === 401 || r.status === 403) sessionStorage.removeItem('apiKey');
    $('#alert-state').textContent = body.message || ('HTTP ' + r.status);
  }
});
$('#unlock-alerts').addEventListener('click', () => {
  if (askKey('Key for live alerts')) loadAlerts();
});
$('#more').addEventListener('click', () => loadResults(params(), true).catch(showError));
window.addEventListener('popstate', load);

fillOptions().catch(() => {}).finally(load);
loadSources();
setInterval(loadSources, 30000);
loadAlerts();
