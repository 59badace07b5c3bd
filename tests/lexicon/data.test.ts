import { describe, expect, test } from 'vitest';
import { ENTITY_TYPES } from '../../src/core/types.js';
import { readData } from '../../src/lexicon/files.js';
import { exactForm, key } from '../../src/lexicon/key.js';
import { findAll, gazetteer } from './helpers.js';

type Alias = string | { name: string; case?: string };
interface Row {
  id: string;
  name: string;
  aliases: Alias[];
  countryCode?: string;
  stateOf?: string;
  partOf?: string;
}

const FILES = ['armed-groups.json', 'armed-forces.json', 'organisations.json', 'regions.json'] as const;
const rows = new Map<string, Row[]>(FILES.map((f) => [f, (readData(f) as { entities: Row[] }).entities]));
const listed = [...rows.values()].flat();
const countries = (readData('countries.json') as { countries: { id: string; iso2: string; name: string; aliases: string[] }[] }).countries;
const extras = (readData('country-extras.json') as { countries: Record<string, { name?: string; aliases?: string[] }> }).countries;
const aliasText = (a: Alias): string => (typeof a === 'string' ? a : a.name);
const PREFIX_TYPE: Record<string, string> = { armed_group: 'ARMED_GROUP', organisation: 'ORGANISATION', country: 'COUNTRY', place: 'PLACE' };

// Names two listed entities really share. Every other shared name would make a match ambiguous.
const SHARED: Record<string, { ids: string[]; why: string }> = {
  RSF: { ids: ['armed_group:rsf', 'organisation:rsf'], why: "Sudan's Rapid Support Forces; Reporters sans frontières (press freedom news)" },
  SNA: { ids: ['armed_group:sna', 'organisation:somali-national-army'], why: 'Syrian National Army; Somali National Army' },
  treasury: { ids: ['organisation:hm-treasury', 'organisation:us-treasury'], why: 'a bare "Treasury" is the US or the UK one, by the countries the document names' },
};

describe('data files', () => {
  test('at least 150 non-state armed groups', () => {
    const groups = rows.get('armed-groups.json')!;
    expect(groups.length).toBeGreaterThanOrEqual(150);
    expect(groups.every((g) => g.id.startsWith('armed_group:'))).toBe(true);
  });

  test('every entry has a valid type, a unique id and known references', () => {
    const ids = new Set<string>(countries.map((c) => c.id));
    const codes = new Set(countries.map((c) => c.iso2));
    for (const r of listed) {
      const type = PREFIX_TYPE[r.id.split(':')[0]!];
      expect(type && (ENTITY_TYPES as readonly string[]).includes(type), `${r.id}: type`).toBe(true);
      expect(ids.has(r.id), `${r.id}: duplicate id`).toBe(false);
      ids.add(r.id);
      expect(r.name.trim().length, `${r.id}: name`).toBeGreaterThan(0);
      expect(Array.isArray(r.aliases), `${r.id}: aliases`).toBe(true);
      for (const a of r.aliases) {
        if (typeof a !== 'string') expect(['exact', 'cap', 'first', 'any'], `${r.id}: case of ${a.name}`).toContain(a.case);
      }
      if (r.countryCode) expect(codes.has(r.countryCode), `${r.id}: country code ${r.countryCode}`).toBe(true);
    }
    for (const r of listed) {
      for (const ref of [r.stateOf, r.partOf]) if (ref) expect(ids.has(ref), `${r.id} -> ${ref}`).toBe(true);
    }
  });

  test('no two entities share a name without a reason', () => {
    const owners = new Map<string, Set<string>>();
    const file = (id: string, surface: string): void => {
      // Acronyms only match in their own case, so "JEM" and "JeM" are different names.
      const letters = exactForm(surface);
      const k = letters.length <= 3 || /^[\p{Lu}\d]+$/u.test(letters) ? `=${letters}` : key(surface);
      owners.set(k, new Set([...(owners.get(k) ?? []), id]));
    };
    for (const r of listed) for (const s of [r.name, ...r.aliases.map(aliasText)]) file(r.id, s);
    for (const c of countries) for (const s of [c.name, ...c.aliases]) file(c.id, s);
    const clashes = [...owners].filter(([, ids]) => ids.size > 1).map(([k, ids]) => [k.replace(/^=/, ''), [...ids].sort()] as const);
    for (const [name, ids] of clashes) {
      expect(SHARED[name]?.ids.slice().sort(), `"${name}" is shared by ${ids.join(', ')}`).toEqual(ids);
    }
  });

  test('every listed name and alias matches its own entity in a sentence', () => {
    const misses: string[] = [];
    const check = (id: string, surface: string): void => {
      const sentence = `Reports on Monday said ${surface} had moved.`;
      const want = surface.replace(/^the /i, '');
      const hit = findAll(sentence).find((f) => f.text === want && f.ids.includes(id));
      if (!hit) misses.push(`${id}: ${surface}`);
    };
    for (const r of listed) for (const s of [r.name, ...r.aliases.map(aliasText)]) check(r.id, s);
    for (const [iso3, x] of Object.entries(extras)) {
      for (const s of [x.name, ...(x.aliases ?? [])]) if (s) check(`country:${iso3}`, s);
    }
    expect(misses).toEqual([]);
  });

  test('every country is there, with its ISO alpha-3 id', () => {
    expect(countries.length).toBeGreaterThanOrEqual(249);
    for (const c of countries) expect(c.id).toMatch(/^country:[A-Z]{3}$/);
    expect(gazetteer.get('country:COD')?.aliases).toEqual(expect.arrayContaining(['DR Congo', 'DRC', 'Congo-Kinshasa', 'Congo']));
    expect(gazetteer.get('country:COG')?.aliases).not.toContain('Congo');
  });
});
