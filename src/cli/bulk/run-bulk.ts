import type { Workspace } from '../../persist/index.js';
import type { ExtractionPool } from '../../pool/index.js';
import type { Options } from '../args.js';
import type { InputFlags } from '../documents.js';
import { POOL_FLAGS, POOL_HELP } from '../extraction.js';
import { warn } from '../report.js';
import { FailureLog } from './failures.js';
import { ingestAll } from './ingest-all.js';
import type { IngestSummary } from './ingest-all.js';
import { trapInterrupt } from './interrupt.js';

/** Flags of the commands that ingest many documents. */
export const BULK_FLAGS = { ...POOL_FLAGS, errors: { type: 'string' } } satisfies Options;
export const BULK_HELP = `${POOL_HELP}
  --errors FILE        write the documents left out (unreadable, not text,
                       extraction failed or timed out) to FILE, one JSON line each`;

/**
 * A bulk ingest as the commands run it, with `pool` as the workspace's
 * extractor: failures to --errors, Ctrl-C stops cleanly, a closing warning
 * with the count of failed documents.
 */
export async function runBulk(ws: Workspace, pool: ExtractionPool, paths: readonly string[], flags: InputFlags, errorsPath: string | undefined): Promise<IngestSummary> {
  const failures = await FailureLog.open(errorsPath);
  const interrupt = trapInterrupt();
  // Documents being extracted are dropped at once rather than waited for: they were never acknowledged.
  interrupt.signal.addEventListener('abort', () => void pool.close());
  try {
    const summary = await ingestAll(ws, paths, { ...flags, failures, signal: interrupt.signal });
    if (summary.failed > 0) {
      warn(`${summary.failed} document${summary.failed > 1 ? 's' : ''} failed extraction and ${summary.failed > 1 ? 'were' : 'was'} skipped${failures.path ? ` (listed in ${failures.path})` : ''}`);
    }
    return summary;
  } finally {
    interrupt.dispose();
    await failures.close();
  }
}
