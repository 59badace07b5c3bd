import { openWorkspace } from '../../persist/index.js';
import { help, parseCommand, stringOption } from '../args.js';
import { BULK_FLAGS, BULK_HELP, runBulk } from '../bulk/run-bulk.js';
import { INPUT_HELP, INPUT_OPTIONS, inputFlags } from '../documents.js';
import { UsageError } from '../errors.js';
import { clockFromEnv, poolExtractor, startPool } from '../extraction.js';
import { tuneForOneRun } from '../jit.js';
import { info, warn } from '../report.js';
import type { Command } from './types.js';

export const DEFAULT_DATA_DIR = 'data';

export const DATA_HELP = `  --data DIR           data directory: journal and snapshot (default ./${DEFAULT_DATA_DIR});
                       one process at a time may use it`;

const HELP = `Usage: newsgraph ingest <inputs...> [--data DIR] [options]

Adds documents to the graph kept in a data directory, streaming inputs of
any size; extraction runs on worker threads, documents are added in input
order. Each document is on disk (journal, fsynced) before it counts as
ingested; documents already there (same id, or same text when no id was
given) are skipped without being extracted again, so running the same
ingest twice is harmless, and Ctrl-C stops cleanly: run the command again
to go on where it stopped.

${DATA_HELP}
${BULK_HELP}
${INPUT_HELP}
  -h, --help           show this help`;

export const ingest: Command = {
  name: 'ingest',
  help: HELP,
  async run(argv) {
    const parsed = parseCommand('ingest', argv, { ...INPUT_OPTIONS, ...BULK_FLAGS, data: { type: 'string' } });
    if (parsed.values.help) return help(HELP);
    if (parsed.positionals.length === 0) throw new UsageError('ingest: no inputs given (see newsgraph ingest --help)');
    const flags = inputFlags('ingest', parsed);
    const dataDir = stringOption(parsed, 'data') ?? DEFAULT_DATA_DIR;
    const clock = clockFromEnv();
    tuneForOneRun();
    const pool = startPool('ingest', parsed);
    try {
      const ws = await openWorkspace({ dataDir, maxChars: flags.maxBytes, onWarning: warn, extractor: poolExtractor(pool), clock });
      try {
        const summary = await runBulk(ws, pool, parsed.positionals, flags, stringOption(parsed, 'errors'));
        if (summary.interrupted) {
          info(`interrupted: the ${summary.added} documents added are kept in ${dataDir}; run the same command again to go on`);
          return 130;
        }
      } finally {
        await ws.close();
      }
      return 0;
    } finally {
      await pool.close();
    }
  },
};
