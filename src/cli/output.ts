import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { type ExportFilter, FORMATS, FORMAT_NAMES, isFormatName, streamGraph } from '../export/index.js';
import { toSnapshot } from '../graph/snapshot.js';
import type { GraphStore } from '../graph/store.js';
import { writeFileAtomic } from '../persist/files.js';
import { UsageError } from './errors.js';

/** json is ours (the graph snapshot); the rest are the export module's formats. */
export const OUTPUT_FORMATS: readonly string[] = ['json', ...FORMAT_NAMES];

/** --format, else the format whose extension the --out file has, else json. */
export function outputFormat(format: string | undefined, out: string, command = 'build'): string {
  if (format !== undefined) {
    if (OUTPUT_FORMATS.includes(format)) return format;
    throw new UsageError(`${command}: unknown --format "${format}" (expected ${OUTPUT_FORMATS.join(', ')})`);
  }
  const name = out.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  // Longest extension first, so "x.nodes.csv" is csv-nodes.
  const byExtension = Object.values(FORMATS).sort((a, b) => b.extension.length - a.extension.length);
  return byExtension.find((f) => name.endsWith(`.${f.extension}`))?.name ?? 'json';
}

/**
 * The graph in the chosen format. json is the graph snapshot: graphology's
 * serialised graph plus the document records, which `fromSnapshot` reads back.
 * The export formats are streamed, so a large graph is never one string.
 */
export function renderGraph(store: GraphStore, format: string, filter: ExportFilter = {}): string | Readable {
  if (format === 'json' || !isFormatName(format)) return `${JSON.stringify(toSnapshot(store))}\n`;
  return streamGraph(store.graph, format, { filter });
}

/** A filter needs an export format: the json snapshot is the whole graph, documents included. */
export function checkFiltered(command: string, format: string, filtered: boolean): void {
  if (format === 'json' && filtered) throw new UsageError(`${command}: the json snapshot is the whole graph; for part of it choose an export format (e.g. --format graphology)`);
}

/** Writes to a temp file and renames it into place, so a failed run never leaves half a file. "-" is stdout. */
export async function writeOutput(out: string, data: string | Readable): Promise<void> {
  if (out !== '-') return writeFileAtomic(out, data);
  for await (const chunk of typeof data === 'string' ? [data] : data) {
    if (!process.stdout.write(chunk as string)) await once(process.stdout, 'drain');
  }
}
