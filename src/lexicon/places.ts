import { DataError } from '../core/errors.js';
import { readData, readPackageJson } from './files.js';
import type { KnownEntity } from './types.js';

// GeoNames places kept column by column (135,000 cities, 3,900 provinces, 47,000 districts):
// KnownEntity objects are only made for the places a look-up returns.

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

/** Provinces and districts rank below a city of the same population: news means the city. */
const ADMIN_WEIGHT = 0.3;

export class PlaceStore {
  readonly size: number;
  private readonly cities: CityColumns;
  private readonly admin1: Admin1Row[];
  private readonly admin2: { code: string; name: string }[];
  private readonly admin2Geo: Record<string, [number, number, number]>;
  /** Population of each district, by index (read once from admin2Geo: faster than by code). */
  private readonly admin2Pop: Float64Array;
  private readonly made = new Map<number, KnownEntity>();

  constructor() {
    this.cities = readData('cities.json') as CityColumns;
    this.admin1 = (readData('admin1.json') as { regions: Admin1Row[] }).regions;
    // District names come straight from the package (see README: not copied into the repository).
    this.admin2 = readPackageJson('cities.json/admin2.json') as { code: string; name: string }[];
    this.admin2Geo = (readData('admin2-geo.json') as { geo: Record<string, [number, number, number]> }).geo;
    if (!Array.isArray(this.cities.id) || !Array.isArray(this.admin1) || !Array.isArray(this.admin2)) {
      throw new DataError('lexicon: place tables are malformed; run node scripts/lexicon-places.mjs');
    }
    this.size = this.cities.id.length + this.admin1.length + this.admin2.length;
    this.admin2Pop = new Float64Array(this.admin2.length);
    this.admin2.forEach((a, k) => {
      this.admin2Pop[k] = this.admin2Geo[a.code]?.[2] ?? 0;
    });
  }

  kind(i: number): Kind {
    const c = this.cities.id.length;
    return i < c ? 'city' : i < c + this.admin1.length ? 'admin1' : 'admin2';
  }

  name(i: number): string {
    const c = this.cities.id.length;
    if (i < c) return this.cities.name[i]!;
    if (i < c + this.admin1.length) return this.admin1[i - c]!.name;
    return this.admin2[i - c - this.admin1.length]!.name;
  }

  /** The name in plain letters when the tables have it folded already (cheaper to index). */
  folded(i: number): string {
    return (i < this.cities.id.length && this.cities.fold[i]) || this.name(i);
  }

  countryCode(i: number): string {
    const c = this.cities.id.length;
    if (i < c) return this.cities.cc[i]!;
    if (i < c + this.admin1.length) return this.admin1[i - c]!.code.slice(0, 2);
    return this.admin2[i - c - this.admin1.length]!.code.slice(0, 2);
  }

  population(i: number): number {
    const c = this.cities.id.length;
    if (i < c) return this.cities.pop[i]!;
    if (i < c + this.admin1.length) return this.admin1[i - c]!.pop;
    return this.admin2Pop[i - c - this.admin1.length]!;
  }

  /** Ordering among places with the same name: population, provinces and districts discounted. */
  score(i: number): number {
    const pop = this.population(i);
    return this.kind(i) === 'city' ? pop : pop * ADMIN_WEIGHT;
  }

  id(i: number): string {
    const c = this.cities.id.length;
    if (i < c) return `place:${this.cities.id[i]}`;
    if (i < c + this.admin1.length) return `place:admin1:${this.admin1[i - c]!.code}`;
    return `place:admin2:${this.admin2[i - c - this.admin1.length]!.code}`;
  }

  /** The place's KnownEntity, made on first use and shared (frozen) afterwards. */
  entity(i: number, aliases: (i: number) => string[]): KnownEntity {
    let e = this.made.get(i);
    if (e) return e;
    const kind = this.kind(i);
    const c = this.cities.id.length;
    let geo: KnownEntity['geo'];
    let countryCode: string;
    if (kind === 'city') {
      countryCode = this.cities.cc[i]!;
      geo = { lat: this.cities.lat[i]!, lon: this.cities.lon[i]!, geonamesId: this.cities.id[i]!, countryCode };
    } else if (kind === 'admin1') {
      const row = this.admin1[i - c]!;
      countryCode = row.code.slice(0, 2);
      if (row.lat !== undefined && row.lon !== undefined) geo = { lat: row.lat, lon: row.lon, countryCode };
    } else {
      const row = this.admin2[i - c - this.admin1.length]!;
      countryCode = row.code.slice(0, 2);
      const g = this.admin2Geo[row.code];
      if (g) geo = { lat: g[0], lon: g[1], countryCode };
    }
    e = Object.freeze({
      id: this.id(i),
      name: this.name(i),
      type: 'PLACE' as const,
      aliases: aliases(i),
      countryCode,
      population: this.population(i),
      placeKind: kind,
      ...(geo ? { geo } : {}),
    });
    this.made.set(i, e);
    return e;
  }

  /** Index of a place id, or -1. Cities are sorted by GeoNames id: a binary search. */
  find(id: string): number {
    const city = /^place:(\d+)$/.exec(id);
    if (city) {
      const want = Number(city[1]);
      let lo = 0;
      let hi = this.cities.id.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const got = this.cities.id[mid]!;
        if (got === want) return mid;
        if (got < want) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    }
    const c = this.cities.id.length;
    if (id.startsWith('place:admin1:')) {
      const k = this.admin1.findIndex((a) => a.code === id.slice(13));
      return k < 0 ? -1 : c + k;
    }
    if (id.startsWith('place:admin2:')) {
      const k = this.admin2.findIndex((a) => a.code === id.slice(13));
      return k < 0 ? -1 : c + this.admin1.length + k;
    }
    return -1;
  }
}
