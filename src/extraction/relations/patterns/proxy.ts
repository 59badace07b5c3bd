import { PROXY_NOUNS } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { tok, unitAt, unitFrom, type SentenceView } from '../view.js';
import type { Unit } from '../../types.js';
import type { Token } from '../../../core/types.js';
import { timeBefore } from '../time.js';

const NAMING_VERBS = new Set([
  'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'label', 'labels', 'labelled',
  'labeled', 'labelling', 'brand', 'brands', 'branded', 'branding', 'consider', 'considers', 'considered', 'regard', 'regards', 'regarded', 'see', 'sees',
]);

/** "Hezbollah, Iran's most powerful proxy", "X, a proxy of Y", "Iran's proxy Hezbollah". */
export const proxy: Pattern = {
  name: 'proxy',
  match(view, i) {
    const noun = tok(view, i);
    if (!noun || !PROXY_NOUNS.has(noun.lower)) return undefined;
    let sponsor;
    let client;
    let claimedBy: [number, number] | undefined;
    let hedged = false;
    if (tok(view, i + 1)?.lower === 'of' || tok(view, i + 1)?.lower === 'for') {
      sponsor = unitFrom(view, i + 2, 2);
      let k = i - 1;
      while (tok(view, k) && ['a', 'an', 'the'].includes(tok(view, k)!.lower) || tok(view, k)?.pos === 'ADJ') k--;
      const copula = subjectOfCopula(view, k);
      if (tok(view, k)?.text === ',') client = unitAt(view, k - 1);
      else if (copula) {
        // "X is a proxy of Y", "X is widely seen as a proxy for Y" (a view: claimed).
        client = copula.subject;
        hedged = copula.hedged;
      }
      // "describing it as a proxy of Y", "calls the TRF a proxy of Y": the one so named.
      else ({ client, claimedBy } = namedBy(view, unitAt(view, tok(view, k)?.lower === 'as' ? k - 1 : k)));
    } else if (usedAs(view, i)) {
      ({ sponsor, client } = usedAs(view, i)!);
    } else {
      // Possessive sponsor before the noun, past adjectives: "Iran's most powerful proxy".
      // ("Iran's closest ally and main proxy": past a coordinated noun too.)
      let k = i - 1;
      const lower = (w: Token): boolean => w.text === w.lower;
      while (tok(view, k) && k > i - 6 && lower(tok(view, k)!) && (['ADJ', 'ADV'].includes(tok(view, k)!.pos) || (tok(view, k)!.lower === 'and' && tok(view, k - 1)?.pos === 'NOUN') || (tok(view, k)!.pos === 'NOUN' && tok(view, k + 1)?.lower === 'and'))) k--;
      const mark = tok(view, k);
      // "an Eritrean proxy", "X, an Iranian proxy,": a state's demonym after an indefinite article.
      const demonym = unitAt(view, k);
      const adjectival = demonym !== undefined && demonym.kind === 'NOMINAL' && demonym.end === k + 1 && view.entities.get(demonym.entities[0] ?? '')?.type === 'COUNTRY' && ['a', 'an'].includes(tok(view, demonym.start - 1)?.lower ?? '');
      if (!mark || !(mark.lower === "'s" || mark.lower === '’s' || mark.text === '’' || adjectival)) return undefined;
      sponsor = adjectival ? demonym : unitAt(view, k - 1);
      if (!sponsor) return undefined;
      const before = adjectival ? sponsor.start - 1 : sponsor.start;
      client = adjectival ? undefined : unitFrom(view, i + 1, 0);
      if (!client && tok(view, before - 1)?.text === ',') client = unitAt(view, before - 2);
      // "X is Iran's proxy", "X is widely seen as Iran's proxy", "X is an Eritrean proxy".
      // ("operate as the Jalisco New Generation Cartel's proxy": past the sponsor's article.)
      const at = tok(view, before - 1)?.lower === 'the' && !adjectival ? before - 2 : before - 1;
      const copula = client ? undefined : subjectOfCopula(view, at);
      if (copula) (client = copula.subject), (hedged = copula.hedged);
      // "Analysts describe X as Iran's proxy": the one so named.
      if (!client && tok(view, at)?.lower === 'as') ({ client, claimedBy } = namedBy(view, unitAt(view, at - 1)));
    }
    if (!sponsor || !client) return undefined;
    return [
      {
        type: 'BACKS',
        sources: [sponsor],
        targets: [client],
        trigger: [i, i + 1],
        cameo: '070',
        confidence: 0.8,
        pattern: 'proxy',
        presupposed: true,
        ...(claimedBy ? { claimedBy } : {}),
        ...(hedged ? { hedged } : {}),
        clauseStart: claimedBy ? claimedBy[0] : Math.min(sponsor.start, client.start),
      },
    ];
  },
};

const USE_FORMS = new Set(['use', 'uses', 'used', 'using']);

/** "accuses Bangui of using the militia as a proxy", "Iran uses X as its proxy": the user sponsors the one used. */
function usedAs(view: SentenceView, i: number): { sponsor: Unit; client: Unit } | undefined {
  let k = i - 1;
  while (tok(view, k) && (['a', 'an', 'its', 'their'].includes(tok(view, k)!.lower) || tok(view, k)!.pos === 'ADJ')) k--;
  if (tok(view, k)?.lower !== 'as') return undefined;
  const client = unitAt(view, k - 1);
  if (!client || client.end !== k) return undefined;
  let v = client.start - 1;
  if (tok(view, v)?.lower === 'the') v--;
  if (!USE_FORMS.has(tok(view, v)?.lower ?? '')) return undefined;
  const user = subjectOf(view, v, () => false);
  return user?.units.length === 1 ? { sponsor: user.units[0]!, client } : undefined;
}

const BE = new Set(['is', 'are', 'was', 'were', 'remains', 'remained', 'became', 'becomes', 'been']);
const SEEN = new Set(['seen', 'regarded', 'considered', 'viewed', 'described', 'perceived', 'thought', 'believed']);

/** "X is (widely seen as) a proxy": the name before the copula ending at token `k`. */
const AS_VERBS = new Set(['emerged', 'emerges', 'began', 'begins', 'started', 'starts', 'operate', 'operates', 'operated', 'act', 'serve', 'function', 'acts', 'acted', 'serves', 'served', 'functions', 'functioned']);

function subjectOfCopula(view: SentenceView, k: number): { subject: Unit; hedged: boolean } | undefined {
  let j = k;
  let hedged = false;
  if (tok(view, j)?.lower === 'as' && SEEN.has(tok(view, j - 1)?.lower ?? '')) {
    hedged = true;
    j -= 2;
    while (tok(view, j)?.pos === 'ADV') j--;
  } else if (tok(view, j)?.lower === 'to' && tok(view, j + 1)?.lower === 'be' && SEEN.has(tok(view, j - 1)?.lower ?? '')) return undefined;
  else if (tok(view, j)?.lower === 'as') {
    // "The KFB emerged in 2024 as a proxy of LeT", "it operates as a proxy for Iran": the verb's subject.
    let v = j - 1;
    v -= timeBefore(view, v);
    if (!AS_VERBS.has(tok(view, v)?.lower ?? '')) return undefined;
    v--;
    while (tok(view, v) && (tok(view, v)!.pos === 'ADV' || ['has', 'have', 'had'].includes(tok(view, v)!.lower))) v--;
    const subject = unitAt(view, v);
    return subject ? { subject, hedged } : undefined;
  }
  if (!BE.has(tok(view, j)?.lower ?? '')) return undefined;
  j--;
  while (tok(view, j) && (tok(view, j)!.pos === 'ADV' || ['has', 'have', 'long', 'also'].includes(tok(view, j)!.lower))) j--;
  const subject = unitAt(view, j);
  return subject ? { subject, hedged } : undefined;
}

/**
 * The one a naming verb names ("calls the TRF a proxy", "describe X as Iran's proxy"), and the
 * naming verb's subject as its claimant ("Analysts call ..."; a participle's is read by the status).
 */
function namedBy(view: SentenceView, named: Unit | undefined): { client?: Unit; claimedBy?: [number, number] } {
  let v = named ? named.start - 1 : -1;
  if (tok(view, v)?.lower === 'the') v--;
  if (!named || !NAMING_VERBS.has(tok(view, v)?.lower ?? '')) return {};
  let from = v;
  while (from > view.sentence.firstToken && from > v - 6 && !/^[,;:"“”]$/.test(tok(view, from - 1)!.text)) from--;
  return from < v ? { client: named, claimedBy: [from, v] } : { client: named };
}
