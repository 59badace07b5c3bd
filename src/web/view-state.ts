import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EntityType, RelationStatus, RelationType } from '../core/types.js';
import type { EdgeData, ExplorerGraph, NodeData } from './graph-data.js';

// What the analyst chose to see (filters) and to look at (the focused entity or relation).
// Sigma asks the reducers below for every node and edge on each render; they only read the
// state, so the graph itself keeps the server's attributes untouched.

export interface Filters {
  hiddenEntityTypes: Set<EntityType>;
  hiddenRelationTypes: Set<RelationType>;
  hiddenStatuses: Set<RelationStatus>;
  /** Relations under this confidence are hidden. */
  minConfidence: number;
}

export interface Focus {
  /** The entity looked at, or the two ends of the relation looked at. */
  nodes: Set<string>;
  /** Those and their neighbours. */
  near: Set<string>;
  edge: string | null;
}

export interface ViewState {
  filters: Filters;
  focus: Focus | null;
}

export const DIMMED_NODE = '#d8d8d8';
export const DIMMED_EDGE = '#ececec';

export function initialViewState(): ViewState {
  return {
    filters: { hiddenEntityTypes: new Set(), hiddenRelationTypes: new Set(), hiddenStatuses: new Set(), minConfidence: 0 },
    focus: null,
  };
}

/** The focus on an entity: it and its neighbours stay bright. */
export function focusOnNode(graph: ExplorerGraph, node: string): Focus {
  return { nodes: new Set([node]), near: new Set([node, ...graph.neighbors(node)]), edge: null };
}

/** The focus on a relation: its two ends. */
export function focusOnEdge(graph: ExplorerGraph, edge: string): Focus {
  const ends = new Set(graph.extremities(edge));
  return { nodes: ends, near: ends, edge };
}

export function edgeVisible(filters: Filters, data: EdgeData): boolean {
  return !filters.hiddenRelationTypes.has(data.relationType)
    && !filters.hiddenStatuses.has(data.status)
    && data.confidence >= filters.minConfidence;
}

// Sigma hands the reducers a shallow copy of each item's attributes, so they change it in
// place: a refresh of a large graph then allocates nothing per item.

export function nodeReducer(state: ViewState) {
  return (node: string, data: NodeData): Partial<NodeDisplayData> => {
    const { filters, focus } = state;
    const focused = focus?.nodes.has(node) ?? false;
    if (filters.hiddenEntityTypes.has(data.entityType) && !focused) return Object.assign(data, { hidden: true });
    if (!focus) return data;
    if (focused) return Object.assign(data, { highlighted: true, forceLabel: true, zIndex: 2 });
    if (focus.near.has(node)) return Object.assign(data, { forceLabel: true, zIndex: 1 });
    return Object.assign(data, { color: DIMMED_NODE, label: null, zIndex: 0 });
  };
}

export function edgeReducer(state: ViewState, graph: ExplorerGraph) {
  return (edge: string, data: EdgeData): Partial<EdgeDisplayData> => {
    const { filters, focus } = state;
    if (focus?.edge === edge) return Object.assign(data, { size: data.size + 2, zIndex: 2 });
    if (!edgeVisible(filters, data)) return Object.assign(data, { hidden: true });
    const [source, target] = filters.hiddenEntityTypes.size > 0 || focus ? graph.extremities(edge) : ['', ''];
    if (filters.hiddenEntityTypes.size > 0) {
      const hidden = (n: string) => filters.hiddenEntityTypes.has(graph.getNodeAttribute(n, 'entityType')) && !focus?.nodes.has(n);
      if (hidden(source) || hidden(target)) return Object.assign(data, { hidden: true });
    }
    if (!focus) return data;
    const touches = focus.edge === null && (focus.nodes.has(source) || focus.nodes.has(target));
    return touches ? Object.assign(data, { zIndex: 1 }) : Object.assign(data, { color: DIMMED_EDGE, zIndex: 0 });
  };
}
