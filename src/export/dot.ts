import type { ExportContext } from './context.js';
import { EDGE_FIELDS, NODE_FIELDS, type Field } from './fields.js';
import { clean, hexWithAlpha, num } from './text.js';

// Graphviz DOT. `pos` pins the layout for neato/fdp (`neato -n2`); dot lays out on its own.
// Data fields ride along as extra attributes, which Graphviz keeps and ignores when drawing.
// Sizes are points (1/72 inch) in our coordinates, so neato -n2 draws what the layout made;
// fixedsize="shape" keeps circles at their size and lets long names spill over them.

const DOT_STYLES = { solid: 'solid', dashed: 'dashed', dotted: 'dotted' } as const;

export function* writeDot(ctx: ExportContext): Generator<string> {
  const { graph, display } = ctx;
  yield `digraph ${quote(ctx.title)} {\n`;
  yield '  graph [charset="UTF-8", outputorder="edgesfirst", overlap="false"];\n';
  yield '  node [shape="circle", style="filled", fontname="Helvetica", fontsize="10", fixedsize="shape"];\n';
  yield '  edge [fontname="Helvetica", fontsize="8", arrowsize="0.6"];\n';
  for (const { node, attributes } of graph.nodeEntries()) {
    const d = display.node(node, attributes);
    const p = ctx.position(node, attributes);
    const inches = num((2 * d.size) / 72);
    yield (
      `  ${quote(node)} [label=${quote(d.label)}, fillcolor="${d.color}", color="${d.color}", ` +
      `width="${inches}", height="${inches}", pos="${num(p.x)},${num(p.y)}!"${fields(NODE_FIELDS, attributes)}];\n`
    );
  }
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const d = display.edge(edge, attributes);
    const colour = hexWithAlpha(d.color, d.alpha);
    // dot's weight must be an integer; here it is the number of documents.
    yield (
      `  ${quote(source)} -> ${quote(target)} [id=${quote(edge)}, label="${d.label}", color="${colour}", ` +
      `fontcolor="${colour}", style="${DOT_STYLES[d.lineStyle]}", penwidth="${num(d.thickness)}", ` +
      `weight="${d.weight}"${fields(EDGE_FIELDS, attributes)}];\n`
    );
  }
  yield '}\n';
}

/** Data fields as `, name="value"` pairs; Graphviz keeps attributes it does not know. */
function fields<A>(fields: readonly Field<A>[], attrs: A): string {
  let out = '';
  for (const f of fields) {
    const v = f.get(attrs);
    if (v === undefined) continue;
    const text = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : JSON.stringify(v);
    out += `, ${f.name}=${f.plain ? `"${text}"` : quote(text)}`;
  }
  return out;
}

/**
 * A double-quoted DOT string. Backslashes are doubled (in labels Graphviz reads `\\` as one
 * backslash, and `\n`, `\l`, `\N` as escapes), quotes escaped, line breaks written as `\n`.
 */
export function quote(text: string): string {
  const c = clean(text);
  if (!NEEDS_ESCAPE.test(c)) return `"${c}"`;
  return `"${c.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, '\\n')}"`;
}

const NEEDS_ESCAPE = /[\\"\r\n]/;
