import { InputError } from '../../core/errors.js';
import { toDocument } from '../../text/document.js';
import { help, parseCommand } from '../args.js';
import { INPUT_HELP, INPUT_OPTIONS, documentsIn, inputFlags } from '../documents.js';
import { UsageError } from '../errors.js';
import type { Command } from './types.js';

const HELP = `Usage: newsgraph extract <file|-> [options]

Prints one document's extraction as JSON on stdout: its entities, mentions
and relations with evidence. Character offsets (start, end) index the
document text after cleaning (line ends made \\n, HTML entities decoded, a
trailing "Source: ..." line removed); for plain UTF-8 text they are offsets
into the file.

  <file|->             a .txt, .md or .html file, or - to read standard input
${INPUT_HELP}
  -h, --help           show this help`;

export const extract: Command = {
  name: 'extract',
  help: HELP,
  async run(argv) {
    const parsed = parseCommand('extract', argv, INPUT_OPTIONS);
    const { values, positionals } = parsed;
    if (values.help) return help(HELP);
    if (positionals.length !== 1) throw new UsageError(`extract: expected one file (or -), got ${positionals.length} (see newsgraph extract --help)`);
    const path = positionals[0]!;
    const flags = inputFlags('extract', parsed);
    const inputs = documentsIn([path], flags);
    const first = await inputs.next();
    if (first.done) throw new InputError(`${path}: no document`);
    if (!(await inputs.next()).done) {
      await inputs.return(undefined);
      throw new UsageError(`extract: ${path} holds more than one document; extract reads one (use build or ingest for many)`);
    }
    let doc;
    try {
      doc = toDocument(first.value.input, { maxChars: flags.maxBytes });
    } catch (err) {
      throw err instanceof InputError ? new InputError(`${first.value.location}: ${err.message}`) : err;
    }
    // Loaded only now: bad input is refused without waiting for the NLP model and gazetteer.
    const { extract: extractDocument } = await import('../../extraction/extract.js');
    process.stdout.write(`${JSON.stringify(extractDocument(doc), null, 2)}\n`);
    return 0;
  },
};
