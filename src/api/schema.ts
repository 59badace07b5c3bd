import { readFileSync } from 'node:fs';
import { createSchema } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import type { ApiContext } from './context.js';
import { resolvers } from './resolvers/index.js';

/** schema.graphql sits at the package root, two levels above both src/api and dist/api. */
export const SCHEMA_PATH = new URL('../../schema.graphql', import.meta.url);

let cached: GraphQLSchema | undefined;

/** The executable schema: schema.graphql plus the resolvers. Built once per process. */
export function buildSchema(): GraphQLSchema {
  cached ??= createSchema<ApiContext>({ typeDefs: readFileSync(SCHEMA_PATH, 'utf8'), resolvers });
  return cached;
}
