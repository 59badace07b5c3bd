import { PROXY_NOUNS } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { tok, unitAt, unitFrom } from '../view.js';

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
    if (tok(view, i + 1)?.lower === 'of') {
      sponsor = unitFrom(view, i + 2, 2);
      let k = i - 1;
      while (tok(view, k) && ['a', 'an', 'the'].includes(tok(view, k)!.lower) || tok(view, k)?.pos === 'ADJ') k--;
      if (tok(view, k)?.text === ',') client = unitAt(view, k - 1);
      // "describing it as a proxy of Y", "calls the TRF a proxy of Y": the one so named.
      else {
        const named = unitAt(view, tok(view, k)?.lower === 'as' ? k - 1 : k);
        let v = named ? named.start - 1 : -1;
        if (tok(view, v)?.lower === 'the') v--;
        if (named && NAMING_VERBS.has(tok(view, v)?.lower ?? '')) {
          client = named;
          // "Analysts call X a proxy": said by the naming verb's subject (a participle's is read by the status).
          let from = v;
          while (from > view.sentence.firstToken && from > v - 6 && !/^[,;:"“”]$/.test(tok(view, from - 1)!.text)) from--;
          if (from < v) claimedBy = [from, v];
        }
      }
    } else {
      // Possessive sponsor before the noun, past adjectives: "Iran's most powerful proxy".
      let k = i - 1;
      while (tok(view, k) && (tok(view, k)!.pos === 'ADJ' || tok(view, k)!.pos === 'ADV')) k--;
      const mark = tok(view, k);
      if (!mark || !(mark.lower === "'s" || mark.lower === '’s' || mark.text === '’')) return undefined;
      sponsor = unitAt(view, k - 1);
      if (!sponsor) return undefined;
      client = unitFrom(view, i + 1, 0);
      if (!client && tok(view, sponsor.start - 1)?.text === ',') client = unitAt(view, sponsor.start - 2);
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
        clauseStart: claimedBy ? claimedBy[0] : Math.min(sponsor.start, client.start),
      },
    ];
  },
};
