import { extname } from 'node:path';
import { toSnapshot } from '../graph/snapshot.js';
import type { GraphStore } from '../graph/store.js';
import { writeFileAtomic } from '../persist/files.js';
import { UsageError } from './errors.js';

export const OUTPUT_FORMATS = ['json', 'gexf', 'graphml'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** --format, else the --out file's extension, else json. */
export function outputFormat(format: string | undefined, out: string): OutputFormat {
  const chosen = format ?? extname(out).slice(1).toLowerCase();
  if ((OUTPUT_FORMATS as readonly string[]).includes(chosen)) return chosen as OutputFormat;
  if (format === undefined) return 'json';
  throw new UsageError(`build: unknown --format "${format}" (expected ${OUTPUT_FORMATS.join(', ')})`);
}

/** The graph in the chosen format. json is the graph snapshot: graphology's JSON plus document records. */
export function renderGraph(store: GraphStore, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(toSnapshot(store))}\n`;
  // HOOK(export): GEXF and GraphML come from src/export (exportGraph); wire it in once it lands.
  throw new UsageError(`build: --format ${format} is not available in this build yet (use json)`);
}

/** Writes to a temp file and renames it into place, so a failed run never leaves half a file. "-" is stdout. */
export async function writeOutput(out: string, data: string): Promise<void> {
  if (out === '-') {
    process.stdout.write(data);
    return;
  }
  await writeFileAtomic(out, data);
}
