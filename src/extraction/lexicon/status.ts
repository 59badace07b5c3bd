// Words that change how firmly a sentence states a relation.

export const NEGATIONS = new Set(['not', "n't", 'n’t', 'never', 'no', 'neither', 'nor', 'without']);

/** "failed to capture", "refused to back": the act did not happen. */
export const FAILURE_VERBS = new Set(['fail', 'failed', 'fails', 'failing', 'refuse', 'refused', 'refuses', 'refusing', 'ceased', 'stopped', 'halted', 'ended']);

export const DENIAL_VERBS = new Set([
  'deny', 'denies', 'denied', 'denying', 'reject', 'rejects', 'rejected', 'rejecting', 'dismiss', 'dismisses',
  'dismissed', 'dismissing', 'refute', 'refutes', 'refuted', 'rebuff', 'rebuffed', 'disputes', 'disputed',
]);

/** Words that make what follows in their clause hypothetical: conditions and modals. */
export const HYPOTHETICAL_MARKERS = new Set([
  'if', 'unless', 'whether', 'will', 'would', 'could', 'might', 'may', 'should', 'likely', 'possible', 'potential',
  'expected', 'poised', 'ready', 'prospect', 'possibility', 'would-be', 'risk', 'risks',
]);

/**
 * Verbs of intent and request: hypothetical only when what follows is "to" or "for" their act
 * ("threatened to seize", "asked the ICC to investigate", "called for sanctions"), not
 * "pledged allegiance and seized".
 */
export const INTENT_VERBS = new Set([
  'threaten', 'threatens', 'threatened', 'threatening', 'promise', 'promises', 'promised', 'promising', 'plan', 'plans', 'planned', 'planning', 'vow', 'vows',
  'vowed', 'pledge', 'pledged', 'pledges', 'aim', 'aims', 'aimed', 'aiming', 'seek', 'seeks', 'sought', 'seeking',
  'want', 'wants', 'wanted', 'wanting', 'attempt', 'attempts', 'attempted', 'attempting', 'try', 'tries', 'tried',
  'trying', 'ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging', 'demand', 'demands', 'demanded',
  'demanding', 'request', 'requests', 'requested', 'requesting', 'call', 'calls', 'called', 'calling', 'lobby',
  'lobbied', 'propose', 'proposes', 'proposed', 'consider', 'considers', 'considering', 'considered', 'weigh',
  'weighs', 'weighing', 'mull', 'mulls', 'mulling', 'prepare', 'prepares', 'preparing', 'intend', 'intends',
  'intended', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'warn', 'warns', 'warned', 'appeal', 'appealed',
  'appeals', 'recommend', 'recommended', 'recommends', 'advocate', 'advocated', 'push', 'pushed', 'pushing',
  'encourage', 'encourages', 'encouraged', 'encouraging', 'invite', 'invites', 'invited', 'inviting',
  'pressed', 'pressured', 'pressuring', 'lobbies', 'lobbying', // (not "press", "pressure": nouns as often)
  'implore', 'implored', 'exhort', 'exhorted', 'persuade', 'persuaded', 'nudge', 'nudged', 'prod', 'prodded',
]);

/** Verbs of saying and believing: the statement is attributed to their subject. */
export const ATTRIBUTION_VERBS = new Set([
  'say', 'says', 'said', 'saying', 'claim', 'claims', 'claimed', 'claiming', 'allege', 'alleges', 'alleged',
  'alleging', 'accuse', 'accuses', 'accused', 'accusing', 'describe', 'describes', 'described', 'describing', 'branded', 'labelled', 'labeled', 'estimate', 'estimates', 'estimated', 'believe',
  'believes', 'believed', 'report', 'reports', 'reported', 'assert', 'asserts', 'asserted', 'insist', 'insists',
  'insisted', 'tell', 'told', 'tells', 'announce', 'announced', 'announces', 'state', 'stated', 'states', 'suggest',
  'suggests', 'suggested', 'argue', 'argues', 'argued', 'maintain', 'maintains', 'maintained', 'contend',
  'contends', 'contended', 'charge', 'charges', 'charged', 'boast', 'boasted', 'boasts', 'concluded', 'conclude',
  'concludes', 'found', 'finds', 'documented', 'confirm', 'confirmed', 'confirms', 'acknowledge', 'acknowledged',
  'admitted', 'admits', 'added', 'wrote', 'write', 'writes', 'noted', 'note', 'notes', 'stated', 'tweeted',
  'thought', 'suspected', 'understood', 'rumoured', 'rumored',
]);

/** Announcing one's own act does not make it a claim ("the EU announced sanctions"). */
export const SELF_REPORT_VERBS = new Set(['announce', 'announced', 'announces', 'confirm', 'confirmed', 'confirms']);

/** "according to X", "X-reported": the phrase introduces a claimant. */
export const ACCORDING = ['according', 'to'];

/** Words after which an attribution's claimant noun phrase ends. */
export const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '—', '–', '(', ')', '"', '“', '”', 'but', 'while', 'whereas', 'although', 'though']);

/** Nouns of an accusation that a denial verb governs: "denied accusations by Bamako that it ...". */
export const ACCUSATION_NOUNS = new Set(['accusations', 'accusation', 'allegations', 'claims', 'charges', 'suggestions', 'reports', 'assertions']);

/** Nouns of a statement whose maker is named after "by": "the statement by the EHRC that it ...". */
export const STATEMENT_NOUNS = new Set(['statement', 'announcement', 'claim', 'assertion', 'declaration']);

/** Forms of "be" before a participle: "is suspected of", "was armed by". */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'being']);

/** Nouns that name a claim: ", a claim the army disputes". */
export const CLAIM_NOUNS = new Set(['claim', 'assertion', 'allegation', 'charge', 'accusation']);

/** Nouns of hearsay: "reports that X seized Y". */
export const REPORT_NOUNS = new Set(['reports', 'report', 'claims', 'claim', 'allegations', 'allegation', 'accusations', 'accusation', 'rumours', 'rumors', 'suggestions', 'suggestion']);
