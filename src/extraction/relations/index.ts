import type { Relation, Sentence, Token } from '../../core/types.js';
import type { DocContext, EntityDraft, Unit } from '../types.js';
import {
  ACTIVE_VERBS,
  ADD_VERBS,
  ARRIVE_VERBS,
  ENTER_FORMS,
  LIST_ADVERBS,
  LIST_STATIVES,
  BACKER_NOUNS,
  SHELTER_NOUNS,
  LET_FORMS,
  FOR_VERBS,
  LISTED_WORDS,
  SEND_VERBS,
  TARGET_VERBS,
  ALONGSIDE_VERBS,
  COMPOUND_PARTICIPLES,
  CONTROL_VERBS,
  FALL_VERBS,
  INVESTIGATION_TOPICS,
  IRREGULAR_FORMS,
  LIGHT_VERBS,
  NOUN_TRIGGERS,
  EXPEL_VERBS,
  FREEZE_VERBS,
  PARTICLE_VERBS,
  PROXY_NOUNS,
  RECEIVE_VERBS,
  RELY_VERBS,
} from '../lexicon/triggers.js';
import { BODY_TITLES, INDIVIDUAL_ROLES, NUMBER_WORDS } from '../lexicon/names.js';
import { leadersOf } from './leaders.js';
import type { Candidate } from './candidate.js';
import { ARGUMENT_TYPES, argumentsFit } from './constraints.js';
import { regularForms } from '../forms.js';
import { PATTERNS } from './registry.js';
import { readStatus } from './status.js';
import { coordinated, makeView, nonStateDemonym, unitAt, unitFrom, type SentenceView } from './view.js';
import { listAfterColon, objectOf } from './object.js';

const VERBS = new Set([
  ...SEND_VERBS,
  ...FOR_VERBS,
  ...Object.keys(ACTIVE_VERBS),
  ...Object.keys(PARTICLE_VERBS),
  ...CONTROL_VERBS,
  ...FALL_VERBS,
  ...RECEIVE_VERBS,
  ...RELY_VERBS,
  ...ALONGSIDE_VERBS,
  ...LIGHT_VERBS,
  ...EXPEL_VERBS,
  ...FREEZE_VERBS,
]);


/** Every form of a verb some pattern reads. */
const VERB_FORMS = new Set([
  ...[...VERBS].flatMap((lemma) => regularForms(lemma)),
  ...Object.entries(IRREGULAR_FORMS)
    .filter(([, lemma]) => VERBS.has(lemma))
    .map(([form]) => form),
]);


/** Every word a pattern may start reading at, built once: most tokens are none of them. */
const TRIGGER_WORDS = new Set([
  ...Object.keys(NOUN_TRIGGERS),
  ...PROXY_NOUNS,
  'subject',
  'mission', // "a fact-finding mission on X"
  'help', // "with the help of X"
  'confiscation', // "ordered the confiscation of assets belonging to X"
  ...LISTED_WORDS,
  ...ADD_VERBS,
  ...TARGET_VERBS,
  ...ARRIVE_VERBS,
  ...ENTER_FORMS,
  ...BACKER_NOUNS,
  ...SHELTER_NOUNS,
  ...LET_FORMS,
  ...VERB_FORMS,
]);

/** Could a pattern start reading at this token? Keeps patterns off most tokens. */
function isTriggerWord(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]!;
  if (t.text === '-') return COMPOUND_PARTICIPLES[view.tokens[i + 1]?.lower ?? ''] !== undefined;
  // "has been on the U.S. list of ...": "is" and "been" only before "on", they are everywhere.
  if (LIST_STATIVES.has(t.lower)) return view.tokens[i + 1]?.lower === 'on' || (LIST_ADVERBS.has(view.tokens[i + 1]?.lower ?? '') && view.tokens[i + 2]?.lower === 'on');
  // "has had X on its sanctions list": "had" only with a list ahead.
  if (t.lower === 'had') return view.tokens.slice(i + 2, i + 24).some((w) => w.lower === 'list');
  return TRIGGER_WORDS.has(t.lower) || (t.lower.startsWith('re-') && TRIGGER_WORDS.has(t.lower.slice(3)));
}

/** Relations of every sentence, read by the pattern registry, typed, with status and evidence. */
export function extractRelations(ctx: DocContext, entities: Map<string, EntityDraft>, units: Unit[]): Relation[] {
  const { tokens, sentences, text } = ctx.analysis;
  const best = new Map<string, Relation>();
  const leaders = leadersOf(tokens, units, entities);
  // The last source seen for each relation type: press releases name the sanctioning body once.
  const lastSource = new Map<string, { units: Unit[]; sentence: number }>();
  const bySentence = new Map<number, Unit[]>();
  for (const u of units) {
    const list = bySentence.get(u.sentence);
    if (list) list.push(u);
    else bySentence.set(u.sentence, [u]);
  }
  // "Those designated are:" followed by one name per line: the sanctioning body of the announcement.
  let listing: Unit[] | undefined;
  let listed: { units: Unit[]; sentence: number } | undefined; // the last list read, and where it ended
  let counted: { units: Unit[]; sentence: number } | undefined; // the last sanctions that named no one yet
  let marker = false; // the sentence before was only a list marker ("1.", "•")
  let lastItem = false;
  let itemsEndIn = '';
  // "Today, OFAC sanctioned ...": the source of the day's action, for "Those designated today are:".
  let todaySource: Unit[] | undefined;
  const keep = (view: SentenceView, c: Candidate): void => {
    for (const r of toRelations(view, c, entities, text, leaders)) {
      const key = `${r.source}|${r.type}|${r.target}|${r.status}|${r.evidence[0]!.sentence}`;
      if ((best.get(key)?.confidence ?? -1) < r.confidence) best.set(key, r);
    }
  };
  const lowered = ctx.headline.some(Boolean) ? headlinesLowered(tokens, sentences, ctx.headline, bySentence) : tokens;
  for (const sentence of sentences) {
    // A sentence without names reads no relation, but may announce a list ("Those designated are:").
    const mine = bySentence.get(sentence.index) ?? [];
    const view = makeView(sentence, ctx.headline[sentence.index] ? lowered : tokens, mine, entities);
    const item = listing && listItemAt(view);
    // A line of the list whose name was not read still belongs to it when it ends as the others do.
    const lineEnd = view.tokens[sentence.endToken - 1]!;
    const unnamed = listing && !item && (lineEnd.text === ';' || (lineEnd.lower === 'and' && view.tokens[sentence.endToken - 2]?.text === ';'));
    if (listing && (item || unnamed)) {
      if (item) keep(view, { type: 'SANCTIONED', sources: listing, targets: [item], trigger: [item.start, item.end], cameo: '163', confidence: 0.65, pattern: 'listed-among', clauseStart: item.start });
      // "...; and" announces the last item; a full stop after items ending in ";" closes the list.
      if (lastItem || (lineEnd.text === '.' && itemsEndIn === ';')) (listed = { units: listing, sentence: sentence.index }), (listing = undefined);
      lastItem = lineEnd.lower === 'and';
      itemsEndIn = lastItem ? ';' : lineEnd.text;
    } else if (listing) (listed = { units: listing, sentence: sentence.index }), (listing = undefined);
    // "1. Joseph Banda is a financier ...": a numbered line after a release that counted its targets.
    const numbered = marker && !listing && counted && sentence.index - counted.sentence <= 12 ? listItemAt(view) : undefined;
    if (numbered) keep(view, { type: 'SANCTIONED', sources: counted!.units, targets: [numbered], trigger: [numbered.start, numbered.end], cameo: '163', confidence: 0.6, pattern: 'listed-among', clauseStart: numbered.start });
    marker = onlyMarker(view);
    // "They are X, ...; Y, ...; and Z." right after a sanctions sentence: the ones it counted.
    // The release's own counted act first: a sanction mentioned in passing since may name someone else.
    const sanctioner = counted && sentence.index - counted.sentence <= 3 ? counted : lastSource.get('SANCTIONED');
    // (A counted noun only as the sanctions sentence counted it: "on two senior officers ... The two officers, A and B,".)
    const countedAs = (noun: string): boolean => sanctioner !== undefined && tokens.slice(sentences[sanctioner.sentence]!.firstToken, sentences[sanctioner.sentence]!.endToken).some((t) => t.lower === noun);
    const named = sanctioner && sentence.index - sanctioner.sentence <= 3 ? (namedList(view) ?? designatedApposed(view, countedAs)) : undefined;
    if (named) for (const u of named.units) keep(view, { type: 'SANCTIONED', sources: sanctioner!.units, targets: [u], trigger: [named.start, named.start + 1], cameo: '163', confidence: 0.65, pattern: 'listed-among', clauseStart: sentence.firstToken });
    let announced = false;
    const seen = new Set<number>();
    for (let i = sentence.firstToken; i < sentence.endToken && mine.length > 0; i++) {
      if (!isTriggerWord(view, i)) continue;
      for (const pattern of PATTERNS) {
        const found = pattern.match(view, i);
        if (!found || found.length === 0) continue;
        for (const c of found) {
          if (seen.has(c.trigger[0])) continue;
          // "In October it added to the list X" where "it" was read as the group named last: a
          // pronoun that cannot act so takes the last actor of this relation instead.
          const misread = c.sources.length > 0 && c.sources.every((u) => u.kind === 'PRONOUN' && !sourceFits(c.type, u, entities));
          if (c.inherit || misread) {
            // ("X and Y are both being designated today": the day's sanctioner, over one a background clause named since.)
            const today = c.type === 'SANCTIONED' && todaySource && mentionsToday(view) ? { units: todaySource, sentence: sentence.index } : undefined;
            inheritSource(c, today ?? lastSource.get(c.type), sentence.index);
            // A release's run of "X is being designated ..." paragraphs keeps its sanctioner in reach.
            if (c.sources.length > 0) lastSource.set(c.type, { units: c.sources, sentence: sentence.index });
          }
          else if (c.sources.length > 0 && c.sources.some((u) => sourceFits(c.type, u, entities))) {
            lastSource.set(c.type, { units: c.sources, sentence: sentence.index });
          }
          if (c.type === 'SANCTIONED' && c.sources.length > 0) {
            announced = true;
            if (mentionsToday(view)) todaySource ??= c.sources;
            // "added two commanders to its sanctions list: A, whose troops ..., and B".
            if (c.targets.length === 0) c.targets = listAfterColon(view, c.trigger[1])?.units ?? [];
            // "OFAC sanctioned three individuals and one entity": named one by one in what follows.
            if (c.targets.length === 0) counted = { units: c.sources, sentence: sentence.index };
          }
          keep(view, c);
        }
        // ("which both Turkey and the United States list as a terrorist organisation": a verb that found
        // no target leaves the word to the patterns after it.)
        if (found.every((c) => c.targets.length === 0)) continue;
        for (const c of found) seen.add(c.trigger[0]);
        break;
      }
    }
    // "The entities sanctioned today are:" after a first list: the same sanctioner, however long that list was.
    const last = listed && sentence.index - listed.sentence <= 2 && !announced ? listed : lastSource.get('SANCTIONED');
    const colon = view.tokens[sentence.endToken - 1]?.text === ':';
    if (colon && last && sentence.index - last.sentence <= SOURCE_WINDOW && (announced || listsSanctions(view))) {
      listing = (mentionsToday(view) && todaySource) || last.units;
      lastItem = false;
      itemsEndIn = '';
    }
  }
  return [...best.values()];
}

/**
 * The tokens with each headline-case sentence's ordinary words in lower case, as a sentence
 * would have them ("Rebels Seize Key Town of Marte"), so the patterns read its verbs: a
 * trigger verb's form becomes a VERB, other words the tagger took for names NOUNs. Mentions
 * keep their case. Offsets are unchanged, so evidence still quotes the text.
 */
function headlinesLowered(tokens: readonly Token[], sentences: readonly Sentence[], headline: readonly boolean[], units: Map<number, Unit[]>): Token[] {
  const out = tokens.slice();
  for (const sentence of sentences) {
    if (!headline[sentence.index]) continue;
    const named = new Uint8Array(sentence.endToken - sentence.firstToken);
    for (const u of units.get(sentence.index) ?? []) for (let i = u.start; i < u.end; i++) named[i - sentence.firstToken] = 1;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const t = tokens[i]!;
      if (named[i - sentence.firstToken] || t.text === t.lower) continue;
      const verb = VERB_FORMS.has(t.lower);
      out[i] = { ...t, text: t.lower, pos: verb ? 'VERB' : t.pos === 'PROPN' ? 'NOUN' : t.pos };
    }
  }
  return out;
}


/** "X's government", "the regime of X": a person named for the state they rule. */
function governs(view: SentenceView, s: Unit): boolean {
  const at = (k: number) => view.tokens[k]?.lower ?? '';
  if ((at(s.end) === "'s" || at(s.end) === '’s') && RULE_NOUNS.has(at(s.end + 1))) return true;
  return at(s.start - 1) === 'of' && RULE_NOUNS.has(at(s.start - 2));
}

const RULE_NOUNS = new Set(['government', 'regime', 'administration', 'junta', 'cabinet']);

/** People named after a mention: "commanders", or "army officers" past the body they serve in. */
function peopleOf(view: SentenceView, k: number): boolean {
  const next = view.tokens[k]?.lower ?? '';
  if (['army', 'military', 'police', 'navy', 'government', 'security', 'intelligence', 'party', 'militia', 'group'].includes(next)) k++;
  return INDIVIDUAL_ROLES.has(view.tokens[k]?.lower ?? '');
}

/** A list line: a name opens it (after a bullet or a title) and ends at a ";", "; and" or ".". */
function listItemAt(view: SentenceView): Unit | undefined {
  let k = view.sentence.firstToken;
  while (k < view.sentence.endToken && /^[-–—•*·\d.)]+$/.test(view.tokens[k]!.text)) k++;
  const unit = unitFrom(view, k, 3);
  return unit && unit.kind === 'NAME' && unit.start - k <= 3 ? unit : undefined;
}

function mentionsToday(view: SentenceView): boolean {
  for (let k = view.sentence.firstToken; k < view.sentence.endToken; k++) if (view.tokens[k]!.lower === 'today') return true;
  return false;
}

/** "Those designated are:", "The following were sanctioned:": a sanctions word before the colon. */
function listsSanctions(view: SentenceView): boolean {
  for (let k = view.sentence.firstToken; k < view.sentence.endToken; k++) {
    const w = view.tokens[k]!.lower;
    if (LISTED_WORDS.has(w) || NOUN_TRIGGERS[w]?.type === 'SANCTIONED') return true;
  }
  // "The individuals are:", "The entities are as follows:": right after a sanctions sentence, the ones it counted.
  const words = view.tokens.slice(view.sentence.firstToken, view.sentence.endToken - 1).map((t) => t.lower).filter((w) => w !== 'the' && w !== 'as' && w !== 'follows');
  // ("They are:", "These are:" too.)
  return words.length === 2 && (LISTED_PEOPLE.has(words[0]!) || words[0] === 'they' || words[0] === 'these') && ['are', 'is', 'include'].includes(words[1]!);
}

/** A sentence that is only a list marker: "1.", "•". */
function onlyMarker(view: SentenceView): boolean {
  for (let k = view.sentence.firstToken; k < view.sentence.endToken; k++) if (!LIST_MARKER.test(view.tokens[k]!.text)) return false;
  return true;
}

const LIST_MARKER = /^[\d.)•*·-]+$/;

/** "They are X, ...; Y ...", "The entities are X and Y": a sentence that only names who they are. */
function namedList(view: SentenceView): { units: Unit[]; start: number } | undefined {
  let k = view.sentence.firstToken;
  if (view.tokens[k]?.lower === 'the') k++;
  // "The listed persons include ...", "The two entities are ...".
  if (['listed', 'designated', 'sanctioned', 'new'].includes(view.tokens[k]?.lower ?? '') || view.tokens[k]?.pos === 'NUM') k++;
  // "Among them are X, ..., and Y": the ones just counted.
  const among = view.tokens[k]?.lower === 'among' && view.tokens[k + 1]?.lower === 'them' && ['are', 'were'].includes(view.tokens[k + 2]?.lower ?? '');
  if (among) k++;
  const subject = view.tokens[k]?.lower ?? '';
  if (!among && (!(subject === 'they' || subject === 'these' || LISTED_PEOPLE.has(subject)) || !LIST_VERBS.has(view.tokens[k + 1]?.lower ?? ''))) return undefined;
  // "X, a former mayor ...; Y, who ran ...; and Z": the first name of each part between semicolons.
  const units: Unit[] = [];
  let part = k + 2;
  for (let m = part; m <= view.sentence.endToken; m++) {
    if (m < view.sentence.endToken && view.tokens[m]!.text !== ';') continue;
    const from = view.tokens[part]?.lower === 'and' ? part + 1 : part;
    const item = unitFrom(view, from, 2);
    if (item && item.end <= m) units.push(item);
    part = m + 1;
  }
  if (units.length > 1) return { units, start: k };
  const object = objectOf(view, k + 2);
  return object && object.units.length > 0 ? { units: object.units, start: k } : undefined;
}

/** Plural nouns for the people or firms a sanctions sentence counted: "two senior officers". */
const COUNTED_PEOPLE = new Set(['officers', 'individuals', 'men', 'commanders', 'generals', 'companies', 'firms', 'entities', 'businessmen', 'officials', 'leaders']);

/** "The individual designated today, Abdelrahim Hamdan Dagalo, is ...": the name apposed to the designated one. */
function designatedApposed(view: SentenceView, counted: (noun: string) => boolean): { units: Unit[]; start: number } | undefined {
  let k = view.sentence.firstToken;
  if (view.tokens[k]?.lower === 'the') k++;
  // "The two officers, Major General X and Brigadier General Y, command ...": the ones just counted, named.
  if (NUMBER_WORDS.has(view.tokens[k]?.lower ?? '') && COUNTED_PEOPLE.has(view.tokens[k + 1]?.lower ?? '') && view.tokens[k + 2]?.text === ',' && counted(view.tokens[k + 1]!.lower)) {
    const first = unitFrom(view, k + 3, 2);
    const list = first ? coordinated(view, first) : undefined;
    return list && view.tokens[list.end]?.text === ',' && list.units.every((u) => view.entities.get(u.entities[0] ?? '')?.type === 'PERSON' || view.entities.get(u.entities[0] ?? '')?.type === 'ORGANISATION') ? { units: list.units, start: k } : undefined;
  }
  if (!LISTED_PEOPLE.has(view.tokens[k]?.lower ?? '') || !['designated', 'sanctioned', 'listed'].includes(view.tokens[k + 1]?.lower ?? '')) return undefined;
  let c = k + 2;
  if (view.tokens[c]?.lower === 'today') c++;
  if (view.tokens[c]?.text !== ',') return undefined;
  const named = unitAt(view, c + 1);
  return named && named.start === c + 1 && view.tokens[named.end]?.text === ',' ? { units: [named], start: k } : undefined;
}

const LIST_VERBS = new Set(['are', 'include', 'comprise']);

/** Who a sanctions release counts: "six individuals and two entities". */
const LISTED_PEOPLE = new Set(['individuals', 'individual', 'entities', 'entity', 'persons', 'person', 'companies', 'designees', 'targets', 'businessmen', 'firms', 'officials']);



/** Nouns after a name that make it an armed actor: "GNA forces", "government troops". */
const FORCE_NOUNS = new Set(['forces', 'troops', 'fighters', 'soldiers', 'militiamen', 'units']);

/** The name is said to have forces: "GNA forces", "Haftar's fighters", "troops loyal to Haftar". */
function armedMention(view: SentenceView, s: Unit): boolean {
  const at = (k: number) => view.tokens[k]?.lower ?? '';
  if (FORCE_NOUNS.has(at(s.end))) return true;
  if ((at(s.end) === "'s" || at(s.end) === '’s') && FORCE_NOUNS.has(at(s.end + 1))) return true;
  // "the warlord Bello Turji and his men".
  if (at(s.end) === 'and' && ['his', 'her', 'their'].includes(at(s.end + 1)) && (FORCE_NOUNS.has(at(s.end + 2)) || ['men', 'gunmen', 'gang'].includes(at(s.end + 2)))) return true;
  let b = s.start - 1;
  // ("forces of the Tripoli-based Government of National Accord": past the glued modifier.)
  if (view.tokens[b]?.text === view.tokens[b]?.lower && at(b - 1) === '-' && unitAt(view, b - 2)) b = unitAt(view, b - 2)!.start - 1;
  // "forces of the Government of National Unity".
  const of = at(b) === 'the' ? b - 1 : b;
  if (at(of) === 'of' && FORCE_NOUNS.has(at(of - 1))) return true;
  while (b > s.start - 3 && /^\p{Lu}/u.test(view.tokens[b]?.text ?? '')) b--; // "loyal to General Omar Dalan"
  if (at(b) === 'the') b--; // "loyal to the Government of National Unity"
  return at(b) === 'to' && at(b - 1) === 'loyal' && FORCE_NOUNS.has(at(b - 2));
}

/** The organisation a person's title names: "ICC Prosecutor Karim Khan", "Karim Khan, the ICC prosecutor,". */
function bodyOfOfficial(view: SentenceView, s: Unit, entities: Map<string, EntityDraft>): Unit | undefined {
  if (s.entities.length !== 1 || entities.get(s.entities[0]!)?.type !== 'PERSON') return undefined;
  // "ICC Prosecutor Karim Khan said he was investigating": the pronoun's person as named before it.
  if (s.kind === 'PRONOUN') {
    const named = view.units.find((u) => u.kind === 'NAME' && u.end <= s.start && u.entities.length === 1 && u.entities[0] === s.entities[0]);
    return named && bodyOfOfficial(view, named, entities);
  }
  const organisation = (u: Unit | undefined): Unit | undefined => (u && u.entities.length === 1 && entities.get(u.entities[0]!)?.type === 'ORGANISATION' ? u : undefined);
  const title = (k: number): boolean => BODY_TITLES.has(view.tokens[k]?.lower ?? '');
  if (title(s.start - 1)) return organisation(view.units.find((u) => u.end === s.start - 1));
  if (view.tokens[s.end]?.text === ',' && view.tokens[s.end + 1]?.lower === 'the') {
    const body = organisation(view.units.find((u) => u.start === s.end + 2));
    return body && title(body.end) ? body : undefined;
  }
  return undefined;
}

/** How many sentences back an unnamed source may be found. */
const SOURCE_WINDOW = 6;

function inheritSource(c: Candidate, last: { units: Unit[]; sentence: number } | undefined, sentence: number): void {
  if (!last || sentence - last.sentence > SOURCE_WINDOW) return;
  c.sources = last.units;
  c.confidence *= 0.75;
}

function sourceFits(type: Candidate['type'], unit: Unit, entities: Map<string, EntityDraft>): boolean {
  const e = entities.get(unit.entities[0] ?? '');
  return e !== undefined && ARGUMENT_TYPES[type].source.includes(e.type);
}

function toRelations(view: SentenceView, c: Candidate, entities: Map<string, EntityDraft>, text: string, leaders: Map<string, string>): Relation[] {
  // "Wagner fighters fought alongside Haftar's forces": the forces of the body a person leads are that body's.
  const led = (u: Unit, id: string): string => (["'s", '’s'].includes(view.tokens[u.end]?.lower ?? '') && FORCE_NOUNS.has(view.tokens[u.end + 1]?.lower ?? '') ? (leaders.get(id) ?? id) : id);
  const { status, claimant } = readStatus(view, c, text);
  const sentence = view.sentence;
  const trigger = { start: view.tokens[c.trigger[0]]!.start, end: view.tokens[c.trigger[1] - 1]!.end };
  const cameo = c.type === 'INVESTIGATES' ? investigationCode(text.slice(sentence.start, sentence.end)) : c.cameo;
  const out: Relation[] = [];
  for (const source of c.sources) {
    if (nonStateDemonym(view, source)) continue;
    // "ICC Prosecutor Karim Khan opened an investigation": the prosecutor investigates as the court.
    const s = c.type === 'INVESTIGATES' ? (bodyOfOfficial(view, source, entities) ?? source) : source;
    for (const t of c.targets) {
      if (nonStateDemonym(view, t)) continue;
      // "listed RDF officers it held responsible": a pronoun after a noun opens a relative clause; it is no object.
      const before = view.tokens[t.start - 1];
      // ("the garrison there": "there" is the place, not a relative clause's subject.)
      if (t.kind === 'PRONOUN' && before?.pos === 'NOUN' && before.text === before.lower && t.start > c.trigger[1] && view.tokens[t.start]!.lower !== 'there') continue;
      // "sanctions on two RSF commanders", "Sudanese army officers" target the people, not the RSF or Sudan.
      // ("reports that ENDF soldiers executed ...": the members doing the deed investigated are the body's.)
      const deed = c.type === 'INVESTIGATES' && (view.tokens[t.end]?.lower.endsWith('s') ?? false) && ['VERB', 'AUX'].includes(view.tokens[t.end + 1]?.pos ?? '') && view.tokens[t.end + 1]!.text === view.tokens[t.end + 1]!.lower;
      if ((c.type === 'SANCTIONED' || c.type === 'INVESTIGATES') && peopleOf(view, t.end) && !deed) continue;
      const confidence = round(c.confidence * indirectness(s, t) * distance(c, s, t));
      for (const sourceId of s.entities.map((id) => led(s, id))) {
        for (const targetId of t.entities.map((id) => led(t, id))) {
          const source = entities.get(sourceId);
          const target = entities.get(targetId);
          if (!source || !target || !argumentsFit(c.type, source, target, armedMention(view, s))) continue;
          // "Bashar al-Assad's government armed it": the state acts, not the person.
          if (source.type === 'PERSON' && governs(view, s)) continue;
          const relation: Relation = {
            type: c.type,
            source: sourceId,
            target: targetId,
            status,
            confidence,
            cameo,
            pattern: c.pattern,
            evidence: [
              {
                sentence: sentence.index,
                start: sentence.start,
                end: sentence.end,
                text: text.slice(sentence.start, sentence.end),
                trigger: { ...trigger, text: text.slice(trigger.start, trigger.end) },
              },
            ],
          };
          if (claimant !== undefined && (status === 'CLAIMED' || status === 'DENIED')) relation.claimant = claimant;
          out.push(relation);
        }
      }
    }
  }
  return out;
}

/** Arguments reached through a pronoun or a description are less sure than names. */
function indirectness(s: Unit, t: Unit): number {
  let f = 1;
  for (const u of [s, t]) if (u.kind === 'PRONOUN') f *= 0.85;
  else if (u.kind === 'NOMINAL' && u.entities.length > 1) f *= 0.85;
  else if (u.kind === 'NOMINAL') f *= 0.92;
  return f;
}

/** Arguments far from the trigger are less sure: 2% less per token beyond six, at most halved. */
function distance(c: Candidate, s: Unit, t: Unit): number {
  const [a, b] = c.trigger;
  // A source carried over from an earlier sentence is discounted by inheritance, not distance.
  const near = (u: Unit): number => (u.sentence === t.sentence ? Math.max(a - u.end, u.start - b, 0) : 0);
  const gap = Math.max(near(s), near(t));
  return Math.max(0.5, 1 - Math.max(0, gap - 6) * 0.02);
}

function investigationCode(sentence: string): string {
  for (const [pattern, code] of INVESTIGATION_TOPICS) if (pattern.test(sentence)) return code;
  return '090';
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
