import type { Entity, Extraction, RelationStatus, RelationType } from '../../src/core/types.js';
import { fold } from '../../src/core/normalise.js';
import { toDocument } from '../../src/text/document.js';
import { extract } from '../../src/extraction/extract.js';
import { loadGazetteer } from '../../src/lexicon/gazetteer.js';

export function run(text: string): Extraction {
  return extract(toDocument({ text, title: 'test' }));
}

/** Every name an entity is known by: its name, the aliases seen, and the gazetteer's aliases. */
export function namesOf(entity: Entity): string[] {
  const known = loadGazetteer().get(entity.id);
  return [entity.name, ...entity.aliases, ...(known ? [known.name, ...known.aliases] : [])].map(norm);
}

export function norm(name: string): string {
  return fold(name).replace(/\./g, '').replace(/^the /, '');
}

export function findEntity(x: Extraction, name: string): Entity | undefined {
  const wanted = norm(name);
  return x.entities.find((e) => namesOf(e).includes(wanted));
}

export type Triple = [RelationType, string, string, RelationStatus?];

/** Relations as [type, source name, target name, status] with the entities' display names. */
export function triples(x: Extraction): [RelationType, string, string, RelationStatus][] {
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.map((r) => [r.type, name(r.source), name(r.target), r.status]);
}

/** Does a produced relation match an expected triple (names compared through all aliases)? */
export function matches(x: Extraction, want: Triple): boolean {
  const [type, source, target, status = 'ASSERTED'] = want;
  const s = findEntity(x, source);
  const t = findEntity(x, target);
  return x.relations.some((r) => r.type === type && r.source === s?.id && r.target === t?.id && r.status === status);
}
