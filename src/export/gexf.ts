import { EDGE_FIELDS, NODE_FIELDS, type Field, type FieldType, type FieldValue } from './fields.js';
import type { ExportContext } from './context.js';
import { clean, num, rgb, xmlAttr, xmlText } from './text.js';

// GEXF 1.3 with the viz extension, for Gephi; valid against the official 1.3 Relax NG schema.
// Written here rather than with graphology-gexf: its writer gathers every node and edge into
// arrays and one string before returning, which a 1,000,000-edge graph cannot afford, and it
// writes list items bare, so an alias with a comma becomes two. What we keep from its known
// pitfalls: version 1.3, no graph attributes outside creator/description in <meta>, colours
// as r/g/b (networkx 3.6 fails on hex=), no attribute named after a viz property.

const GEXF_TYPES: Record<FieldType, string> = { string: 'string', integer: 'integer', double: 'double', strings: 'liststring' };

export function* writeGexf(ctx: ExportContext): Generator<string> {
  const { graph, display } = ctx;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';
  yield `  <meta>\n    <creator>newsgraph</creator>\n    <description>${xmlText(ctx.title)}</description>\n  </meta>\n`;
  yield '  <graph defaultedgetype="directed" idtype="string">\n';
  yield declare('node', NODE_FIELDS);
  yield declare('edge', EDGE_FIELDS);
  yield `    <nodes count="${graph.order}">\n`;
  // One line per node and per edge: indenting their children made files a fifth larger.
  for (const { node, attributes } of graph.nodeEntries()) {
    const d = display.node(node, attributes);
    const p = ctx.position(node, attributes);
    const c = rgb(d.color);
    yield (
      `      <node id="${xmlAttr(node)}" label="${xmlAttr(d.label)}">${values(NODE_FIELDS, attributes)}` +
      `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/><viz:size value="${num(d.size)}"/>` +
      `<viz:position x="${num(p.x)}" y="${num(p.y)}"/></node>\n`
    );
  }
  yield '    </nodes>\n';
  yield `    <edges count="${graph.size}">\n`;
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const d = display.edge(edge, attributes);
    const c = rgb(d.color);
    // `kind` tells Gephi that parallel edges of different relation types are distinct edges.
    yield (
      `      <edge id="${xmlAttr(edge)}" source="${xmlAttr(source)}" target="${xmlAttr(target)}" ` +
      `label="${d.label}" kind="${attributes.type}" weight="${d.weight}">${values(EDGE_FIELDS, attributes)}` +
      `<viz:color r="${c.r}" g="${c.g}" b="${c.b}" a="${d.alpha}"/><viz:thickness value="${num(d.thickness)}"/>` +
      `<viz:shape value="${d.lineStyle}"/></edge>\n`
    );
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

// Attributes are declared with their position as id and their name as title (which Gephi and
// networkx show): short ids keep the 1,000,000 attvalues of a big export a tenth smaller.
function declare<A>(kind: 'node' | 'edge', fields: readonly Field<A>[]): string {
  const lines = fields.map((f, i) => `      <attribute id="${i}" title="${f.name}" type="${GEXF_TYPES[f.type]}"/>\n`);
  return `    <attributes class="${kind}">\n${lines.join('')}    </attributes>\n`;
}

function values<A>(fields: readonly Field<A>[], attrs: A): string {
  let out = '';
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const v = f.get(attrs);
    if (v === undefined) continue;
    out += `<attvalue for="${i}" value="${f.plain ? v : xmlAttr(gexfValue(v))}"/>`;
  }
  return out ? `<attvalues>${out}</attvalues>` : '';
}

/** GEXF 1.3 writes list values as `[a, b]`; items are quoted so commas inside them survive. */
function gexfValue(v: NonNullable<FieldValue>): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return `[${v.map((s) => JSON.stringify(clean(s))).join(', ')}]`;
}
