import type { Token } from '../../core/types.js';
import type { EntityDraft, Unit } from '../types.js';
import { LEADING_ROLES, LED_FORMS } from '../lexicon/names.js';

/**
 * The armed body each person leads, as the text says it: "Khalifa Haftar's Libyan National Army",
 * "RSF commander Mohamed Hamdan Dagalo", "Bello Turji, the leader of the X gang". Read once per document.
 */
export function leadersOf(tokens: readonly Token[], units: readonly Unit[], entities: Map<string, EntityDraft>): Map<string, string> {
  const leads = new Map<string, string>();
  const typeOf = (u: Unit | undefined): string | undefined => (u && u.entities.length === 1 ? entities.get(u.entities[0]!)?.type : undefined);
  const startingAt = new Map(units.map((u) => [u.start, u]));
  const endingAt = new Map(units.map((u) => [u.end, u]));
  for (const u of units) {
    if (u.kind !== 'NAME' || typeOf(u) !== 'PERSON') continue;
    const person = u.entities[0]!;
    // "Khalifa Haftar's Libyan National Army".
    const owned = ["'s", '’s'].includes(tokens[u.end]?.lower ?? '') ? startingAt.get(u.end + 1) : undefined;
    // "RSF commander Mohamed Hamdan Dagalo", "the LNA's commander, X".
    let r = u.start - 1;
    if (tokens[r]?.text === ',') r--;
    const role = LEADING_ROLES.has(tokens[r]?.lower ?? '') ? r : -1;
    const before = role >= 0 ? endingAt.get(["'s", '’s'].includes(tokens[role - 1]?.lower ?? '') ? role - 1 : role) : undefined;
    // "Bello Turji, the leader of the X gang".
    const of = tokens[u.end]?.text === ',' && tokens[u.end + 1]?.lower === 'the' && LEADING_ROLES.has(tokens[u.end + 2]?.lower ?? '') && tokens[u.end + 3]?.lower === 'of';
    const after = of ? (startingAt.get(u.end + 4) ?? startingAt.get(u.end + 5)) : undefined;
    // "the SPLM-N (SPLM-N) led by Abdelaziz al-Hilu", "a militia headed by X".
    const led = tokens[u.start - 1]?.lower === 'by' && LED_FORMS.has(tokens[u.start - 2]?.lower ?? '') ? u.start - 2 : -1;
    const leader = led >= 0 ? endingAt.get(tokens[led - 1]?.text === ')' ? led - 1 : led) : undefined;
    const body = [owned, before, after, leader].find((b) => typeOf(b) === 'ARMED_GROUP');
    if (body && !leads.has(person)) leads.set(person, body.entities[0]!);
  }
  return leads;
}

