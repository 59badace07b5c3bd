import type { EntityType, Token } from '../../core/types.js';
import type { DocContext, NameDraft } from '../types.js';
import { APPOSITION_HEADS, ARMED_MODIFIERS, FAITH_AND_PEOPLE, INDIVIDUAL_ROLES, ROLE_NOUNS, SPEECH_VERBS } from '../lexicon/names.js';

const STATE_MODIFIERS = new Set(['neighbouring', 'neighboring', 'gulf', 'sovereign', 'member', 'island', 'landlocked', 'client', 'buffer', 'nuclear', 'rogue', 'oil-rich', 'small', 'tiny', 'independent']);
const COPULAS = new Set(['is', 'was', 'remains']);
const FRONTED = new Set(['in', 'at', 'from', 'inside', 'outside', 'near']);
const GROUP_NOUNS = new Set(['group', 'movement', 'coalition', 'alliance', 'organisation', 'organization', 'force', 'wing', 'corps']);

/**
 * The type an apposition gives a name: "Ketavi, a mining town ..." -> PLACE,
 * "X, a militia leader" -> PERSON, "X, an armed group" -> ARMED_GROUP.
 * Reads ", a|an|the" and up to four words to the first noun the table knows.
 */
export function appositionType(ctx: DocContext, draft: NameDraft): EntityType | undefined {
  const { tokens, sentences } = ctx.analysis;
  const end = sentences[draft.sentence]!.endToken;
  let i = draft.end;
  // "the Kessari Popular Front (KPF), a Velmar-backed militia": past the bracketed acronym.
  if (tokens[i]?.text === '(' && tokens[i + 2]?.text === ')' && i + 3 < end) i += 3;
  // "Ketavi is a mining town of 40,000 people": a copula's predicate describes its subject as an apposition does.
  const copula = COPULAS.has(tokens[i]?.lower ?? '') && draft.start === sentences[draft.sentence]!.firstToken;
  if (tokens[i]?.text !== ',' && !copula) return undefined;
  // "In Washington, the Treasury's office ...": a fronted place phrase, not an apposition.
  if (draft.start === sentences[draft.sentence]!.firstToken + 1 && FRONTED.has(tokens[draft.start - 1]!.lower)) return undefined;
  i++;
  // ("Rosneft and Lukoil, Russia's two largest oil companies": an owner's name and its possessive as the determiner.)
  const owned = /^\p{Lu}/u.test(tokens[i]?.text ?? '') && (tokens[i + 1]?.lower === "'s" || tokens[i + 1]?.lower === '’s');
  const det = owned ? 'the' : tokens[i]?.lower;
  // ("the Comités de Vigilance du Dalbek (CVD), local self-defence militias that": a plural of fighters with no article.)
  if (det !== 'a' && det !== 'an' && det !== 'the') return pluralFighters(tokens, i, end) ? 'ARMED_GROUP' : undefined;
  i += owned ? 2 : 1;
  // ("X, a 41-year-old fish trader": an age is a person's.)
  if (tokens[i]?.pos === 'NUM' && tokens[i + 2]?.lower === 'year' && tokens[i + 4]?.lower === 'old') return 'PERSON';
  let armed = false;
  for (let n = 0; n < 5 && i < end; n++, i++) {
    const t = tokens[i]!;
    // ("a Druze force", "a Sunni movement": a faith or people's own force is armed.)
    if (ARMED_MODIFIERS.has(t.lower) || FAITH_AND_PEOPLE.has(t.lower)) armed = true;
    if (t.text !== t.lower && t.pos === 'PROPN') continue; // "a Congolese militia"
    const noun = t.lower;
    const next = tokens[i + 1];
    // "a gold-mining town", "a Russian-trained militia": a hyphenated modifier is not the head.
    if ((t.text === '-' && !t.spaceBefore) || (next?.text === '-' && !next.spaceBefore)) continue;
    // ("a six-nation regional bloc": the compound's last part, when more words follow.)
    if (tokens[i - 1]?.text === '-' && !t.spaceBefore && next !== undefined && next.text === next.lower && ['ADJ', 'NOUN'].includes(next.pos)) continue;
    // "the group's spokesman": the possessor is not the head.
    if (next && (next.lower === "'s" || next.lower === '’s')) {
      i++;
      continue;
    }
    // The head is the last noun before "of", a comma or a verb: "a militia leader" -> leader.
    const nextIsNoun = next !== undefined && i + 1 < end && (next.pos === 'NOUN') && next.text === next.lower;
    if (nextIsNoun) continue;
    // "the most wanted member of", "a trusted adviser": a participle before the head describes it.
    if (t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && nextIsNounAfter(tokens, i + 1, end)) continue;
    // "X, the council said": a speaker, not an apposition.
    if (det === 'the' && next && SPEECH_VERBS.has(next.lower)) return undefined;
    if (GROUP_NOUNS.has(noun)) return armed ? 'ARMED_GROUP' : 'ORGANISATION';
    // "a private military company", "a mercenary firm": the guide's mercenaries who fight.
    if ((noun === 'company' || noun === 'firm' || noun === 'contractor') && (tokens[i - 1]?.lower === 'military' || tokens[i - 1]?.lower === 'mercenary')) return 'ARMED_GROUP';
    // "a neighbouring state", "a Gulf state" (but "a northern state" may be a state of a country).
    if ((noun === 'state' || noun === 'monarchy' || noun === 'republic') && STATE_MODIFIERS.has(tokens[i - 1]?.lower ?? '')) return 'COUNTRY';
    // ("X, the most wanted member of ...": a member, not "members of" a group, is a person.)
    if (ROLE_NOUNS.has(noun) || (INDIVIDUAL_ROLES.has(noun) && !noun.endsWith('s'))) return 'PERSON';
    // ("two largest oil companies": a plural head names the kind of each name listed.)
    const type = APPOSITION_HEADS[noun] ?? (owned ? APPOSITION_HEADS[singular(noun)] : undefined);
    if (type) return type;
    if (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'PUNCT') return undefined;
  }
  return undefined;
}

/** A lower-case noun at `k`, inside the sentence. */
function nextIsNounAfter(tokens: DocContext['analysis']['tokens'], k: number, end: number): boolean {
  const t = tokens[k];
  return k < end && t !== undefined && t.pos === 'NOUN' && t.text === t.lower;
}

/** "companies" -> company, "firms" -> firm. */
function singular(noun: string): string {
  return noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.endsWith('s') ? noun.slice(0, -1) : noun;
}

/** Plural nouns for bodies of fighters an article-less apposition may name. */
const FIGHTER_PLURALS = new Set(['militias', 'gangs', 'auxiliaries', 'paramilitaries', 'vigilantes', 'insurgents', 'rebels']);

/** Up to five lower-case words from `i` ending in a plural of fighters, then a comma or a relative pronoun. */
function pluralFighters(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i; k < Math.min(i + 5, end); k++) {
    const t = tokens[k]!;
    if (t.text !== t.lower) return false;
    if (FIGHTER_PLURALS.has(t.lower)) return [',', 'that', 'which', 'whom', 'who'].includes(tokens[k + 1]?.lower ?? '');
    // (Only modifiers before it: not "accusing him of sponsoring gangs, which".)
    if (!(['ADJ', 'NOUN'].includes(t.pos) || (t.text === '-' && !t.spaceBefore))) return false;
  }
  return false;
}
