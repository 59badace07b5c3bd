import type { EntityType, RelationStatus, RelationType } from '../core/types.js';

// Colours come from the Okabe-Ito palette (Okabe & Ito, "Color Universal Design", 2008),
// chosen because its eight colours stay distinguishable under the common forms of colour
// blindness (protanopia, deuteranopia, tritanopia). Yellow (#F0E442) is left out: it
// disappears on the white backgrounds most tools use. Changing a colour is a data change here.

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export const ENTITY_COLOURS: Readonly<Record<EntityType, string>> = {
  PERSON: OKABE_ITO.reddishPurple,
  ARMED_GROUP: OKABE_ITO.vermillion,
  ORGANISATION: OKABE_ITO.blue,
  COUNTRY: OKABE_ITO.bluishGreen,
  PLACE: OKABE_ITO.skyBlue,
};

export const RELATION_COLOURS: Readonly<Record<RelationType, string>> = {
  BACKS: OKABE_ITO.orange,
  CAPTURED: OKABE_ITO.vermillion,
  SANCTIONED: OKABE_ITO.blue,
  INVESTIGATES: OKABE_ITO.bluishGreen,
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';

/** How sure the relation is shows as line style and opacity: only ASSERTED is drawn solid and opaque. */
export const STATUS_STYLES: Readonly<Record<RelationStatus, { lineStyle: LineStyle; alpha: number }>> = {
  ASSERTED: { lineStyle: 'solid', alpha: 1 },
  CLAIMED: { lineStyle: 'dashed', alpha: 0.6 },
  DENIED: { lineStyle: 'dotted', alpha: 0.4 },
  NEGATED: { lineStyle: 'dotted', alpha: 0.3 },
  HYPOTHETICAL: { lineStyle: 'dashed', alpha: 0.3 },
};
