import { readFileSync } from 'node:fs';

/** The version in package.json, two levels up from dist/cli/ (and from src/cli/). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
