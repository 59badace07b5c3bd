import { IRREGULAR_FORMS } from './lexicon/triggers.js';

type Known = ReadonlySet<string> | Record<string, unknown>;

// form -> lemma tables, one per word list, built on first use: look-ups run on every token.
const tables = new WeakMap<object, Map<string, string>>();

/**
 * The lemma of an inflected verb form, if it is one of `known`:
 * "seized" -> "seize", "financing" -> "finance", "occupied" -> "occupy",
 * irregular forms from the lexicon ("took" -> "take").
 */
export function verbLemma(lower: string, known: Known): string | undefined {
  let table = tables.get(known);
  if (!table) {
    table = buildTable(known);
    tables.set(known, table);
  }
  // ("re-designated", "re-imposed": the verb again.)
  return table.get(lower) ?? (lower.startsWith('re-') ? table.get(lower.slice(3)) : undefined);
}

function buildTable(known: Known): Map<string, string> {
  const lemmas = known instanceof Set ? [...known] : Object.keys(known);
  const table = new Map<string, string>();
  for (const lemma of lemmas) for (const form of regularForms(lemma)) if (!table.has(form)) table.set(form, lemma);
  for (const [form, lemma] of Object.entries(IRREGULAR_FORMS)) {
    if (lemmas.includes(lemma)) table.set(form, lemma);
    else table.delete(form);
  }
  return table;
}

/** back -> backs, backed, backing; seize -> seizes, seized, seizing; occupy -> occupies, occupied, occupying; funnel -> funnelled. */
export function regularForms(lemma: string): string[] {
  const forms = [lemma];
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    forms.push(`${stem}ies`, `${stem}ied`, `${lemma}ing`);
  } else if (lemma.endsWith('e')) {
    forms.push(`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`);
  } else if (/(s|x|z|ch|sh)$/.test(lemma)) {
    forms.push(`${lemma}es`, `${lemma}ed`, `${lemma}ing`);
  } else {
    forms.push(`${lemma}s`, `${lemma}ed`, `${lemma}ing`);
    // A final consonant after one vowel doubles: funnelled, channelling (British), transferred,
    // shipped, remitted. (Where English does not double, "offerred", the extra form never occurs.)
    if (/[^aeiou][aeiou][^aeiouwxy]$/.test(lemma)) {
      const last = lemma[lemma.length - 1];
      forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
    }
  }
  return forms;
}

/** A past participle rather than a base or finite present form. */
export function isParticiple(lower: string): boolean {
  return lower.endsWith('ed') || lower.endsWith('en') || lower === 'overrun' || lower === 'taken' || lower === 'retaken';
}
