import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeData, ExplorerGraph, NodeData } from './graph-data.js';
import { edgeReducer, nodeReducer, type ViewState } from './view-state.js';

export type Renderer = Sigma<NodeData, EdgeData>;

/**
 * Label settings chosen so that names stay readable on a dense graph: sigma draws at most
 * a few labels per grid cell (the biggest nodes' first), and none for nodes drawn smaller
 * than the threshold; focused nodes and their neighbours force theirs.
 */
export const RENDER_SETTINGS: Partial<Settings<NodeData, EdgeData>> = Object.freeze({
  defaultEdgeType: 'arrow',
  renderEdgeLabels: false,
  // Edges are picked by pick.ts instead: sigma's picking draws every edge a second time.
  enableEdgeEvents: false,
  labelDensity: 0.6,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 3,
  labelFont: 'system-ui, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: '#222222' },
  zIndex: true,
  minCameraRatio: 0.02,
  maxCameraRatio: 4,
  stagePadding: 40,
  // The page is laid out before the graph arrives; a zero-sized container is not an error.
  allowInvalidContainer: true,
});

/** From this many relations up, edges and labels are left out while the camera moves, so that it moves smoothly. */
export const LARGE_GRAPH_EDGES = 5000;

export function createRenderer(graph: ExplorerGraph, container: HTMLElement, state: ViewState, large: boolean): Renderer {
  return new Sigma<NodeData, EdgeData>(graph, container, {
    ...RENDER_SETTINGS,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    nodeReducer: nodeReducer(state),
    edgeReducer: edgeReducer(state, graph),
  });
}

/** Moves the camera onto a node, closer in than now but not closer than a neighbourhood. */
export function focusCamera(renderer: Renderer, node: string): Promise<void> {
  const data = renderer.getNodeDisplayData(node);
  if (!data) return Promise.resolve();
  const camera = renderer.getCamera();
  return camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.35) }, { duration: 500 });
}

/** Where a node is drawn, in CSS pixels from the container's top-left corner. */
export function nodeOnScreen(renderer: Renderer, node: string): { x: number; y: number } | null {
  const data = renderer.getNodeDisplayData(node);
  return data ? renderer.framedGraphToViewport(data) : null;
}
