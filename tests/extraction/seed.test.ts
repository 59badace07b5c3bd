import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/core/types.js';
import { extract } from '../../src/extraction/extract.js';
import { toDocument } from '../../src/text/document.js';
import { findEntity, matches, triples, type Triple } from './helpers.js';

const text = readFileSync(new URL('../../seeds/000_560bd95e9cff5d9e.txt', import.meta.url), 'utf8');
const doc = toDocument({ text, title: 'seed' });
const x = extract(doc);

const ENTITIES: [string, EntityType][] = [
  ['M23', 'ARMED_GROUP'],
  ['Rwanda', 'COUNTRY'],
  ['Democratic Republic of the Congo', 'COUNTRY'],
  ['Qatar', 'COUNTRY'],
  ['United States', 'COUNTRY'],
  ['Walikale', 'PLACE'],
  ['Goma', 'PLACE'],
  ['Bukavu', 'PLACE'],
  ['North Kivu', 'PLACE'],
  ['Kinshasa', 'PLACE'],
  ['Bisie tin mine', 'PLACE'],
  ['European Union', 'ORGANISATION'],
  ['United Nations', 'ORGANISATION'],
  ['U.N. Human Rights Council', 'ORGANISATION'],
  ['Doctors Without Borders', 'ORGANISATION'],
  ['Alphamin Resources', 'ORGANISATION'],
  ['Congolese army', 'ORGANISATION'],
  ['Felix Tshisekedi', 'PERSON'],
  ['Fiston Misona', 'PERSON'],
];

const RELATIONS: Triple[] = [
  ['BACKS', 'Rwanda', 'M23'],
  ['CAPTURED', 'M23', 'Walikale'],
  ['CAPTURED', 'M23', 'Goma'],
  ['CAPTURED', 'M23', 'Bukavu'],
  ['SANCTIONED', 'European Union', 'M23'],
  ['INVESTIGATES', 'U.N. Human Rights Council', 'M23'],
  ['INVESTIGATES', 'U.N. Human Rights Council', 'Congolese army'],
];

describe('the seed article', () => {
  it.each(ENTITIES)('has %s as %s', (name, type) => {
    const e = findEntity(x, name);
    expect(e, `no "${name}" among ${JSON.stringify(x.entities.map((e) => [e.name, e.type]))}`).toBeDefined();
    expect(e!.type).toBe(type);
  });

  it('names DR Congo by its demonym too', () => {
    expect(findEntity(x, 'Democratic Republic of the Congo')!.aliases).toEqual(expect.arrayContaining(['Congo', 'Congolese']));
  });

  it('has no junk entities', () => {
    const names = x.entities.map((e) => e.name);
    for (const junk of ['January', 'Our Congolese', 'Original Source', 'International', 'Recent', 'Local', 'Humanitarian', 'The Walikale']) {
      expect(names).not.toContain(junk);
    }
    expect(x.entities.length).toBeLessThanOrEqual(ENTITIES.length + 3);
  });

  it.each(RELATIONS)('states %s %s -> %s with its evidence', (...want) => {
    expect(matches(x, want), JSON.stringify(triples(x))).toBe(true);
    const r = x.relations.find((r) => r.type === want[0] && r.source === findEntity(x, want[1])!.id && r.target === findEntity(x, want[2])!.id)!;
    for (const e of r.evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('states nothing the article does not', () => {
    const types = new Map(x.entities.map((e) => [e.id, e.type]));
    for (const r of x.relations) {
      expect(r.type === 'CAPTURED' && types.get(r.source) === 'COUNTRY').toBe(false);
      expect(r.type === 'BACKS' && types.get(r.target) === 'PLACE').toBe(false);
    }
    const factual = x.relations.filter((r) => r.status === 'ASSERTED' || r.status === 'CLAIMED');
    const allowed = new Set(RELATIONS.map(([t, s, o]) => `${t}|${findEntity(x, s)!.id}|${findEntity(x, o)!.id}`));
    for (const r of factual) expect(allowed.has(`${r.type}|${r.source}|${r.target}`), JSON.stringify(r)).toBe(true);
  });

  it('keeps every span inside the text', () => {
    for (const m of x.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
});
