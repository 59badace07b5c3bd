import { openWorkspace } from '../../persist/index.js';
import { help, parseCommand, stringOption } from '../args.js';
import { INPUT_HELP, INPUT_OPTIONS, ingestAll, maxBytesOf } from '../documents.js';
import { UsageError } from '../errors.js';
import { warn } from '../report.js';
import type { Command } from './types.js';

export const DEFAULT_DATA_DIR = 'data';

export const DATA_HELP = `  --data DIR           data directory: journal and snapshot (default ./${DEFAULT_DATA_DIR});
                       one process at a time may use it`;

const HELP = `Usage: newsgraph ingest <inputs...> [--data DIR] [options]

Adds documents to the graph kept in a data directory. Each document is on
disk (journal, fsynced) before it counts as ingested; documents already
there (same id, or same text when no id was given) are skipped, so running
the same ingest twice is harmless.

${DATA_HELP}
${INPUT_HELP}
  -h, --help           show this help`;

export const ingest: Command = {
  name: 'ingest',
  help: HELP,
  async run(argv) {
    const parsed = parseCommand('ingest', argv, { ...INPUT_OPTIONS, data: { type: 'string' } });
    if (parsed.values.help) return help(HELP);
    if (parsed.positionals.length === 0) throw new UsageError('ingest: no inputs given (see newsgraph ingest --help)');
    const maxBytes = maxBytesOf(stringOption(parsed, 'max-doc-size'));
    const ws = await openWorkspace({ dataDir: stringOption(parsed, 'data') ?? DEFAULT_DATA_DIR, maxChars: maxBytes, onWarning: warn });
    try {
      await ingestAll(ws, parsed.positionals, maxBytes);
    } finally {
      await ws.close();
    }
    return 0;
  },
};
