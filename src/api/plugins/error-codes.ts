import type { GraphQLError } from 'graphql';
import { createGraphQLError, isAsyncIterable } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';

/**
 * Every error the API sends carries `extensions.code`. Resolver errors get
 * theirs from errors.ts and yoga's masking; the ones graphql-js raises before
 * any resolver runs (a missing or mistyped variable) come without one: they
 * are the caller's to fix, so they get BAD_USER_INPUT.
 */
export function useErrorCodes(): Plugin {
  const coded = (errors: readonly GraphQLError[]) =>
    errors.map((e) => (e.extensions?.code ? e : createGraphQLError(e.message, {
      nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, originalError: e.originalError,
      extensions: { ...e.extensions, code: 'BAD_USER_INPUT', http: { status: 400 } },
    })));
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result) || !result.errors?.some((e) => !e.extensions?.code)) return;
          setResult({ ...result, errors: coded(result.errors) });
        },
      };
    },
  };
}
