import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium, openPage, screenshot } from './helpers/browser.js';
import { buildPage, startServer, type RunningServer } from './helpers/server.js';

// What the page says when there is nothing to show or the server fails.

let browser: Browser;
let empty: RunningServer;
let closed = false;

beforeAll(async () => {
  findChromium();
  await buildPage();
  [browser, empty] = await Promise.all([launchChromium(), startServer({ seed: false })]);
});
afterAll(async () => {
  await browser?.close();
  if (!closed) await empty?.close();
});

describe('the explorer says what is wrong', () => {
  it('a server error: the message, with the status', async () => {
    const { page } = await openPage(browser, `${empty.base}/`, (p) => p.route('**/web/graph.json', (route) => route.fulfill({
      status: 500, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
    })));
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('error');
    expect(await page.locator('#message').getAttribute('data-kind')).toBe('error');
    expect(await page.locator('#message .text').textContent()).toMatch(/^Server error: .*500.*Unexpected error/);
    await screenshot(page, 'explorer-server-error');
    await page.close();
  });

  it('an empty graph: an invitation to add an article; then a server that went away: live updates lost', async () => {
    const { page, problems } = await openPage(browser, `${empty.base}/`);
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    expect(await page.locator('#empty').isVisible()).toBe(true);
    expect(await page.locator('#empty').textContent()).toMatch(/graph is empty/);
    expect(await page.locator('#counts').textContent()).toBe('0 entities · 0 relations');
    expect(problems).toEqual([]);
    await screenshot(page, 'explorer-empty');

    await empty.close();
    closed = true;
    await page.locator('#message[data-kind="warning"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('#message .text').textContent()).toMatch(/Live updates lost/);
    await page.close();
  });
});
