import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type NewsgraphServer } from '../../../src/api/index.js';
import { READ_DEFAULTS, readInputs } from '../../../src/input/index.js';
import { openWorkspace, type Workspace } from '../../../src/persist/index.js';
// @ts-expect-error: a plain ES module script without types
import { buildWeb } from '../../../scripts/build-web.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Bundles the page into a directory of this test run's own and points the server at it
 * (NEWSGRAPH_WEB_DIR), so that a parallel run rebuilding dist/web cannot pull it away.
 */
export async function buildPage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-web-'));
  await (buildWeb as (o: { outDir: string }) => Promise<unknown>)({ outDir: dir });
  process.env.NEWSGRAPH_WEB_DIR = dir;
  return dir;
}

export interface RunningServer {
  workspace: Workspace;
  server: NewsgraphServer;
  /** http://127.0.0.1:PORT, no trailing slash. */
  base: string;
  close(): Promise<void>;
}

/** The real server (createServer over an in-memory workspace) on a free port, with the seed articles when asked. */
export async function startServer({ seed, token = '' }: { seed: boolean; token?: string }): Promise<RunningServer> {
  const workspace = await openWorkspace({});
  if (seed) {
    const inputs = [];
    for await (const { input } of readInputs([join(ROOT, 'seeds')], READ_DEFAULTS)) inputs.push(input);
    await workspace.ingestMany(inputs);
  }
  const server = createServer(workspace, { token, log: () => undefined });
  const { url } = await server.listen(0, '127.0.0.1');
  return {
    workspace,
    server,
    base: url.replace(/\/graphql$/, ''),
    async close() {
      await server.close();
      await workspace.close();
    },
  };
}
