import type { EntityType, RelationStatus, RelationType } from '../../core/types.js';
import type { ExportFilter } from '../../export/index.js';
import type { GraphStore } from '../../graph/store.js';
import { badInput, bounded } from '../errors.js';

/** The ExportFilter input of the schema (and of the /export route's query string). */
export interface ExportFilterArg {
  types?: EntityType[] | null;
  relationTypes?: RelationType[] | null;
  minConfidence?: number | null;
  statuses?: RelationStatus[] | null;
  around?: string | null;
  depth?: number | null;
}

const MAX_AROUND_DEPTH = 3;

/** To the export stage's filter; `around` follows merges, and an unknown entity is an error. */
export function toExportFilter(where: string, store: GraphStore, arg: ExportFilterArg | null | undefined): ExportFilter {
  const filter: ExportFilter = {};
  if (!arg) return filter;
  if (arg.types?.length) filter.types = arg.types;
  if (arg.relationTypes?.length) filter.relationTypes = arg.relationTypes;
  if (arg.statuses?.length) filter.statuses = arg.statuses;
  if (arg.minConfidence != null) filter.minConfidence = arg.minConfidence;
  if (arg.around != null) {
    const id = store.resolve(arg.around);
    if (!store.graph.hasNode(id)) throw badInput(`${where}: around: no entity with id "${arg.around}"`);
    filter.around = { id, depth: bounded(where, 'depth', arg.depth, 1, 1, MAX_AROUND_DEPTH) };
  }
  return filter;
}

/** The same filter from `?types=PERSON,PLACE&relationTypes=BACKS&minConfidence=0.5&statuses=ASSERTED&around=ID&depth=2`. */
export function exportFilterFromQuery(params: URLSearchParams): ExportFilterArg {
  const list = <T extends string>(name: string) => params.get(name)?.split(',').map((s) => s.trim()).filter(Boolean) as T[] | undefined;
  const number = (name: string) => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n)) throw badInput(`export: ${name} must be a number, got "${raw}"`);
    return n;
  };
  return {
    types: list<EntityType>('types'),
    relationTypes: list<RelationType>('relationTypes'),
    statuses: list<RelationStatus>('statuses'),
    minConfidence: number('minConfidence'),
    around: params.get('around'),
    depth: number('depth'),
  };
}
