import { typeLabel } from './dom.js';
import type { ExplorerGraph } from './graph-data.js';
import { nearestEdge, nodeAt } from './pick.js';
import type { Renderer } from './renderer.js';

// Clicks and hovering, with what is under the pointer found by pick.ts. The hover label is a
// page element over the canvas, so that pointing at a node costs no redraw of the graph.

export interface PointerHandlers {
  onNode(id: string): void;
  onEdge(id: string): void;
  /** A click on nothing. */
  onNothing(): void;
}

export function attachPointer(renderer: Renderer, graph: ExplorerGraph, tip: HTMLElement, handlers: PointerHandlers): void {
  const container = renderer.getContainer();
  let frame = 0;
  let hovered: string | null = null;
  const hide = () => {
    hovered = null;
    tip.hidden = true;
    container.classList.remove('pointing');
  };
  const hover = (at: { x: number; y: number }) => {
    const node = nodeAt(renderer, graph, at);
    const edge = node ? null : nearestEdge(renderer, graph, at);
    container.classList.toggle('pointing', node !== null || edge !== null);
    if (node === hovered) return;
    if (!node) return void ((hovered = null), (tip.hidden = true));
    hovered = node;
    const data = renderer.getNodeDisplayData(node)!;
    const p = renderer.framedGraphToViewport(data);
    const attrs = graph.getNodeAttributes(node);
    tip.textContent = `${attrs.label} · ${typeLabel(attrs.entityType)}`;
    tip.style.left = `${Math.round(p.x + renderer.scaleSize(data.size) + 6)}px`;
    tip.style.top = `${Math.round(p.y - 10)}px`;
    tip.hidden = false;
  };

  // From the mouse captor rather than sigma's clickNode/clickStage: sigma decides between
  // those by reading its picking buffer, which the node program no longer draws into.
  renderer.getMouseCaptor().on('click', (at) => {
    const node = nodeAt(renderer, graph, at);
    const edge = node ? null : nearestEdge(renderer, graph, at);
    if (node) handlers.onNode(node);
    else if (edge) handlers.onEdge(edge);
    else handlers.onNothing();
  });
  // One look per animation frame, however fast the pointer moves.
  renderer.getMouseCaptor().on('mousemove', ({ x, y }) => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => hover({ x, y }));
  });
  container.addEventListener('mouseleave', hide);
  renderer.getCamera().on('updated', hide);
}
