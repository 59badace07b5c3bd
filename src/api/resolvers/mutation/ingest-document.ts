import type { ApiContext } from '../../context.js';
import type { DocumentInputArg } from './ingest-result.js';
import { ingestResult, toDocumentInput } from './ingest-result.js';

/** Mutation.ingestDocument: acknowledged once the workspace has journalled and applied it. */
export async function ingestDocument(_: unknown, args: { input: DocumentInputArg }, ctx: ApiContext) {
  const input = toDocumentInput('ingestDocument', args.input, ctx.state.options.limits.maxDocumentChars);
  return ingestResult(ctx, await ctx.workspace.ingest(input));
}
