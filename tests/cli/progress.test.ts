import { describe, expect, it } from 'vitest';
import { clock, formatProgress, formatSummary, secondsLeft } from '../../src/cli/bulk/progress.js';
import type { ProgressState } from '../../src/cli/bulk/progress.js';

const state = (over: Partial<ProgressState>): ProgressState => ({
  read: 0, readBytes: 0, readAll: false, doneBytes: 0, added: 0, duplicates: 0, skipped: 0, failed: 0,
  entities: 0, relations: 0, elapsedMs: 0, ...over,
});

describe('progress line', () => {
  it.each<[string, Partial<ProgressState>, string]>([
    ['nothing done yet, size unknown', {}, 'newsgraph: 0/? documents · 0/s · 0.00 MB/s · 0 entities · 0 relations'],
    [
      'halfway through 2 MB: total extrapolated from bytes read, time left from bytes done',
      { read: 4000, readBytes: 1_000_000, totalBytes: 2_000_000, doneBytes: 800_000, added: 3000, duplicates: 150, skipped: 40, failed: 10, entities: 5123, relations: 812, elapsedMs: 4000 },
      'newsgraph: 3,200/~8,000 documents · 800/s · 0.20 MB/s · 5,123 entities · 812 relations · 10 failed · 0:06 left',
    ],
    [
      'every input read: the total is exact',
      { read: 7600, readBytes: 1_800_000, readAll: true, totalBytes: 1_800_000, doneBytes: 1_700_000, added: 7200, elapsedMs: 10_000 },
      'newsgraph: 7,200/7,600 documents · 720/s · 0.17 MB/s · 0 entities · 0 relations · 0:01 left',
    ],
    [
      'standard input: no size ahead, time left only once all is read',
      { read: 10, readBytes: 500, readAll: true, doneBytes: 250, added: 5, elapsedMs: 1000 },
      'newsgraph: 5/10 documents · 5/s · 0.00 MB/s · 0 entities · 0 relations · 0:01 left',
    ],
  ])('%s', (_, over, line) => {
    expect(formatProgress(state(over))).toBe(line);
  });
});

describe('summary line', () => {
  it('counts every outcome and the graph', () => {
    const s = state({ read: 7600, readAll: true, doneBytes: 1_800_000, added: 7540, duplicates: 50, skipped: 8, failed: 2, entities: 12345, relations: 3456, elapsedMs: 12_300 });
    expect(formatSummary(s)).toBe(
      'newsgraph: 7,600 documents in 12.3 s (618/s, 0.15 MB/s): 7,540 added, 50 already there, 8 skipped, 2 failed; 12,345 entities, 3,456 relations',
    );
  });

  it('says when the run was interrupted', () => {
    expect(formatSummary(state({ added: 64, elapsedMs: 2000, doneBytes: 1000 }), true)).toMatch(/^newsgraph: interrupted after 64 documents in 2\.0 s/);
  });
});

describe('time left', () => {
  it.each([[0, '0:00'], [59.6, '1:00'], [75, '1:15'], [3725, '1:02:05']])('%s s is %s', (seconds, text) => expect(clock(seconds)).toBe(text));

  it('is unknown before anything is done', () => {
    expect(secondsLeft(state({ totalBytes: 100 }))).toBeUndefined();
  });
});
