// The newsroom dashboard: plain browser JavaScript over the query service's own API, no build step. This file has
// what every view shares and the search view; views/*.js one view each, opened by the address's fragment
// (#event/ID, #article/ID, #entity/ID, #map, #rules...) while the query string keeps the search filters.
// Every value from the API is inserted as text, except the highlights, whose <em> marks alone are kept.
'use strict';

const FILTERS = ['q', 'lang', 'source', 'entityType', 'eventType', 'quad', 'from', 'to', 'sort', 'entity', 'country'];
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

/** Views that show the search's filters (the map): a change of filters made on them keeps them open. */
const FILTERED_VIEWS = new Set(['map']);

/**
 * A new search: the filters in the address; the fragment (an open view) is dropped so the search shows, unless stay
 * is asked for and the open view is one that shows those filters.
 */
function setParams(p, stay = false) {
  const view = stay && FILTERED_VIEWS.has(location.hash.slice(1)) ? location.hash : '';
  history.pushState(null, '', (p.toString() ? '?' + p : location.pathname) + view);
  route();
}

/** The API's answer, or an Error with its message and HTTP status; sends the tab's key when asked to. */
async function api(path, { method = 'GET', body, key } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (key) headers['X-API-Key'] = key;
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const out = await r.json().catch(() => ({}));
  if (!r.ok) throw Object.assign(new Error(out.message || ('HTTP ' + r.status)), { status: r.status });
  return out;
}

/** A view's place for a refusal or a failure: the message, and the way back to the search. */
function failure(e) {
  return el('div', { class: 'failure', role: 'alert' }, el('p', { text: e.message }),
    el('a', { href: location.search || './', text: 'Back to the search' }));
}

function day(iso) {
  return iso ? iso.slice(0, 10) : 'undated';
}

/** A term and its description, for a view's list of facts. */
function dt(term, ...value) {
  return [el('dt', { text: term }), el('dd', {}, ...value)];
}

function entityLink(ref) {
  if (!ref.id) return el('span', { class: 'ref ' + ref.type, dir: 'auto', title: ref.type + ', outside the gazetteer', text: ref.name });
  return el('a', { class: 'ref ' + ref.type, dir: 'auto', href: '#entity/' + encodeURIComponent(ref.id), title: ref.type, text: ref.name });
}

function showError(e) {
  const box = $('#error');
  box.hidden = !e;
  box.textContent = e ? e.message : '';
}

function fillForm(p) {
  for (const f of ['q', 'lang', 'source', 'entityType', 'eventType', 'quad', 'from', 'to', 'sort']) {
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
      el('button', { type: 'button', 'aria-label': 'remove ' + f, text: '×', onclick: () => { p.delete(f); setParams(p, true); } })));
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

/** A name the tagger found outside the gazetteer: it has a local id, the same in every article that names it. */
function unlinked(id) {
  return typeof id === 'string' && id.startsWith('local:');
}

function result(a) {
  const title = a.highlights.title ? highlighted(a.highlights.title[0]) : document.createTextNode(a.title || a.url);
  const snippet = a.highlights.text ? a.highlights.text.map((f) => highlighted(f + ' … ')) : [document.createTextNode(a.description || '')];
  const when = day(a.publishedAt);
  const chips = el('div', { class: 'chips' });
  for (const e of (a.entities || []).slice(0, 8)) {
    chips.append(el('button', { type: 'button', class: 'chip ' + e.type + (unlinked(e.id) ? ' unlinked' : ''),
      title: e.type + ' ' + e.id + (unlinked(e.id) ? ' (not in the gazetteer)' : ''), text: e.name,
      onclick: () => filterBy(e.type === 'COUNTRY' ? 'country' : 'entity', e.id, e.name) }));
  }
  return el('li', { class: 'result', lang: a.lang, dir: textDir(a.lang), 'data-id': a.id },
    el('h3', {}, el('a', { href: '#article/' + a.id }, title)),
    el('div', { class: 'meta', dir: 'ltr' }, [a.siteName || a.source, when, a.lang,
      a.copies ? a.copies + ' copies elsewhere' : null].filter(Boolean).join(' · ') + ' · ',
    el('a', { class: 'original', href: a.url, target: '_blank', rel: 'noopener noreferrer', text: 'original' })),
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
  chart($('#timeline'), t.buckets, i);
}

/** Bars of articles per interval into box. */
function chart(box, pts, i) {
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
      box.append(el('div', { class: 'entity-row' },
        el('button', { type: 'button', class: 'entity' + (unlinked(e.id) ? ' unlinked' : ''), dir: 'auto',
          title: 'filter by ' + e.name + (unlinked(e.id) ? ' (not in the gazetteer: named alike in ' + e.articles + ' articles)' : ''),
          onclick: () => filterBy(type === 'COUNTRY' ? 'country' : 'entity', e.id, e.name) },
        el('span', { text: e.name }), el('span', { class: 'n', text: String(e.articles) })),
        el('a', { class: 'open', href: '#entity/' + encodeURIComponent(e.id), 'aria-label': 'page of ' + e.name, title: 'page of ' + e.name, text: '›' })));
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

/**
 * The events list takes the search's filters under the names the events API gives them; the PLOVER class (quad) is
 * the events' own, which the article search leaves aside.
 */
const EVENT_FILTERS = { q: 'q', lang: 'lang', source: 'source', from: 'from', to: 'to', eventType: 'type', quad: 'quad', country: 'country', entity: 'actor' };

/** The search's filters as the events list and the map take them. */
function eventParams(p) {
  const q = new URLSearchParams();
  for (const [f, name] of Object.entries(EVENT_FILTERS)) if (p.get(f)) q.set(name, p.get(f));
  return q;
}

async function loadEvents(p) {
  const q = eventParams(p);
  q.set('size', '12');
  const page = await api('/api/events?' + q);
  const list = $('#events');
  list.replaceChildren();
  if (!page.events.length) list.append(el('li', { class: 'empty', text: 'No diplomatic events.' }));
  for (const e of page.events) list.append(eventItem(e));
}

/** One event of a list, opening its detail view. */
function eventItem(e) {
  const sources = (e.sourceActors || []).map((a) => a.name).join(', ');
  const targets = (e.targetActors || []).map((a) => a.name).join(', ');
  const who = sources ? sources + (targets ? ' → ' + targets : '') : (e.actors || []).map((a) => a.name).join(', ');
  return el('li', { 'data-id': e.id },
    el('a', { href: '#event/' + e.id },
      el('span', { class: 'type ' + e.status, title: e.plover ? 'PLOVER ' + e.plover + ', CAMEO ' + e.cameo : null,
        text: e.type + (e.status !== 'occurred' ? ' · ' + e.status : '') }),
      el('span', { dir: 'auto', text: who || 'unnamed parties' })),
    el('div', { class: 'meta', text: [e.date || 'undated', e.place ? e.place.name : null,
      e.articleCount + (e.articleCount === 1 ? ' report' : ' reports')].filter(Boolean).join(' · ') }));
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
      // the key stays for the view that opens next to refuse it with the API's reason; "Enter key" replaces it
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
 * Ended when the page is left: a stream read with fetch can outlive its page in the browser, holding one of the few
 * connections it allows per server until later pages cannot load their scripts.
 */
const leaving = new AbortController();
addEventListener('pagehide', () => leaving.abort());
// a page the browser kept and shows again (Back) has no stream left: load it afresh
addEventListener('pageshow', (e) => { if (e.persisted) location.reload(); });

/**
 * The live stream read with fetch, since EventSource cannot send the key: events separated by a blank line, the
 * "alert" ones carrying an alert's JSON. Reconnects after a pause when the connection drops.
 */
async function streamAlerts(key) {
  while (!leaving.signal.aborted) {
    try {
      const r = await fetch('/api/alerts/stream', { headers: { Accept: 'text/event-stream', 'X-API-Key': key },
        signal: leaving.signal });
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

let loaded = null;

async function load() {
  const p = params();
  loaded = p.toString();
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
  for (const f of ['q', 'lang', 'source', 'entityType', 'eventType', 'quad', 'from', 'to', 'sort']) {
    const v = document.getElementById(f).value.trim();
    if (v) p.set(f, v); else p.delete(f);
  }
  setParams(p, true);
});
for (const id of ['lang', 'source', 'entityType', 'eventType', 'quad', 'sort']) {
  document.getElementById(id).addEventListener('change', () => $('#search').requestSubmit());
}
$('#unlock-alerts').addEventListener('click', () => {
  if (askKey('Key for live alerts')) loadAlerts();
});
$('#more').addEventListener('click', () => loadResults(params(), true).catch(showError));

/** Views by the first word of the fragment; each gets the rest and the box to fill. */
const VIEWS = {};

/** Shows the search, or the view the fragment names; the search is asked again only when its filters changed. */
let routed = null;

async function route() {
  // a fragment link fires popstate and hashchange both: the second finds the address already shown
  if (routed === location.href) return;
  routed = location.href;
  const [name, ...rest] = location.hash.slice(1).split('/');
  const view = $('#view');
  const searching = !name;
  $('#search-view').hidden = !searching;
  view.hidden = searching;
  for (const a of document.querySelectorAll('nav a')) {
    if ((a.getAttribute('href').slice(1) || '') === name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  if (searching) {
    if (loaded !== params().toString()) await load();
    return;
  }
  fillForm(params());
  view.replaceChildren(el('p', { class: 'empty', text: 'Loading…' }));
  window.scrollTo(0, 0);
  try {
    if (!VIEWS[name]) throw new Error('There is no page "' + location.hash + '" here.');
    await VIEWS[name](view, rest.map(decodeURIComponent));
  } catch (e) {
    view.replaceChildren(failure(e));
  }
  const h = view.querySelector('h2');
  if (h) h.focus();
}

/** Draws the open view again, as after a change it shows. */
function rerender() {
  routed = null;
  route();
}

window.addEventListener('popstate', route);
window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', () => {
  fillOptions().catch(() => {}).finally(route);
  loadSources();
  setInterval(loadSources, 30000);
  loadAlerts();
});
