// A small synthetic news corpus for bulk-ingest tests: conflict-style
// sentences from templates, so the real extractor finds entities and
// relations in every document. (Benchmarks read ../shared/corpora; tests
// keep their own text.)

const GROUPS = ['the Sahel Liberation Front', 'the Eastern Patriotic Army', 'the Azawad Movement', 'the Rapid Support Forces', 'the Tigray Defence Forces'];
const COUNTRIES = ['Rwanda', 'Uganda', 'Sudan', 'Chad', 'Mali', 'Niger', 'Ethiopia', 'Eritrea'];
const PLACES = ['Gao', 'Timbuktu', 'Kidal', 'Mopti', 'El Fasher', 'Nyala', 'Mekelle', 'Gondar'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

export interface CorpusDoc {
  id: string;
  title: string;
  text: string;
}

/** Document `i` of the corpus: two or three sentences, the same every time. */
export function corpusDoc(i: number): CorpusDoc {
  const group = pick(GROUPS, i);
  const country = pick(COUNTRIES, i * 3 + 1);
  const place = pick(PLACES, i * 5 + 2);
  const day = pick(DAYS, i);
  const sentences = [
    `${cap(group)} captured ${place} on ${day}, residents said.`,
    i % 2 === 0 ? `${country} backs ${group}, according to a United Nations report.` : `The European Union sanctioned ${group} over the attack on ${place}.`,
  ];
  if (i % 3 === 0) sentences.push(`The International Criminal Court is investigating ${group} over killings near ${pick(PLACES, i + 3)}.`);
  return { id: `story-${i}`, title: `${cap(group)} take ${place} (report ${i})`, text: sentences.join(' ') };
}

export function corpus(n: number, from = 0): CorpusDoc[] {
  return Array.from({ length: n }, (_, k) => corpusDoc(from + k));
}

export function toJsonl(docs: readonly object[]): string {
  return docs.map((d) => `${JSON.stringify(d)}\n`).join('');
}

function cap(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}
