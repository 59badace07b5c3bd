import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/persist/index.js';
import { ROOT } from '../helpers/build.js';
import { fakeExtract } from '../helpers/fake-extractor.mjs';
import { tempDir } from '../helpers/tmp.js';

const CHILD = join(ROOT, 'tests', 'helpers', 'ingest-child.mjs');
const ROUNDS = 6;
const PER_ROUND = 60;

/** Runs the child until it has acknowledged `killAfter` documents (or a random delay passed), then SIGKILLs it. */
function runAndKill(dataDir: string, start: number, killAfter: number, delayMs: number): Promise<{ acked: string[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dataDir, String(start), String(PER_ROUND), '5'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let stderr = '';
    let buffered = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') timer = setTimeout(kill, delayMs);
        if (line.startsWith('ack ')) acked.push(line.slice(4));
        if (acked.length >= killAfter) kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ acked, stderr });
    });
  });
}

describe('kill -9 at a random moment', () => {
  it('loses no acknowledged document and applies none twice', async () => {
    const dataDir = tempDir();
    const allAcked = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      // Each round sends new documents plus some of the previous round's, which must be no-ops.
      const start = round * (PER_ROUND - 10);
      const { acked, stderr } = await runAndKill(dataDir, start, 1 + Math.floor(Math.random() * PER_ROUND), Math.random() * 400);
      expect(stderr).not.toMatch(/Error/);
      acked.forEach((id) => allAcked.add(id));

      const warnings: string[] = [];
      const ws = await openWorkspace({ dataDir, extractor: fakeExtract, onWarning: (m) => warnings.push(m) });
      try {
        const present = new Set(ws.store.documents.keys());
        for (const id of allAcked) expect(present.has(id), `acknowledged ${id} missing after round ${round}`).toBe(true);
        // Every document mentions Alpha once: a double-applied document would count twice.
        const alpha = ws.store.graph.hasNode('organisation:alpha') ? ws.store.graph.getNodeAttribute('organisation:alpha', 'mentionCount') : 0;
        expect(alpha).toBe(present.size);
        for (const w of warnings) expect(w).toMatch(/torn last line/);
      } finally {
        await ws.close();
      }
    }
    expect(allAcked.size).toBeGreaterThan(0);
  });
});
