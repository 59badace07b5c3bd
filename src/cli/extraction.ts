import { availableParallelism } from 'node:os';
import type { Document, Extraction } from '../core/types.js';
import { ExtractionPool, POOL_DEFAULTS } from '../pool/index.js';
import type { Options, Parsed } from './args.js';
import { stringOption } from './args.js';
import { UsageError } from './errors.js';

/** Flags of the commands that extract many documents: build, ingest, serve. */
const MAX_WORKERS = 256;

export const POOL_FLAGS = { workers: { type: 'string', short: 'w' }, 'doc-timeout': { type: 'string' } } satisfies Options;
export const POOL_HELP = `  -w, --workers N      extraction threads (default: the number of cores, ${availableParallelism()} here)
  --doc-timeout SECS   longest one document's extraction may take; past it the
                       document is skipped and its thread replaced (default ${POOL_DEFAULTS.timeoutMs / 1000})`;

/**
 * The extraction pool the flags ask for. NEWSGRAPH_EXTRACTOR names a module
 * exporting `extract(doc)` to run instead of the packaged pipeline (tests use
 * it to make documents fail or hang on purpose).
 */
export function startPool(command: string, parsed: Parsed): ExtractionPool {
  const workers = stringOption(parsed, 'workers');
  if (workers !== undefined && !(/^\d+$/.test(workers) && Number(workers) >= 1 && Number(workers) <= MAX_WORKERS)) {
    throw new UsageError(`${command}: --workers must be a whole number from 1 to ${MAX_WORKERS}, not "${workers}"`);
  }
  const size = workers === undefined ? availableParallelism() : Number(workers);
  const timeout = stringOption(parsed, 'doc-timeout');
  if (timeout !== undefined && !(/^\d+(\.\d+)?$/.test(timeout) && Number(timeout) > 0)) {
    throw new UsageError(`${command}: --doc-timeout must be a number of seconds above 0, not "${timeout}"`);
  }
  const module = process.env.NEWSGRAPH_EXTRACTOR || undefined;
  return new ExtractionPool({ size, timeoutMs: timeout === undefined ? POOL_DEFAULTS.timeoutMs : Number(timeout) * 1000, ...(module ? { module } : {}) });
}

/** The workspace's extractor: the pool's. */
export function poolExtractor(pool: ExtractionPool): (doc: Document) => Promise<Extraction> {
  return (doc) => pool.extract(doc);
}

/**
 * SOURCE_DATE_EPOCH (the reproducible-builds convention: seconds since 1970)
 * fixes the time recorded with each document, so two builds of the same
 * inputs write the same bytes. Unset: the real time.
 */
export function clockFromEnv(): (() => string) | undefined {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (!epoch) return undefined;
  if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
  const fixed = new Date(Number(epoch) * 1000).toISOString();
  return () => fixed;
}
