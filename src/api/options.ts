import type { CORSOptions } from 'graphql-yoga';

/** Limits the API enforces. Each is documented in schema.graphql or docs/api.md. */
export interface ApiLimits {
  /** Deepest selection nesting (graphql-armor max-depth). */
  maxDepth: number;
  /** Aliases per operation (graphql-armor max-aliases). */
  maxAliases: number;
  /** Shape cost (graphql-armor cost-limit: objects 2, scalars 1, x1.5 per level, x literal `first`). */
  maxCost: number;
  /** Lexical tokens per document (graphql-armor max-tokens). */
  maxTokens: number;
  /** Directives per operation (graphql-armor max-directives). */
  maxDirectives: number;
  /** Estimated result size: sum over fields of the product of `first`/`limit` above them. */
  maxResultSize: number;
  /** Operations in one batched (JSON array) request. */
  maxBatch: number;
  /** Request body, in bytes. */
  maxBodyBytes: number;
  /** GraphQL query text, in characters. */
  maxQueryChars: number;
  /** Article text per ingested document, in characters. */
  maxDocumentChars: number;
  /** Documents per ingestDocuments call. */
  maxIngestBatch: number;
  /** Largest `first` on connections and lists. */
  maxPageSize: number;
  /** Deepest `neighbourhood`. */
  maxNeighbourhoodDepth: number;
  /** Most nodes and edges a `neighbourhood` returns. */
  maxNeighbourhoodNodes: number;
  maxNeighbourhoodEdges: number;
  /** Longest `shortestPath` and `paths`. */
  maxShortestPathLength: number;
  maxPathsLength: number;
  /** Most `paths`, and most nodes a `paths` walk may visit before it gives up. */
  maxPaths: number;
  maxPathVisits: number;
  /** Most entities the GraphQL `export` field returns (the HTTP route has no such limit). */
  maxExportEntities: number;
  /** Betweenness is O(V·E); above this many entities it is left null. */
  betweennessMaxNodes: number;
}

export interface ApiOptions {
  /** Bearer token required for mutations; default `process.env.NEWSGRAPH_TOKEN`. Empty = no token. */
  token: string;
  /** Default address for `listen`. */
  host: string;
  /** Cross-origin access: false (same origin only, the default) or yoga's CORS options. */
  cors: false | CORSOptions;
  /** Serve GraphiQL on GET /graphql from a browser. */
  graphiql: boolean;
  /** Let validation errors suggest field names ("Did you mean ..."); the schema is public anyway. */
  fieldSuggestions: boolean;
  /** Where unexpected (masked) errors and warnings go. */
  log: (level: 'warn' | 'error', message: string) => void;
  limits: ApiLimits;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxCost: 100_000,
  maxTokens: 5000,
  maxDirectives: 20,
  maxResultSize: 200_000,
  maxBatch: 10,
  maxBodyBytes: 8 * 1024 * 1024,
  maxQueryChars: 20_000,
  maxDocumentChars: 2_000_000,
  maxIngestBatch: 100,
  maxPageSize: 1000,
  maxNeighbourhoodDepth: 3,
  maxNeighbourhoodNodes: 2000,
  maxNeighbourhoodEdges: 10_000,
  maxShortestPathLength: 8,
  maxPathsLength: 5,
  maxPaths: 100,
  maxPathVisits: 200_000,
  maxExportEntities: 20_000,
  betweennessMaxNodes: 5000,
};

export const DEFAULT_OPTIONS: Omit<ApiOptions, 'token' | 'limits'> = {
  host: '127.0.0.1',
  cors: false,
  graphiql: true,
  fieldSuggestions: true,
  log: (level, message) => console[level](`newsgraph api: ${message}`),
};

export type ApiOptionsInput = Partial<Omit<ApiOptions, 'limits'>> & { limits?: Partial<ApiLimits> };

export function resolveApiOptions(input: ApiOptionsInput = {}): ApiOptions {
  const limits = { ...DEFAULT_LIMITS, ...input.limits };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`api options: limits.${name} must be a positive integer, got ${String(value)}`);
  }
  return {
    ...DEFAULT_OPTIONS,
    ...dropUndefined(input),
    token: input.token ?? process.env.NEWSGRAPH_TOKEN ?? '',
    limits,
  };
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
