import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../core/types.js';
import type { ExportContext } from './context.js';
import { edgeFields, nodeFields, rounded } from './json.js';
import { clean } from './text.js';

// Cypher for Neo4j 4.4+ (`cypher-shell -f graph.cypher`). Rows go in batches through UNWIND,
// which Neo4j runs far faster than one statement per element; MERGE on ids makes a second
// load of the same export update rather than duplicate. Labels and relationship types cannot
// be parameters, so each batch holds one entity type or one relation type.

const BATCH = 1000;

const LABELS: Record<EntityType, string> = {
  PERSON: 'Person',
  ARMED_GROUP: 'ArmedGroup',
  ORGANISATION: 'Organisation',
  COUNTRY: 'Country',
  PLACE: 'Place',
};

export function* writeCypher(ctx: ExportContext): Generator<string> {
  const { graph, display } = ctx;
  yield `// ${clean(ctx.title).replace(/[\r\n]+/g, ' ')}: ${graph.order} entities, ${graph.size} relations. Load with: cypher-shell -f FILE\n`;
  yield 'CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n';
  // One pass over the nodes, then one over the edges, with a batch filling per type.
  const nodeRows = new Map<EntityType, string[]>(ENTITY_TYPES.map((t) => [t, []]));
  for (const { node, attributes } of graph.nodeEntries()) {
    const d = display.node(node, attributes);
    const p = ctx.position(node, attributes);
    const rows = nodeRows.get(attributes.type)!;
    rows.push(literal({ id: clean(node), props: nodeFields(attributes, { name: clean(d.label), x: rounded(p.x), y: rounded(p.y), size: d.size, color: d.color }) }));
    if (rows.length === BATCH) yield nodeBatch(rows.splice(0), LABELS[attributes.type]);
  }
  for (const [type, rows] of nodeRows) if (rows.length > 0) yield nodeBatch(rows, LABELS[type]);
  const edgeRows = new Map<RelationType, string[]>(RELATION_TYPES.map((t) => [t, []]));
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const d = display.edge(edge, attributes);
    const rows = edgeRows.get(attributes.type)!;
    const props = edgeFields(attributes, { weight: d.weight, color: d.color, lineStyle: d.lineStyle });
    rows.push(literal({ key: clean(edge), source: clean(source), target: clean(target), props }));
    if (rows.length === BATCH) yield edgeBatch(rows.splice(0), attributes.type);
  }
  for (const [type, rows] of edgeRows) if (rows.length > 0) yield edgeBatch(rows, type);
}

function nodeBatch(rows: string[], label: string): string {
  return `UNWIND [\n${rows.join(',\n')}\n] AS row\nMERGE (n:Entity {id: row.id})\nSET n += row.props, n:${label};\n`;
}

function edgeBatch(rows: string[], type: string): string {
  return (
    `UNWIND [\n${rows.join(',\n')}\n] AS row\n` +
    'MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})\n' +
    `MERGE (a)-[r:${type} {key: row.key}]->(b)\nSET r += row.props;\n`
  );
}

/**
 * A Cypher literal. Strings go through JSON.stringify: its escapes (\" \\ \n \t \uXXXX) are all
 * Cypher escapes too. Map keys are written bare: ours are plain identifiers.
 */
function literal(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  let out = '{';
  const map = value as Record<string, unknown>;
  for (const key in map) out += `${out.length > 1 ? ', ' : ''}${key}: ${literal(map[key])}`;
  return `${out}}`;
}
