import Sigma from 'sigma';
import { NodePointProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeData, ExplorerGraph, NodeData } from './graph-data.js';
import { edgeReducer, nodeReducer, type ViewState } from './view-state.js';

export type Renderer = Sigma<NodeData, EdgeData>;

/**
 * Nodes as round GL points (one vertex each; sigma's default circle program uses three),
 * without sigma's picking pass, which draws every node a second time into an offscreen
 * buffer and reads a pixel back on each pointer move. In the software WebGL of headless
 * browsers both halved the cost of a frame of 10,000 nodes (docs/benchmarks.md, "Explorer
 * page"). pick.ts finds nodes by geometry instead.
 */
class NodeDiscProgram extends NodePointProgram<NodeData, EdgeData> {
  constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: Renderer) {
    super(gl, null, renderer);
  }
}

/**
 * Label settings chosen so that names stay readable on a dense graph: sigma draws at most
 * a few labels per grid cell (the biggest nodes' first), and none for nodes drawn smaller
 * than the threshold; focused nodes and their neighbours force theirs.
 */
export const RENDER_SETTINGS: Partial<Settings<NodeData, EdgeData>> = Object.freeze({
  defaultEdgeType: 'arrow',
  renderEdgeLabels: false,
  // Edges are picked by pick.ts too: sigma's picking would draw every edge a second time.
  enableEdgeEvents: false,
  nodeProgramClasses: { circle: NodeDiscProgram },
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

/** On a large graph, arrow heads are drawn from this zoom in (camera ratio 1 shows the whole graph). */
export const ARROWS_BELOW_RATIO = 0.5;

export function createRenderer(graph: ExplorerGraph, container: HTMLElement, state: ViewState, large: boolean): Renderer {
  const renderer = new Sigma<NodeData, EdgeData>(graph, container, {
    ...RENDER_SETTINGS,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    // Seen whole, a large graph's arrow heads are a pixel or two, and drawing them costs a
    // second edge program (a sixth of the first picture in the software-rendered browser of
    // the tests): plain lines until the analyst zooms in.
    defaultEdgeType: large ? 'line' : 'arrow',
    nodeReducer: nodeReducer(state),
    edgeReducer: edgeReducer(state, graph),
  });
  // Sigma follows the window's size only; the stage also narrows when the side panel opens,
  // and a canvas of the old size would put nodes under the panel, out of reach of a click.
  new ResizeObserver(() => renderer.refresh({ schedule: true })).observe(container);
  if (large) {
    const camera = renderer.getCamera();
    camera.on('updated', ({ ratio }) => {
      const type = ratio < ARROWS_BELOW_RATIO ? 'arrow' : 'line';
      if (renderer.getSetting('defaultEdgeType') === type) return;
      renderer.setSetting('defaultEdgeType', type);
      renderer.refresh({ schedule: true });
    });
  }
  return renderer;
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
