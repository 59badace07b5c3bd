import type { Page } from 'playwright-core';

// Reading the live explorer (window.explorer: the graph and the sigma renderer) to find
// where things are drawn, so that the tests click where an analyst would.

type Point = { x: number; y: number };
type Win = { explorer: { graph: any; renderer: any; state: any } };

/** The id of the node labelled `label`, or null. */
export function nodeByLabel(page: Page, label: string): Promise<string | null> {
  return page.evaluate((label) => {
    const { graph } = (window as unknown as Win).explorer;
    return graph.findNode((_n: string, a: { label: string }) => a.label === label) ?? null;
  }, label);
}

/** The id of the `type` edge from the node labelled `from` to the node labelled `to`. */
export function edgeBetween(page: Page, from: string, type: string, to: string): Promise<string | null> {
  return page.evaluate(({ from, type, to }) => {
    const { graph } = (window as unknown as Win).explorer;
    const label = (n: string) => graph.getNodeAttribute(n, 'label');
    return graph.findEdge((_e: string, a: { relationType: string }, s: string, t: string) => a.relationType === type && label(s) === from && label(t) === to) ?? null;
  }, { from, type, to });
}

/** Where a node is drawn, in page coordinates. */
export async function nodePoint(page: Page, id: string): Promise<Point> {
  const box = (await page.locator('#graph').boundingBox())!;
  const p = await page.evaluate((id) => {
    const { renderer } = (window as unknown as Win).explorer;
    return renderer.framedGraphToViewport(renderer.getNodeDisplayData(id));
  }, id);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** The middle of an edge as drawn, in page coordinates. */
export async function edgePoint(page: Page, id: string): Promise<Point> {
  const [source, target] = await page.evaluate((id) => (window as unknown as Win).explorer.graph.extremities(id), id);
  const [a, b] = [await nodePoint(page, source), await nodePoint(page, target)];
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** Waits for camera and node animations to end (the longest is 700 ms). */
export function settle(page: Page): Promise<void> {
  return page.waitForTimeout(800);
}
