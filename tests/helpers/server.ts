import { graphql } from './cli.js';

// GraphQL calls the server tests share.

export interface IngestInput {
  id: string;
  text: string;
  title?: string;
}

const INGEST = 'mutation($inputs: [DocumentInput!]!) { ingestDocuments(inputs: $inputs) { documentId duplicate } }';

/** Ingests a batch; resolves with the acknowledged ids, rejects on any error (HTTP, GraphQL, connection). */
export async function ingestBatch(url: string, inputs: IngestInput[]): Promise<string[]> {
  const result = await graphql(url, INGEST, { inputs });
  if (result.errors?.length || !result.data) throw new Error(`ingestDocuments failed: ${JSON.stringify(result.errors)}`);
  return result.data.ingestDocuments.map((r: { documentId: string }) => r.documentId);
}

/** Every document id in the graph, page by page. */
export async function allDocumentIds(url: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const result = await graphql(url, 'query($after: String) { documents(first: 1000, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }', { after });
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    const page = result.data.documents;
    ids.push(...page.nodes.map((n: { id: string }) => n.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}
