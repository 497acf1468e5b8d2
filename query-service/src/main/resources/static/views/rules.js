// Alert rules: listed with when each last fired, its alerts today and whether it is muted; made and edited with a
// preview of what it would have matched, from the index, before saving; muted, unmuted and deleted; each rule's
// alert history. Reading them needs the read or the write key, changing them the write key: the page asks for it
// once and keeps it for the tab only (sessionStorage).
'use strict';

const RULE_TEXT = [['name', 'Name'], ['query', 'Search words'], ['lang', 'Language (en, ar…)'], ['source', 'Source id'],
  ['entity', 'Entity id (Q…)'], ['country', 'Country id (Q…)'], ['eventType', 'Event type (VISIT…)'], ['actor', 'Party id or country code (events only)'],
  ['sourceActor', 'Who did it: id or country code, RUS (events only)'], ['targetActor', 'To whom: id or country code (events only)'],
  ['plover', 'PLOVER type (AGREE, CONSULT, SANCTION…; events only)'], ['quad', 'PLOVER class (cooperation, conflict, verbal-conflict…; events only)']];
/** The search's filters under the names a rule gives them. */
const RULE_FROM_SEARCH = { q: 'query', lang: 'lang', source: 'source', entity: 'entity', entityType: 'entityType', country: 'country', eventType: 'eventType' };
const PREVIEW_DAYS = 7;
let ruleNotice = '';

function keyForm(box, message) {
  const input = el('input', { type: 'password', id: 'rule-key', autocomplete: 'off' });
  box.replaceChildren(el('form', { class: 'key-form', onsubmit: (ev) => {
    ev.preventDefault();
    if (!input.value.trim()) return;
    sessionStorage.setItem('apiKey', input.value.trim());
    loadAlerts();
    rerender();
  } },
  el('h2', { tabindex: '-1', text: 'Alert rules' }),
  el('p', { role: 'alert', text: message }),
  el('label', {}, 'Write key (X-API-Key: ./newsroom up prints it; the read key only reads) ', input),
  ' ', el('button', { type: 'submit', text: 'Use this key' })));
  input.focus();
}

/** Runs fn with the tab's key; a missing, wrong or read-only key brings the key form with the reason instead. */
async function withKey(box, fn) {
  const key = storedKey();
  if (!key) {
    keyForm(box, 'Alert rules need a key.');
    return;
  }
  try {
    await fn(key);
  } catch (e) {
    if (e.status !== 401 && e.status !== 403) throw e;
    sessionStorage.removeItem('apiKey');
    keyForm(box, e.message);
  }
}

function describe(r) {
  const parts = r.kind === 'EVENTS' ? ['events'] : [r.query ? '"' + r.query + '"' : 'any article'];
  for (const f of ['lang', 'source', 'entity', 'entityType', 'country', 'eventType', 'plover', 'quad', 'actor', 'sourceActor', 'targetActor']) {
    if (r[f]) parts.push(f + ' ' + r[f]);
  }
  if (r.maxPerHour) parts.push('at most ' + r.maxPerHour + ' an hour');
  if (r.webhooks.length) parts.push(r.webhooks.length + ' webhook' + (r.webhooks.length === 1 ? '' : 's'));
  return parts.join(' · ');
}

VIEWS.rules = (box, [id]) => withKey(box, async (key) => {
  if (id) {
    await ruleForm(box, id === 'new' ? null : id, key);
    return;
  }
  const [list, activity] = await Promise.all([api('/api/alert-rules', { key }), api('/api/alert-rules/activity', { key })]);
  const state = el('p', { id: 'rule-state', 'aria-live': 'polite', text: ruleNotice });
  ruleNotice = '';
  const act = async (button, path, method, done) => {
    button.disabled = true;
    try {
      await api(path, { method, key: storedKey() });
      ruleNotice = done;
      rerender();
    } catch (e) {
      if (e.status === 401 || e.status === 403) {
        sessionStorage.removeItem('apiKey');
        keyForm(box, e.message);
        return;
      }
      state.textContent = e.message;
      button.disabled = false;
    }
  };
  const rows = list.rules.map((r) => {
    const a = activity.rules[r.id];
    const path = '/api/alert-rules/' + r.id;
    const del = el('button', { type: 'button', class: 'delete', text: 'Delete', onclick: () => {
      if (del.dataset.armed) act(del, path, 'DELETE', 'Rule "' + r.name + '" deleted.');
      else Object.assign(del, { textContent: 'Really delete?' }).dataset.armed = 'yes';
    } });
    return el('tr', { 'data-id': r.id, class: r.muted ? 'muted' : null },
      el('td', {}, el('a', { href: '#rules/' + r.id, dir: 'auto', text: r.name })),
      el('td', { dir: 'auto', text: describe(r) }),
      el('td', { text: a ? ago(a.lastFired) : 'never' }),
      el('td', { class: 'n', text: String(a ? a.alerts : 0) }),
      el('td', { class: 'state-cell', text: r.muted ? 'muted' : 'active' }),
      el('td', {}, el('button', { type: 'button', class: 'mute', text: r.muted ? 'Unmute' : 'Mute',
        onclick: (ev) => act(ev.target, path + (r.muted ? '/unmute' : '/mute'), 'POST', 'Rule "' + r.name + '" ' + (r.muted ? 'unmuted.' : 'muted: its matches are recorded, not delivered.')) }),
      ' ', del));
  });
  box.replaceChildren(el('section', { class: 'detail rules' },
    el('h2', { tabindex: '-1', text: 'Alert rules' }),
    el('p', {}, el('a', { class: 'button', href: '#rules/new', text: 'New rule' })),
    state,
    rows.length ? el('div', { class: 'scroll' }, el('table', { id: 'rules' },
      el('thead', {}, el('tr', {}, ...['rule', 'matches', 'last fired', 'alerts today', 'state', ''].map((h) => el('th', { text: h })))),
      el('tbody', {}, ...rows)))
      : el('p', { class: 'empty', text: 'No rules yet.' })));
});

function field(name, label, value, attrs = {}) {
  return el('label', { class: 'field' }, label, el('input', { name, value: value ?? '', dir: 'auto', ...attrs }));
}

/** The form's rule as the API takes it: empty fields left out. */
function formRule(form) {
  const d = new FormData(form);
  const rule = { kind: d.get('kind'), muted: d.has('muted') };
  // the API refuses the field on an articles rule, even false
  if (rule.kind === 'EVENTS') rule.notifyStatusChange = d.has('notifyStatusChange');
  for (const [k] of RULE_TEXT) if (d.get(k).trim()) rule[k] = d.get(k).trim();
  if (d.get('entityType')) rule.entityType = d.get('entityType');
  if (d.get('maxPerHour').trim()) rule.maxPerHour = Number(d.get('maxPerHour'));
  const hooks = d.get('webhooks').split('\n').map((x) => x.trim()).filter(Boolean);
  if (hooks.length) rule.webhooks = hooks;
  return rule;
}

/**
 * What the rule would have matched, by the same searches the dashboard makes: in the last days (published then, as
 * the search's dates go) and in the whole index. A filter the search refuses is the API's message.
 */
async function preview(rule, out) {
  const since = new Date(Date.now() - PREVIEW_DAYS * 864e5);
  let path, from, total;
  const q = new URLSearchParams({ size: '5' });
  if (rule.kind === 'EVENTS') {
    for (const [f, n] of [['eventType', 'type'], ['plover', 'plover'], ['quad', 'quad'], ['actor', 'actor'],
      ['sourceActor', 'sourceActor'], ['targetActor', 'targetActor'], ['country', 'country']]) if (rule[f]) q.set(n, rule[f]);
    [path, from, total] = ['/api/events?', since.toISOString().slice(0, 10), (p) => p.total];
  } else {
    for (const [f, n] of Object.entries(RULE_FROM_SEARCH)) if (rule[n]) q.set(f, rule[n]);
    q.set('sort', 'date');
    [path, from, total] = ['/api/articles?', since.toISOString(), (p) => p.total];
  }
  const all = await api(path + q);
  q.set('from', from);
  const recent = await api(path + q);
  const what = rule.kind === 'EVENTS' ? 'events' : 'articles';
  const shown = total(recent) ? recent : all;
  const items = rule.kind === 'EVENTS' ? shown.events.map(eventItem) : shown.items.map((a) => el('li', {},
    el('a', { href: '#article/' + a.id, lang: a.lang, dir: textDir(a.lang), text: a.title || a.url }), ' ',
    el('span', { class: 'meta', text: day(a.publishedAt) + ' · ' + (a.siteName || a.source) })));
  out.replaceChildren(
    el('p', { class: 'preview-count', text: `${total(recent)} ${what} of the last ${PREVIEW_DAYS} days would have matched `
      + `(${total(all)} in the whole index).` + (items.length ? (total(recent) ? ' The newest:' : ' The newest of the index:') : '') }),
    el('ol', { class: 'preview-items' }, ...items));
}

async function ruleForm(box, id, key) {
  const r = id ? await api('/api/alert-rules/' + encodeURIComponent(id), { key }) : null;
  let seed = r;
  if (!r) {
    const p = params();
    seed = { name: p.get('q') || 'all articles', kind: 'ARTICLES', webhooks: [] };
    for (const [f, n] of Object.entries(RULE_FROM_SEARCH)) if (p.get(f)) seed[n] = p.get(f);
  }
  const kind = el('select', { name: 'kind' }, el('option', { value: 'ARTICLES', text: 'articles (a search kept running)' }),
    el('option', { value: 'EVENTS', text: 'new diplomatic events' }));
  kind.value = seed.kind;
  const entityType = el('select', { name: 'entityType' }, ...['', 'PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE']
    .map((t) => el('option', { value: t, text: t || 'any' })));
  entityType.value = seed.entityType || '';
  const check = (name, label, on) => el('label', { class: 'check' }, el('input', { type: 'checkbox', name, checked: on ? 'checked' : null }), ' ' + label);
  const error = el('p', { class: 'form-error', role: 'alert', hidden: true });
  const out = el('div', { id: 'preview', 'aria-live': 'polite' });
  const hooks = seed.webhooks.length
    ? `This rule has ${seed.webhooks.length} webhook(s), answered as their host only: saving sends what is written here instead, so write their full URLs to keep them.`
    : 'One URL a line; each delivered alert is POSTed there, signed.';
  const form = el('form', { class: 'rule-form', onsubmit: async (ev) => {
    ev.preventDefault();
    error.hidden = true;
    try {
      const saved = await api('/api/alert-rules' + (id ? '/' + id : ''), { method: id ? 'PUT' : 'POST', body: formRule(form), key: storedKey() });
      ruleNotice = 'Rule "' + saved.name + '" saved.';
      location.hash = '#rules';
    } catch (e) {
      if (e.status === 401 || e.status === 403) {
        sessionStorage.removeItem('apiKey');
        keyForm(box, e.message);
        return;
      }
      Object.assign(error, { hidden: false, textContent: 'Not saved: ' + e.message });
    }
  } },
  ...RULE_TEXT.map(([n, label]) => field(n, label, seed[n], n === 'name' ? { required: 'required' } : {})),
  el('label', { class: 'field' }, 'Kind ', kind),
  el('label', { class: 'field' }, 'Entity type ', entityType),
  field('maxPerHour', 'At most an hour (0: no limit)', seed.maxPerHour || '', { type: 'number', min: '0' }),
  el('label', { class: 'field wide' }, 'Webhooks', el('textarea', { name: 'webhooks', rows: '2' }), el('small', { text: hooks })),
  check('muted', 'muted (matches recorded, not delivered)', seed.muted),
  check('notifyStatusChange', 'events: alert again when a planned event happens', seed.notifyStatusChange),
  error,
  el('div', { class: 'actions' },
    el('button', { type: 'button', id: 'preview-rule', onclick: () => {
      error.hidden = true;
      out.replaceChildren(el('p', { class: 'empty', text: 'Looking…' }));
      preview(formRule(form), out).catch((e) => {
        out.replaceChildren();
        Object.assign(error, { hidden: false, textContent: 'No preview: ' + e.message });
      });
    }, text: 'Preview' }),
    el('button', { type: 'submit', text: id ? 'Save changes' : 'Save rule' }),
    el('a', { href: '#rules', text: 'Cancel' })));
  const history = el('ol', { class: 'history-list' });
  box.replaceChildren(el('section', { class: 'detail rule' },
    el('p', {}, el('a', { href: '#rules', text: '← rules' })),
    el('h2', { tabindex: '-1', dir: 'auto', text: r ? 'Rule: ' + r.name : 'New alert rule' }),
    form,
    el('h3', { text: 'Preview' }), out,
    r ? el('h3', { text: 'Alert history' }) : null, r ? history : null));
  form.querySelector('#preview-rule').click();
  if (!r) return;
  const page = await api('/api/alerts?size=50&rule=' + encodeURIComponent(r.id), { key });
  history.append(...page.alerts.map((a) => el('li', { class: 'status-' + a.status },
    el('span', { class: 'kind', text: a.status.toLowerCase() }), ' ',
    a.articleId ? el('a', { href: '#article/' + a.articleId, dir: 'auto', text: a.headline })
      : a.eventId ? el('a', { href: '#event/' + a.eventId, dir: 'auto', text: a.headline }) : el('span', { dir: 'auto', text: a.headline }),
    el('div', { class: 'meta', text: new Date(a.matchedAt).toLocaleString() + ' · ' + a.kind.replace('_', ' ').toLowerCase() }))));
  if (!page.alerts.length) history.append(el('li', { class: 'empty', text: 'No alert yet.' }));
}
