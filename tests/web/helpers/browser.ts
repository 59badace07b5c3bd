import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

// Real headless Chromium: Debian's package, driven by playwright-core. Playwright's own
// browser downloads are never used (`npx playwright install` cannot run here), so a missing
// chromium is a failure that says how to install it, never a silent skip.

export const OUTPUT = join(import.meta.dirname, '..', '..', 'output');

export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** The chromium binary: $CHROMIUM_PATH, else `chromium` (Debian) or `chromium-browser` on the PATH. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, ...['chromium', 'chromium-browser'].map(which)];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error('Browser tests need Debian\'s chromium and found none (looked for $CHROMIUM_PATH, `chromium`, `chromium-browser` on the PATH). '
      + 'Install it with `apt-get install -y chromium`; CI: add chromium to APT_PACKAGES in .ci/run.');
  }
  return found;
}

function which(name: string): string | undefined {
  const result = spawnSync('which', [name], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** A headless chromium with a fresh profile (playwright gives each launch a new temporary user-data-dir). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
}

/** A page that records what went wrong in it: uncaught errors and console errors. */
export async function openPage(browser: Browser, url: string, before?: (page: Page) => Promise<void>): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
  await before?.(page);
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 15_000 });
  return { page, problems };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT, { recursive: true });
  const path = join(OUTPUT, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export interface PixelCount {
  /** Share of pixels that are not the white background. */
  inked: number;
  /** For each colour asked about, how many pixels are close to it. */
  near: Record<string, number>;
}

/** Counts the pixels of a PNG, decoded by the browser itself (in a blank page of its own). */
export async function countPixels(browser: Browser, png: Buffer, colours: string[]): Promise<PixelCount> {
  const scratch = await browser.newPage();
  try {
    return await scratch.evaluate(async ({ b64, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${b64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      const targets = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
      const near: Record<string, number> = Object.fromEntries(colours.map((c) => [c, 0]));
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r < 245 || g < 245 || b < 245) inked++;
        targets.forEach(([tr, tg, tb], k) => {
          if (Math.abs(r - tr!) + Math.abs(g - tg!) + Math.abs(b - tb!) < 30) near[colours[k]!]!++;
        });
      }
      return { inked: inked / (data.length / 4), near };
    }, { b64: png.toString('base64'), colours });
  } finally {
    await scratch.close();
  }
}
