import { IRREGULAR_FORMS } from '../lexicon/triggers.js';

/**
 * The lemma of an inflected verb form, if it is one of `known`:
 * "seized" -> "seize", "financing" -> "finance", "occupied" -> "occupy",
 * irregular forms from the lexicon ("took" -> "take").
 */
export function verbLemma(lower: string, known: ReadonlySet<string> | Record<string, unknown>): string | undefined {
  const has = (w: string): boolean => (known instanceof Set ? known.has(w) : Object.hasOwn(known, w));
  const irregular = IRREGULAR_FORMS[lower];
  if (irregular) return has(irregular) ? irregular : undefined;
  if (has(lower)) return lower;
  for (const candidate of regularLemmas(lower)) if (has(candidate)) return candidate;
  return undefined;
}

function regularLemmas(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ies') || w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  // Doubled final consonant: "blacklisted" is regular, "equipped" is listed as irregular.
  return out;
}

/** A past participle or -ing form rather than a base or finite present form. */
export function isParticiple(lower: string): boolean {
  return lower.endsWith('ed') || lower.endsWith('en') || lower === 'overrun' || lower === 'taken' || lower === 'retaken';
}
