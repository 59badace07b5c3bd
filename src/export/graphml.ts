import { EDGE_FIELDS, NODE_FIELDS, type Field, type FieldType, type FieldValue } from './fields.js';
import type { ExportContext } from './context.js';
import { clean, num, xmlAttr, xmlText } from './text.js';

// GraphML with a typed <key> for every attribute, for networkx, Cytoscape and yEd. yEd draws
// only its own yFiles graphics, so each node and edge also carries a y:ShapeNode/PolyLineEdge
// (position, colour, label, line style). Those come first: networkx reads yFiles data as
// x/y/label too, and the plain keys after them then win.

const GRAPHML_TYPES: Record<FieldType, string> = { string: 'string', integer: 'int', double: 'double', strings: 'string' };
const YED_LINES = { solid: 'line', dashed: 'dashed', dotted: 'dotted' } as const;

const NODE_DISPLAY_KEYS = [['label', 'string'], ['x', 'double'], ['y', 'double'], ['size', 'double'], ['color', 'string']] as const;
const EDGE_DISPLAY_KEYS = [['label', 'string'], ['weight', 'double'], ['color', 'string'], ['thickness', 'double'], ['lineStyle', 'string']] as const;

export function* writeGraphml(ctx: ExportContext): Generator<string> {
  const { graph, display } = ctx;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">\n';
  yield '  <key id="ng" for="node" yfiles.type="nodegraphics"/>\n  <key id="eg" for="edge" yfiles.type="edgegraphics"/>\n';
  yield '  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>\n';
  for (const [name, type] of NODE_DISPLAY_KEYS) yield key('n', name, type);
  for (const f of NODE_FIELDS) yield key('n', f.name, GRAPHML_TYPES[f.type]);
  for (const [name, type] of EDGE_DISPLAY_KEYS) yield key('e', name, type);
  for (const f of EDGE_FIELDS) yield key('e', f.name, GRAPHML_TYPES[f.type]);
  yield `  <graph id="G" edgedefault="directed">\n    <data key="g_title">${xmlText(ctx.title)}</data>\n`;
  for (const { node, attributes } of graph.nodeEntries()) {
    const d = display.node(node, attributes);
    const p = ctx.position(node, attributes);
    // One line per node and per edge, as in the GEXF export.
    yield (
      `    <node id="${xmlAttr(node)}">` +
      `<data key="ng"><y:ShapeNode><y:Geometry x="${num(p.x - d.size)}" y="${num(p.y - d.size)}" ` +
      `width="${num(2 * d.size)}" height="${num(2 * d.size)}"/><y:Fill color="${d.color}"/>` +
      `<y:NodeLabel>${xmlText(d.label)}</y:NodeLabel><y:Shape type="ellipse"/></y:ShapeNode></data>` +
      data('n', 'label', d.label) +
      safe('n', 'x', num(p.x)) +
      safe('n', 'y', num(p.y)) +
      safe('n', 'size', num(d.size)) +
      safe('n', 'color', d.color) +
      fieldData('n', NODE_FIELDS, attributes) +
      '</node>\n'
    );
  }
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const d = display.edge(edge, attributes);
    yield (
      `    <edge id="${xmlAttr(edge)}" source="${xmlAttr(source)}" target="${xmlAttr(target)}">` +
      `<data key="eg"><y:PolyLineEdge><y:LineStyle color="${d.color}" type="${YED_LINES[d.lineStyle]}" ` +
      `width="${num(d.thickness)}"/><y:Arrows source="none" target="standard"/>` +
      `<y:EdgeLabel>${d.label}</y:EdgeLabel></y:PolyLineEdge></data>` +
      safe('e', 'label', d.label) +
      safe('e', 'weight', String(d.weight)) +
      safe('e', 'color', d.color) +
      safe('e', 'thickness', num(d.thickness)) +
      safe('e', 'lineStyle', d.lineStyle) +
      fieldData('e', EDGE_FIELDS, attributes) +
      '</edge>\n'
    );
  }
  yield '  </graph>\n</graphml>\n';
}

// Key ids are prefixed by what they are for: a document's key ids must be unique, and nodes
// and edges share names such as documentCount.
function key(prefix: 'n' | 'e', name: string, type: string): string {
  return `  <key id="${prefix}_${name}" for="${prefix === 'n' ? 'node' : 'edge'}" attr.name="${name}" attr.type="${type}"/>\n`;
}

function data(prefix: 'n' | 'e', name: string, value: string): string {
  return `<data key="${prefix}_${name}">${xmlText(value)}</data>`;
}

/** For values that cannot hold markup: numbers, colours, words from our own vocabularies. */
function safe(prefix: 'n' | 'e', name: string, value: string): string {
  return `<data key="${prefix}_${name}">${value}</data>`;
}

function fieldData<A>(prefix: 'n' | 'e', fields: readonly Field<A>[], attrs: A): string {
  let out = '';
  for (const f of fields) {
    const v = f.get(attrs);
    if (v === undefined) continue;
    out += f.plain ? safe(prefix, f.name, v as string) : data(prefix, f.name, text(v));
  }
  return out;
}

/** GraphML has no list type: lists are written as JSON arrays. */
function text(v: NonNullable<FieldValue>): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v.map(clean));
}
