import { ENTITY_TYPES, RELATION_STATUSES, RELATION_TYPES } from '../core/types.js';
import type { ExportFilter } from '../export/index.js';
import type { GraphStore } from '../graph/store.js';
import { intOption, type Options, type Parsed, stringOption } from './args.js';
import { UsageError } from './errors.js';

// The export filter as command-line flags: the same filter as the server's /export route and
// the GraphQL export field take (src/export/filter.ts).

export const FILTER_FLAGS: Options = {
  types: { type: 'string' },
  'relation-types': { type: 'string' },
  statuses: { type: 'string' },
  'min-confidence': { type: 'string' },
  around: { type: 'string' },
  depth: { type: 'string' },
};

export const FILTER_HELP = `  --types A,B          keep only entities of these types (${ENTITY_TYPES.join(', ')})
  --relation-types A,B keep only these relations (${RELATION_TYPES.join(', ')})
  --statuses A,B       keep only relations of these statuses (${RELATION_STATUSES.join(', ')})
  --min-confidence X   keep only relations at least this confident (0 to 1)
  --around ID          keep only what is within --depth relations of this entity
  --depth N            for --around: how many relations away (default 1, at most 3)`;

const MAX_DEPTH = 3;

/**
 * The filter the flags ask for, checked now (before a long build), completed with the graph:
 * `--around` names an entity, found (through curated merges) once the graph is there.
 */
export function filterFlags(command: string, parsed: Parsed): (store: GraphStore) => ExportFilter {
  const filter: ExportFilter = {};
  const list = <T extends string>(flag: string, allowed: readonly T[]): T[] | undefined => {
    const raw = stringOption(parsed, flag);
    if (raw === undefined) return undefined;
    const items = raw.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
    const wrong = items.find((i) => !(allowed as readonly string[]).includes(i));
    if (wrong !== undefined || items.length === 0) throw new UsageError(`${command}: --${flag} takes ${allowed.join(', ')}; got "${raw}"`);
    return items as T[];
  };
  const types = list('types', ENTITY_TYPES);
  const relationTypes = list('relation-types', RELATION_TYPES);
  const statuses = list('statuses', RELATION_STATUSES);
  if (types) filter.types = types;
  if (relationTypes) filter.relationTypes = relationTypes;
  if (statuses) filter.statuses = statuses;
  const confidence = stringOption(parsed, 'min-confidence');
  if (confidence !== undefined) {
    const c = Number(confidence);
    if (confidence.trim() === '' || !(c >= 0 && c <= 1)) throw new UsageError(`${command}: --min-confidence must be a number from 0 to 1, not "${confidence}"`);
    filter.minConfidence = c;
  }
  const around = stringOption(parsed, 'around');
  const depthFlag = stringOption(parsed, 'depth');
  if (around === undefined && depthFlag !== undefined) throw new UsageError(`${command}: --depth goes with --around ID`);
  const depth = intOption(command, 'depth', depthFlag, 1, MAX_DEPTH);
  return (store) => {
    if (around === undefined) return filter;
    const id = store.resolve(around);
    if (!store.graph.hasNode(id)) throw new UsageError(`${command}: --around: no entity with id "${around}" in the graph`);
    return { ...filter, around: { id, depth } };
  };
}

/** Whether any filter flag was given. */
export function hasFilterFlag(parsed: Parsed): boolean {
  return Object.keys(FILTER_FLAGS).some((flag) => parsed.values[flag] !== undefined);
}
