import type { ExportContext } from './context.js';
import { edgeFields, nodeFields, rgba, rounded } from './json.js';
import { clean } from './text.js';

// graphology's serialisation format (Graph.export / Graph.from), as Sigma.js loads it. Sigma
// picks drawing programs by the `type` attribute, so entity and relation types travel as
// entityType/relationType, and every node has finite numeric x and y.

export function* writeGraphologyJson(ctx: ExportContext): Generator<string> {
  const { graph, display } = ctx;
  yield `{"attributes":${JSON.stringify({ name: ctx.title })},`;
  yield '"options":{"type":"directed","multi":true,"allowSelfLoops":false},\n"nodes":[';
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    const d = display.node(node, attributes);
    const p = ctx.position(node, attributes);
    const attrs = nodeFields(attributes, { label: clean(d.label), x: rounded(p.x), y: rounded(p.y), size: d.size, color: d.color });
    yield `${first ? '' : ','}\n${JSON.stringify({ key: node, attributes: attrs })}`;
    first = false;
  }
  yield '],\n"edges":[';
  first = true;
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const d = display.edge(edge, attributes);
    const attrs = edgeFields(attributes, {
      label: d.label,
      type: 'arrow',
      size: d.thickness,
      color: rgba(d.color, d.alpha),
      weight: d.weight,
      lineStyle: d.lineStyle,
    });
    yield `${first ? '' : ','}\n${JSON.stringify({ key: edge, source, target, attributes: attrs })}`;
    first = false;
  }
  yield ']}\n';
}
