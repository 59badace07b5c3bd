import { RELATION_TYPES } from '../core/types.js';
import { ENTITY_COLOURS, RELATION_COLOURS } from '../layout/palette.js';
import { graphql } from './api.js';
import { append, clear, el, typeLabel } from './dom.js';
import { evidenceItem } from './evidence.js';
import { ENTITY_DETAILS, RELATION_DETAILS, type EntityInfo, type EntityRef, type RelationInfo } from './queries.js';

// The side panel that opens on a click: an entity with its relations grouped by type, or one
// relation, each with the sentences that state it.

export interface Details {
  showEntity(id: string): Promise<void>;
  showRelation(id: string): Promise<void>;
  close(): void;
}

export interface DetailsHandlers {
  /** A name in the panel was clicked. */
  onEntity(id: string): void;
  onClose(): void;
  onError(err: unknown): void;
}

export function createDetails(panel: HTMLElement, handlers: DetailsHandlers): Details {
  let shown = 0;
  const open = (...content: (Node | null)[]) => {
    clear(panel);
    const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close the panel', onclick: () => (details.close(), handlers.onClose()) }, '×');
    append(panel, close, ...content);
    panel.hidden = false;
  };
  // A slow answer for an earlier click must not replace the panel of a later one.
  const load = async <T>(query: string, id: string, render: (data: T) => void) => {
    const ticket = ++shown;
    open(el('p', { class: 'loading' }, 'Loading…'));
    try {
      const data = await graphql<T>(query, { id });
      if (ticket === shown) render(data);
    } catch (err) {
      if (ticket === shown) open(el('p', { class: 'error' }, (err as Error).message));
      handlers.onError(err);
    }
  };
  const name = (e: EntityRef) => el('button', { type: 'button', class: 'entity-link', 'data-id': e.id, onclick: () => handlers.onEntity(e.id) }, e.name);

  const details: Details = {
    showEntity: (id) => load<{ entity: EntityInfo | null }>(ENTITY_DETAILS, id, ({ entity }) => {
      if (!entity) return open(el('p', { class: 'error' }, 'This entity is no longer in the graph.'));
      open(entityHeader(entity), ...relationGroups(entity, name));
    }),
    showRelation: (id) => load<{ relation: RelationInfo | null }>(RELATION_DETAILS, id, ({ relation }) => {
      if (!relation) return open(el('p', { class: 'error' }, 'This relation is no longer in the graph.'));
      open(el('h2', {}, badge(typeLabel(relation.type), RELATION_COLOURS[relation.type as keyof typeof RELATION_COLOURS])),
        el('ul', {}, relationItem(relation, name, el('ul', { class: 'evidence-list' }, ...relation.evidence.nodes.map(evidenceItem)))));
    }),
    close() {
      shown++;
      clear(panel);
      panel.hidden = true;
    },
  };
  return details;
}

function entityHeader(e: EntityInfo): HTMLElement {
  const rows: [string, string][] = [['Type', typeLabel(e.type)]];
  if (e.aliases.length) rows.push(['Also called', e.aliases.join('; ')]);
  if (e.geo) rows.push(['Coordinates', `${e.geo.lat.toFixed(4)}, ${e.geo.lon.toFixed(4)}${e.geo.countryCode ? ` (${e.geo.countryCode})` : ''}`]);
  rows.push(['Mentions', `${e.mentionCount} in ${e.documentCount} document${e.documentCount === 1 ? '' : 's'}`]);
  return el('header', {},
    el('h2', { 'data-entity': e.id }, badge(e.name, ENTITY_COLOURS[e.type as keyof typeof ENTITY_COLOURS])),
    el('dl', {}, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])));
}

function relationGroups(e: EntityInfo, name: (e: EntityRef) => HTMLElement): HTMLElement[] {
  const { nodes, totalCount } = e.relations;
  if (totalCount === 0) return [el('p', { class: 'hint' }, 'No relations yet.')];
  const groups = RELATION_TYPES.map((type) => ({ type, relations: nodes.filter((r) => r.type === type) })).filter((g) => g.relations.length > 0);
  return [
    ...groups.map(({ type, relations }) => el('section', { class: 'relation-group', 'data-type': type },
      el('h3', {}, badge(`${typeLabel(type)} (${relations.length})`, RELATION_COLOURS[type])),
      el('ul', {}, ...relations.map((r) => relationItem(r, name, el('ul', { class: 'evidence-list' }, ...r.evidence.nodes.map(evidenceItem))))))),
    totalCount > nodes.length ? el('p', { class: 'hint' }, `Showing the ${nodes.length} most confident of ${totalCount} relations.`) : null,
  ].filter((n): n is HTMLElement => n !== null);
}

function relationItem(r: RelationInfo, name: (e: EntityRef) => HTMLElement, evidence: HTMLElement): HTMLLIElement {
  const more = r.evidence.totalCount - r.evidence.nodes.length;
  return el('li', { class: 'relation', 'data-relation': r.id },
    el('p', { class: 'ends' }, name(r.source), ' → ', name(r.target)),
    el('p', { class: 'meta' }, `${typeLabel(r.status)} · confidence ${r.confidence.toFixed(2)} · ${r.documentCount} document${r.documentCount === 1 ? '' : 's'}`),
    evidence,
    more > 0 ? el('p', { class: 'hint' }, `and ${more} more sentence${more === 1 ? '' : 's'}`) : null);
}

function badge(text: string, colour: string | undefined): HTMLElement {
  const dot = el('span', { class: 'swatch dot' });
  dot.style.backgroundColor = colour ?? '#999999';
  return el('span', { class: 'badge' }, dot, text);
}
