// A synthetic knowledge graph shaped like newsgraph's (same node and edge attributes as
// GraphStore writes, one evidence record per edge), for the layout and export benchmarks
// and the layout tests. Deterministic for a given seed. Plain JS so that scripts can run it
// with node against dist/ and tests can import it.
import graphology from 'graphology';

const TYPES = ['PERSON', 'ARMED_GROUP', 'ORGANISATION', 'COUNTRY', 'PLACE'];
const RELATIONS = ['BACKS', 'CAPTURED', 'SANCTIONED', 'INVESTIGATES'];
const STATUSES = ['ASSERTED', 'ASSERTED', 'ASSERTED', 'CLAIMED', 'DENIED'];

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `nodes` entities and `edges` relations; endpoints follow a skewed distribution (a few hubs,
 * many leaves), as news graphs do. `positions` gives every node x/y up front.
 */
export function generateGraph({ nodes, edges, seed = 42, positions = false }) {
  const random = mulberry32(seed);
  const graph = new graphology.MultiDirectedGraph();
  for (let i = 0; i < nodes; i++) {
    const type = TYPES[i % TYPES.length];
    const doc = `doc-${i % 5000}`;
    const attrs = {
      name: `${type.toLowerCase()} ${i}`,
      type,
      aliases: i % 3 === 0 ? [`alias ${i}`] : [],
      mentionCount: 1 + (i % 7),
      documentCount: 1,
      contributions: { [doc]: { mentions: 1 + (i % 7), names: [`${type.toLowerCase()} ${i}`] } },
      firstSeen: '2025-01-01',
      lastSeen: '2025-03-01',
    };
    if (type === 'PLACE') attrs.geo = { lat: -5 + 10 * random(), lon: 20 + 10 * random(), countryCode: 'CD' };
    if (positions) {
      attrs.x = 1000 * (random() - 0.5);
      attrs.y = 1000 * (random() - 0.5);
    }
    graph.addNode(`${type.toLowerCase()}:${i}`, attrs);
  }
  const keyOf = (i) => `${TYPES[i % TYPES.length].toLowerCase()}:${i}`;
  let added = 0;
  while (added < edges) {
    // Squaring a uniform number skews endpoints towards low indices: hubs.
    const s = Math.floor(random() * random() * nodes);
    const t = Math.floor(random() * nodes);
    const type = RELATIONS[Math.floor(random() * RELATIONS.length)];
    const key = `${keyOf(s)}|${type}|${keyOf(t)}`;
    if (s === t || graph.hasEdge(key)) continue;
    const status = STATUSES[added % STATUSES.length];
    const confidence = Math.round(500 + 500 * random()) / 1000;
    graph.addDirectedEdgeWithKey(key, keyOf(s), keyOf(t), {
      type,
      status,
      confidence,
      documentCount: 1 + (added % 3),
      evidence: [
        {
          documentId: `doc-${added % 5000}`,
          sentence: added % 40,
          start: 0,
          end: 80,
          text: `Sentence ${added}: entity ${s} ${type.toLowerCase()} entity ${t}, sources said.`,
          status,
          confidence,
        },
      ],
      firstSeen: '2025-01-01',
      lastSeen: '2025-03-01',
    });
    added++;
  }
  return graph;
}
