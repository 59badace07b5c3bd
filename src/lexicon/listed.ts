import { DataError } from '../core/errors.js';
import { ENTITY_TYPES, type EntityType } from '../core/types.js';
import { readData } from './files.js';
import { key } from './key.js';
import { Policy } from './name-index.js';
import type { KnownEntity } from './types.js';
import { spellingVariants } from './variants.js';

// The hand-written and generated tables of named actors: countries, organisations, state
// armed forces, armed groups and regions. Each becomes a KnownEntity; its name, aliases and
// their spelling variants become surfaces for the name index.

export interface ListedSurface {
  ref: number;
  text: string;
  /** Case rule fixed by the data ({"name", "case"}); otherwise chosen from the text. */
  policy?: Policy;
}

export interface Listed {
  entities: KnownEntity[];
  surfaces: ListedSurface[];
  /** key("Congolese") -> "country:COD". */
  demonyms: Map<string, string>;
  /** key("Kigali") -> "country:RWA"; also seats of government ("Kremlin"). */
  capitals: Map<string, string>;
  /** [capital city as written, its country's ISO alpha-2 code]. */
  capitalCities: [string, string][];
  /** Country id -> the armed forces armedForcesOf() returns. */
  forces: Map<string, KnownEntity>;
}

interface CountryRow {
  id: string;
  iso2: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
  seats: string[];
  independent: boolean;
  latlng?: [number, number];
}

const CASES: Record<string, Policy> = { exact: Policy.Exact, cap: Policy.Cap, first: Policy.First, any: Policy.Any };
const PREFIX: Record<string, EntityType> = {
  country: 'COUNTRY',
  organisation: 'ORGANISATION',
  armed_group: 'ARMED_GROUP',
  place: 'PLACE',
  person: 'PERSON',
};

export function loadListed(): Listed {
  const listed: Listed = { entities: [], surfaces: [], demonyms: new Map(), capitals: new Map(), capitalCities: [], forces: new Map() };
  const countries = addCountries(listed);
  const primary = new Map<string, KnownEntity>();
  // File order is candidate order when names are shared: in conflict news "RSF" is the Rapid Support Forces first.
  for (const file of ['armed-groups.json', 'armed-forces.json', 'organisations.json', 'regions.json']) {
    addFile(listed, file, primary);
  }
  for (const c of countries) {
    const forces = primary.get(c.id) ?? (c.independent ? generatedForces(listed, c) : undefined);
    if (forces) listed.forces.set(c.id, forces);
  }
  checkReferences(listed.entities);
  return listed;
}

function addCountries(listed: Listed): CountryRow[] {
  const rows = (readData('countries.json') as { countries: CountryRow[] }).countries;
  for (const c of rows) {
    const entity: KnownEntity = {
      id: c.id,
      name: c.name,
      type: 'COUNTRY',
      aliases: c.aliases,
      countryCode: c.iso2,
      independent: c.independent,
      ...(c.latlng ? { geo: { lat: c.latlng[0], lon: c.latlng[1], countryCode: c.iso2 } } : {}),
    };
    const ref = push(listed, entity);
    for (const text of [c.name, ...c.aliases]) listed.surfaces.push({ ref, text });
    for (const d of c.demonyms) listed.demonyms.set(key(d), c.id);
    for (const cap of [...c.capitals, ...c.seats]) listed.capitals.set(key(cap), c.id);
    for (const cap of c.capitals) listed.capitalCities.push([cap, c.iso2]);
  }
  return rows;
}

interface Row {
  id?: unknown;
  name?: unknown;
  aliases?: unknown;
  countryCode?: unknown;
  stateOf?: unknown;
  partOf?: unknown;
  primary?: unknown;
  lat?: unknown;
  lon?: unknown;
}

function addFile(listed: Listed, file: string, primary: Map<string, KnownEntity>): void {
  const rows = (readData(file) as { entities?: Row[] }).entities;
  if (!Array.isArray(rows)) throw new DataError(`lexicon: data/${file} has no "entities" list`);
  rows.forEach((row, i) => {
    const where = `data/${file} entry ${i}`;
    if (typeof row.id !== 'string' || typeof row.name !== 'string' || !row.name.trim()) {
      throw new DataError(`lexicon: ${where} needs a string id and name`);
    }
    const type = PREFIX[row.id.split(':')[0] ?? ''];
    if (!type || !ENTITY_TYPES.includes(type)) throw new DataError(`lexicon: ${where} ("${row.id}") has an unknown id prefix`);
    const aliases: { text: string; policy?: Policy }[] = [];
    for (const a of Array.isArray(row.aliases) ? (row.aliases as unknown[]) : []) {
      if (typeof a === 'string') aliases.push({ text: a });
      else if (a && typeof a === 'object' && typeof (a as { name?: unknown }).name === 'string') {
        const { name, case: rule } = a as { name: string; case?: string };
        const policy = rule === undefined ? undefined : CASES[rule];
        if (rule !== undefined && policy === undefined) throw new DataError(`lexicon: ${where} alias "${name}" has unknown case "${rule}"`);
        aliases.push(policy === undefined ? { text: name } : { text: name, policy });
      } else throw new DataError(`lexicon: ${where} ("${row.id}") has an alias that is neither a string nor {name, case}`);
    }
    const entity: KnownEntity = { id: row.id, name: row.name, type, aliases: aliases.map((a) => a.text) };
    if (typeof row.countryCode === 'string') entity.countryCode = row.countryCode;
    if (typeof row.stateOf === 'string') entity.stateOf = row.stateOf;
    if (typeof row.partOf === 'string') entity.partOf = row.partOf;
    if (typeof row.lat === 'number' && typeof row.lon === 'number') {
      entity.geo = { lat: row.lat, lon: row.lon, ...(entity.countryCode ? { countryCode: entity.countryCode } : {}) };
    }
    const ref = push(listed, entity);
    const texts = [{ text: row.name }, ...aliases];
    for (const t of texts) {
      listed.surfaces.push({ ...t, ref });
      if (type !== 'PLACE') for (const v of spellingVariants(t.text)) listed.surfaces.push({ ...t, text: v, ref });
    }
    if (row.primary === true && entity.stateOf) {
      if (primary.has(entity.stateOf)) throw new DataError(`lexicon: ${where} is a second primary force for ${entity.stateOf}`);
      primary.set(entity.stateOf, entity);
    }
  });
}

/** "Chadian Armed Forces" for a state nobody listed, so "the Chadian army" always has an entity. */
function generatedForces(listed: Listed, c: CountryRow): KnownEntity {
  const demonym = c.demonyms[0];
  const entity: KnownEntity = {
    id: `organisation:armed-forces-${c.id.slice('country:'.length)}`,
    name: demonym ? `${demonym} Armed Forces` : `Armed Forces of ${c.name}`,
    type: 'ORGANISATION',
    aliases: demonym ? [`Armed Forces of ${c.name}`] : [],
    countryCode: c.iso2,
    stateOf: c.id,
  };
  const ref = push(listed, entity);
  for (const text of [entity.name, ...entity.aliases]) listed.surfaces.push({ ref, text });
  return entity;
}

const seen = new WeakMap<Listed, Set<string>>();

function push(listed: Listed, entity: KnownEntity): number {
  let ids = seen.get(listed);
  if (!ids) seen.set(listed, (ids = new Set()));
  if (ids.has(entity.id)) throw new DataError(`lexicon: duplicate entity id "${entity.id}"`);
  ids.add(entity.id);
  listed.entities.push(entity);
  return listed.entities.length - 1;
}

function checkReferences(entities: readonly KnownEntity[]): void {
  const ids = new Set(entities.map((e) => e.id));
  for (const e of entities) {
    for (const ref of [e.stateOf, e.partOf]) {
      if (ref !== undefined && !ids.has(ref)) throw new DataError(`lexicon: "${e.id}" refers to unknown entity "${ref}"`);
    }
  }
}
