import type { NewsgraphServer } from '../../api/index.js';
import { openWorkspace } from '../../persist/index.js';
import type { Workspace } from '../../persist/index.js';
import type { ExtractionPool } from '../../pool/index.js';
import { help, intOption, parseCommand, stringOption } from '../args.js';
import { BULK_FLAGS, BULK_HELP, runBulk } from '../bulk/run-bulk.js';
import { INPUT_HELP, INPUT_OPTIONS, inputFlags } from '../documents.js';
import { poolExtractor, startPool } from '../extraction.js';
import { info, warn } from '../report.js';
import { trackRequests } from '../shutdown.js';
import { DATA_HELP, DEFAULT_DATA_DIR } from './ingest.js';
import type { Command } from './types.js';

const HELP = `Usage: newsgraph serve [inputs...] [options]

Opens the graph in the data directory (restoring it from its snapshot and
journal), ingests the inputs that are not there yet, and serves GraphQL at
http://HOST:PORT/graphql, with GraphiQL in a browser. Documents sent to the
ingest mutations are extracted on worker threads, so queries are answered
meanwhile. Ctrl-C (SIGINT) or SIGTERM stops the server gracefully: no new
connections, requests in progress answered (up to 10 s), journal flushed,
snapshot written, data directory released.

  --port PORT          port to listen on (default 4000; 0 = any free port)
  --host HOST          address to listen on (default 127.0.0.1, this machine only)
${DATA_HELP}
${BULK_HELP}
${INPUT_HELP}
  -h, --help           show this help`;

export const serve: Command = {
  name: 'serve',
  help: HELP,
  async run(argv) {
    const parsed = parseCommand('serve', argv, { ...INPUT_OPTIONS, ...BULK_FLAGS, port: { type: 'string', short: 'p' }, host: { type: 'string' }, data: { type: 'string' } });
    if (parsed.values.help) return help(HELP);
    const port = intOption('serve', 'port', stringOption(parsed, 'port'), 4000, 65535);
    const host = stringOption(parsed, 'host') ?? '127.0.0.1';
    const flags = inputFlags('serve', parsed);
    const dataDir = stringOption(parsed, 'data') ?? DEFAULT_DATA_DIR;
    const pool = startPool('serve', parsed);
    let ws: Workspace | undefined;
    let server: NewsgraphServer | undefined;
    try {
      ws = await openWorkspace({ dataDir, maxChars: flags.maxBytes, onWarning: warn, extractor: poolExtractor(pool) });
      if (parsed.positionals.length > 0 && (await runBulk(ws, pool, parsed.positionals, flags, stringOption(parsed, 'errors'))).interrupted) {
        await shutDown(undefined, ws, pool);
        return 130;
      }
      // Loaded only now, so --help and argument errors answer at once.
      const { createServer } = await import('../../api/index.js');
      server = createServer(ws, { host, log: (level, message) => (level === 'warn' ? warn(message) : info(`error: ${message}`)) });
      const requests = trackRequests(server.server);
      const { url } = await server.listen(port, host);
      info(`serving ${url} (${ws.store.documents.size} documents, data in ${dataDir})`);
      // The last line is the one to open: the explorer page, at the server's root.
      info(`open ${url.replace(/graphql$/, '')} in a browser to explore the graph`);
      await stopped();
      await requests.drain();
    } catch (err) {
      await shutDown(server, ws, pool).catch(() => undefined);
      throw err;
    }
    await shutDown(server, ws, pool);
    info('stopped');
    return 0;
  },
};

/** Server first (no new work), then the workspace (queued ingests finish, journal closed, snapshot), then the workers. */
async function shutDown(server: NewsgraphServer | undefined, ws: Workspace | undefined, pool: ExtractionPool): Promise<void> {
  try {
    await server?.close();
    await ws?.close();
  } finally {
    await pool.close();
  }
}

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
