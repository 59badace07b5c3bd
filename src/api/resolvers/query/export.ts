import { exportGraph, filterGraph } from '../../../export/index.js';
import type { ApiContext } from '../../context.js';
import { badInput } from '../../errors.js';
import type { ExportFilterArg } from '../../graph/export-filter.js';
import { toExportFilter } from '../../graph/export-filter.js';
import { ensurePositions } from '../../graph/positions.js';

/** GraphQL enum value to the export registry's name: CSV_NODES -> csv-nodes. */
export function formatName(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}

/** Query.export: the export stage's own text, so it matches the files byte for byte. */
export async function exportField(_: unknown, args: { format: string; filter?: ExportFilterArg | null }, ctx: ApiContext) {
  const filter = toExportFilter('export', ctx.store, args.filter);
  const { maxExportEntities } = ctx.state.options.limits;
  const size = filterGraph(ctx.store.graph, filter).order;
  if (size > maxExportEntities) {
    throw badInput(`export: ${size} entities, the limit here is ${maxExportEntities}; GET /export/graph.<extension> streams any size`);
  }
  await ensurePositions(ctx.state);
  // Synchronous from here: no mutation can land between the filter and the last byte.
  return exportGraph(ctx.store.graph, formatName(args.format), { filter });
}
