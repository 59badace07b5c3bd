import type { DocumentNode, FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { getArgumentValues, getNamedType, getOperationAST, isObjectType, Kind, visit } from '../graphql.js';
import type { GraphQLObjectType } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors.js';

/**
 * graphql-armor's cost limit sees the shape of a query, not its list sizes:
 * `entities(first: 1000) { neighbours(first: 1000) { ... } }` passes it. This
 * estimates the number of values a query can return — each field counts the
 * product of the `first`/`limit`/`ids` arguments above it (defaults applied) —
 * and refuses it before execution when that is over the limit.
 */
export function useResultSizeLimit(maxResultSize: number): Plugin {
  // A query whose list sizes take no variables has one estimate: keep it with the parsed document (which yoga caches).
  const fixed = new WeakMap<DocumentNode, number>();
  const sized = new WeakMap<DocumentNode, boolean>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const op = getOperationAST(args.document, args.operationName);
      if (!op) return;
      let variable = sized.get(args.document);
      if (variable === undefined) sized.set(args.document, (variable = sizeUsesVariables(args.document)));
      const plain = !variable;
      let size = plain ? fixed.get(args.document) : undefined;
      if (size === undefined) {
        size = estimateResultSize(args.schema, args.document, op, args.variableValues ?? {});
        if (plain) fixed.set(args.document, size);
      }
      if (size > maxResultSize) {
        setResultAndStopExecution({
          errors: [apiError('QUERY_TOO_COSTLY', `the query could return about ${Math.round(size)} values, the limit is ${maxResultSize}: ask for smaller pages (first, limit) or fewer nested lists`)],
        });
      }
    },
  };
}

const SIZE_ARGUMENTS = new Set(['first', 'limit', 'ids']);

/** Whether any list-size argument (`first`, `limit`, `ids`) in the document takes a variable. */
export function sizeUsesVariables(document: DocumentNode): boolean {
  let uses = false;
  visit(document, {
    Argument(node) {
      if (SIZE_ARGUMENTS.has(node.name.value)) visit(node.value, { Variable() { uses = true; } });
    },
  });
  return uses;
}

/** The estimate for one operation of a document with the given variables. */
export function estimateResultSize(schema: GraphQLSchema, document: DocumentNode, op: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const root = schema.getRootType(op.operation);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return root ? estimate(schema, root, op.selectionSet, 1, fragments, variables) : 0;
}

function estimate(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  set: SelectionSetNode,
  multiplier: number,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const field = type.getFields()[sel.name.value];
      if (!field) continue; // __typename and introspection
      let m = multiplier;
      try {
        const args = getArgumentValues(field, sel, variables) as Record<string, unknown>;
        const size = args.first ?? args.limit ?? (Array.isArray(args.ids) ? args.ids.length : undefined);
        if (typeof size === 'number') m *= Math.max(1, size);
      } catch {
        // Bad argument values are reported by execution itself.
      }
      total += m;
      const named = getNamedType(field.type);
      if (sel.selectionSet && isObjectType(named)) total += estimate(schema, named, sel.selectionSet, m, fragments, variables);
    } else {
      const fragment = sel.kind === Kind.INLINE_FRAGMENT ? sel : fragments.get(sel.name.value);
      if (!fragment) continue;
      const on = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
      if (on && isObjectType(on)) total += estimate(schema, on, fragment.selectionSet, multiplier, fragments, variables);
    }
  }
  return total;
}
