import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');

/**
 * vitest globalSetup: compiles src/ to dist/ so tests run the real CLI.
 * tsc emits even when some file has a type error; tests then go on with the
 * emitted code (a colleague's work in progress should not block everyone's
 * tests), while `npm ci` (prepare) and `npx tsc -p .` still fail loudly.
 */
export default function setup(): void {
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.json')], { encoding: 'utf8' });
  if (result.status !== 0) {
    const errors = `${result.stdout}${result.stderr}`.trim().split('\n').slice(0, 10).join('\n');
    const missing = existsSync(CLI) ? '' : ' (dist/cli/main.js is missing: CLI tests will fail)';
    console.warn(`warning: tsc reported errors; testing the code it emitted anyway${missing}:\n${errors}`);
  }
  if (existsSync(CLI)) chmodSync(CLI, 0o755);
}
