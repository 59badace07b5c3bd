import { GraphQLError } from './graphql.js';
import { createGraphQLError, maskError as yogaMaskError } from 'graphql-yoga';
import { NewsgraphError } from '../core/errors.js';

// Every error the API sends carries `extensions.code`; these helpers make sure
// the code and the HTTP status travel together and messages say where.

export function apiError(code: string, message: string, status = 400): GraphQLError {
  return createGraphQLError(message, { extensions: { code, http: { status } } });
}

export function badInput(message: string): GraphQLError {
  return apiError('BAD_USER_INPUT', message);
}

/** Checks an integer argument is within [min, max]; `where` names the field for the message. */
export function bounded(where: string, name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw badInput(`${where}: ${name} must be between ${min} and ${max}, got ${v}`);
  }
  return v;
}

const STATUS_OF: Record<string, number> = { NOT_FOUND: 404, BAD_USER_INPUT: 400, DATA_ERROR: 500 };

/**
 * yoga's `maskedErrors.maskError`: our own errors (NewsgraphError, thrown by the
 * store and workspace) go to the client with their code and message; anything
 * else is an unexpected error, logged here and masked as INTERNAL_SERVER_ERROR.
 */
export function createMaskError(log: (level: 'error', message: string) => void) {
  return (error: unknown, message: string, isDev?: boolean): Error => {
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    if (original instanceof NewsgraphError) {
      const path = error instanceof GraphQLError ? error.path : undefined;
      return createGraphQLError(original.message, {
        ...(path ? { path } : {}),
        extensions: { code: original.code, http: { status: STATUS_OF[original.code] ?? 400 } },
      });
    }
    // Errors we raised on purpose (createGraphQLError, in resolvers or plugins) pass unchanged.
    if (original instanceof GraphQLError) return error as Error;
    log('error', original instanceof Error ? (original.stack ?? original.message) : String(original));
    return yogaMaskError(error, message, isDev);
  };
}
