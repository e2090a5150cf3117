// The world map: Natural Earth's countries (world-atlas, bundled; no tiles, no internet), coloured
// by the store's event counts or mean Goldstein score per country of the current view. A country
// with events is a button: clicking it (or Enter on it) filters by it.
import { feature, geoNaturalEarth1, geoPath } from '../vendor/vendor.js';
import { el, number } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 960, HEIGHT = 500;
let shapes = null;

async function loadShapes() {
  if (shapes) return shapes;
  const topology = await (await fetch('vendor/countries-110m.json')).json();
  const countries = feature(topology, topology.objects.countries).features;
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'Sphere' });
  const path = geoPath(projection);
  shapes = { countries, path, sphere: path({ type: 'Sphere' }) };
  return shapes;
}

function svg(tag, attributes = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  return node;
}

// Sequential blues for counts (log scale: a few countries have most events).
function countColour(value, max) {
  if (!value) return null;
  const t = Math.log1p(value) / Math.log1p(max);
  return `hsl(212 ${45 + 35 * t}% ${88 - 55 * t}%)`;
}

// Diverging for Goldstein, -10 (conflict, red) to +10 (cooperation, blue), pale at 0.
function goldsteinColour(mean) {
  if (mean === undefined || mean === null) return null;
  const t = Math.max(-1, Math.min(1, mean / 10));
  const strength = Math.sqrt(Math.abs(t));
  return t < 0 ? `hsl(4 ${50 + 30 * strength}% ${90 - 45 * strength}%)` : `hsl(212 ${45 + 35 * strength}% ${90 - 50 * strength}%)`;
}

// totals: Map of ISO alpha-3 -> { events, goldsteinSum }.
export async function drawMap(container, legend, totals, mode, selected, onSelect) {
  const { countries, path, sphere } = await loadShapes();
  const max = Math.max(1, ...[...totals.values()].map(t => t.events));
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-label': 'World map; countries with events can be chosen' });
  root.append(svg('path', { d: sphere, class: 'sphere' }));
  for (const country of countries) {
    const code = country.id;
    const total = code ? totals.get(code) : undefined;
    const fill = !total ? null : mode === 'goldstein' ? goldsteinColour(total.goldsteinSum / total.events) : countColour(total.events, max);
    const shape = svg('path', { d: path(country), class: 'country', 'data-code': code ?? '' });
    if (fill) shape.style.fill = fill; // a style, since the stylesheet's grey would beat an attribute
    if (code && code === selected) shape.classList.add('selected');
    const name = country.properties.name;
    const label = total
      ? `${name}: ${number.format(total.events)} events, mean Goldstein ${(total.goldsteinSum / total.events).toFixed(1)}`
      : `${name}: no events`;
    const title = svg('title');
    title.textContent = label;
    shape.append(title);
    if (total) {
      shape.classList.add('has-events');
      shape.setAttribute('tabindex', '0');
      shape.setAttribute('role', 'button');
      shape.setAttribute('aria-label', label + (code === selected ? ' (chosen; choose again to clear)' : ''));
      shape.setAttribute('aria-pressed', code === selected ? 'true' : 'false');
      shape.addEventListener('click', () => onSelect(code));
      shape.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelect(code); } });
    }
    root.append(shape);
  }
  container.replaceChildren(root);
  legend.replaceChildren(...(mode === 'goldstein'
    ? [el('span', {}, 'conflict −10'), el('span', { class: 'ramp goldstein' }), el('span', {}, '+10 cooperation')]
    : [el('span', {}, '1'), el('span', { class: 'ramp count' }), el('span', {}, `${number.format(max)} events`)]));
}
