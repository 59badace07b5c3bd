// Talking to the newsgraph server the page came from: GraphQL over POST, the graphology
// export, and the page's config. Every failure becomes an ApiError whose message says
// what went wrong in words an analyst can act on.

export type ApiErrorKind = 'network' | 'unauthenticated' | 'refused' | 'server';

export class ApiError extends Error {
  constructor(readonly kind: ApiErrorKind, message: string, readonly code?: string) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string };
}

export interface ExportFormatInfo {
  extension: string;
  name: string;
  description: string;
}

/** What /web/config.json says about this server. */
export interface PageConfig {
  formats: ExportFormatInfo[];
  tokenRequired: boolean;
  graphiql: boolean;
}

const ENDPOINT = '/graphql';

/** Runs a query or mutation; returns `data` or throws an ApiError. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token = ''): Promise<T> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    // Asks for the HTTP status that goes with a refusal (401 for a refused token).
    accept: 'application/graphql-response+json, application/json',
  };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await send(ENDPOINT, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  let body: { data?: T | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError('server', `The server answered ${response.status} ${response.statusText} without a GraphQL result.`);
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    if (code === 'UNAUTHENTICATED') throw new ApiError('unauthenticated', `The server refused the token: ${first.message}`, code);
    if (code === 'INTERNAL_SERVER_ERROR' || response.status >= 500) throw new ApiError('server', `Server error: ${first.message}`, code);
    throw new ApiError('refused', `The server refused the request (${code ?? response.status}): ${first.message}`, code);
  }
  if (!response.ok || body.data == null) throw new ApiError('server', `The server answered ${response.status} ${response.statusText}.`);
  return body.data;
}

/** GET a JSON document of the server (the graph export, the page config). */
export async function getJson<T>(path: string): Promise<T> {
  const response = await send(path, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const detail = await response.json().then((b: { errors?: GraphQLErrorBody[] }) => b.errors?.[0]?.message, () => undefined);
    throw new ApiError('server', `Server error: ${path} answered ${response.status} ${response.statusText}${detail ? ` (${detail})` : ''}.`);
  }
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError('server', `Server error: ${path} did not answer JSON.`);
  }
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (err) {
    throw new ApiError('network', `Cannot reach the newsgraph server (${(err as Error).message}). Is it still running?`);
  }
}
