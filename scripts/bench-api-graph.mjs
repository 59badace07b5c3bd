// A generated knowledge graph for the API benchmarks: `entities` nodes and `relations`
// edges written straight into a GraphStore's graphology graph with the attributes the
// store itself writes (one contribution per node, one evidence record per edge), far
// faster than ingesting documents. Endpoints are skewed (a few hubs with thousands of
// relations, many entities with a handful), as news graphs are. Deterministic per seed.

const TYPES = ['PERSON', 'ARMED_GROUP', 'ORGANISATION', 'COUNTRY', 'PLACE'];
const RELATIONS = ['BACKS', 'CAPTURED', 'SANCTIONED', 'INVESTIGATES'];
const STATUSES = ['ASSERTED', 'ASSERTED', 'ASSERTED', 'CLAIMED', 'DENIED'];

function mulberry32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fills `store` (an empty GraphStore) and returns the entity ids. */
export function fillStore(store, { entities = 100_000, relations = 1_000_000, documents = 10_000, seed = 7 } = {}) {
  const random = mulberry32(seed);
  const graph = store.graph;
  const ids = new Array(entities);
  const day = (i) => `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  // As in the store, evidence names its document by the document's own id string, and a
  // relation's dates are its documents' dates: one string each per document, not per relation.
  const docs = [];
  for (let d = 0; d < documents; d++) {
    const id = `doc-${d}`;
    docs.push(store.documents.set(id, { id, title: `Report ${d}`, source: `source-${d % 50}.example`, publishedAt: day(d), ingestedAt: '2025-06-01T00:00:00.000Z', chars: 2000, entities: [], relations: [] }).get(id));
  }
  for (let i = 0; i < entities; i++) {
    const type = TYPES[i % TYPES.length];
    const id = [type.toLowerCase(), `e${i}`].join(':'); // joined, as src/core/ids.ts does: flat strings
    const name = `Entity ${i}`;
    const doc = docs[i % documents];
    ids[i] = id;
    graph.addNode(id, { name, type, aliases: [], mentionCount: 1 + (i % 7), documentCount: 1, contributions: { [doc.id]: { mentions: 1 + (i % 7), names: [name] } }, firstSeen: doc.publishedAt, lastSeen: doc.publishedAt });
  }
  // Index skewed towards 0: P(index < k) = sqrt(k / n), so entity 0 takes part in about 3,000 relations.
  const pick = () => Math.floor(entities * random() * random());
  let added = 0;
  while (added < relations) {
    const s = pick();
    const t = Math.floor(entities * random());
    if (s === t) continue;
    const type = RELATIONS[Math.floor(random() * RELATIONS.length)];
    const key = [ids[s], type, ids[t]].join('|');
    if (graph.hasEdge(key)) continue;
    const status = STATUSES[Math.floor(random() * STATUSES.length)];
    const confidence = Math.round((0.5 + random() / 2) * 1000) / 1000;
    const doc = docs[Math.floor(random() * documents)];
    const text = `Entity ${s} ${type.toLowerCase()} Entity ${t}, report ${added} says.`;
    graph.addDirectedEdgeWithKey(key, ids[s], ids[t], {
      type, status, confidence, documentCount: 1, cameo: '190',
      evidence: [{ documentId: doc.id, sentence: added % 40, start: 0, end: text.length, text, status, confidence }],
      firstSeen: doc.publishedAt, lastSeen: doc.publishedAt,
    });
    added++;
  }
  store.version++;
  return ids;
}

/** The same mulberry32 for picking query targets. */
export { mulberry32 };
