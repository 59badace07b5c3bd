import type { Connection } from '../../graph/connection.js';

/** The `aggregate` of every connection type: computed only when asked for (see graph/connection.ts). */
const aggregate = (c: Connection<unknown>) => c.aggregate?.() ?? null;

export const EntityConnection = { aggregate };
export const RelationConnection = { aggregate };
export const DocumentConnection = { aggregate };
