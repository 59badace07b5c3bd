import { createHash, timingSafeEqual } from 'node:crypto';
import { getOperationAST } from '../graphql.js';
import type { Plugin } from 'graphql-yoga';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';

/** Checks the Authorization header against the token; the result goes into the context. */
export function authorise(token: string, header: string | null): { authorised: boolean; authProblem?: string } {
  if (!token) return { authorised: true };
  if (!header) return { authorised: false, authProblem: 'mutations need a bearer token: send "Authorization: Bearer <NEWSGRAPH_TOKEN>"' };
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return { authorised: false, authProblem: 'the Authorization header must be "Bearer <token>"' };
  // Compare digests so that the comparison takes the same time whatever the lengths.
  const given = createHash('sha256').update(match[1]!).digest();
  const wanted = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, wanted) ? { authorised: true } : { authorised: false, authProblem: 'the bearer token is not the one this server was started with' };
}

/** Refuses mutations from requests that did not carry the token (reads and subscriptions stay open). */
export function useMutationAuth(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as unknown as ApiContext;
      if (ctx.authorised) return;
      const op = getOperationAST(args.document, args.operationName);
      if (op?.operation !== 'mutation') return;
      setResultAndStopExecution({ errors: [apiError('UNAUTHENTICATED', ctx.authProblem ?? 'unauthenticated', 401)] });
    },
  };
}
