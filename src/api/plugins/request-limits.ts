import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors.js';
import type { ApiLimits } from '../options.js';

// What yoga's own parsers return; the fields are checked by yoga after parsing.
type Params = { query?: string; operationName?: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> };

/**
 * Request-level limits, before any GraphQL work: body size (by Content-Length
 * when sent, and by counting while reading when not), JSON that parses, batch
 * size and query length. Replaces yoga's POST body parsers so that a body is
 * never read past the limit.
 */
export function useRequestLimits(limits: ApiLimits): Plugin {
  const tooLarge = (size: string) =>
    apiError('BODY_TOO_LARGE', `request body is ${size} bytes, the limit is ${limits.maxBodyBytes}`, 413);
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > limits.maxBodyBytes) {
        endResponse(fetchAPI.Response.json({ errors: [tooLarge(String(length)).toJSON()] }, { status: 413 }));
      }
    },
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== 'POST') return;
      const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type === 'application/json' || type === 'application/graphql+json') {
        // A batch is an array; yoga's parser type is a union of promises, not a promise of a union.
        setRequestParser(async (req) => checkBatch(parseJson(await readBody(req, limits.maxBodyBytes, tooLarge)), limits.maxBatch) as Params);
      } else if (type === 'application/graphql') {
        setRequestParser(async (req) => ({ query: await readBody(req, limits.maxBodyBytes, tooLarge) }));
      } else if (type === 'application/x-www-form-urlencoded') {
        setRequestParser(async (req) => Object.fromEntries(new URLSearchParams(await readBody(req, limits.maxBodyBytes, tooLarge))));
      } else if (type !== 'multipart/form-data') {
        // yoga would answer 415 with an empty body; say what is expected instead.
        setRequestParser(() => {
          throw apiError('UNSUPPORTED_MEDIA_TYPE', `POST bodies must be application/json (or application/graphql), not "${type || 'none'}"`, 415);
        });
      }
    },
    onParams({ params }) {
      const query = params.query;
      if (typeof query === 'string' && query.length > limits.maxQueryChars) {
        throw apiError('QUERY_TOO_LARGE', `query is ${query.length} characters, the limit is ${limits.maxQueryChars}`, 413);
      }
    },
  };
}

async function readBody(request: Request, max: number, tooLarge: (size: string) => Error): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(`more than ${max}`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function parseJson(text: string): Params | Params[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    throw apiError('BAD_REQUEST', `request body is not valid JSON: ${(err as Error).message}`);
  }
  const ok = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (Array.isArray(body) ? !body.every(ok) : !ok(body)) {
    throw apiError('BAD_REQUEST', 'request body must be a JSON object {"query": ...} or an array of them');
  }
  return body as Params | Params[];
}

function checkBatch(body: Params | Params[], max: number): Params | Params[] {
  if (Array.isArray(body) && body.length > max) {
    throw apiError('BATCH_TOO_LARGE', `a batch may hold at most ${max} operations, this one has ${body.length}`, 413);
  }
  return body;
}
