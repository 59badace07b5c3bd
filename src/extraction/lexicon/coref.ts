import type { EntityType } from '../../core/types.js';

/**
 * Definite descriptions and what they may refer to: the types allowed, and
 * optionally a word the referent's name must contain ("the council").
 * `forces` means a state's armed forces (an organisation with a state).
 */
export interface NominalSense {
  types: EntityType[];
  nameHas?: string;
  forces?: boolean;
  title?: string;
  /** "the capital": the capital city of the country in focus. */
  capital?: boolean;
  /** "the government", "the junta": the country the text has named most. */
  focus?: boolean;
  /** "the town": a settlement, not a province or region. */
  settlement?: boolean;
  /** "the company": a body the gazetteer does not list (not a ministry or UN agency). */
  unlisted?: boolean;
  /** Only with a modifier: "the paramilitary force" is a group, "the force" may be any force. */
  modified?: boolean;
  /** The sense without a modifier, if any: "the force" is a named force with "Force" in its name. */
  bare?: NominalSense;
}

export const NOMINAL_HEADS: Record<string, NominalSense> = {
  rebels: { types: ['ARMED_GROUP'] },
  insurgents: { types: ['ARMED_GROUP'] },
  militants: { types: ['ARMED_GROUP'] },
  jihadists: { types: ['ARMED_GROUP'] },
  guerrillas: { types: ['ARMED_GROUP'] },
  fighters: { types: ['ARMED_GROUP'] },
  militia: { types: ['ARMED_GROUP'] },
  militiamen: { types: ['ARMED_GROUP'] },
  paramilitaries: { types: ['ARMED_GROUP'] },
  group: { types: ['ARMED_GROUP', 'ORGANISATION'] },
  coalition: { types: ['ARMED_GROUP', 'ORGANISATION'] },
  alliance: { types: ['ARMED_GROUP', 'ORGANISATION'] },
  movement: { types: ['ARMED_GROUP'] },
  affiliate: { types: ['ARMED_GROUP'] },
  offshoot: { types: ['ARMED_GROUP'] },
  franchise: { types: ['ARMED_GROUP'] },
  corps: { types: ['ARMED_GROUP', 'ORGANISATION'], nameHas: 'corps' },
  brotherhood: { types: ['ARMED_GROUP', 'ORGANISATION'], nameHas: 'brotherhood' },
  mercenaries: { types: ['ARMED_GROUP'] },
  force: { types: ['ARMED_GROUP'], modified: true, bare: { types: ['ORGANISATION', 'ARMED_GROUP'], nameHas: 'force' } },
  outfit: { types: ['ARMED_GROUP', 'ORGANISATION'] },
  faction: { types: ['ARMED_GROUP'] },
  // "the front overran the airstrip": a group with "Front" in its name (not "on the front", coref/index.ts).
  front: { types: ['ARMED_GROUP', 'ORGANISATION'], nameHas: 'front' },
  brigade: { types: ['ARMED_GROUP'], nameHas: 'brigade' },
  gang: { types: ['ARMED_GROUP'] },
  gangs: { types: ['ARMED_GROUP'] },
  cartel: { types: ['ARMED_GROUP'] },
  army: { types: ['ORGANISATION'], forces: true },
  military: { types: ['ORGANISATION'], forces: true },
  junta: { types: ['COUNTRY'], focus: true },
  bloc: { types: ['ORGANISATION'] },
  council: { types: ['ORGANISATION'], nameHas: 'council' },
  court: { types: ['ORGANISATION'], nameHas: 'court' },
  tribunal: { types: ['ORGANISATION'], nameHas: 'tribunal' },
  commission: { types: ['ORGANISATION'], nameHas: 'commission' },
  mission: { types: ['ORGANISATION'], nameHas: 'mission' },
  police: { types: ['ORGANISATION'], nameHas: 'police' },
  gendarmerie: { types: ['ORGANISATION'], nameHas: 'gendarmerie' },
  committee: { types: ['ORGANISATION'], nameHas: 'committee' },
  department: { types: ['ORGANISATION'], nameHas: 'department' },
  ministry: { types: ['ORGANISATION'], nameHas: 'ministry' },
  panel: { types: ['ORGANISATION'], nameHas: 'panel' },
  office: { types: ['ORGANISATION'], nameHas: 'office' },
  agency: { types: ['ORGANISATION'] },
  company: { types: ['ORGANISATION'], unlisted: true },
  firm: { types: ['ORGANISATION'], unlisted: true },
  miner: { types: ['ORGANISATION'] },
  charity: { types: ['ORGANISATION'] },
  // "the Pakistan-based terrorist organisation": with a modifier, an armed group too.
  organisation: { types: ['ORGANISATION', 'ARMED_GROUP'], modified: true, bare: { types: ['ORGANISATION'] } },
  organization: { types: ['ORGANISATION', 'ARMED_GROUP'], modified: true, bare: { types: ['ORGANISATION'] } },
  country: { types: ['COUNTRY'] },
  nation: { types: ['COUNTRY'] },
  government: { types: ['COUNTRY'], focus: true },
  regime: { types: ['COUNTRY'] },
  kingdom: { types: ['COUNTRY'] },
  republic: { types: ['COUNTRY'] },
  capital: { types: ['PLACE'], capital: true },
  town: { types: ['PLACE'], settlement: true },
  city: { types: ['PLACE'], settlement: true },
  village: { types: ['PLACE'], settlement: true },
  settlement: { types: ['PLACE'], settlement: true },
  hamlet: { types: ['PLACE'], settlement: true },
  port: { types: ['PLACE'], settlement: true },
  district: { types: ['PLACE'] },
  province: { types: ['PLACE'] },
  region: { types: ['PLACE'] },
  palace: { types: ['PLACE'], nameHas: 'palace' },
  airport: { types: ['PLACE'], nameHas: 'airport' },
  camp: { types: ['PLACE'], nameHas: 'camp' },
  mine: { types: ['PLACE'], nameHas: 'mine' },
  refinery: { types: ['PLACE', 'ORGANISATION'], nameHas: 'refinery' },
  // Sites taken and retaken by name: "Tocorón prison ... troops retook the prison".
  prison: { types: ['PLACE'], nameHas: 'prison' },
  penitentiary: { types: ['PLACE'], nameHas: 'penitentiary' },
  monastery: { types: ['PLACE'], nameHas: 'monastery' },
  base: { types: ['PLACE'], nameHas: 'base' },
  hospital: { types: ['PLACE'], nameHas: 'hospital' },
  president: { types: ['PERSON'], title: 'president' },
  minister: { types: ['PERSON'], title: 'minister' },
  commander: { types: ['PERSON'], title: 'commander' },
  leader: { types: ['PERSON'] },
  general: { types: ['PERSON'], title: 'general' },
};

/** Adjectives allowed between "the" and the head noun ("the insurgent coalition", "the rebel group"). */
export const NOMINAL_MODIFIERS = new Set([
  'insurgent', 'rebel', 'armed', 'militant', 'federal', 'jihadist', 'islamist', 'paramilitary', 'separatist', 'powerful',
  'main', 'largest', 'biggest', 'regional', 'international', 'military', 'mining', 'national', 'ruling', 'same',
  'former', 'new', 'local', 'global', 'european', 'african', 'western', 'eastern', 'notorious', 'feared', 'strategic',
  'key', 'besieged', 'embattled', 'border', 'eastern', 'northern', 'southern', 'central', 'small', 'big',
  'mercenary', 'terrorist', 'extremist', 'criminal', 'sunni', 'shia', 'shiite', "shi'ite", 'shi’ite', 'secessionist', 'outlawed', 'banned',
]);

export interface PronounSense {
  types: EntityType[];
  plural: boolean;
}

export const PRONOUNS: Record<string, PronounSense> = {
  they: { types: ['ARMED_GROUP', 'ORGANISATION', 'COUNTRY'], plural: true },
  them: { types: ['ARMED_GROUP', 'ORGANISATION', 'COUNTRY'], plural: true },
  their: { types: ['ARMED_GROUP', 'ORGANISATION', 'COUNTRY'], plural: true },
  it: { types: ['ARMED_GROUP', 'ORGANISATION', 'COUNTRY'], plural: false },
  its: { types: ['ARMED_GROUP', 'ORGANISATION', 'COUNTRY'], plural: false },
  he: { types: ['PERSON'], plural: false },
  him: { types: ['PERSON'], plural: false },
  his: { types: ['PERSON'], plural: false },
  she: { types: ['PERSON'], plural: false },
  her: { types: ['PERSON'], plural: false },
};

/** Phrases for the two warring parties of a conflict. */
export const BOTH_SIDES = [
  ['both', 'sides'],
  ['both', 'parties'],
  ['the', 'two', 'sides'],
  ['the', 'warring', 'parties'],
  ['both', 'warring', 'parties'],
  ['the', 'warring', 'sides'],
  ['both', 'warring', 'sides'],
  ['either', 'side'],
  ['both', 'camps'],
];

/** "both groups": the two armed groups named most recently. */
export const BOTH_GROUPS = [
  ['both', 'groups'],
  ['the', 'two', 'groups'],
  ['both', 'movements'],
  ['both', 'militias'],
  ['the', 'two', 'militias'],
  ['both', 'gangs'],
  ['the', 'two', 'gangs'],
  ['both', 'cartels'],
  ['the', 'two', 'cartels'],
  ['both', 'factions'],
  ['the', 'two', 'factions'],
  ['both', 'organisations'],
  ['both', 'organizations'],
  ['both', 'companies'],
  ['the', 'two', 'companies'],
  ['both', 'firms'],
  ['the', 'two', 'firms'],
  ['both', 'entities'],
  ['the', 'two', 'entities'],
  ['both', 'of', 'those', 'groups'],
  ['both', 'of', 'these', 'groups'],
];

/** "both men": the two people named most recently. */
export const BOTH_PEOPLE = [
  ['both', 'men'],
  ['the', 'two', 'men'],
  ['both', 'women'],
  ['the', 'two', 'women'],
  ['both', 'individuals'],
  ['the', 'two', 'individuals'],
  ['both', 'officers'],
  ['the', 'two', 'officers'],
  ['both', 'commanders'],
  ['the', 'two', 'commanders'],
];

/** How many sentences back a description or pronoun may look for its referent. */
export const COREF_WINDOW = 4;

/** People named by their role, whose "their" is theirs: "officials", "commanders" ("M23 commanders" are the group's). */
export const PEOPLE_NOUNS = new Set(['officials', 'officers', 'commanders', 'leaders', 'members', 'soldiers', 'fighters', 'troops', 'militants', 'rebels', 'ministers', 'generals', 'executives', 'financiers', 'diplomats', 'lawmakers', 'businessmen', 'individuals']);

/** Soldiers named by no one: "troops retook it". */
export const BARE_TROOPS = new Set(['troops', 'soldiers']);

/** Words after which bare troops open a clause as its subject: "before troops retook", "said soldiers had". */
export const CLAUSE_LINKS = new Set(['that', 'said', 'says', 'before', 'after', 'when', 'until', 'while', 'since', 'as', 'and', 'but']);

/** Descriptions that only an armed group answers to. */
export const GROUP_DESCRIPTIONS = new Set(['militia', 'rebels', 'insurgents', 'guerrillas', 'jihadists', 'militants']);
