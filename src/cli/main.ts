#!/usr/bin/env node
import type { Command } from './commands/types.js';
import { EXIT, UsageError, exitCodeOf, oneLine } from './errors.js';
import { version } from './version.js';

// Each command is loaded only when run: `serve` pulls in the GraphQL server,
// `extract` the NLP model, and neither should slow down the other or --help.
const COMMANDS: readonly { name: string; summary: string; load: () => Promise<Command> }[] = [
  { name: 'extract', summary: "print one document's extraction as JSON", load: async () => (await import('./commands/extract.js')).extract },
  { name: 'build', summary: 'build the graph of some inputs and write it to a file', load: async () => (await import('./commands/build.js')).build },
  { name: 'ingest', summary: 'add documents to the graph in a data directory', load: async () => (await import('./commands/ingest.js')).ingest },
  { name: 'export', summary: "write the data directory's graph for Gephi, yEd, Cytoscape...", load: async () => (await import('./commands/export.js')).exportCommand },
  { name: 'serve', summary: 'serve the graph over GraphQL (ingesting inputs first)', load: async () => (await import('./commands/serve.js')).serve },
];

const HELP = `Usage: newsgraph <command> [options]

Builds a knowledge graph of actors, organisations and places from conflict
news, with the relations BACKS, CAPTURED, SANCTIONED and INVESTIGATES.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`).join('\n')}

Options:
  -h, --help     show this help (newsgraph <command> --help for a command's)
  -v, --version  show the version

Exit status: 0 success, 2 bad usage or bad input, 1 any other error.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(`${HELP}\n`);
    return EXIT.usage;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    process.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command "${name}" (expected ${COMMANDS.map((c) => c.name).join(', ')}; see newsgraph --help)`);
  return (await command.load()).run(rest);
}

// A reader that went away (`newsgraph extract x | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(EXIT.ok);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`newsgraph: ${oneLine(err)}\n`);
    // NEWSGRAPH_DEBUG=1 shows where an unexpected error came from.
    if (process.env.NEWSGRAPH_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = exitCodeOf(err);
  },
);
