import type { GraphStore } from '../../graph/store.js';
import { GraphMetrics } from './metrics.js';
import { SearchIndex } from './search-index.js';

const MAX_LISTS = 64;

/**
 * Everything derived from the whole graph, valid for one `store.version`:
 * metrics, the search index and the filtered+sorted id lists behind
 * connections (so that paging through a result does not refilter it).
 */
export class GraphCaches {
  private version = -1;
  private m?: GraphMetrics;
  private s?: SearchIndex;
  private readonly lists = new Map<string, readonly string[]>();

  constructor(
    private readonly store: GraphStore,
    private readonly betweennessMaxNodes: number,
  ) {}

  private fresh(): void {
    if (this.version === this.store.version) return;
    this.version = this.store.version;
    this.m = undefined;
    this.s = undefined;
    this.lists.clear();
  }

  get metrics(): GraphMetrics {
    this.fresh();
    return (this.m ??= new GraphMetrics(this.store.graph, this.betweennessMaxNodes));
  }

  get search(): SearchIndex {
    this.fresh();
    return (this.s ??= new SearchIndex(this.store.graph));
  }

  /** The list stored under `key` for this version, computing it with `make` if absent. */
  list(key: string, make: () => string[]): readonly string[] {
    this.fresh();
    let ids = this.lists.get(key);
    if (ids) {
      // Refresh recency for the LRU order of the Map.
      this.lists.delete(key);
    } else {
      ids = make();
      if (this.lists.size >= MAX_LISTS) this.lists.delete(this.lists.keys().next().value!);
    }
    this.lists.set(key, ids);
    return ids;
  }
}
