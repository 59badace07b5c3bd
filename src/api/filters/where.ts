import type { EntityType, RelationStatus, RelationType } from '../../core/types.js';
import type { GraphStore } from '../../graph/store.js';
import type { DocumentRecord, EdgeAttributes, NodeAttributes } from '../../graph/types.js';
import { documentDate } from '../graph/refs.js';
import type { DateFilter, EnumFilter, NumberFilter, StringFilter } from './scalars.js';
import { dateTest, enumTest, numberTest, plainStringTest, stringTest } from './scalars.js';

// Compiles the `where` inputs into predicates. The three kinds refer to one
// another through relationship filters (`some`), so they live in one file.

interface Logic<W> {
  AND?: readonly W[] | null;
  OR?: readonly W[] | null;
  NOT?: W | null;
}

export interface EntityWhere extends Logic<EntityWhere> {
  id?: EnumFilter<string> | null;
  name?: StringFilter | null;
  type?: EnumFilter<EntityType> | null;
  degree?: NumberFilter | null;
  mentionCount?: NumberFilter | null;
  documentCount?: NumberFilter | null;
  countryCode?: StringFilter | null;
  relations?: { some?: RelationWhere | null } | null;
  documents?: { some?: DocumentWhere | null } | null;
}

export interface RelationWhere extends Logic<RelationWhere> {
  id?: EnumFilter<string> | null;
  type?: EnumFilter<RelationType> | null;
  status?: EnumFilter<RelationStatus> | null;
  confidence?: NumberFilter | null;
  documentCount?: NumberFilter | null;
  cameo?: StringFilter | null;
  source?: EntityWhere | null;
  target?: EntityWhere | null;
  seen?: DateFilter | null;
  documents?: { some?: DocumentWhere | null } | null;
}

export interface DocumentWhere extends Logic<DocumentWhere> {
  id?: EnumFilter<string> | null;
  title?: StringFilter | null;
  source?: StringFilter | null;
  url?: StringFilter | null;
  publishedAt?: DateFilter | null;
  ingestedAt?: DateFilter | null;
  entities?: { some?: EntityWhere | null } | null;
}

export interface WhereEnv {
  store: GraphStore;
  /** Folded name and aliases of an entity. */
  foldedNames: (id: string) => readonly string[];
}

export type EntityTest = (id: string, a: NodeAttributes) => boolean;
export type RelationTest = (key: string, a: EdgeAttributes, source: string, target: string) => boolean;
export type DocumentTest = (d: DocumentRecord) => boolean;

function combine<A extends unknown[]>(tests: ((...args: A) => boolean)[], w: Logic<unknown>, compile: (w: never) => (...args: A) => boolean): (...args: A) => boolean {
  for (const sub of w.AND ?? []) tests.push(compile(sub as never));
  if (w.OR) {
    const any = w.OR.map((sub) => compile(sub as never));
    tests.push((...args) => any.some((t) => t(...args)));
  }
  if (w.NOT) {
    const not = compile(w.NOT as never);
    tests.push((...args) => !not(...args));
  }
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0]!;
  return (...args) => tests.every((t) => t(...args));
}

export function entityTest(w: EntityWhere | null | undefined, env: WhereEnv): EntityTest {
  if (!w) return () => true;
  const { store } = env;
  const tests: EntityTest[] = [];
  if (w.id) { const t = enumTest(w.id); tests.push((id) => t(id)); }
  if (w.name) {
    const t = stringTest(w.name);
    tests.push((id, a) => t({ raw: [a.name, ...a.aliases], folded: env.foldedNames(id) }));
  }
  if (w.type) { const t = enumTest(w.type); tests.push((_, a) => t(a.type)); }
  if (w.degree) { const t = numberTest(w.degree); tests.push((id) => t(store.graph.degree(id))); }
  if (w.mentionCount) { const t = numberTest(w.mentionCount); tests.push((_, a) => t(a.mentionCount)); }
  if (w.documentCount) { const t = numberTest(w.documentCount); tests.push((_, a) => t(a.documentCount)); }
  if (w.countryCode) { const t = plainStringTest(w.countryCode); tests.push((_, a) => t(a.geo?.countryCode)); }
  if (w.relations) {
    const t = relationTest(w.relations.some, env);
    tests.push((id) => store.graph.someEdge(id, (key, a, s, tg) => t(key, a, s, tg)));
  }
  if (w.documents) {
    const t = documentTest(w.documents.some, env);
    tests.push((_, a) => Object.keys(a.contributions).some((d) => { const r = store.documents.get(d); return r !== undefined && t(r); }));
  }
  return combine(tests, w, (sub: EntityWhere) => entityTest(sub, env));
}

export function relationTest(w: RelationWhere | null | undefined, env: WhereEnv): RelationTest {
  if (!w) return () => true;
  const { store } = env;
  const tests: RelationTest[] = [];
  if (w.id) { const t = enumTest(w.id); tests.push((key) => t(key)); }
  if (w.type) { const t = enumTest(w.type); tests.push((_, a) => t(a.type)); }
  if (w.status) { const t = enumTest(w.status); tests.push((_, a) => t(a.status)); }
  if (w.confidence) { const t = numberTest(w.confidence); tests.push((_, a) => t(a.confidence)); }
  if (w.documentCount) { const t = numberTest(w.documentCount); tests.push((_, a) => t(a.documentCount)); }
  if (w.cameo) { const t = plainStringTest(w.cameo); tests.push((_, a) => t(a.cameo)); }
  if (w.source) { const t = entityTest(w.source, env); tests.push((_, __, s) => t(s, store.graph.getNodeAttributes(s))); }
  if (w.target) { const t = entityTest(w.target, env); tests.push((_, __, ___, tg) => t(tg, store.graph.getNodeAttributes(tg))); }
  if (w.seen) {
    const t = dateTest(w.seen);
    tests.push((_, a) => a.evidence.some((e) => { const r = store.documents.get(e.documentId); return r !== undefined && t(documentDate(r)); }));
  }
  if (w.documents) {
    const t = documentTest(w.documents.some, env);
    tests.push((_, a) => a.evidence.some((e) => { const r = store.documents.get(e.documentId); return r !== undefined && t(r); }));
  }
  return combine(tests, w, (sub: RelationWhere) => relationTest(sub, env));
}

export function documentTest(w: DocumentWhere | null | undefined, env: WhereEnv): DocumentTest {
  if (!w) return () => true;
  const tests: DocumentTest[] = [];
  if (w.id) { const t = enumTest(w.id); tests.push((d) => t(d.id)); }
  if (w.title) { const t = plainStringTest(w.title); tests.push((d) => t(d.title)); }
  if (w.source) { const t = plainStringTest(w.source); tests.push((d) => t(d.source)); }
  if (w.url) { const t = plainStringTest(w.url); tests.push((d) => t(d.url)); }
  if (w.publishedAt) { const t = dateTest(w.publishedAt); tests.push((d) => t(d.publishedAt)); }
  if (w.ingestedAt) { const t = dateTest(w.ingestedAt); tests.push((d) => t(d.ingestedAt)); }
  if (w.entities) {
    const t = entityTest(w.entities.some, env);
    const { store } = env;
    tests.push((d) => d.entities.some((raw) => {
      const id = store.resolve(raw);
      return store.graph.hasNode(id) && t(id, store.graph.getNodeAttributes(id));
    }));
  }
  return combine(tests, w, (sub: DocumentWhere) => documentTest(sub, env));
}
