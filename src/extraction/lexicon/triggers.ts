import type { RelationType } from '../../core/types.js';

// The words that signal each relation, as data. CAMEO codes: 070 provide aid,
// 071 economic aid, 072 military aid, 062 cooperate militarily, 192 occupy
// territory, 163 impose embargo/boycott/sanctions, 09x investigate.

export interface TriggerSense {
  type: RelationType;
  cameo: string;
  /** Multiplier on pattern confidence for words that signal the relation less surely. */
  weight?: number;
  /** A word that must follow the object for the verb to count: "declared X a terrorist group". */
  requires?: string;
}

/** Verbs whose subject is the source and object the target ("Iran armed the Houthis"). */
export const ACTIVE_VERBS: Record<string, TriggerSense> = {
  back: { type: 'BACKS', cameo: '070' },
  support: { type: 'BACKS', cameo: '070' },
  sponsor: { type: 'BACKS', cameo: '070' },
  arm: { type: 'BACKS', cameo: '072' },
  equip: { type: 'BACKS', cameo: '072' },
  rearm: { type: 'BACKS', cameo: '072' },
  fund: { type: 'BACKS', cameo: '071' },
  finance: { type: 'BACKS', cameo: '071' },
  bankroll: { type: 'BACKS', cameo: '071' },
  protect: { type: 'BACKS', cameo: '074', weight: 0.8 },
  guard: { type: 'BACKS', cameo: '074', weight: 0.75 },
  shelter: { type: 'BACKS', cameo: '074', weight: 0.8 },
  harbour: { type: 'BACKS', cameo: '074', weight: 0.8 },
  harbor: { type: 'BACKS', cameo: '074', weight: 0.8 },
  train: { type: 'BACKS', cameo: '062', weight: 0.85 },
  assist: { type: 'BACKS', cameo: '070', weight: 0.75 },
  capture: { type: 'CAPTURED', cameo: '192' },
  seize: { type: 'CAPTURED', cameo: '192' },
  take: { type: 'CAPTURED', cameo: '192', weight: 0.9 },
  retake: { type: 'CAPTURED', cameo: '192' },
  overrun: { type: 'CAPTURED', cameo: '192' },
  occupy: { type: 'CAPTURED', cameo: '192' },
  recapture: { type: 'CAPTURED', cameo: '192' },
  regain: { type: 'CAPTURED', cameo: '192', weight: 0.9 },
  reclaim: { type: 'CAPTURED', cameo: '192', weight: 0.9 },
  conquer: { type: 'CAPTURED', cameo: '192' },
  wrest: { type: 'CAPTURED', cameo: '192', weight: 0.9 },
  liberate: { type: 'CAPTURED', cameo: '192', weight: 0.85 },
  // "troops recovered the town of X" (the object must still be a place: not "recovered bodies").
  recover: { type: 'CAPTURED', cameo: '192', weight: 0.85 },
  sanction: { type: 'SANCTIONED', cameo: '163' },
  blacklist: { type: 'SANCTIONED', cameo: '163' },
  designate: { type: 'SANCTIONED', cameo: '163', weight: 0.8 },
  redesignate: { type: 'SANCTIONED', cameo: '163', weight: 0.85 },
  list: { type: 'SANCTIONED', cameo: '163', weight: 0.75 },
  proscribe: { type: 'SANCTIONED', cameo: '163', weight: 0.85 },
  ban: { type: 'SANCTIONED', cameo: '163', weight: 0.8 },
  outlaw: { type: 'SANCTIONED', cameo: '163', weight: 0.8 },
  declare: { type: 'SANCTIONED', cameo: '163', weight: 0.8, requires: 'terrorist' },
  investigate: { type: 'INVESTIGATES', cameo: '090' },
  probe: { type: 'INVESTIGATES', cameo: '090' },
  examine: { type: 'INVESTIGATES', cameo: '090', weight: 0.85 },
};

/**
 * Aid verbs read only in the passive, with their agent: "was supplied with weapons by the UWSA"
 * (active "supplies Germany with gas" is trade; send-aid reads the active with its aid nouns).
 */
export const PASSIVE_AID_VERBS: Record<string, TriggerSense> = {
  supply: { type: 'BACKS', cameo: '072', weight: 0.9 },
  resupply: { type: 'BACKS', cameo: '072', weight: 0.9 },
};

/** Who is sent to investigate: "sent a team to investigate", "send a team to Baruten to look into". */
export const SENT_TEAMS = new Set(['team', 'teams', 'mission', 'investigators', 'experts', 'delegation', 'monitors', 'inspectors', 'commission', 'panel', 'inquiry']);

/** Verb + particle: "look into", "prop up". */
export const PARTICLE_VERBS: Record<string, { particle: string; sense: TriggerSense }> = {
  look: { particle: 'into', sense: { type: 'INVESTIGATES', cameo: '090' } },
  inquire: { particle: 'into', sense: { type: 'INVESTIGATES', cameo: '090' } },
  enquire: { particle: 'into', sense: { type: 'INVESTIGATES', cameo: '090' } },
  prop: { particle: 'up', sense: { type: 'BACKS', cameo: '070' } },
};

/** Verbs of driving an enemy out of a place: "drove the militants out of Mir Ali". */
export const EXPEL_VERBS = new Set(['drive', 'push', 'force', 'chase', 'flush', 'kick', 'rout', 'expel', 'oust', 'dislodge', 'evict']);

/** Verbs of taking control: "took control of Aleppo". */
export const CONTROL_VERBS = new Set(['take', 'seize', 'gain', 'regain', 'retake', 'wrest', 'assume', 'grab', 'establish', 'claim', 'restore', 're-establish', 'reestablish']);

/** Verbs of freezing a party's assets: "froze the assets of X", "blocked all property of X". */
export const FREEZE_VERBS = new Set(['freeze', 'block']);

/** Irregular and doubled forms, form -> lemma. Regular forms are derived. */
export const IRREGULAR_FORMS: Record<string, string> = {
  took: 'take', taken: 'take', taking: 'take', takes: 'take',
  banned: 'ban', banning: 'ban', bans: 'ban', drove: 'drive', driven: 'drive', driving: 'drive', drives: 'drive',
  retook: 'retake', retaken: 'retake', retaking: 'retake',
  flew: 'fly', flown: 'fly', flies: 'fly', flying: 'fly',
  overran: 'overrun', overrunning: 'overrun', overruns: 'overrun',
  has: 'have', had: 'have', having: 'have',
  fell: 'fall', fallen: 'fall', falls: 'fall', falling: 'fall', came: 'come', comes: 'come', coming: 'come', lost: 'lose', losing: 'lose',
  equipped: 'equip', equipping: 'equip', equips: 'equip',
  rearmed: 'rearm',
  froze: 'freeze', frozen: 'freeze', freezing: 'freeze', freezes: 'freeze',
  propped: 'prop', propping: 'prop',
  fought: 'fight', fighting: 'fight', fights: 'fight',
  received: 'receive', receiving: 'receive', receives: 'receive', got: 'get', gets: 'get', getting: 'get',
  won: 'win', wins: 'win', winning: 'win',
  opened: 'open', opens: 'open', opening: 'open', launched: 'launch', launches: 'launch', launching: 'launch',
  began: 'begin', begun: 'begin', begins: 'begin',
  slapped: 'slap', slapping: 'slap', stepped: 'step', stepping: 'step', kept: 'keep', led: 'lead',
  overseen: 'oversee', sought: 'seek', sent: 'send', gave: 'give', given: 'give', sold: 'sell', shipped: 'ship',
  shipping: 'ship', bought: 'buy', buys: 'buy', buying: 'buy', paid: 'pay', pays: 'pay', paying: 'pay',
  trained: 'train', trains: 'train', training: 'train', arranged: 'arrange', procured: 'procure', imported: 'import',
  smuggled: 'smuggle', recruited: 'recruit', raised: 'raise', acquired: 'acquire', sourced: 'source', bankrolled: 'bankroll', bankrolling: 'bankroll',
};

/** "P fell to A", "P fell into the hands of A", "P came under A's control", "lost P to A". */
export const FALL_VERBS = new Set(['fall', 'come', 'lose', 'abandon', 'surrender', 'cede']);

/** "X relies on Y for weapons", "turned to Moscow for military help": the one relied on gives. */
export const RELY_VERBS = new Set(['rely', 'depend', 'count', 'lean', 'turn']);

/** "X receives weapons from Y": the source gives, the subject receives. */
export const RECEIVE_VERBS = new Set(['receive', 'get', 'obtain', 'accept', 'enjoy', 'buy', 'purchase', 'acquire', 'procure']);
/** Of those, verbs of buying: the seller backs the buyer only when what is bought is arms ("bought rifles from X"). */
export const BUY_VERBS = new Set(['buy', 'purchase', 'acquire', 'procure']);
/** What is received, and its CAMEO code. */
export const AID_NOUNS: Record<string, string> = {
  weapons: '072', arms: '072', ammunition: '072', drones: '072', missiles: '072', rockets: '072', equipment: '072',
  training: '062', troops: '062', soldiers: '062', fighters: '062', advisers: '062', advisors: '062', mercenaries: '062',
  cash: '071', money: '071', donations: '071', proceeds: '071', profits: '071', funding: '071', funds: '071', financing: '071', salaries: '071', fuel: '071',
  support: '070', backing: '070', cover: '062', aid: '070', help: '070', assistance: '070', supplies: '070', protection: '074', security: '074',
  aircraft: '072', jets: '072', helicopters: '072', vehicles: '072', tanks: '072', artillery: '072', munitions: '072',
  warplanes: '072', warships: '072', weaponry: '072', materiel: '072', explosives: '072',
  grenades: '072', mortars: '072', bombs: '072', uavs: '072', launchers: '072',
  guns: '072', rifles: '072', shells: '072', components: '072', parts: '072', trucks: '072', boats: '072', radars: '072',
  intelligence: '062', instructions: '062', loans: '071', grants: '071', oil: '071', billion: '071', million: '071',
  millions: '071', billions: '071', dollars: '071', officers: '062', personnel: '062', instructors: '062', trainers: '062',
  operators: '062', forces: '062', units: '062', men: '062',
  haven: '070', sanctuary: '070', refuge: '070', shelter: '070', bases: '062', logistics: '070',
};

/** "fighting alongside M23": the subject backs the one it fights beside. */
export const ALONGSIDE_VERBS = new Set(['fight', 'operate', 'deploy', 'battle', 'serve']);

/** Nouns that name the relation ("the capture of Goma", "EU sanctions against them"). */
export const NOUN_TRIGGERS: Record<string, TriggerSense> = {
  capture: { type: 'CAPTURED', cameo: '192' },
  seizure: { type: 'CAPTURED', cameo: '192' },
  takeover: { type: 'CAPTURED', cameo: '192' },
  occupation: { type: 'CAPTURED', cameo: '192', weight: 0.9 },
  recapture: { type: 'CAPTURED', cameo: '192' },
  regain: { type: 'CAPTURED', cameo: '192', weight: 0.9 },
  conquest: { type: 'CAPTURED', cameo: '192' },
  fall: { type: 'CAPTURED', cameo: '192', weight: 0.9 },
  sanctions: { type: 'SANCTIONED', cameo: '163' },
  sanction: { type: 'SANCTIONED', cameo: '163' },
  embargo: { type: 'SANCTIONED', cameo: '163' },
  freeze: { type: 'SANCTIONED', cameo: '163' },
  freezes: { type: 'SANCTIONED', cameo: '163' },
  ban: { type: 'SANCTIONED', cameo: '163', weight: 0.9 },
  bans: { type: 'SANCTIONED', cameo: '163', weight: 0.9 },
  designation: { type: 'SANCTIONED', cameo: '163', weight: 0.85 },
  designations: { type: 'SANCTIONED', cameo: '163', weight: 0.85 },
  blacklisting: { type: 'SANCTIONED', cameo: '163' },
  proscription: { type: 'SANCTIONED', cameo: '163' },
  penalties: { type: 'SANCTIONED', cameo: '163', weight: 0.85 },
  measures: { type: 'SANCTIONED', cameo: '163', weight: 0.8 },
  restrictions: { type: 'SANCTIONED', cameo: '163', weight: 0.8 },
  investigation: { type: 'INVESTIGATES', cameo: '090' },
  probe: { type: 'INVESTIGATES', cameo: '090' },
  inquiry: { type: 'INVESTIGATES', cameo: '090' },
  enquiry: { type: 'INVESTIGATES', cameo: '090' },
  examination: { type: 'INVESTIGATES', cameo: '090', weight: 0.85 },
  case: { type: 'INVESTIGATES', cameo: '090', weight: 0.85 },
  cases: { type: 'INVESTIGATES', cameo: '090', weight: 0.85 },
  proceedings: { type: 'INVESTIGATES', cameo: '090', weight: 0.85 },
  investigations: { type: 'INVESTIGATES', cameo: '090' },
  probes: { type: 'INVESTIGATES', cameo: '090' },
  inquiries: { type: 'INVESTIGATES', cameo: '090' },
  support: { type: 'BACKS', cameo: '070' },
  backing: { type: 'BACKS', cameo: '070' },
  sponsorship: { type: 'BACKS', cameo: '070' },
  funding: { type: 'BACKS', cameo: '071' },
  financing: { type: 'BACKS', cameo: '071' },
  // Only after a word that makes it arms or money (relations/nominal.ts): "military aid to", not "humanitarian aid to".
  aid: { type: 'BACKS', cameo: '070', weight: 0.9 },
  assistance: { type: 'BACKS', cameo: '070', weight: 0.9 },
  // Only after a word of arms (relations/nominal.ts): "arms deliveries to", "weapons shipments to".
  deliveries: { type: 'BACKS', cameo: '072', weight: 0.9 },
  shipments: { type: 'BACKS', cameo: '072', weight: 0.9 },
  transfers: { type: 'BACKS', cameo: '072', weight: 0.9 },
  sales: { type: 'BACKS', cameo: '072', weight: 0.9 },
};

/** Nouns before a sanctions noun that are part of it ("asset freezes", "travel bans", "arms embargo"). */
export const SANCTION_COMPOUNDS = new Set(['asset', 'assets', 'travel', 'entry', 'arms', 'visa', 'trade', 'oil', 'economic', 'financial', 'targeted', 'new', 'fresh', 'further', 'additional', 'restrictive', 'punitive', 'sweeping', 'tough', 'tougher', 'personal', 'individual']);

/** Verbs that put a sanctions or investigation noun into effect ("imposed sanctions on", "opened a probe into"). */
export const LIGHT_VERBS = new Set([
  'impose', 'announce', 'slap', 'levy', 'extend', 'renew', 'expand', 'adopt', 'approve', 'place', 'introduce',
  'unveil', 'issue', 'order', 'open', 'launch', 'begin', 'start', 'conduct', 'carry', 'lead', 'set', 'establish',
  'initiate', 'widen', 'broaden', 'step', 'tighten', 'toughen', 'agree', 'pass', 'enact', 'maintain', 'keep', 'hit',
  'include', 'involve', 'comprise', 'have', 'claim', 'confirm', 'complete', 'send', 'dispatch', 'deploy', 'resume', 'register', 'reopen',
  'threaten', 'consider', 'weigh', 'mull', 'propose', 'prepare', 'draft', 'plan', 'restore', 'reinstate',
]);

/** Light verbs of an act not yet done: "threatened sanctions against", "is weighing an inquiry into". */
export const PROSPECTIVE_VERBS = new Set(['threaten', 'consider', 'weigh', 'mull', 'propose', 'prepare', 'draft', 'plan']);

/** Participles after a hyphen: "Rwanda-backed", "EU-sanctioned", "Russian-occupied" ("M23-held" and "-controlled" say who holds a place, not that it was taken). */
export const COMPOUND_PARTICIPLES: Record<string, TriggerSense> = {
  backed: { type: 'BACKS', cameo: '070' },
  supported: { type: 'BACKS', cameo: '070' },
  sponsored: { type: 'BACKS', cameo: '070' },
  funded: { type: 'BACKS', cameo: '071' },
  financed: { type: 'BACKS', cameo: '071' },
  armed: { type: 'BACKS', cameo: '072' },
  trained: { type: 'BACKS', cameo: '062' },
  aligned: { type: 'BACKS', cameo: '070', weight: 0.85 },
  sanctioned: { type: 'SANCTIONED', cameo: '163' },
  blacklisted: { type: 'SANCTIONED', cameo: '163' },
  occupied: { type: 'CAPTURED', cameo: '192', weight: 0.85 },
  captured: { type: 'CAPTURED', cameo: '192' },
  seized: { type: 'CAPTURED', cameo: '192' },
};

/** Nouns meaning "a force someone backs": "Hezbollah, Iran's most powerful proxy". */
export const PROXY_NOUNS = new Set(['proxy', 'proxies', 'client', 'surrogate']);

/** Words in an investigation's sentence that choose its CAMEO code. */
export const INVESTIGATION_TOPICS: [RegExp, string][] = [
  [/\b(war crimes?|crimes against humanity|genocide|ethnic cleansing)\b/i, '094'],
  [/\b(human rights|abuses|violations|atrocities|massacres?|killings?|torture|rapes?|sexual violence|executions?|disappearances?)\b/i, '092'],
  [/\b(corruption|fraud|bribery|embezzlement|money laundering|trafficking|smuggling|crimes?|criminal)\b/i, '091'],
];

/** Words after "those who/that" in an investigation object that lead to its target ("abuses by X"). */
export const INVESTIGATION_OBJECT_WORDS = new Set([
  'alleged', 'possible', 'reported', 'suspected', 'war', 'crimes', 'crime', 'abuses', 'abuse', 'violations', 'atrocities',
  'reports', 'allegations', 'accusations', 'claims', 'the', 'a', 'an', 'situation', 'killings', 'massacre', 'massacres',
  'attacks', 'attack', 'conduct', 'role', 'actions', 'activities', 'human', 'rights', 'serious', 'grave', 'widespread',
  'systematic', 'sexual', 'violence', 'deaths', 'death', 'killing', 'crimes', 'against', 'humanity', 'genocide',
  'committed', 'perpetrated', 'carried', 'out', 'by', 'in', 'of', 'that', 'into', 'both', 'events', 'incidents',
  'fighting', 'clashes', 'use', 'shelling', 'bombing', 'strikes', 'strike', 'executions', 'torture', 'disappearances',
  'links', 'ties', 'involvement', 'finances', 'corruption', 'fraud', 'bribery', 'smuggling', 'trafficking', 'possible',
]);

/** Verbs after a capital that make it stand for its government ("Tehran funds", "Moscow keeps"). */
export const GOVERNMENT_VERBS = new Set([
  ...Object.keys(ACTIVE_VERBS), 'say', 'deny', 'accuse', 'send', 'call', 'warn', 'reject', 'insist', 'claim',
  'respond', 'announce', 'condemn', 'keep', 'want', 'refuse', 'agree', 'sign', 'order', 'host', 'demand', 'urge',
  'threaten', 'retaliate', 'recall', 'expel', 'summon', 'blame', 'welcome', 'push', 'offer', 'pledge', 'supply',
  'provide', 'deliver', 'approve', 'impose', 'designate', 'redesignate', 'list', 'ban', 'lift', 'extend', 'press',
]);

/** Verbs that give aid to someone ("sent soldiers to help Russia", "supplied the junta with drones"). */
export const SEND_VERBS = new Set(['send', 'contribute', 'supply', 'deliver', 'provide', 'ship', 'give', 'transfer', 'deploy', 'dispatch', 'sell', 'funnel', 'channel', 'wire', 'move', 'divert', 'remit', 'fly', 'airlift', 'run', 'smuggle', 'pay', 'keep', 'station', 'hand', 'transport', 'ferry', 'facilitate', 'truck']);
/** Send verbs that give only when what moves is money or arms: "moved $20 million to Hamas" (not "moved troops to the border"). */
export const CARRY_VERBS = new Set(['move', 'divert', 'remit', 'fly', 'airlift', 'truck']);
/** Verbs that give to someone "for" them: "trained fighters for the army", "bought trucks for the RSF". */
export const FOR_VERBS = new Set(['train', 'buy', 'purchase', 'procure', 'arrange', 'import', 'smuggle', 'recruit', 'raise', 'pay', 'fund', 'finance', 'source', 'acquire', 'fly', 'airlift', 'launder', 'solicit', 'collect']);
/** Verbs that take the receiver first and the aid after "with". */
export const WITH_VERBS = new Set(['supply', 'provide', 'equip', 'arm', 'furnish']);
/** Verbs after "to" that name the purpose of aid: "to help Russia", "to fight alongside the army". */
export const HELP_VERBS = new Set(['help', 'support', 'defend', 'aid', 'assist', 'back', 'protect', 'prop', 'bolster', 'reinforce', 'shore', 'fight', 'train', 'equip', 'arm', 'strengthen']);
/** "the group's drones came from Dorvan". */
export const ARRIVE_VERBS = new Set(['came', 'come', 'comes', 'coming', 'arrived', 'arrive', 'arrives', 'originated', 'supplied', 'provided', 'delivered', 'flown', 'smuggled', 'shipped', 'sent']);
/** "entered and held the town": entering alone is no capture, nor is holding; both together are. */
export const ENTER_FORMS = new Set(['entered', 'enter', 'enters']);
export const HOLD_FORMS = new Set(['held', 'hold', 'holds', 'occupied', 'secured']);
export const ENTER_AND_HOLD: TriggerSense = { type: 'CAPTURED', cameo: '192', weight: 0.9 };
/** Backers named by their role: "His backers have included ...", "Ukraine's largest donor". */
/** "operates under the protection of Y", "fought with the backing of Y": the one named gives it. */
export const SHELTER_NOUNS = new Set(['protection', 'backing', 'patronage', 'payroll']);
/** Verbs of letting a group use one's land: "letting the rebels rearm on its soil". */
export const LET_FORMS = new Set(['let', 'lets', 'letting', 'allow', 'allows', 'allowed', 'allowing', 'permit', 'permits', 'permitted', 'permitting', ...['help', 'helps', 'helped', 'helping']]);
/** Of those, the verbs of helping: helping a group rearm is backing it wherever it happens. */
export const HELPING_FORMS = new Set(['help', 'helps', 'helped', 'helping']);

export const BACKER_NOUNS = new Set(['backers', 'sponsors', 'patrons', 'backer', 'sponsor', 'patron', 'benefactors', 'benefactor', 'financiers', 'financier', 'funder', 'funders', 'donor', 'donors', 'supplier', 'suppliers', 'source', 'sources', 'protector', 'guarantor', 'supporter', 'supporters', 'facilitator', 'facilitators']);
/** Participles of listing in sanctions texts: "Among those listed are", "Those designated include". */
export const LISTED_WORDS = new Set(['listed', 'designated', 'sanctioned', 'targeted', 'named', 'blacklisted', 'added']);
/** Verbs that add a name to a sanctions list. */
/** Verbs of being on a list: "has been on the U.S. list of foreign terrorist organisations since 2008". */
export const LIST_STATIVES = new Set(['been', 'is', 'are', 'was', 'were', 'remains', 'remained', 'stays', 'stayed']);
/** Adverbs between such a verb and "on": "the group is also on the EU's list". */
export const LIST_ADVERBS = new Set(['also', 'still', 'already', 'now']);
export const ADD_VERBS = new Set(['added', 'add', 'adds', 'adding', 'placed', 'put', 'included', 'kept', 'keeps', 'had']);
/** Verbs whose subject is a sanctions package: "The measures target X". */
export const TARGET_VERBS = new Set(['target', 'targets', 'targeted', 'hit', 'hits', 'include', 'includes', 'included', 'cover', 'covers', 'covered']);

/** "linked to", "affiliated with": ties that fall short of being the group (nor backing, by the guide). */
export const TIES = new Set(['linked', 'tied', 'affiliated', 'aligned', 'allied', 'connected', 'close', 'sympathetic', 'related']);

/** Contests of words or votes: backing a side "in a dispute" or "in the election" is no support of arms or money. */
export const CONTESTS = new Set(['dispute', 'disputes', 'case', 'row', 'bid', 'election', 'elections', 'vote', 'race', 'lawsuit', 'claim', 'complaint', 'argument', 'debate', 'referendum', 'primary', 'contest']);

/** Nouns that back their recipient only when they carry arms: "arms deliveries to", "weapons shipments to". */
export const DELIVERY_NOUNS = new Set(['deliveries', 'shipments', 'transfers', 'sales']);

/** What deliveries, shipments, transfers and sales must carry to back someone. */
export const WEAPON_WORDS = new Set(['arms', 'weapons', 'weapon', 'drone', 'drones', 'missile', 'missiles', 'ammunition', 'military']);

/** Verbs of sending people: "sent a fact-finding mission to", "Burundi sent soldiers to". */
export const SEND_FORMS = new Set(['sent', 'send', 'sends', 'sending', 'dispatched', 'dispatch', 'dispatches', 'deployed', 'deploy', 'deploys']);

/** What one "looks at" when investigating: "looking at the conduct of X" (not "looking at options"). */
export const LOOKED_AT = new Set(['conduct', 'role', 'actions', 'responsibility', 'crimes', 'abuses', 'allegations']);

/** Verbs that take the sanctioned as object and the sanctions after "with". */
export const SANCTION_WITH_VERBS = new Set(['target', 'hit', 'slap', 'punish', 'penalise', 'penalize']);

/** The light verbs a relative clause without a pronoun may carry: "sanctions the EU imposed on X". */
export const IMPOSING = new Set(['impose', 'slap', 'levy', 'place']);

/** Verbs whose "in <country>" names the state that bans. */
export const BAN_VERBS = new Set(['proscribe', 'outlaw', 'ban']);

/** What a sanctions regime is called: "designated under the UK's Myanmar sanctions regime". */
export const REGIME_WORDS = new Set(['regime', 'regimes', 'law', 'laws', 'act', 'legislation', 'list', 'sanctions', 'rules', 'regulations', 'authorities', 'order']);

/** Verbs that put someone under sanctions: "placed X under sanctions". */
export const PLACE_UNDER = new Set(['placed', 'put', 'place', 'puts', 'places', 'placing']);

/** "Japan joined the US in sanctioning X": the joiner acts with the joined. */
export const JOIN_FORMS = new Set(['join', 'joins', 'joined', 'joining']);
