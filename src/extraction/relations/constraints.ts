import type { EntityType, RelationType } from '../../core/types.js';
import type { EntityDraft } from '../types.js';

const ACTORS: EntityType[] = ['COUNTRY', 'ORGANISATION', 'ARMED_GROUP', 'PERSON'];

/** Which entity types each end of a relation may have. */
export const ARGUMENT_TYPES: Record<RelationType, { source: EntityType[]; target: EntityType[] }> = {
  BACKS: { source: ACTORS, target: ACTORS },
  // People "take" places in sport and business; in war, their forces do, and those are named.
  CAPTURED: { source: ['ARMED_GROUP', 'COUNTRY', 'ORGANISATION'], target: ['PLACE'] },
  SANCTIONED: { source: ['COUNTRY', 'ORGANISATION'], target: ACTORS },
  INVESTIGATES: { source: ['ORGANISATION', 'COUNTRY'], target: [...ACTORS, 'PLACE'] },
};

const COURT_WORDS = /\b(?:court|tribunal)\b/i;

const FORCE_WORDS = /\b(army|forces?|military|police|guard|troops|navy|militia|gendarmerie|defen[cs]e)\b/i;

/**
 * A relation is kept only when its ends have types it allows; only armed organisations capture
 * places, and people only through forces the text gives them (`armed`).
 */
export function argumentsFit(type: RelationType, source: EntityDraft, target: EntityDraft, armed = false): boolean {
  if (source.id === target.id) return false;
  const allowed = ARGUMENT_TYPES[type];
  // "Forces loyal to Omar Dalan seized Ketavi", "Haftar's fighters took": the person's forces.
  if (type === 'CAPTURED' && source.type === 'PERSON') return armed && allowed.target.includes(target.type);
  if (!allowed.source.includes(source.type) || !allowed.target.includes(target.type)) return false;
  // "GNA forces seized al-Watiya": a body's forces named as such fight for it.
  if (type === 'CAPTURED' && source.type === 'ORGANISATION') return armed || source.known?.stateOf !== undefined || FORCE_WORDS.test(source.name);
  // A state does not back its own armed forces, nor they their state: that is one actor.
  if (type === 'BACKS' && (target.known?.stateOf === source.id || source.known?.stateOf === target.id)) return false;
  // "its full support for the International Criminal Court": a court is upheld, not armed or funded as a side.
  if (type === 'BACKS' && target.type === 'ORGANISATION' && COURT_WORDS.test(target.name)) return false;
  return true;
}
