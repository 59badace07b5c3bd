import type { DocContext, EntityDraft, Unit } from '../types.js';

/** Mention counts per entity so far, for salience. */
function counts(history: readonly Unit[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const u of history) for (const e of u.entities) n.set(e, (n.get(e) ?? 0) + 1);
  return n;
}

function ranked(entities: Map<string, EntityDraft>, history: readonly Unit[], keep: (e: EntityDraft) => boolean): EntityDraft[] {
  const n = counts(history);
  return [...n.keys()]
    .map((id) => entities.get(id))
    .filter((e): e is EntityDraft => e !== undefined && keep(e))
    .sort((a, b) => n.get(b.id)! - n.get(a.id)! || a.firstToken - b.firstToken);
}

export const isForces = (e: EntityDraft): boolean => e.type === 'ORGANISATION' && e.known?.stateOf !== undefined;

/**
 * "both sides": the two warring parties named so far — the most mentioned
 * armed group and the most mentioned state force (or the two most mentioned
 * armed groups when no state force is named). Undefined when the text names fewer.
 */
export function warringParties(ctx: DocContext, entities: Map<string, EntityDraft>, history: readonly Unit[]): string[] | undefined {
  const groups = ranked(entities, history, (e) => e.type === 'ARMED_GROUP');
  const forces = ranked(entities, history, isForces);
  const first = groups[0];
  if (!first) return undefined;
  const second = forces[0] ?? groups[1] ?? forcesOfCountryAt(ctx, entities, history);
  return second ? [first.id, second.id] : undefined;
}

/**
 * "the army" with no earlier army in reach: the forces the text names ("The national army, known
 * as FACA"), else those of the state it is about, counted over `countries` (the caller leaves out
 * states named later in the description's sentence).
 */
export function stateForces(ctx: DocContext, entities: Map<string, EntityDraft>, history: readonly Unit[], countries: readonly Unit[] = history): string | undefined {
  return ranked(entities, history, isForces)[0]?.id ?? forcesOfCountryAt(ctx, entities, history, countries)?.id;
}

/** The armed forces of the most mentioned country (counted over `countries`), or of the country the armed groups belong to. */
function forcesOfCountryAt(ctx: DocContext, entities: Map<string, EntityDraft>, history: readonly Unit[], countries: readonly Unit[] = history): EntityDraft | undefined {
  // The armed groups' own country first: a war is fought where its groups are from.
  const country = groupCountry(ctx, entities, history) ?? ranked(entities, countries, (e) => e.type === 'COUNTRY')[0]?.id;
  if (!country) return undefined;
  const forces = ctx.gazetteer.armedForcesOf(country);
  if (!forces) return undefined;
  const existing = entities.get(forces.id);
  if (existing) return existing;
  const draft: EntityDraft = { id: forces.id, name: forces.name, type: forces.type, aliases: new Set(), known: forces, firstToken: Number.MAX_SAFE_INTEGER };
  entities.set(forces.id, draft);
  return draft;
}

function groupCountry(ctx: DocContext, entities: Map<string, EntityDraft>, history: readonly Unit[]): string | undefined {
  for (const group of ranked(entities, history, (e) => e.type === 'ARMED_GROUP')) {
    const code = group.known?.countryCode;
    const country = code ? ctx.gazetteer.countryByCode?.(code) : undefined;
    if (country) return country.id;
  }
  return undefined;
}

/**
 * "the capital": the capital city of a country the text is about, when the text names that
 * city somewhere (the armed groups' own country first, then the most mentioned ones, then the
 * states whose forces are mentioned). A
 * capital the text never names is left alone: the country in focus is only a guess.
 */
export function capitalOfFocus(ctx: DocContext, entities: Map<string, EntityDraft>, history: readonly Unit[]): string | undefined {
  const countries = [
    groupCountry(ctx, entities, history),
    ...ranked(entities, history, (e) => e.type === 'COUNTRY').map((e) => e.id),
    ...ranked(entities, history, isForces).map((e) => e.known!.stateOf),
  ];
  for (const country of countries) {
    const city = country ? ctx.gazetteer.capitalCityOf?.(country) : undefined;
    if (city && entities.has(city.id)) return city.id;
  }
  return undefined;
}

/** "the government", "the junta": the country the text has named most so far, its forces counting for it. */
/** Words for a military government after its state: "Myanmar's junta", "the Myanmar military". */
const RULERS = new Set(['junta', 'military', 'regime', 'army', 'generals']);

export function focusCountry(ctx: DocContext, entities: Map<string, EntityDraft>, history: readonly Unit[], outside?: ReadonlySet<string>, ruled = false): string | undefined {
  const n = new Map<string, number>();
  const tokens = ctx.analysis.tokens;
  for (const u of history) {
    // (Pronouns repeat the text's speaker; for a junta they count for nothing.)
    if (ruled && u.kind === 'PRONOUN') continue;
    // ("the junta" in Canada's release on Myanmar: the state the text gives a junta, army or regime
    // counts more than the one that speaks most.)
    const after = tokens[u.end]?.lower === "'s" || tokens[u.end]?.lower === '’s' ? u.end + 1 : u.end;
    const rulers = ruled && RULERS.has(tokens[after]?.lower ?? '') ? 3 : 0;
    for (const id of u.entities) {
      const e = entities.get(id);
      const state = e?.type === 'COUNTRY' ? e.id : e && isForces(e) ? e.known!.stateOf! : undefined;
      if (state && !outside?.has(state)) n.set(state, (n.get(state) ?? 0) + 1 + rulers + (ruled && e && isForces(e) ? 3 : 0));
    }
  }
  let best: string | undefined;
  for (const [id, c] of n) if (best === undefined || c > n.get(best)!) best = id;
  // A state named only through its army ("Myanmar's army") becomes an entity of its own here.
  const known = best && !entities.has(best) ? ctx.gazetteer.get(best) : undefined;
  if (known) entities.set(known.id, { id: known.id, name: known.name, type: known.type, aliases: new Set(), known, firstToken: Number.MAX_SAFE_INTEGER });
  return best && entities.has(best) ? best : undefined;
}
