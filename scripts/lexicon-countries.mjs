// Generates src/lexicon/data/countries.json from the world-countries package plus the
// hand-written corrections in src/lexicon/data/country-extras.json.
// Run: node scripts/lexicon-countries.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dataDir = new URL('../src/lexicon/data/', import.meta.url);
const countries = require('world-countries/countries.json');
const extras = JSON.parse(readFileSync(new URL('country-extras.json', dataDir), 'utf8'));
const latin = /^[\p{Script=Latin}\p{P}\p{Zs}\d]+$/u;
const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const usable = (alias, cca2) =>
  alias.length > 2 && alias !== cca2 && latin.test(alias) && !alias.includes(', ') && !/[()]/.test(alias);

const out = [];
for (const c of countries) {
  const x = extras.countries[c.cca3] ?? {};
  const name = x.name ?? c.name.common;
  const remove = new Set((x.removeAliases ?? []).map(fold));
  const aliases = [];
  for (const a of [c.name.common, c.name.official, ...(c.altSpellings ?? []), ...(x.aliases ?? [])]) {
    if (!x.aliases?.includes(a) && !usable(a, c.cca2)) continue;
    if (remove.has(fold(a)) || fold(a) === fold(name)) continue;
    if (!aliases.some((b) => fold(b) === fold(a))) aliases.push(a);
  }
  const removeDem = new Set(x.removeDemonyms ?? []);
  const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(x.demonyms ?? [])])]
    .filter((d) => d && !d.includes(' or ') && !removeDem.has(d));
  const removeCap = new Set(x.removeCapitals ?? []);
  const sovereign = c.independent === true || ['PSE', 'TWN', 'UNK'].includes(c.cca3);
  const capitals = sovereign ? [...(c.capital ?? []), ...(x.capitals ?? [])].filter((k) => !removeCap.has(k)) : [];
  out.push({
    id: `country:${c.cca3}`,
    iso2: c.cca2,
    iso3: c.cca3,
    name,
    aliases,
    demonyms,
    capitals,
    seats: x.seats ?? [],
    independent: c.independent === true,
    latlng: c.latlng,
  });
}

// A demonym shared by several countries goes to the one named in demonymPreference,
// else to the only sovereign one; otherwise it is dropped as ambiguous.
const owners = new Map();
for (const c of out) for (const d of c.demonyms) owners.set(d, [...(owners.get(d) ?? []), c]);
for (const [d, list] of owners) {
  if (list.length < 2) continue;
  const preferred = extras.demonymPreference[d] ?? (list.filter((c) => c.independent).length === 1 ? list.find((c) => c.independent).iso3 : undefined);
  for (const c of list) if (c.iso3 !== preferred) c.demonyms = c.demonyms.filter((x) => x !== d);
}
out.sort((a, b) => a.iso3.localeCompare(b.iso3));
const target = new URL('countries.json', dataDir);
writeFileSync(target, `${JSON.stringify({ source: 'world-countries (ODbL) + country-extras.json', countries: out }, null, 1)}\n`);
console.log(`wrote ${out.length} countries to ${target.pathname}`);
