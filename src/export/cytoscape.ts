import type { ExportContext } from './context.js';
import { edgeFields, nodeFields, rounded } from './json.js';
import { clean } from './text.js';

// Cytoscape.js elements JSON, in the .cyjs envelope Cytoscape desktop imports. `name` and
// `interaction` are the desktop app's column names for node labels and edge types.

export function* writeCytoscapeJson(ctx: ExportContext): Generator<string> {
  const { graph, display } = ctx;
  yield '{"format_version":"1.0","generated_by":"newsgraph","target_cytoscapejs_version":"~3.0",\n';
  yield `"data":${JSON.stringify({ name: ctx.title })},\n"elements":{"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    const d = display.node(node, attributes);
    const p = ctx.position(node, attributes);
    const data = nodeFields(attributes, { id: node, name: clean(d.label), label: clean(d.label), color: d.color, size: d.size });
    yield `${first ? '' : ','}\n${JSON.stringify({ data, position: { x: rounded(p.x), y: rounded(p.y) } })}`;
    first = false;
  }
  yield '],\n"edges":[';
  first = true;
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const d = display.edge(edge, attributes);
    const data = edgeFields(attributes, {
      id: edge,
      source,
      target,
      label: d.label,
      interaction: attributes.type,
      color: d.color,
      opacity: d.alpha,
      lineStyle: d.lineStyle,
      width: d.thickness,
      weight: d.weight,
    });
    yield `${first ? '' : ','}\n${JSON.stringify({ data })}`;
    first = false;
  }
  yield ']}}\n';
}
