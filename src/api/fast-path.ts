import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DocumentNode, ExecutionResult, GraphQLSchema, OperationDefinitionNode, ValidationRule } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { ApiState } from './context.js';
import { execute, Kind, parse, specifiedRules, validate } from './graphql.js';
import { JsonBytes } from './json-bytes.js';
import { makeContext } from './make-context.js';
import { armorRules } from './plugins/armor.js';
import { estimateResultSize, sizeUsesVariables } from './plugins/result-size.js';
import type { NewsgraphYoga } from './yoga.js';

// yoga's per-request machinery (fetch Request/Response objects, the envelop
// hook chain) costs more than executing a typical query against the in-memory
// graph. The fast path serves the common case — one POSTed JSON query whose
// text has been validated clean once (same rules and limits as yoga's) — by
// executing it directly, compiled by graphql-jit (same results as graphql-js,
// a few times faster on large selections; graphql's `execute` for the rare
// operation it cannot compile). Everything else, and any result with an error,
// goes through yoga, which gives the one canonical answer (errors, codes,
// masking, CORS, SSE).

type Run = (variables: Record<string, unknown>, context: unknown) => ExecutionResult | Promise<ExecutionResult>;
interface Operation {
  node: OperationDefinitionNode;
  run?: Run;
  /** The result-size estimate, when no list size depends on variables. */
  size?: number;
}
type Entry = { document: DocumentNode; operations: Map<string | undefined, Operation>; sizeFixed: boolean } | null;
type Body = { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown };

const MAX_ENTRIES = 1000;
const JSON_TYPES = /^application\/(graphql-response\+)?json\b/;

export function createHttpHandler(yoga: NewsgraphYoga, state: ApiState, schema: GraphQLSchema) {
  const { limits } = state.options;
  const rules: readonly ValidationRule[] = [...specifiedRules, ...armorRules(state.options)];
  const entries = new Map<string, Entry>();
  const json = new JsonBytes();

  const prepare = (query: string): Entry => {
    let entry: Entry = null;
    try {
      const document = parse(query, { maxTokens: limits.maxTokens });
      if (validate(schema, document, rules).length === 0) {
        const operations = new Map<string | undefined, Operation>();
        for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) operations.set(d.name?.value, { node: d });
        entry = { document, operations, sizeFixed: !sizeUsesVariables(document) };
      }
    } catch {
      // Refused queries stay with yoga, which says why.
    }
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(query, entry);
    return entry;
  };

  const runner = (document: DocumentNode, node: OperationDefinitionNode): Run => {
    const name = node.name?.value;
    const compiled = compileQuery(schema, document, name, { disableLeafSerialization: true });
    if (isCompiledQuery(compiled)) {
      return (variables, context) => compiled.query(undefined, context, variables);
    }
    return (variables, context) => execute({ schema, document, operationName: name ?? null, variableValues: variables, contextValue: context });
  };

  /** The JSON of a clean result, or undefined to hand the request to yoga. */
  const serve = (req: IncomingMessage, text: string): Buffer | undefined => {
    let body: Body;
    try {
      body = JSON.parse(text) as Body;
    } catch {
      return undefined;
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body) || body.extensions != null) return undefined;
    const { query, variables = {}, operationName } = body;
    if (typeof query !== 'string' || query.length > limits.maxQueryChars) return undefined;
    if (typeof variables !== 'object' || Array.isArray(variables) || (operationName != null && typeof operationName !== 'string')) return undefined;
    const entry = entries.has(query) ? entries.get(query)! : prepare(query);
    if (!entry) return undefined;
    const op = operationName ? entry.operations.get(operationName) : entry.operations.size === 1 ? entry.operations.values().next().value : undefined;
    if (!op || op.node.operation !== 'query') return undefined;
    const vars = (variables ?? {}) as Record<string, unknown>;
    const size = op.size ?? estimateResultSize(schema, entry.document, op.node, vars);
    if (entry.sizeFixed) op.size = size;
    if (size > limits.maxResultSize) return undefined;
    op.run ??= runner(entry.document, op.node);
    const result = op.run(vars, makeContext(state, req.headers.authorization));
    // Every resolver of a query is synchronous; a promise means something unusual: let yoga answer.
    if ('then' in result || result.errors) return undefined;
    // Not graphql-jit's generated serialiser, which leaves ~190 KB of garbage on a
    // 400-object answer, nor JSON.stringify (two copies of the answer): see json-bytes.ts.
    return json.encode(result);
  };

  const eligible = (req: IncomingMessage): boolean => {
    if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== '/graphql') return false;
    if (!JSON_TYPES.test(req.headers['content-type'] ?? '')) return false;
    const accept = req.headers.accept ?? '';
    if (accept.includes('text/event-stream') || (accept !== '' && !/application\/(graphql-response\+)?json|\*\/\*/.test(accept))) return false;
    // Cross-origin requests need yoga's CORS headers.
    if (state.options.cors !== false && req.headers.origin !== undefined) return false;
    const length = Number(req.headers['content-length']);
    return Number.isInteger(length) && length <= limits.maxBodyBytes;
  };

  const delegate = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const response = await yoga.fetch(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/graphql'}`, { method: 'POST', headers, body });
    const out = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, { ...Object.fromEntries(response.headers), 'content-length': out.length });
    res.end(out);
  };

  return (req: IncomingMessage, res: ServerResponse): void => {
    if (!eligible(req)) {
      void yoga(req, res);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => res.destroy());
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const out = serve(req, body.toString('utf8'));
      if (out === undefined) {
        state.fastPath.delegated++;
        delegate(req, res, body).catch(() => res.destroy());
        return;
      }
      state.fastPath.served++;
      res.writeHead(200, {
        'content-type': contentType(req.headers.accept ?? ''),
        'content-length': out.length,
      });
      res.end(out);
    });
  };
}

/** As yoga chooses: the first of the two JSON media types the client lists, else application/json. */
function contentType(accept: string): string {
  const graphql = accept.indexOf('application/graphql-response+json');
  const json = accept.indexOf('application/json');
  return graphql >= 0 && (json < 0 || graphql < json) ? 'application/graphql-response+json; charset=utf-8' : 'application/json; charset=utf-8';
}
