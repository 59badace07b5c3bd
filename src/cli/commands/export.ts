import { existsSync } from 'node:fs';
import { LockedError, openWorkspace } from '../../persist/index.js';
import { help, parseCommand, stringOption } from '../args.js';
import { UsageError } from '../errors.js';
import { FILTER_FLAGS, FILTER_HELP, filterFlags, hasFilterFlag } from '../filter.js';
import { checkFiltered, OUTPUT_FORMATS, outputFormat, renderGraph, writeOutput } from '../output.js';
import { warn } from '../report.js';
import { DATA_HELP, DEFAULT_DATA_DIR } from './ingest.js';
import type { Command } from './types.js';

const HELP = `Usage: newsgraph export --format FORMAT [--out FILE] [--data DIR] [options]

Writes the graph kept in a data directory in a visualisation tool's format:
the same files as build --format, the server's /export/graph.<ext> and the
GraphQL export field. Without --out it goes to standard output.

  --format FORMAT      ${OUTPUT_FORMATS.join(', ')}
                       (default: from the --out extension; else json, the
                       graph snapshot)
  --out FILE           where to write it (default -, standard output)
${DATA_HELP}
${FILTER_HELP}
  -h, --help           show this help`;

export const exportCommand: Command = {
  name: 'export',
  help: HELP,
  async run(argv) {
    const parsed = parseCommand('export', argv, { ...FILTER_FLAGS, data: { type: 'string' }, out: { type: 'string', short: 'o' }, format: { type: 'string' } });
    if (parsed.values.help) return help(HELP);
    if (parsed.positionals.length > 0) throw new UsageError(`export: takes no inputs (got "${parsed.positionals[0]}"); it reads the data directory given by --data`);
    const out = stringOption(parsed, 'out') ?? '-';
    const format = outputFormat(stringOption(parsed, 'format'), out, 'export');
    const filterFor = filterFlags('export', parsed);
    checkFiltered('export', format, hasFilterFlag(parsed));
    const dataDir = stringOption(parsed, 'data') ?? DEFAULT_DATA_DIR;
    if (!existsSync(dataDir)) throw new UsageError(`export: no data directory at ${dataDir} (make one with newsgraph ingest, or name it with --data DIR)`);
    const ws = await openWorkspace({ dataDir, onWarning: warn }).catch((err: unknown) => {
      // A running server holds the directory: it serves the same files itself.
      if (err instanceof LockedError) throw new LockedError(`${err.message}; while it serves, download the graph from its /export/graph.<extension> route`);
      throw err;
    });
    try {
      await writeOutput(out, renderGraph(ws.store, format, filterFor(ws.store)));
    } finally {
      await ws.close();
    }
    return 0;
  },
};
