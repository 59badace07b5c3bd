import type { ExportContext } from './context.js';
import { EDGE_FIELDS, NODE_FIELDS, type Field, type FieldValue } from './fields.js';
import { clean, num } from './text.js';

// Two CSV files, nodes and edges, with the headers Gephi's spreadsheet import looks for
// (nodes: Id, Label; edges: Source, Target, Type, Id, Label, Weight), which Kumu and Flourish
// read too. Quoting per RFC 4180; list values joined with "|", the separator Kumu expects.

export function* writeCsvNodes(ctx: ExportContext): Generator<string> {
  const { graph, display } = ctx;
  yield row(['Id', 'Label', ...NODE_FIELDS.map((f) => f.name), 'x', 'y', 'size', 'color']);
  for (const { node, attributes } of graph.nodeEntries()) {
    const d = display.node(node, attributes);
    const p = ctx.position(node, attributes);
    yield row([node, d.label, ...values(NODE_FIELDS, attributes), num(p.x), num(p.y), num(d.size), d.color]);
  }
}

export function* writeCsvEdges(ctx: ExportContext): Generator<string> {
  const { graph, display } = ctx;
  yield row(['Source', 'Target', 'Type', 'Id', 'Label', 'Weight', ...EDGE_FIELDS.map((f) => f.name), 'color', 'lineStyle', 'thickness']);
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const d = display.edge(edge, attributes);
    yield row([source, target, 'Directed', edge, d.label, String(d.weight), ...values(EDGE_FIELDS, attributes), d.color, d.lineStyle, num(d.thickness)]);
  }
}

function values<A>(fields: readonly Field<A>[], attrs: A): string[] {
  return fields.map((f) => text(f.get(attrs)));
}

function text(v: FieldValue): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' ? v : v.join('|');
}

const NEEDS_QUOTES = /[",\n\r]|^\s|\s$/;

function row(cells: string[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    const c = clean(cells[i]!);
    out += (i > 0 ? ',' : '') + (NEEDS_QUOTES.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  }
  return out + '\r\n';
}
