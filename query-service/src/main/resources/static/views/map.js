// Where events happen: the events the search's filters match, counted per country of their place
// (GET /api/events/map), shaded on country outlines the service ships (map/countries-110m.json: Natural Earth
// 1:110m, public domain; a country too small for them is a dot at its capital). Drawn here as SVG in an
// equirectangular projection: no tiles, fonts or library from elsewhere. A country with events is a button (Enter
// or a click) that filters the events list by it.
'use strict';

let outlines = null;

/** The outlines, loaded once per page; a failed load is tried again on the next visit. */
function countryOutlines() {
  outlines = outlines || fetch('map/countries-110m.json').then((r) => {
    if (!r.ok) throw new Error('The map outlines did not load (HTTP ' + r.status + ').');
    return r.json();
  }).catch((e) => {
    outlines = null;
    throw e;
  });
  return outlines;
}

// The outlines are in tenths of a degree; the map shows 84° N to 56° S, where every inhabited country is.
const NORTH = 840, SOUTH = -560, STEPS = 5;

/** An SVG path of a country's rings: x east from 180° W, y south from the map's top. */
function outline(rings) {
  return rings.map((r) => {
    let d = 'M';
    for (let i = 0; i < r.length; i += 2) d += (i ? ' ' : '') + (r[i] + 1800) + ' ' + (NORTH - r[i + 1]);
    return d + 'Z';
  }).join('');
}

/** Shade 1 to STEPS on a logarithmic scale, so one event shows beside a hundred. */
function shade(n, max) {
  return Math.max(1, Math.ceil(STEPS * Math.log1p(n) / Math.log1p(max)));
}

function label(name, n) {
  return name + ': ' + n + (n === 1 ? ' event' : ' events');
}

VIEWS.map = async (box) => {
  const [world, m] = await Promise.all([countryOutlines(), api('/api/events/map?' + eventParams(params()))]);
  const counts = new Map(m.countries.map((c) => [c.country.id, c]));
  const max = m.countries.length ? m.countries[0].events : 1;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 3600 ${NORTH - SOUTH}`);
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', 'Countries shaded by their events; those with events are buttons');
  const drawn = new Set();
  for (const c of world.countries) {
    const hit = c.id && counts.get(c.id);
    // a country too small to outline is marked at its capital, and only when it has events
    if (c.point && !hit) continue;
    const shape = document.createElementNS(ns, c.point ? 'circle' : 'path');
    if (c.point) {
      for (const [k, v] of [['cx', c.point[0] + 1800], ['cy', NORTH - c.point[1]], ['r', 20]]) shape.setAttribute(k, v);
    } else {
      shape.setAttribute('d', outline(c.rings));
    }
    const tip = document.createElementNS(ns, 'title');
    tip.textContent = hit ? label(hit.country.name, hit.events) : c.name;
    shape.append(tip);
    if (hit) {
      drawn.add(c.id);
      shape.setAttribute('class', 'n' + shade(hit.events, max));
      shape.setAttribute('data-id', c.id);
      shape.setAttribute('tabindex', '0');
      shape.setAttribute('role', 'button');
      shape.setAttribute('aria-label', label(hit.country.name, hit.events));
      const open = () => filterBy('country', c.id, hit.country.name);
      shape.addEventListener('click', open);
      shape.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault();
          open();
        }
      });
    }
    svg.append(shape);
  }
  // the same counts as text, most first: every country, those this map cannot show too
  const list = el('ol', { class: 'map-counts' }, ...m.countries.map((c) => el('li', {},
    el('button', { type: 'button', class: 'linkish', 'data-id': c.country.id, onclick: () => filterBy('country', c.country.id, c.country.name) },
      el('span', { class: 'swatch n' + shade(c.events, max), 'aria-hidden': 'true' }),
      label(c.country.name, c.events) + (drawn.has(c.country.id) ? '' : ' (not on this map)')))));
  const placed = m.countries.reduce((s, c) => s + c.events, 0);
  const legend = el('p', { class: 'legend', 'aria-hidden': 'true' }, 'fewer ',
    ...Array.from({ length: STEPS }, (_, i) => el('span', { class: 'swatch n' + (i + 1) })), ' more events');
  box.replaceChildren(el('section', { class: 'detail map' },
    el('p', {}, el('a', { href: location.search || './', text: '← search' })),
    el('h2', { tabindex: '-1', text: 'Where events happen' }),
    el('p', { class: 'meta', text: `${m.total} ${m.total === 1 ? 'event' : 'events'} under the search's filters: ${placed} placed in ` +
      `${m.countries.length} ${m.countries.length === 1 ? 'country' : 'countries'}, ${m.unplaced} without a place, ` +
      `${m.unmapped} in a place the gazetteer puts in no country. A country opens its events.` }),
    el('div', { class: 'world' }, svg), legend,
    m.countries.length ? list : el('p', { class: 'empty', text: 'No event with a place matches.' }),
    el('p', { class: 'meta', text: 'Outlines: ' + world.source + '.' })));
};
