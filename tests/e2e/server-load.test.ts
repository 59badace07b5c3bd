import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { ROOT } from '../helpers/build.js';
import { graphql, startServer, stop } from '../helpers/cli.js';
import { docText } from '../helpers/fake-extractor.mjs';
import { allDocumentIds, ingestBatch } from '../helpers/server.js';
import { tempDir } from '../helpers/tmp.js';

// Many clients ingesting and querying one server at once, then SIGTERM in the
// middle of it. Extraction is the fake one (NEWSGRAPH_EXTRACTOR): every
// document mentions Alpha exactly once, so in any consistent state the number
// of documents equals Alpha's mention count, and a query that saw half of a
// document (or of a batch) would see them differ.

const FAULTY = { NEWSGRAPH_EXTRACTOR: join(ROOT, 'tests', 'helpers', 'faulty-extractor.mjs') };
const CHECK = '{ stats { documentCount } entity(id: "organisation:alpha") { mentionCount } }';
const LANES = 8;
const BATCH = 5;
const running: ChildProcessWithoutNullStreams[] = [];

afterEach(async () => {
  for (const child of running.splice(0)) await stop(child, 'SIGKILL');
});

describe('server under concurrent ingests and queries', () => {
  it('never shows half a document, and SIGTERM keeps every acknowledged one', async () => {
    const dataDir = join(tempDir(), 'data');
    const server = await startServer(['--port', '0', '--data', dataDir, '--workers', '2'], { env: FAULTY });
    running.push(server.child);
    const acked = new Set<string>();
    const inconsistent: string[] = [];
    let queries = 0;
    let ingestErrors = 0;
    let stopping = false;

    const ingestLane = async (lane: number) => {
      for (let n = 0; !stopping; n++) {
        const inputs = Array.from({ length: BATCH }, (_, k) => {
          const i = (lane * 10_000) + n * BATCH + k;
          return { id: `doc-${i}`, text: docText(i) };
        });
        try {
          for (const id of await ingestBatch(server.url, inputs)) acked.add(id);
        } catch {
          if (!stopping) ingestErrors++;
          return;
        }
      }
    };
    const queryLane = async () => {
      while (!stopping) {
        const result = await graphql(server.url, CHECK).catch(() => undefined);
        if (!result) return;
        queries++;
        const documents = result.data.stats.documentCount;
        const mentions = result.data.entity?.mentionCount ?? 0;
        if (documents !== mentions) inconsistent.push(`${documents} documents but ${mentions} mentions`);
      }
    };
    const lanes = [...Array.from({ length: LANES }, (_, i) => ingestLane(i)), ...Array.from({ length: LANES }, () => queryLane())];
    // At least 2.5 s and 100 of each (a loaded machine is slow), at most 15 s.
    const started = Date.now();
    while (Date.now() - started < 15_000 && (Date.now() - started < 2500 || queries < 100 || acked.size < 100)) await new Promise((resolve) => setTimeout(resolve, 50));
    // SIGTERM while ingests are in flight: the server drains and flushes.
    const code = stop(server.child, 'SIGTERM');
    stopping = true;
    expect(await code).toBe(0);
    await Promise.all(lanes);
    expect(server.stderr()).toMatch(/newsgraph: stopped\n$/);
    expect(inconsistent).toEqual([]);
    expect(ingestErrors).toBe(0);
    expect(queries).toBeGreaterThan(20);
    expect(acked.size).toBeGreaterThan(20);

    const again = await startServer(['--port', '0', '--data', dataDir, '--workers', '1'], { env: FAULTY });
    running.push(again.child);
    const present = await allDocumentIds(again.url);
    expect(new Set(present).size).toBe(present.length);
    for (const id of acked) expect(present).toContain(id);
    const check = await graphql(again.url, CHECK);
    expect(check.data.stats.documentCount).toBe(present.length);
    expect(check.data.entity.mentionCount).toBe(present.length);
  });
});
