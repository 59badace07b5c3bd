import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ENTITY_COLOURS } from '../../src/layout/palette.js';
import { countPixels, findChromium, launchChromium, openPage, screenshot } from './helpers/browser.js';
import { edgeBetween, edgePoint, nodeByLabel, nodePoint, settle } from './helpers/page.js';
import { buildPage, startServer, type RunningServer } from './helpers/server.js';

// The explorer page in real headless Chromium against the real server over the seed article:
// it draws, searches, explains a relation with its evidence, and grows live.

const TOKEN = 'explorer-test-token';
let browser: Browser;
let seeded: RunningServer;
let page: Page;
let problems: string[];

beforeAll(async () => {
  findChromium(); // fails first, saying how to install it
  await buildPage();
  [browser, seeded] = await Promise.all([launchChromium(), startServer({ seed: true, token: TOKEN })]);
  ({ page, problems } = await openPage(browser, `${seeded.base}/`));
});
afterAll(async () => {
  await browser?.close();
  await seeded?.close();
});

const panel = () => page.locator('#details');

describe('the explorer over the seed graph', () => {
  it('draws the graph: the canvas has ink in the palette colours', async () => {
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    await screenshot(page, 'explorer-seed');
    const pixels = await countPixels(browser, await page.locator('#graph').screenshot(), Object.values(ENTITY_COLOURS));
    expect(pixels.inked).toBeGreaterThan(0.002);
    expect(Object.values(pixels.near).filter((n) => n > 20).length).toBeGreaterThanOrEqual(3);
    await expect(page.locator('#counts').textContent()).resolves.toMatch(/^\d+ entities · \d+ relations$/);
  });

  it('lists every entity and relation type in the legend, with their colours', async () => {
    const names = (which: string) => page.locator(`[data-legend="${which}"] .name`).allTextContents();
    expect(await names('entities')).toEqual(['Person', 'Armed group', 'Organisation', 'Country', 'Place']);
    expect(await names('relations')).toEqual(['Backs', 'Captured', 'Sanctioned', 'Investigates']);
    expect(await names('statuses')).toEqual(['Asserted', 'Claimed', 'Denied', 'Negated', 'Hypothetical']);
    const armed = await page.locator('[data-legend="entities"] li').nth(1).locator('.swatch').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(armed).toBe('rgb(213, 94, 0)'); // ENTITY_COLOURS.ARMED_GROUP, #D55E00
  });

  it('finds "walikale" through the search box, focuses the camera on it and highlights it and its neighbours', async () => {
    const before = await page.evaluate(() => (window as any).explorer.renderer.getCamera().ratio);
    await page.locator('#search').fill('walikale');
    const suggestion = page.locator('#suggestions li', { hasText: 'Walikale' }).first();
    await suggestion.waitFor();
    await suggestion.click();
    await panel().locator('h2', { hasText: 'Walikale' }).waitFor();
    await settle(page);
    const id = await nodeByLabel(page, 'Walikale');
    const view = await page.evaluate((id) => {
      const { renderer, state } = (window as any).explorer;
      return { ratio: renderer.getCamera().ratio, focused: [...state.focus.nodes], near: [...state.focus.near].length };
    }, id);
    expect(view.ratio).toBeLessThan(before);
    expect(view.focused).toEqual([id]);
    expect(view.near).toBeGreaterThan(1);
    await expect(panel().locator('[data-type="CAPTURED"] .ends').first().textContent()).resolves.toContain('M23');
    await screenshot(page, 'explorer-search');
  });

  it('shows the evidence of CAPTURED(M23 -> Walikale), trigger marked, on a click on the edge', async () => {
    await page.evaluate(() => (window as any).explorer.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
    await settle(page);
    const edge = await edgeBetween(page, 'M23', 'CAPTURED', 'Walikale');
    expect(edge).not.toBeNull();
    const at = await edgePoint(page, edge!);
    await page.mouse.click(at.x, at.y);
    await panel().locator('h2', { hasText: 'Captured' }).waitFor();
    expect(await panel().locator('.ends').textContent()).toBe('M23 → Walikale');
    const quote = panel().locator('blockquote', { hasText: 'M23 rebels captured the town of Walikale' });
    await expect(quote.count()).resolves.toBe(1);
    expect(await quote.locator('mark').textContent()).toBe('captured');
    expect(await panel().locator('.source').first().textContent()).toContain('Rwanda-backed M23 rebels capture Walikale');
    await screenshot(page, 'explorer-edge');
  });

  it('names a node under the pointer, and opens it with its relations grouped by type on a click', async () => {
    // Sigma counts two clicks within its doubleClickTimeout as a double click (a zoom, no
    // click); the busy software-rendered page can run that timer late, after the next click.
    await settle(page);
    const at = await nodePoint(page, (await nodeByLabel(page, 'M23'))!);
    await page.mouse.move(at.x, at.y);
    await page.locator('#hover', { hasText: 'M23 · Armed group' }).waitFor();
    await page.mouse.click(at.x, at.y);
    await panel().locator('h2', { hasText: 'M23' }).waitFor();
    const groups = await panel().locator('.relation-group h3').allTextContents();
    expect(groups.some((g) => g.startsWith('Captured ('))).toBe(true);
    expect(groups.some((g) => g.startsWith('Backs ('))).toBe(true);
    await page.mouse.move(1, 1);
    await settle(page);
    await screenshot(page, 'explorer-entity');
  });

  it('filters by entity type and minimum confidence', async () => {
    const place = page.locator('input[data-filter="entity"][value="PLACE"]');
    await place.uncheck();
    const walikale = (await nodeByLabel(page, 'Walikale'))!;
    const hidden = () => page.evaluate((id) => (window as any).explorer.renderer.getNodeDisplayData(id).hidden, walikale);
    expect(await hidden()).toBe(true);
    await expect(page.locator('#counts').textContent()).resolves.toContain('showing');
    await place.check();
    expect(await hidden()).toBe(false);
    await page.locator('#min-confidence').fill('1');
    await expect(page.locator('#counts').textContent()).resolves.toMatch(/showing \d+ and 0\)/);
    await page.locator('#min-confidence').fill('0');
  });

  it('offers every export format for download, and GraphiQL', async () => {
    const links = await page.locator('#downloads a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['gexf', 'graphml', 'json', 'cyjs', 'nodes.csv', 'edges.csv', 'dot', 'geojson', 'cypher'].map((e) => `/export/graph.${e}`));
    const gexf = await page.evaluate(async () => {
      const r = await fetch('/export/graph.gexf');
      return { status: r.status, type: r.headers.get('content-type') };
    });
    expect(gexf).toEqual({ status: 200, type: 'application/gexf+xml; charset=utf-8' });
    expect(await page.locator('#graphiql').getAttribute('href')).toBe('/graphql');
  });
});

describe('growing the graph live', () => {
  const fill = async (title: string, url: string, text: string) => {
    await page.locator('#ingest-title').fill(title);
    await page.locator('#ingest-url').fill(url);
    await page.locator('#ingest-text').fill(text);
  };
  const hasLabel = (label: string) => page.waitForFunction((label) =>
    (window as any).explorer.graph.someNode((_n: string, a: { label: string }) => a.label === label), label, { timeout: 20_000 });

  it('says so when the server refuses the token, and ingests with it; the new nodes appear without a reload', async () => {
    await page.evaluate(() => ((window as any).notReloaded = true));
    await page.locator('#toggle-ingest').click();
    await expect(page.locator('#ingest-token-row').isVisible()).resolves.toBe(true);
    await fill('ADF take Beni', 'https://news.example/adf-beni', 'Uganda-backed ADF fighters captured the town of Beni in North Kivu.');
    await page.locator('#ingest-token').fill('wrong-token');
    await page.locator('#ingest-submit').click();
    await page.locator('#ingest-status[data-kind="error"]').waitFor();
    expect(await page.locator('#ingest-status').textContent()).toMatch(/refused the token/);
    expect(await page.locator('#message').getAttribute('data-kind')).toBe('error');
    await screenshot(page, 'explorer-token-refused');

    const before = await page.evaluate(() => (window as any).explorer.graph.order);
    await page.locator('#ingest-token').fill(TOKEN);
    await page.locator('#ingest-submit').click();
    await hasLabel('Beni');
    expect(await page.evaluate(() => (window as any).explorer.graph.order)).toBeGreaterThan(before);
    expect(await page.locator('#ingest-status').textContent()).toMatch(/^Added \d+ entit/);
    expect(await page.evaluate(() => (window as any).notReloaded)).toBe(true);
    await settle(page);
    await screenshot(page, 'explorer-ingested');

    // The new relation links to its source article.
    const edge = await edgeBetween(page, 'Allied Democratic Forces', 'CAPTURED', 'Beni');
    await page.evaluate((id) => (window as any).explorer.selectEdge(id), edge);
    const link = panel().locator('.source a');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://news.example/adf-beni');
    expect(await link.textContent()).toBe('ADF take Beni');
  });

  it('draws an article another client ingests, through the graphChanged subscription', async () => {
    const response = await fetch(`${seeded.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: 'mutation($t: String!) { ingestDocument(input: {text: $t}) { documentId } }', variables: { t: 'Burundi-backed FDLR rebels captured the town of Uvira.' } }),
    });
    expect(response.status).toBe(200);
    await hasLabel('Uvira');
    expect(await page.evaluate(() => (window as any).notReloaded)).toBe(true);
  });

  it('logged no errors on the way', () => {
    // The refused token is the one expected failure (the browser logs the 401).
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
  });
});
