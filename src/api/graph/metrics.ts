import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { KnowledgeGraph } from '../../graph/store.js';
import { createRandom } from '../../layout/random.js';

// These are CommonJS modules whose module.exports is the function; their
// typings describe it as `default`, which is what Node's ESM import hands over.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;
const betweenness = betweennessModule as unknown as typeof betweennessModule.default;

// Whole-graph metrics from graphology's standard library. Each is computed on
// first use and kept until the graph changes (the owner drops this object when
// store.version moves), so a burst of queries pays for it once.

export interface Communities {
  of: Map<string, number>;
  count: number;
  modularity: number | null;
  /** Members per community, highest degree first. */
  members: Map<number, string[]>;
}

export class GraphMetrics {
  private pr?: Map<string, number>;
  private bc?: Map<string, number> | null;
  private lv?: Communities;
  private byDegree?: string[];

  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly betweennessMaxNodes: number,
  ) {}

  pagerank(id: string): number {
    return this.pagerankMap().get(id) ?? 0;
  }

  pagerankMap(): Map<string, number> {
    if (!this.pr) {
      const scores = this.graph.order === 0 ? {} : pagerank(this.graph, { getEdgeWeight: null });
      this.pr = new Map(Object.entries(scores));
    }
    return this.pr;
  }

  /** Null when the graph is too big for an O(V·E) computation per change. */
  betweenness(id: string): number | null {
    if (this.bc === undefined) {
      this.bc = this.graph.order > this.betweennessMaxNodes
        ? null
        : new Map(Object.entries(betweenness(this.graph, { normalized: true, getEdgeWeight: null })));
    }
    return this.bc === null ? null : (this.bc.get(id) ?? 0);
  }

  communities(): Communities {
    if (!this.lv) {
      const of = new Map<string, number>();
      let count = 0;
      let modularity: number | null = null;
      if (this.graph.order > 0) {
        // Seeded so that community numbers are the same on every run over the same graph.
        const result = louvain.detailed(this.graph, { getEdgeWeight: null, rng: createRandom(42) });
        for (const [node, c] of Object.entries(result.communities)) of.set(node, c);
        count = result.count;
        modularity = Number.isFinite(result.modularity) ? result.modularity : null;
      }
      const members = new Map<number, string[]>();
      for (const id of this.rankedByDegree()) {
        const c = of.get(id) ?? -1;
        const list = members.get(c);
        if (list) list.push(id);
        else members.set(c, [id]);
      }
      this.lv = { of, count, modularity, members };
    }
    return this.lv;
  }

  /** Entity ids, most relations first, ties by id. */
  rankedByDegree(): string[] {
    if (!this.byDegree) {
      const g = this.graph;
      this.byDegree = g.nodes().sort((a, b) => g.degree(b) - g.degree(a) || (a < b ? -1 : 1));
    }
    return this.byDegree;
  }
}
