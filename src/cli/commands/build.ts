import { openWorkspace } from '../../persist/index.js';
import { help, parseCommand, stringOption } from '../args.js';
import { BULK_FLAGS, BULK_HELP, runBulk } from '../bulk/run-bulk.js';
import { INPUT_HELP, INPUT_OPTIONS, inputFlags } from '../documents.js';
import { UsageError } from '../errors.js';
import { clockFromEnv, poolExtractor, startPool } from '../extraction.js';
import { tuneForOneRun } from '../jit.js';
import { FILTER_FLAGS, FILTER_HELP, filterFlags, hasFilterFlag } from '../filter.js';
import { checkFiltered, OUTPUT_FORMATS, outputFormat, renderGraph, writeOutput } from '../output.js';
import { info, warn } from '../report.js';
import type { Command } from './types.js';

const HELP = `Usage: newsgraph build <inputs...> --out FILE [options]

Builds the knowledge graph of the inputs in memory and writes it to FILE.
Inputs: .txt, .md, .html files, directories (read recursively), JSONL and
CSV files, or - for standard input, streamed. Extraction runs on worker
threads; the graph is the same whatever their number. Nothing is written
when the run fails or is interrupted. SOURCE_DATE_EPOCH, when set, is the
ingest time recorded for every document (reproducible output).

  --out FILE           where to write the graph (- for standard output)
  --format FORMAT      ${wrap(OUTPUT_FORMATS.join(', '))}
                       (default: from the --out extension, e.g. .gexf, .graphml,
                       .cyjs, .dot; else json: the graph snapshot, graphology's
                       JSON plus the document records)
${FILTER_HELP}
${BULK_HELP}
${INPUT_HELP}
  -h, --help           show this help`;

/** Wraps a list to the help's second column. */
function wrap(text: string): string {
  return text.replace(/(.{1,52})(?:, |$)/g, '$1,\n                       ').replace(/,\n\s*$/, '');
}

export const build: Command = {
  name: 'build',
  help: HELP,
  async run(argv) {
    const parsed = parseCommand('build', argv, { ...INPUT_OPTIONS, ...BULK_FLAGS, ...FILTER_FLAGS, out: { type: 'string', short: 'o' }, format: { type: 'string' } });
    if (parsed.values.help) return help(HELP);
    const out = stringOption(parsed, 'out');
    if (!out) throw new UsageError('build: --out FILE is required (see newsgraph build --help)');
    if (parsed.positionals.length === 0) throw new UsageError('build: no inputs given (see newsgraph build --help)');
    const format = outputFormat(stringOption(parsed, 'format'), out);
    const filterFor = filterFlags('build', parsed);
    checkFiltered('build', format, hasFilterFlag(parsed));
    const flags = inputFlags('build', parsed);
    const clock = clockFromEnv();
    tuneForOneRun();
    const pool = startPool('build', parsed);
    try {
      const ws = await openWorkspace({ maxChars: flags.maxBytes, onWarning: warn, extractor: poolExtractor(pool), clock });
      const summary = await runBulk(ws, pool, parsed.positionals, flags, stringOption(parsed, 'errors'));
      // The workers' memory and cores are better spent on the layout and the file.
      await pool.close();
      if (summary.interrupted) {
        info('interrupted: nothing written');
        return 130;
      }
      await writeOutput(out, renderGraph(ws.store, format, filterFor(ws.store)));
      await ws.close();
      return 0;
    } finally {
      await pool.close();
    }
  },
};
