import type { Document, Entity, Extraction, Mention } from '../core/types.js';
import { analyse } from '../text/analyse.js';
import { loadGazetteer } from '../lexicon/gazetteer.js';
import type { Gazetteer } from '../lexicon/types.js';
import { resolveCoreference } from './coref/index.js';
import { resolveNames } from './entities/resolve.js';
import { findNames } from './mentions/index.js';
import { isHeadlineCase } from './mentions/spans.js';
import { extractRelations } from './relations/index.js';
import type { DocContext, EntityDraft, Unit } from './types.js';

export interface ExtractOptions {
  /** The gazetteer to use; the packaged one by default. */
  gazetteer?: Gazetteer;
}

/**
 * The pipeline: text -> names -> entities (aliases, coreference) -> relations.
 * Pure: the same document always gives the same extraction.
 */
export function extract(doc: Document, options: ExtractOptions = {}): Extraction {
  const analysis = analyse(doc.text);
  const ctx: DocContext = {
    analysis,
    gazetteer: options.gazetteer ?? loadGazetteer(),
    headline: analysis.sentences.map((s) => isHeadlineCase(analysis.tokens, s)),
  };
  const { entities, units: names } = resolveNames(ctx, findNames(ctx));
  const references = resolveCoreference(ctx, entities, names);
  const units = [...names, ...references].sort((a, b) => a.start - b.start || a.end - b.end);
  const relations = extractRelations(ctx, entities, units);
  return {
    document: { id: doc.id, title: doc.title, chars: doc.text.length },
    ...describe(ctx, entities, units),
    relations,
  };
}

/** The contract's entities and mentions: every entity that is mentioned, with exact spans. */
function describe(ctx: DocContext, drafts: Map<string, EntityDraft>, units: Unit[]): Pick<Extraction, 'entities' | 'mentions'> {
  const { tokens, text } = ctx.analysis;
  const mentions: Mention[] = [];
  const counts = new Map<string, number>();
  for (const u of units) {
    const start = tokens[u.start]!.start;
    const end = tokens[u.end - 1]!.end;
    for (const entity of u.entities) {
      mentions.push({ entity, start, end, text: text.slice(start, end), kind: u.kind, sentence: u.sentence });
      counts.set(entity, (counts.get(entity) ?? 0) + 1);
    }
  }
  const entities: Entity[] = [];
  for (const d of [...drafts.values()].sort((a, b) => a.firstToken - b.firstToken)) {
    const n = counts.get(d.id);
    if (!n) continue;
    const entity: Entity = { id: d.id, name: d.name, type: d.type, aliases: [...d.aliases].filter((a) => a !== d.name), mentions: n };
    if (d.known?.geo) entity.geo = d.known.geo;
    entities.push(entity);
  }
  return { entities, mentions };
}
