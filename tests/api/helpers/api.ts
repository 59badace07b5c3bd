import { openWorkspace } from '../../../src/persist/index.js';
import type { Workspace, WorkspaceOptions } from '../../../src/persist/index.js';
import { createApi } from '../../../src/api/yoga.js';
import type { NewsgraphYoga } from '../../../src/api/yoga.js';
import type { ApiOptionsInput } from '../../../src/api/options.js';
import { resolveApiOptions } from '../../../src/api/options.js';
import { CORPUS, fixtureExtractor } from '../fixtures/corpus.js';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface TestApi {
  workspace: Workspace;
  yoga: NewsgraphYoga;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/** An in-process API over a workspace with the fixture corpus ingested (unless `empty`). */
export async function testApi(options: ApiOptionsInput & { empty?: boolean; workspace?: WorkspaceOptions } = {}): Promise<TestApi> {
  const workspace = await openWorkspace({ extractor: fixtureExtractor, ...options.workspace });
  if (!options.empty) await workspace.ingestMany(CORPUS.map((f) => f.input));
  const { yoga, dispose } = createApi(workspace, resolveApiOptions({ token: '', ...options }));
  return {
    workspace,
    yoga,
    async gql(query, variables, headers = {}) {
      const response = await yoga.fetch('http://newsgraph.test/graphql', {
        method: 'POST',
        // The GraphQL-over-HTTP media type: refusals then come with their HTTP status (400, 401, 413).
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json()) };
    },
    async close() {
      dispose();
      await workspace.close();
    },
  };
}

/** Pages through a connection field with `after`, returning every node id and the page sizes. */
export async function collectPages(api: TestApi, field: string, args: string, first: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const r: GqlResult = await api.gql(`query($after: String) { ${field}(${args ? `${args}, ` : ''}first: ${first}, after: $after) {
      totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`, { after });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    const c = r.data![field];
    pages++;
    ids.push(...c.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!c.pageInfo.hasNextPage) return { ids, pages };
    after = c.pageInfo.endCursor;
  }
}
