import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Document, Extraction } from '../../src/core/types.js';
import { extract } from '../../src/extraction/extract.js';
import { GraphStore } from '../../src/graph/store.js';
import { readInputs } from '../../src/input/index.js';
import { toDocument } from '../../src/text/document.js';
import { ROOT } from '../helpers/build.js';
import { startServer, stop } from '../helpers/cli.js';
import { corpus } from '../helpers/corpus.js';
import { allDocumentIds, ingestBatch } from '../helpers/server.js';
import type { IngestInput } from '../helpers/server.js';
import { tempDir } from '../helpers/tmp.js';

// kill -9 of a serving process at random moments while a client ingests a
// corpus through ingestDocuments, real extraction included. After every
// restart: each acknowledged document is there, and the graph equals a clean
// rebuild (extract + GraphStore, in this process) from the documents there.
// Corpus: the first 400 rows of ../shared/corpora/ag_news_test.csv, or the
// synthetic test corpus where that file is absent (a fresh clone in CI).

const AG_NEWS = join(ROOT, '..', 'shared', 'corpora', 'ag_news_test.csv');
const DOCUMENTS = 400;
const BATCH = 10;
const KILLS = 6;
const running: ChildProcessWithoutNullStreams[] = [];

afterEach(async () => {
  for (const child of running.splice(0)) await stop(child, 'SIGKILL');
});

async function loadCorpus(): Promise<IngestInput[]> {
  if (!existsSync(AG_NEWS)) return corpus(DOCUMENTS);
  const docs: IngestInput[] = [];
  for await (const { input } of readInputs([AG_NEWS], { maxBytes: 2_000_000, onWarning: () => undefined })) {
    docs.push({ id: `ag-${docs.length + 1}`, text: input.text, title: input.title ?? '' });
    if (docs.length === DOCUMENTS) break;
  }
  return docs;
}

type Counts = Map<string, string>;

/** Entities and relations with what a double-applied or lost document would change: mention, evidence and document counts. */
async function served(url: string): Promise<{ nodes: Counts; edges: Counts }> {
  const response = await fetch(url.replace(/\/graphql$/, '/export/graph.json'));
  const graph = (await response.json()) as { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { key: string; attributes: Record<string, unknown> }[] };
  return {
    nodes: new Map(graph.nodes.map((n) => [n.key, `${n.attributes.entityType} m${n.attributes.mentionCount} d${n.attributes.documentCount}`])),
    edges: new Map(graph.edges.map((e) => [e.key, `e${e.attributes.evidenceCount} d${e.attributes.documentCount}`])),
  };
}

const extracted = new Map<string, { doc: Document; extraction: Extraction }>();

function rebuilt(inputs: IngestInput[]): { nodes: Counts; edges: Counts } {
  const store = new GraphStore();
  for (const input of inputs) {
    let done = extracted.get(input.id);
    if (!done) {
      const doc = toDocument(input);
      done = { doc, extraction: extract(doc) };
      extracted.set(input.id, done);
    }
    store.addDocument(done.doc, done.extraction, '2025-01-01T00:00:00.000Z');
  }
  const nodes: Counts = new Map();
  const edges: Counts = new Map();
  store.graph.forEachNode((id, a) => void nodes.set(id, `${a.type} m${a.mentionCount} d${a.documentCount}`));
  store.graph.forEachEdge((id, a) => void edges.set(id, `e${a.evidence.length} d${a.documentCount}`));
  return { nodes, edges };
}

describe('kill -9 of the server while it ingests', () => {
  it(`keeps every acknowledged document exactly once, and the graph equals a clean rebuild (${KILLS} kills)`, async () => {
    const docs = await loadCorpus();
    const dataDir = join(tempDir(), 'data');
    const acked = new Set<string>();
    let next = 0;
    const check = async (url: string, round: number) => {
      const present = await allDocumentIds(url);
      for (const id of acked) expect(present.includes(id), `round ${round}: acknowledged ${id} is missing`).toBe(true);
      // Batches go one at a time, in order: what is there is a prefix of what was sent, each once.
      expect(new Set(present).size, `round ${round}: a document listed twice`).toBe(present.length);
      expect([...present].sort(), `round ${round}`).toEqual(docs.slice(0, present.length).map((d) => d.id).sort());
      const graph = await served(url);
      const clean = rebuilt(docs.slice(0, present.length));
      expect(graph.nodes, `round ${round}: entities differ from a clean rebuild`).toEqual(clean.nodes);
      expect(graph.edges, `round ${round}: relations differ from a clean rebuild`).toEqual(clean.edges);
      return present.length;
    };

    let kills = 0;
    for (let round = 0; kills < KILLS; round++) {
      const server = await startServer(['--port', '0', '--data', dataDir, '--workers', '1']);
      running.push(server.child);
      await check(server.url, round);
      // Kill at a random moment after this round's first acknowledgement, mostly in the middle of a request.
      let killTimer: NodeJS.Timeout | undefined;
      let killSent = false;
      const killed = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
      while (next < docs.length && server.child.exitCode === null && server.child.signalCode === null) {
        const batch = docs.slice(next, next + BATCH);
        try {
          for (const id of await ingestBatch(server.url, batch)) acked.add(id);
        } catch (err) {
          if (!killSent) throw err;
          break; // killed mid-request: not acknowledged, sent again next round
        }
        next += batch.length;
        killTimer ??= setTimeout(() => {
          killSent = true;
          server.child.kill('SIGKILL');
        }, Math.random() * 1500);
      }
      clearTimeout(killTimer);
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
      await killed;
      kills++;
      // The batch that was in flight may or may not have been committed: send it again (a no-op if it was).
      next = Math.max(0, next - BATCH);
      next -= next % BATCH;
    }
    expect(kills).toBe(KILLS);
    // The rest without a kill, then the last check.
    const last = await startServer(['--port', '0', '--data', dataDir, '--workers', '1']);
    running.push(last.child);
    for (; next < docs.length; next += BATCH) for (const id of await ingestBatch(last.url, docs.slice(next, next + BATCH))) acked.add(id);
    const present = await check(last.url, KILLS);
    expect(present).toBe(docs.length);
    expect(acked.size).toBe(docs.length);
  });
});
