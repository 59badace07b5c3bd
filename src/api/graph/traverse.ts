import type { RelationType } from '../../core/types.js';
import type { KnowledgeGraph } from '../../graph/store.js';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { EntityRef, RelationRef, edgeRef } from './refs.js';

// Walks over the knowledge graph that honour a direction and a set of
// relation types. Every walk has explicit caps: callers pass the limits.

export type Dir = 'OUT' | 'IN' | 'BOTH';

export const REVERSE: Record<Dir, Dir> = { OUT: 'IN', IN: 'OUT', BOTH: 'BOTH' };

/**
 * Calls `visit` for each edge at `node` in `dir` whose type is in `types` (null = all),
 * with the other end and its attributes; stops when `visit` returns true.
 */
export function someIncident(
  graph: KnowledgeGraph,
  node: string,
  dir: Dir,
  types: ReadonlySet<RelationType> | null,
  visit: (edge: string, attrs: EdgeAttributes, other: string, otherAttrs: NodeAttributes, outgoing: boolean) => boolean | void,
): boolean {
  if (dir !== 'IN' && graph.someOutEdge(node, (e, a, _s, t, _sa, ta) => (types === null || types.has(a.type)) && visit(e, a, t, ta, true) === true)) return true;
  if (dir !== 'OUT' && graph.someInEdge(node, (e, a, s, _t, sa) => (types === null || types.has(a.type)) && visit(e, a, s, sa, false) === true)) return true;
  return false;
}

export function typeSet(types: readonly RelationType[] | null | undefined): ReadonlySet<RelationType> | null {
  return types && types.length ? new Set(types) : null;
}

export interface SubgraphIds {
  nodes: string[];
  edges: string[];
  truncated: boolean;
}

/** A walk's result as references, built from what the walk saw (no second look-up per item). */
export interface SubgraphRefs {
  nodes: EntityRef[];
  edges: RelationRef[];
  truncated: boolean;
}

/**
 * Breadth-first from `start` up to `depth` hops, nearest first. The edges are
 * those the walk followed: every relation from an expanded node to a node of
 * the result (the outermost ring is not expanded, so relations between two of
 * its nodes are left out). `induced` adds them, by scanning every result
 * node's relations: exact, and on a large graph ten times the work.
 */
export function neighbourhoodOf(
  graph: KnowledgeGraph,
  start: string,
  depth: number,
  dir: Dir,
  types: ReadonlySet<RelationType> | null,
  maxNodes: number,
  maxEdges: number,
  induced = false,
): SubgraphRefs {
  const nodes: EntityRef[] = [new EntityRef(start, graph.getNodeAttributes(start))];
  const seen = new Map<string, EntityRef>([[start, nodes[0]!]]);
  const walked = new Map<string, RelationRef>();
  let frontier = [start];
  let truncated = false;
  for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      truncated = someIncident(graph, node, dir, types, (edge, a, other, otherAttrs, outgoing) => {
        if (!seen.has(other)) {
          if (nodes.length >= maxNodes) return true;
          const ref = new EntityRef(other, otherAttrs);
          seen.set(other, ref);
          nodes.push(ref);
          next.push(other);
        }
        if (walked.has(edge)) return false;
        if (walked.size >= maxEdges) return true;
        walked.set(edge, outgoing ? new RelationRef(edge, a, node, other, graph, seen) : new RelationRef(edge, a, other, node, graph, seen));
        return false;
      });
      if (truncated) break;
    }
    frontier = next;
  }
  if (!induced) return { nodes, edges: [...walked.values()], truncated };
  const result = inducedEdges(graph, nodes.map((n) => n.id), seen, types, maxEdges);
  const edges = result.edges.map((key) => edgeRef(graph, key));
  return { nodes, edges, truncated: truncated || result.truncated };
}

/** Edges of `types` whose both ends are in `members`; each edge once (from its source). */
export function inducedEdges(
  graph: KnowledgeGraph,
  nodes: readonly string[],
  members: { has(id: string): boolean },
  types: ReadonlySet<RelationType> | null,
  maxEdges: number,
): { edges: string[]; truncated: boolean } {
  const edges: string[] = [];
  let truncated = false;
  for (const node of nodes) {
    truncated = graph.someOutEdge(node, (e, a, _s, t) => {
      if (!members.has(t) || (types !== null && !types.has(a.type))) return false;
      if (edges.length >= maxEdges) return true;
      edges.push(e);
      return false;
    });
    if (truncated) break;
  }
  return { edges, truncated };
}

/** Distinct neighbours of `node`, sorted by id. */
export function neighboursOf(graph: KnowledgeGraph, node: string, dir: Dir, types: ReadonlySet<RelationType> | null): string[] {
  const out = new Set<string>();
  someIncident(graph, node, dir, types, (_e, _a, other) => void out.add(other));
  return [...out].sort();
}
