import { MultiDirectedGraph } from 'graphology';
import { InputError, NotFoundError } from '../core/errors.js';
import {
  ENTITY_TYPES,
  RELATION_STATUSES,
  RELATION_TYPES,
  type EntityType,
  type RelationStatus,
  type RelationType,
} from '../core/types.js';
import type { KnowledgeGraph } from '../graph/store.js';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.js';

/** What part of the graph to export; every field is optional and they combine with AND. */
export interface ExportFilter {
  /** Keep entities of these types (and the relations between them). */
  types?: EntityType[];
  relationTypes?: RelationType[];
  /** Keep relations at least this confident (0 to 1). */
  minConfidence?: number;
  statuses?: RelationStatus[];
  /** Keep the entities within `depth` relations of `id`, either direction, over kept relations. */
  around?: { id: string; depth: number };
}

/**
 * The part of the graph a filter keeps. Node filters drop entities with their relations;
 * relation filters drop relations and keep every entity (a tool can hide isolated nodes).
 * An empty filter returns the graph itself; otherwise a new graph that shares the attribute
 * objects with the original, so nothing is copied but the structure, and it must be read,
 * not written to. Ids are graph ids: a merged entity's old id is the store's to resolve.
 */
export function filterGraph(graph: KnowledgeGraph, filter: ExportFilter = {}): KnowledgeGraph {
  checkFilter(filter);
  const { types, relationTypes, minConfidence, statuses, around } = filter;
  if (!types && !relationTypes && minConfidence === undefined && !statuses && !around) return graph;
  const typeSet = types && new Set<string>(types);
  const relationSet = relationTypes && new Set<string>(relationTypes);
  const statusSet = statuses && new Set<string>(statuses);
  const keepNode = (attrs: NodeAttributes): boolean => !typeSet || typeSet.has(attrs.type);
  const keepEdge = (attrs: EdgeAttributes, source: string, target: string): boolean =>
    (!relationSet || relationSet.has(attrs.type)) &&
    (minConfidence === undefined || attrs.confidence >= minConfidence) &&
    (!statusSet || statusSet.has(attrs.status)) &&
    keepNode(graph.getNodeAttributes(source)) &&
    keepNode(graph.getNodeAttributes(target));
  const nodes = around ? neighbourhood(graph, around, keepNode, keepEdge) : undefined;
  const out: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.forEachNode((id, attrs) => {
    if (nodes ? nodes.has(id) : keepNode(attrs)) out.addNode(id, attrs);
  });
  graph.forEachEdge((key, attrs, source, target) => {
    if (out.hasNode(source) && out.hasNode(target) && keepEdge(attrs, source, target)) {
      out.addDirectedEdgeWithKey(key, source, target, attrs);
    }
  });
  return out;
}

function neighbourhood(
  graph: KnowledgeGraph,
  around: { id: string; depth: number },
  keepNode: (attrs: NodeAttributes) => boolean,
  keepEdge: (attrs: EdgeAttributes, source: string, target: string) => boolean,
): Set<string> {
  if (!graph.hasNode(around.id)) throw new NotFoundError(`export filter: no entity with id "${around.id}"`);
  if (!keepNode(graph.getNodeAttributes(around.id))) return new Set();
  const seen = new Set([around.id]);
  let frontier = [around.id];
  for (let d = 0; d < around.depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      graph.forEachEdge(id, (_key, attrs, source, target) => {
        const other = source === id ? target : source;
        if (seen.has(other) || !keepEdge(attrs, source, target)) return;
        seen.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return seen;
}

function checkFilter(filter: ExportFilter): void {
  checkList('types', filter.types, ENTITY_TYPES);
  checkList('relationTypes', filter.relationTypes, RELATION_TYPES);
  checkList('statuses', filter.statuses, RELATION_STATUSES);
  const c = filter.minConfidence;
  if (c !== undefined && !(typeof c === 'number' && c >= 0 && c <= 1)) {
    throw new InputError(`export filter: minConfidence must be a number from 0 to 1 (got ${String(c)})`);
  }
  const a = filter.around;
  if (a !== undefined && !(typeof a.id === 'string' && Number.isInteger(a.depth) && a.depth >= 0)) {
    throw new InputError('export filter: around needs an entity id and a whole depth of 0 or more');
  }
}

function checkList(name: string, values: readonly string[] | undefined, allowed: readonly string[]): void {
  if (values === undefined) return;
  if (!Array.isArray(values)) throw new InputError(`export filter: ${name} must be a list`);
  const wrong = values.filter((v) => !allowed.includes(v));
  if (wrong.length > 0) {
    throw new InputError(`export filter: unknown ${name} ${wrong.map((v) => `"${v}"`).join(', ')} (expected ${allowed.join(', ')})`);
  }
}
