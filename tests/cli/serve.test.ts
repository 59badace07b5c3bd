import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { ROOT } from '../helpers/build.js';
import { graphql, runCli, startServer, stop } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const SEEDS = join(ROOT, 'seeds');
const DOCUMENTS = '{ documents { totalCount nodes { id title source } } }';
const running: ChildProcessWithoutNullStreams[] = [];

afterEach(async () => {
  for (const child of running.splice(0)) await stop(child, 'SIGKILL');
});

describe('newsgraph serve', () => {
  it('ingests its inputs into the data directory, serves them, and stops cleanly on SIGTERM', async () => {
    const cwd = tempDir();
    const server = await startServer([SEEDS, '--port', '0'], { cwd });
    running.push(server.child);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(server.stderr()).toMatch(/serving .* \(1 documents, data in data\)/);
    await expect.poll(() => server.stderr()).toMatch(/open http:\/\/127\.0\.0\.1:\d+\/ in a browser to explore the graph/);
    const result = await graphql(server.url, DOCUMENTS);
    expect(result.data.documents).toEqual({
      totalCount: 1,
      nodes: [{ id: expect.any(String), title: 'Rwanda-backed M23 rebels capture Walikale in eastern Congo', source: 'www.mymotherlode.com' }],
    });

    // A second process on the same data directory is refused, naming the first one's pid.
    const second = await runCli(['serve', '--port', '0'], { cwd });
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(`newsgraph: data directory "data" is in use by another newsgraph process (pid ${server.child.pid}); stop it or use another --data directory\n`);

    expect(await stop(server.child)).toBe(0);
    expect(readdirSync(join(cwd, 'data')).sort()).toEqual(['journal-000002.jsonl', 'snapshot.json']);

    // Restarted without inputs, on the same data directory: the document is still there.
    const again = await startServer(['--port', '0', '--data', join(cwd, 'data')]);
    running.push(again.child);
    expect((await graphql(again.url, DOCUMENTS)).data.documents.totalCount).toBe(1);
  });

  it('fails with one line when the port is taken', async () => {
    const first = await startServer(['--port', '0', '--data', join(tempDir(), 'a')]);
    running.push(first.child);
    const port = new URL(first.url).port;
    const other = join(tempDir(), 'b');
    const second = await runCli(['serve', '--port', port, '--data', other]);
    expect(second.code).toBe(1);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).toMatch(/EADDRINUSE/);
    // The data directory it opened is released on the way out.
    expect(existsSync(join(other, 'LOCK'))).toBe(false);
  });
});
