import type { NewsgraphServer } from '../../api/index.js';
import { openWorkspace } from '../../persist/index.js';
import { help, intOption, parseCommand, stringOption } from '../args.js';
import { INPUT_HELP, INPUT_OPTIONS, ingestAll, maxBytesOf } from '../documents.js';
import { info, warn } from '../report.js';
import { DATA_HELP, DEFAULT_DATA_DIR } from './ingest.js';
import type { Command } from './types.js';

const HELP = `Usage: newsgraph serve [inputs...] [options]

Opens the graph in the data directory (restoring it from its snapshot and
journal), ingests the inputs that are not there yet, and serves GraphQL at
http://HOST:PORT/graphql, with GraphiQL in a browser. Ctrl-C (SIGINT) or
SIGTERM stops the server and closes the data directory cleanly.

  --port PORT          port to listen on (default 4000; 0 = any free port)
  --host HOST          address to listen on (default 127.0.0.1, this machine only)
${DATA_HELP}
${INPUT_HELP}
  -h, --help           show this help`;

export const serve: Command = {
  name: 'serve',
  help: HELP,
  async run(argv) {
    const parsed = parseCommand('serve', argv, { ...INPUT_OPTIONS, port: { type: 'string', short: 'p' }, host: { type: 'string' }, data: { type: 'string' } });
    if (parsed.values.help) return help(HELP);
    const port = intOption('serve', 'port', stringOption(parsed, 'port'), 4000, 65535);
    const host = stringOption(parsed, 'host') ?? '127.0.0.1';
    const maxBytes = maxBytesOf(stringOption(parsed, 'max-doc-size'));
    const dataDir = stringOption(parsed, 'data') ?? DEFAULT_DATA_DIR;
    const ws = await openWorkspace({ dataDir, maxChars: maxBytes, onWarning: warn });
    let server: NewsgraphServer | undefined;
    try {
      if (parsed.positionals.length > 0) await ingestAll(ws, parsed.positionals, maxBytes);
      // Loaded only now, so --help and argument errors answer at once.
      const { createServer } = await import('../../api/index.js');
      server = createServer(ws, { host, log: (level, message) => (level === 'warn' ? warn(message) : info(`error: ${message}`)) });
      const { url } = await server.listen(port, host);
      info(`serving ${url} (${ws.store.documents.size} documents, data in ${dataDir})`);
    } catch (err) {
      await server?.close().catch(() => undefined);
      await ws.close();
      throw err;
    }
    await stopped();
    await server.close();
    await ws.close();
    info('stopped');
    return 0;
  },
};

/** Resolves on the first SIGINT or SIGTERM; a second one exits at once. */
function stopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      process.once('SIGINT', () => process.exit(130)).once('SIGTERM', () => process.exit(143));
      resolve();
    };
    process.on('SIGINT', stop).on('SIGTERM', stop);
  });
}
