// Bundles the explorer page (src/web) into dist/web with esbuild: one script and one
// stylesheet whose names carry a content hash (so the server can let browsers cache them
// for good), and index.html pointing at them. Everything the page needs is in the bundle:
// it loads nothing from another origin and works offline.
//
//   node scripts/build-web.mjs [--dev]     (--dev: no minification)
//
// `npm run build:web` type-checks src/web (src/web/tsconfig.json) first; esbuild itself
// only strips types.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WEB_SOURCE = join(ROOT, 'src', 'web');
export const WEB_OUT = join(ROOT, 'dist', 'web');

/** Builds the page into `outDir`; returns the files written and their sizes in bytes. */
export async function buildWeb({ outDir = WEB_OUT, minify = true } = {}) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: join(WEB_SOURCE, 'main.ts') },
    tsconfig: join(WEB_SOURCE, 'tsconfig.json'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Browsers with WebGL2 and the JavaScript the page uses; Debian's chromium is far newer.
    target: ['chrome100', 'firefox100', 'safari15'],
    minify,
    sourcemap: 'linked',
    entryNames: '[name]-[hash]',
    outdir: outDir,
    metafile: true,
    legalComments: 'eof',
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((p) => basename(p));
  const script = outputs.find((f) => f.endsWith('.js'));
  const style = outputs.find((f) => f.endsWith('.css'));
  if (!script || !style) throw new Error(`build-web: esbuild wrote no script or stylesheet (${outputs.join(', ')})`);
  const template = await readFile(join(WEB_SOURCE, 'index.html'), 'utf8');
  await writeFile(join(outDir, 'index.html'), template.replace('{{script}}', script).replace('{{style}}', style));
  const sizes = {};
  for (const [path, out] of Object.entries(result.metafile.outputs)) sizes[basename(path)] = out.bytes;
  sizes['index.html'] = Buffer.byteLength(template);
  return sizes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await buildWeb({ minify: !process.argv.includes('--dev') });
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  for (const [file, bytes] of Object.entries(sizes)) console.log(`dist/web/${file}  ${kb(bytes)}`);
}
