import type { ApiContext } from '../../context.js';
import { badInput } from '../../errors.js';
import type { DocumentInputArg } from './ingest-result.js';
import { ingestResult, toDocumentInput } from './ingest-result.js';

/** Mutation.ingestDocuments: every input is checked before any is ingested. */
export async function ingestDocuments(_: unknown, args: { inputs: DocumentInputArg[] }, ctx: ApiContext) {
  const { limits } = ctx.state.options;
  if (args.inputs.length > limits.maxIngestBatch) {
    throw badInput(`ingestDocuments: at most ${limits.maxIngestBatch} documents per call, got ${args.inputs.length}`);
  }
  const inputs = args.inputs.map((input, i) => toDocumentInput(`ingestDocuments: inputs[${i}]`, input, limits.maxDocumentChars));
  const outcomes = await ctx.workspace.ingestMany(inputs);
  return outcomes.map((outcome) => ingestResult(ctx, outcome));
}
