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
  // One pass per entity type and per relation type: a statement can hold only one label or
  // relationship type, and rows go out as they are made instead of waiting in a buffer.
  for (const type of ENTITY_TYPES) {
    let count = 0;
    for (const { node, attributes } of graph.nodeEntries()) {
      if (attributes.type !== type) continue;
      const d = display.node(node, attributes);
      const p = ctx.position(node, attributes);
      const props = nodeFields(attributes, { name: clean(d.label), x: rounded(p.x), y: rounded(p.y), size: d.size, color: d.color });
      yield `${count === 0 ? 'UNWIND [\n' : ',\n'}{id: ${JSON.stringify(node)}, props: ${mapLiteral(props)}}`;
      if (++count === BATCH) {
        yield nodeTail(type);
        count = 0;
      }
    }
    if (count > 0) yield nodeTail(type);
  }
  for (const type of RELATION_TYPES) {
    let count = 0;
    for (const { edge, attributes, source, target } of graph.edgeEntries()) {
      if (attributes.type !== type) continue;
      const d = display.edge(edge, attributes);
      const props = edgeFields(attributes, { weight: d.weight, color: d.color, lineStyle: d.lineStyle });
      yield (
        `${count === 0 ? 'UNWIND [\n' : ',\n'}{key: ${JSON.stringify(edge)}, source: ${JSON.stringify(source)}, ` +
        `target: ${JSON.stringify(target)}, props: ${mapLiteral(props)}}`
      );
      if (++count === BATCH) {
        yield edgeTail(type);
        count = 0;
      }
    }
    if (count > 0) yield edgeTail(type);
  }
}

const nodeTail = (type: EntityType): string => `\n] AS row\nMERGE (n:Entity {id: row.id})\nSET n += row.props, n:${LABELS[type]};\n`;

const edgeTail = (type: RelationType): string =>
  `\n] AS row\nMATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})\nMERGE (a)-[r:${type} {key: row.key}]->(b)\nSET r += row.props;\n`;

/**
 * A Cypher map literal, from JSON: JSON's string escapes (\" \\ \n \t \uXXXX) are all Cypher
 * escapes too, and keys lose their quotes (ours are plain identifiers). In JSON.stringify's
 * output a quote right after `{` or `,` and closing before `:` can only start a key: quotes
 * inside strings are always escaped. (Ids need no cleaning: JSON escapes whatever they hold.)
 */
function mapLiteral(value: Record<string, unknown>): string {
  return JSON.stringify(value).replace(/([{,])"(\w+)":/g, '$1$2:');
}
