// Words that change how firmly a sentence states a relation.

export const NEGATIONS = new Set(['not', "n't", 'n’t', 'never', 'no', 'neither', 'nor', 'without']);

/** "failed to capture", "refused to back": the act did not happen. */
export const FAILURE_VERBS = new Set(['fail', 'failed', 'fails', 'failing', 'refuse', 'refused', 'refuses', 'refusing', 'ceased', 'stopped', 'halted', 'ended']);

export const DENIAL_VERBS = new Set([
  'deny', 'denies', 'denied', 'denying', 'reject', 'rejects', 'rejected', 'rejecting', 'dismiss', 'dismisses',
  'dismissed', 'dismissing', 'refute', 'refutes', 'refuted', 'rebuff', 'rebuffed', 'disputes', 'disputed',
]);

/** Words that make what follows in their clause hypothetical or a request. */
export const HYPOTHETICAL_MARKERS = new Set([
  'if', 'unless', 'whether', 'would', 'could', 'might', 'may', 'should', 'threaten', 'threatens', 'threatened',
  'threatening', 'plan', 'plans', 'planned', 'planning', 'vow', 'vows', 'vowed', 'pledge', 'pledged', 'pledges',
  'aim', 'aims', 'aimed', 'seek', 'seeks', 'sought', 'want', 'wants', 'wanted', 'attempt', 'attempts',
  'attempted', 'try', 'tries', 'tried', 'ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging',
  'demand', 'demands', 'demanded', 'demanding', 'request', 'requests', 'requested', 'requesting', 'call', 'calls',
  'called', 'calling', 'lobby', 'lobbied', 'propose', 'proposes', 'proposed',
  'consider', 'considers', 'considering', 'considered', 'weigh', 'weighs', 'weighing', 'mull', 'mulls', 'mulling',
  'prepare', 'prepares', 'preparing', 'intend', 'intends', 'intended', 'hope', 'hopes', 'hoped', 'fear', 'fears',
  'feared', 'warn', 'warns', 'warned', 'expected', 'likely', 'possible', 'potential', 'risk', 'risks', 'poised',
  'ready', 'calls', 'appeal', 'appealed', 'appeals', 'recommend', 'recommended', 'recommends', 'advocate',
  'advocated', 'would-be', 'prospect', 'possibility', 'seeking', 'aiming', 'wanting', 'trying', 'attempting',
]);

/** Verbs of saying and believing: the statement is attributed to their subject. */
export const ATTRIBUTION_VERBS = new Set([
  'say', 'says', 'said', 'saying', 'claim', 'claims', 'claimed', 'claiming', 'allege', 'alleges', 'alleged',
  'alleging', 'accuse', 'accuses', 'accused', 'accusing', 'estimate', 'estimates', 'estimated', 'believe',
  'believes', 'believed', 'report', 'reports', 'reported', 'assert', 'asserts', 'asserted', 'insist', 'insists',
  'insisted', 'tell', 'told', 'tells', 'announce', 'announced', 'announces', 'state', 'stated', 'states', 'suggest',
  'suggests', 'suggested', 'argue', 'argues', 'argued', 'maintain', 'maintains', 'maintained', 'contend',
  'contends', 'contended', 'charge', 'charges', 'charged', 'boast', 'boasted', 'boasts', 'concluded', 'conclude',
  'concludes', 'found', 'finds', 'documented', 'confirm', 'confirmed', 'confirms', 'acknowledge', 'acknowledged',
  'admitted', 'admits', 'added', 'wrote', 'write', 'writes', 'noted', 'note', 'notes', 'stated', 'tweeted',
]);

/** Announcing one's own act does not make it a claim ("the EU announced sanctions"). */
export const SELF_REPORT_VERBS = new Set(['announce', 'announced', 'announces', 'confirm', 'confirmed', 'confirms']);

/** "according to X", "X-reported": the phrase introduces a claimant. */
export const ACCORDING = ['according', 'to'];

/** Words after which an attribution's claimant noun phrase ends. */
export const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '—', '–', '(', ')', '"', '“', '”', 'but', 'while', 'whereas', 'although', 'though']);
