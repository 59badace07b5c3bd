import { ENTITY_TYPES, RELATION_TYPES, type EntityType } from '../core/types.js';
import type { ExportContext } from './context.js';
import { edgeFields, nodeFields, rounded } from './json.js';
import { clean } from './text.js';

// Cypher for Neo4j (`cypher-shell -f graph.cypher`). Rows go in batches through UNWIND, which
// Neo4j runs far faster than one statement per element; MERGE on ids makes a second load of
// the same export update rather than duplicate. Labels and relationship types cannot be
// parameters, so each batch holds one entity type or one relation type.

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
  for (const type of ENTITY_TYPES) {
    let rows: string[] = [];
    for (const { node, attributes } of graph.nodeEntries()) {
      if (attributes.type !== type) continue;
      const d = display.node(node, attributes);
      const p = ctx.position(node, attributes);
      const props = nodeFields(attributes, { name: clean(d.label), x: rounded(p.x), y: rounded(p.y), size: d.size, color: d.color });
      rows.push(`{id: ${literal(node)}, props: ${literal(props)}}`);
      if (rows.length === BATCH) {
        yield nodeBatch(rows, LABELS[type]);
        rows = [];
      }
    }
    if (rows.length > 0) yield nodeBatch(rows, LABELS[type]);
  }
  for (const type of RELATION_TYPES) {
    let rows: string[] = [];
    for (const { edge, attributes, source, target } of graph.edgeEntries()) {
      if (attributes.type !== type) continue;
      const d = display.edge(edge, attributes);
      const props = edgeFields(attributes, { weight: d.weight, color: d.color, lineStyle: d.lineStyle });
      rows.push(`{key: ${literal(edge)}, source: ${literal(source)}, target: ${literal(target)}, props: ${literal(props)}}`);
      if (rows.length === BATCH) {
        yield edgeBatch(rows, type);
        rows = [];
      }
    }
    if (rows.length > 0) yield edgeBatch(rows, type);
  }
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
 * A Cypher literal. JSON's string escapes (\" \\ \n \t \uXXXX) are all Cypher escapes too;
 * map keys are written bare, which our field names (plain identifiers) allow.
 */
function literal(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clean(value));
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')}}`;
  }
  return 'null';
}
