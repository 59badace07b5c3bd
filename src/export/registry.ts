import { Readable } from 'node:stream';
import { InputError } from '../core/errors.js';
import type { KnowledgeGraph } from '../graph/store.js';
import { prepareExport, type ExportContext, type ExportOptions } from './context.js';
import { writeCsvEdges, writeCsvNodes } from './csv.js';
import { writeCypher } from './cypher.js';
import { writeCytoscapeJson } from './cytoscape.js';
import { writeDot } from './dot.js';
import { writeGeoJson } from './geojson.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeGraphologyJson } from './graphology-json.js';

export interface ExportFormat {
  name: string;
  /** File name ending, without the dot; unique, so `graph.<extension>` names the format. */
  extension: string;
  contentType: string;
  /** The tools that open it. */
  description: string;
  /** The document as a sequence of pieces; the graph must not change while it is read. */
  write(ctx: ExportContext): Iterable<string>;
}

const format = (f: ExportFormat): ExportFormat => Object.freeze(f);

/** Every export format, by name. The CLI, the HTTP route and the GraphQL field all use this. */
export const FORMATS = Object.freeze({
  gexf: format({ name: 'gexf', extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', description: 'GEXF 1.3 with viz (Gephi)', write: writeGexf }),
  graphml: format({ name: 'graphml', extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8', description: 'GraphML with typed keys and yFiles graphics (yEd, Cytoscape, networkx)', write: writeGraphml }),
  graphology: format({ name: 'graphology', extension: 'json', contentType: 'application/json; charset=utf-8', description: "graphology's serialised graph (Sigma.js)", write: writeGraphologyJson }),
  cytoscape: format({ name: 'cytoscape', extension: 'cyjs', contentType: 'application/json; charset=utf-8', description: 'Cytoscape.js elements JSON (Cytoscape.js, Cytoscape desktop)', write: writeCytoscapeJson }),
  'csv-nodes': format({ name: 'csv-nodes', extension: 'nodes.csv', contentType: 'text/csv; charset=utf-8', description: 'Node table (Gephi spreadsheet import, Kumu, Flourish)', write: writeCsvNodes }),
  'csv-edges': format({ name: 'csv-edges', extension: 'edges.csv', contentType: 'text/csv; charset=utf-8', description: 'Edge table (Gephi spreadsheet import, Kumu, Flourish)', write: writeCsvEdges }),
  dot: format({ name: 'dot', extension: 'dot', contentType: 'text/vnd.graphviz; charset=utf-8', description: 'Graphviz DOT, with positions for neato -n2', write: writeDot }),
  geojson: format({ name: 'geojson', extension: 'geojson', contentType: 'application/geo+json; charset=utf-8', description: 'GeoJSON of located entities and the relations between them (QGIS, kepler.gl)', write: writeGeoJson }),
  cypher: format({ name: 'cypher', extension: 'cypher', contentType: 'text/plain; charset=utf-8', description: 'Cypher MERGE statements (Neo4j)', write: writeCypher }),
});

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.freeze(Object.keys(FORMATS) as FormatName[]);

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

/** The format for a name, or an InputError that lists the names there are. */
export function getFormat(name: string): ExportFormat {
  if (!isFormatName(name)) throw new InputError(`export: unknown format "${name}" (expected one of ${FORMAT_NAMES.join(', ')})`);
  return FORMATS[name];
}

/** The format whose extension `graph.<extension>` ends with, for routes like /export/graph.gexf. */
export function formatForExtension(extension: string): ExportFormat | undefined {
  return Object.values(FORMATS).find((f) => f.extension === extension);
}

/** The whole export as one string; for large graphs use `streamGraph`. */
export function exportGraph(graph: KnowledgeGraph, formatName: string, options: ExportOptions = {}): string {
  const f = getFormat(formatName);
  let out = '';
  for (const piece of f.write(prepareExport(graph, options))) out += piece;
  return out;
}

/**
 * The export as a stream of text chunks of about 64 KiB, produced as the reader pulls them,
 * so memory stays flat whatever the graph's size. Format and filter errors throw here,
 * before the stream exists; the graph must not change until the stream ends.
 */
export function streamGraph(graph: KnowledgeGraph, formatName: string, options: ExportOptions = {}): Readable {
  const f = getFormat(formatName);
  return Readable.from(batch(f.write(prepareExport(graph, options)), 64 * 1024));
}

function* batch(pieces: Iterable<string>, size: number): Generator<string> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
