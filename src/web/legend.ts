import { ENTITY_TYPES, RELATION_STATUSES, RELATION_TYPES } from '../core/types.js';
import { ENTITY_COLOURS, RELATION_COLOURS, STATUS_STYLES } from '../layout/palette.js';
import { append, clear, el, typeLabel } from './dom.js';
import type { ExplorerGraph } from './graph-data.js';
import type { Filters } from './view-state.js';

// The legend is also the filter panel: each colour it explains has a checkbox beside it.
// Colours come from the layout stage's palette, the one every export uses.

export interface Legend {
  /** Shows how many entities and relations of each type the graph has. */
  updateCounts(graph: ExplorerGraph): void;
}

export function renderLegend(container: HTMLElement, filters: Filters, onChange: () => void): Legend {
  clear(container);
  const counts = new Map<string, HTMLElement>();
  const row = <T extends string>(kind: string, value: T, hidden: Set<T>, swatch: HTMLElement) => {
    const count = el('span', { class: 'count' });
    counts.set(`${kind}:${value}`, count);
    const box = el('input', { type: 'checkbox', checked: !hidden.has(value), 'data-filter': kind, value });
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(value);
      else hidden.add(value);
      onChange();
    });
    return el('li', {}, el('label', {}, box, swatch, el('span', { class: 'name' }, typeLabel(value)), count));
  };
  const dot = (colour: string) => paint(el('span', { class: 'swatch dot' }), colour, 1);
  const line = (colour: string, alpha = 1) => paint(el('span', { class: 'swatch line' }), colour, alpha);

  const confidence = el('input', { type: 'range', min: 0, max: 1, step: 0.05, value: filters.minConfidence, id: 'min-confidence' });
  const shown = el('output', { for: 'min-confidence' }, filters.minConfidence.toFixed(2));
  confidence.addEventListener('input', () => {
    filters.minConfidence = Number(confidence.value);
    shown.textContent = filters.minConfidence.toFixed(2);
    onChange();
  });

  append(container,
    el('h2', {}, 'Entities'),
    el('ul', { class: 'legend-list', 'data-legend': 'entities' }, ...ENTITY_TYPES.map((t) => row('entity', t, filters.hiddenEntityTypes, dot(ENTITY_COLOURS[t])))),
    el('h2', {}, 'Relations'),
    el('ul', { class: 'legend-list', 'data-legend': 'relations' }, ...RELATION_TYPES.map((t) => row('relation', t, filters.hiddenRelationTypes, line(RELATION_COLOURS[t])))),
    el('h2', {}, 'Status'),
    el('ul', { class: 'legend-list', 'data-legend': 'statuses' }, ...RELATION_STATUSES.map((s) => row('status', s, filters.hiddenStatuses, line('#555555', STATUS_STYLES[s].alpha)))),
    el('p', { class: 'hint' }, 'Fainter lines: less certain statements.'),
    el('label', { class: 'confidence' }, 'Minimum confidence ', confidence, shown),
  );

  return {
    updateCounts(graph) {
      const tally = new Map<string, number>();
      const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
      graph.forEachNode((_n, a) => add(`entity:${a.entityType}`));
      graph.forEachEdge((_e, a) => (add(`relation:${a.relationType}`), add(`status:${a.status}`)));
      for (const [key, node] of counts) node.textContent = String(tally.get(key) ?? 0);
    },
  };
}

function paint(swatch: HTMLElement, colour: string, alpha: number): HTMLElement {
  swatch.style.backgroundColor = colour;
  swatch.style.opacity = String(alpha);
  return swatch;
}
