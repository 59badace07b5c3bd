#!/usr/bin/env node
// Held-out evaluation of extract(): entity and relation precision/recall/F1 against the gold
// annotations in eval/articles/. A report, not a test: it always exits 0.
//
//   npx tsc -p . && node scripts/eval.mjs eval/articles/dev [--verbose] [--json]
//
// Rules (see eval/README.md and eval/GUIDE.md):
// - Entities: a predicted entity matches a gold entity when the types are equal and any of its
//   name/aliases equals any of the gold name/aliases after folding (case, diacritics, dots,
//   apostrophe style, spacing, a leading "the"). Matching is one-to-one (maximum bipartite
//   matching), so each gold entity counts once and a second predicted node for the same gold
//   entity is a false positive (reported as "duplicate"). Gold entities marked "optional" (mentions
//   the guide leaves open, e.g. "Palestinian" used of people) take part in the matching but count
//   neither as a miss nor, when matched, as a false positive.
// - Relations: scored over ASSERTED+CLAIMED only, one per (type, source, target) on both sides;
//   when the extractor gives a triple several statuses, the most assertive one counts
//   (ASSERTED > CLAIMED > DENIED > NEGATED > HYPOTHETICAL). Predicted endpoints are mapped to gold
//   entities through the entity matching (duplicates map to the gold entity they duplicate).
//   "loose" ignores ASSERTED vs CLAIMED; "strict" requires the same status.
// - Asserted-where-not: predicted ASSERTED triples whose gold status is DENIED, NEGATED or
//   HYPOTHETICAL ("vs denied"), or which gold does not have at all ("vs nothing").
// - Articles under a folder named "heldout" print scores only; their error lists stay hidden
//   unless --reveal is given (the extractor's authors see heldout scores, not its contents).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const TYPES = ['PERSON', 'ARMED_GROUP', 'ORGANISATION', 'COUNTRY', 'PLACE'];
const REL_TYPES = ['BACKS', 'CAPTURED', 'SANCTIONED', 'INVESTIGATES'];
const RANK = { ASSERTED: 0, CLAIMED: 1, DENIED: 2, NEGATED: 3, HYPOTHETICAL: 4 };
const SCORED = new Set(['ASSERTED', 'CLAIMED']);
const NOT_ASSERTED = new Set(['DENIED', 'NEGATED', 'HYPOTHETICAL']);

function parseArgs(argv) {
  const opts = { folder: null, verbose: false, json: false, reveal: false };
  for (const a of argv) {
    if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--reveal') opts.reveal = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else if (!opts.folder) opts.folder = a;
  }
  return opts;
}

export function fold(s) {
  return String(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

function listArticles(target) {
  const stat = fs.statSync(target);
  if (stat.isFile()) return [target];
  const out = [];
  for (const name of fs.readdirSync(target).sort()) {
    const p = path.join(target, name);
    if (fs.statSync(p).isDirectory()) out.push(...listArticles(p));
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}

const prf = (tp, np, ng) => {
  const p = np ? tp / np : ng ? 0 : 1;
  const r = ng ? tp / ng : np ? 0 : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
};
const fmt = (x) => x.toFixed(2);
const fmtPRF = ({ p, r, f }) => `${fmt(p)}/${fmt(r)}/${fmt(f)}`;
/** One line of a per-type table; "n/a" when there is nothing on either side. */
const typeLine = (t, c) => {
  if (!c.np && !c.ng) return `    ${t.padEnd(13)} n/a (nothing predicted, nothing in gold)`;
  const x = prf(c.tp, c.np, c.ng);
  const p = c.np ? fmt(x.p) : ' -  ';
  return `    ${t.padEnd(13)} P ${p}  R ${fmt(x.r)}  F1 ${fmt(x.f)}   (${c.tp}/${c.np} predicted, ${c.ng} gold)`;
};

/** Maximum bipartite matching (Kuhn). edges[i] = gold indices predicted entity i may match. */
function maxMatching(edges, nGold) {
  const goldOf = new Array(nGold).fill(-1);
  const predOf = new Array(edges.length).fill(-1);
  const tryAssign = (i, seen) => {
    for (const j of edges[i]) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (goldOf[j] === -1 || tryAssign(goldOf[j], seen)) {
        goldOf[j] = i;
        predOf[i] = j;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < edges.length; i++) tryAssign(i, new Set());
  return { goldOf, predOf };
}

function validateGold(article, file) {
  const warnings = [];
  const names = new Set();
  for (const e of article.entities ?? []) {
    if (!TYPES.includes(e.type)) warnings.push(`entity ${e.name}: unknown type ${e.type}`);
    if (names.has(e.name)) warnings.push(`entity ${e.name}: listed twice`);
    names.add(e.name);
  }
  const seen = new Set();
  for (const r of article.relations ?? []) {
    if (!REL_TYPES.includes(r.type)) warnings.push(`relation type ${r.type} unknown`);
    if (!(r.status in RANK)) warnings.push(`relation status ${r.status} unknown`);
    for (const end of [r.source, r.target]) if (!names.has(end)) warnings.push(`relation endpoint "${end}" is not a gold entity`);
    if (r.sentence && !article.text.includes(r.sentence)) warnings.push(`relation sentence not found in text: ${r.sentence.slice(0, 60)}`);
    const key = `${r.type}|${r.source}|${r.target}`;
    if (seen.has(key)) warnings.push(`relation ${key} listed twice`);
    seen.add(key);
  }
  return warnings.map((w) => `${path.basename(file)}: ${w}`);
}

function scoreArticle(article, extraction) {
  const gold = article.entities ?? [];
  const pred = extraction?.entities ?? [];
  const goldKeys = gold.map((g) => new Set([g.name, ...(g.aliases ?? [])].map(fold)));
  const predKeys = pred.map((e) => new Set([e.name, ...(e.aliases ?? [])].map(fold)));
  const candidates = pred.map((e, i) =>
    gold.flatMap((g, j) => (g.type === e.type && [...predKeys[i]].some((k) => goldKeys[j].has(k)) ? [j] : [])),
  );
  const { goldOf, predOf } = maxMatching(candidates, gold.length);

  // Entity counts, total and per type; optional gold entities and their matches are left out.
  const ent = { tp: 0, np: 0, ng: 0, byType: {} };
  for (const t of TYPES) ent.byType[t] = { tp: 0, np: 0, ng: 0 };
  const bump = (type, k) => {
    ent[k]++;
    if (ent.byType[type]) ent.byType[type][k]++;
  };
  pred.forEach((e, i) => {
    if (!(predOf[i] !== -1 && gold[predOf[i]].optional)) bump(e.type, 'np');
  });
  gold.forEach((g, j) => {
    if (g.optional) return;
    bump(g.type, 'ng');
    if (goldOf[j] !== -1) bump(g.type, 'tp');
  });

  // Predicted entity id -> gold entity name (matched, or the gold entity it duplicates).
  const mapped = new Map();
  pred.forEach((e, i) => {
    const j = predOf[i] !== -1 ? predOf[i] : candidates[i][0];
    mapped.set(e.id, j === undefined ? null : gold[j].name);
  });
  const predById = new Map(pred.map((e) => [e.id, e]));
  const label = (id) => mapped.get(id) ?? `?${predById.get(id)?.name ?? id}`;

  const errors = { entityMisses: [], entityFPs: [], relMisses: [], relFPs: [], relStatus: [], assertedBad: [] };
  gold.forEach((g, j) => {
    if (goldOf[j] !== -1 || g.optional) return;
    const other = pred.find((e) => e.type !== g.type && [e.name, ...(e.aliases ?? [])].some((n) => goldKeys[j].has(fold(n))));
    errors.entityMisses.push({ name: g.name, type: g.type, note: other ? `predicted as ${other.type} "${other.name}"` : '' });
  });
  pred.forEach((e, i) => {
    if (predOf[i] !== -1) return;
    let note = '';
    if (candidates[i].length) note = `duplicate of "${gold[candidates[i][0]].name}"`;
    else {
      const other = gold.find((g) => [e.name, ...(e.aliases ?? [])].some((n) => goldKeys[gold.indexOf(g)].has(fold(n))));
      if (other) note = `gold type ${other.type} ("${other.name}")`;
    }
    errors.entityFPs.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], note });
  });

  // Relations: one per triple on each side, most assertive status wins.
  const goldRel = new Map();
  for (const r of article.relations ?? []) {
    const key = `${r.type}|${r.source}|${r.target}`;
    const prev = goldRel.get(key);
    if (!prev || RANK[r.status] < RANK[prev.status]) goldRel.set(key, r);
  }
  const predRel = new Map();
  for (const r of extraction?.relations ?? []) {
    const key = `${r.type}|${label(r.source)}|${label(r.target)}`;
    const prev = predRel.get(key);
    if (!prev || RANK[r.status] < RANK[prev.status]) predRel.set(key, r);
  }
  const rel = { tp: 0, tpStrict: 0, np: 0, ng: 0, byType: {}, assertedVsDenied: 0, assertedVsNothing: 0, assertedVsClaimed: 0 };
  for (const t of REL_TYPES) rel.byType[t] = { tp: 0, np: 0, ng: 0 };
  for (const [key, g] of goldRel) {
    if (!SCORED.has(g.status)) continue;
    rel.ng++;
    rel.byType[g.type].ng++;
    const p = predRel.get(key);
    if (p && SCORED.has(p.status)) {
      rel.tp++;
      rel.byType[g.type].tp++;
      if (p.status === g.status) rel.tpStrict++;
      else errors.relStatus.push({ key, gold: g.status, pred: p.status, sentence: g.sentence });
    } else {
      errors.relMisses.push({ key, status: g.status, sentence: g.sentence, predStatus: p?.status });
    }
  }
  for (const [key, p] of predRel) {
    const g = goldRel.get(key);
    if (SCORED.has(p.status)) {
      rel.np++;
      if (rel.byType[p.type]) rel.byType[p.type].np++;
      if (!g || !SCORED.has(g.status)) {
        errors.relFPs.push({ key, status: p.status, gold: g?.status, sentence: p.evidence?.[0]?.text, pattern: p.pattern, trigger: p.evidence?.[0]?.trigger?.text });
      }
    }
    if (p.status === 'ASSERTED') {
      if (g && NOT_ASSERTED.has(g.status)) {
        rel.assertedVsDenied++;
        errors.assertedBad.push({ key, gold: g.status });
      } else if (!g) rel.assertedVsNothing++;
      else if (g.status === 'CLAIMED') rel.assertedVsClaimed++;
    }
  }
  return { ent, rel, errors };
}

function addCounts(into, from) {
  for (const k of ['tp', 'tpStrict', 'np', 'ng', 'assertedVsDenied', 'assertedVsNothing', 'assertedVsClaimed']) if (k in from) into[k] = (into[k] ?? 0) + from[k];
  if (from.byType) {
    into.byType ??= {};
    for (const [t, c] of Object.entries(from.byType)) {
      into.byType[t] ??= { tp: 0, np: 0, ng: 0 };
      for (const k of ['tp', 'np', 'ng']) into.byType[t][k] += c[k];
    }
  }
}

function printErrors(id, res, verbose) {
  const e = res.errors;
  const lines = [];
  for (const m of e.relMisses) lines.push(`  rel miss   ${m.key} [${m.status}]${m.predStatus ? ` (predicted only as ${m.predStatus})` : ''}${verbose ? `\n             "${m.sentence}"` : ''}`);
  for (const f of e.relFPs) lines.push(`  rel FP     ${f.key} [${f.status}]${f.gold ? ` (gold: ${f.gold})` : ''}${verbose ? `  {${f.pattern ?? '?'}: ${f.trigger ?? ''}}\n             "${f.sentence ?? ''}"` : ''}`);
  for (const s of e.relStatus) lines.push(`  rel status ${s.key}: gold ${s.gold}, predicted ${s.pred}${verbose ? `\n             "${s.sentence}"` : ''}`);
  for (const m of e.entityMisses) lines.push(`  ent miss   ${m.type} ${m.name}${m.note ? ` (${m.note})` : ''}`);
  for (const f of e.entityFPs) lines.push(`  ent FP     ${f.type} ${f.name}${verbose && f.aliases.length ? ` [${f.aliases.join('; ')}]` : ''}${f.note ? ` (${f.note})` : ''}`);
  if (lines.length) console.log(`${id}\n${lines.join('\n')}`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help || !opts.folder) {
    console.log('usage: node scripts/eval.mjs <folder-or-file> [--verbose] [--json] [--reveal]');
    return;
  }
  let extract, toDocument;
  try {
    ({ extract } = await import(pathToFileURL(path.join(ROOT, 'dist/extraction/extract.js')).href));
    ({ toDocument } = await import(pathToFileURL(path.join(ROOT, 'dist/text/document.js')).href));
  } catch (err) {
    console.log(`cannot load the extractor (run "npx tsc -p ." first): ${err.message}`);
    return;
  }
  const files = listArticles(path.resolve(opts.folder));
  // Warm-up: the first call loads the NLP model and lexicons; timed separately.
  const tLoad = performance.now();
  try {
    await extract(toDocument({ text: 'Warm-up sentence in Goma.', title: 'warm-up' }));
  } catch {
    /* reported per article below */
  }
  const loadMs = performance.now() - tLoad;
  const hidden = !opts.reveal && files.some((f) => f.split(path.sep).includes('heldout'));
  const totals = { ent: {}, rel: {}, ms: 0, chars: 0, words: 0, failures: 0 };
  const rows = [];
  const warnings = [];
  const details = [];
  for (const file of files) {
    const article = JSON.parse(fs.readFileSync(file, 'utf8'));
    warnings.push(...validateGold(article, file));
    let extraction = null;
    const t0 = performance.now();
    try {
      const doc = toDocument({ id: article.id, text: article.text, title: article.title, publishedAt: article.publishedAt });
      extraction = await extract(doc);
    } catch (err) {
      totals.failures++;
      warnings.push(`${path.basename(file)}: extract() threw: ${err?.message ?? err}`);
    }
    const ms = performance.now() - t0;
    totals.ms += ms;
    totals.chars += article.text.length;
    totals.words += article.text.split(/\s+/).filter(Boolean).length;
    const res = scoreArticle(article, extraction);
    addCounts(totals.ent, res.ent);
    addCounts(totals.rel, res.rel);
    rows.push({ id: article.id, res, ms });
    details.push({ id: article.id, res });
  }

  const entT = prf(totals.ent.tp ?? 0, totals.ent.np ?? 0, totals.ent.ng ?? 0);
  const relT = prf(totals.rel.tp ?? 0, totals.rel.np ?? 0, totals.rel.ng ?? 0);
  const relS = prf(totals.rel.tpStrict ?? 0, totals.rel.np ?? 0, totals.rel.ng ?? 0);
  const summary = {
    folder: opts.folder,
    articles: files.length,
    words: totals.words,
    entities: { ...entT, tp: totals.ent.tp, predicted: totals.ent.np, gold: totals.ent.ng },
    entitiesByType: Object.fromEntries(TYPES.map((t) => { const c = totals.ent.byType[t]; return [t, { ...prf(c.tp, c.np, c.ng), tp: c.tp, predicted: c.np, gold: c.ng }]; })),
    relations: { loose: relT, strict: relS, tp: totals.rel.tp, tpStrict: totals.rel.tpStrict, predicted: totals.rel.np, gold: totals.rel.ng },
    relationsByType: Object.fromEntries(REL_TYPES.map((t) => { const c = totals.rel.byType[t]; return [t, { ...prf(c.tp, c.np, c.ng), tp: c.tp, predicted: c.np, gold: c.ng }]; })),
    assertedWhereDenied: totals.rel.assertedVsDenied ?? 0,
    assertedWhereNothing: totals.rel.assertedVsNothing ?? 0,
    assertedWhereClaimed: totals.rel.assertedVsClaimed ?? 0,
    extraction: { loadMs, ms: totals.ms, msPerArticle: totals.ms / Math.max(1, files.length), charsPerSecond: totals.chars / (totals.ms / 1000 || 1) },
    failures: totals.failures,
  };
  if (opts.json) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }

  console.log(`newsgraph extraction eval: ${files.length} articles, ${totals.words} words (${opts.folder})\n`);
  const head = 'article'.padEnd(38) + 'entities P/R/F1'.padEnd(18) + 'relations P/R/F1'.padEnd(19) + 'strict F1'.padEnd(11) + 'gold rels  ASSERTED-bad   ms';
  console.log(head);
  console.log('  (ASSERTED-bad = predicted ASSERTED where gold is DENIED/NEGATED/HYPOTHETICAL + where gold has nothing)');
  for (const { id, res, ms } of rows) {
    const e = prf(res.ent.tp, res.ent.np, res.ent.ng);
    const r = prf(res.rel.tp, res.rel.np, res.rel.ng);
    const s = prf(res.rel.tpStrict, res.rel.np, res.rel.ng);
    const bad = `${res.rel.assertedVsDenied}+${res.rel.assertedVsNothing}`;
    console.log(id.slice(0, 37).padEnd(38) + fmtPRF(e).padEnd(18) + fmtPRF(r).padEnd(19) + fmt(s.f).padEnd(11) + String(res.rel.ng).padEnd(11) + bad.padEnd(13) + ms.toFixed(0).padStart(4));
  }

  if (hidden) console.log('\n(heldout articles: error lists hidden; pass --reveal only if you maintain the evaluation set)');
  else {
    console.log('\nErrors (rel = relation, ent = entity; keys are TYPE|source|target with gold names, ?name = no gold entity):');
    for (const { id, res } of details) printErrors(id, res, opts.verbose);
  }

  console.log('\nTOTAL');
  console.log(`  entities      P ${fmt(entT.p)}  R ${fmt(entT.r)}  F1 ${fmt(entT.f)}   (${totals.ent.tp} matched, ${totals.ent.np} predicted, ${totals.ent.ng} gold)`);
  for (const t of TYPES) console.log(typeLine(t, totals.ent.byType[t]));
  console.log(`  relations (ASSERTED+CLAIMED, ${totals.rel.ng} gold, ${totals.rel.np} predicted)`);
  console.log(`    status-insensitive  P ${fmt(relT.p)}  R ${fmt(relT.r)}  F1 ${fmt(relT.f)}   (${totals.rel.tp} matched)`);
  console.log(`    status-strict       P ${fmt(relS.p)}  R ${fmt(relS.r)}  F1 ${fmt(relS.f)}   (${totals.rel.tpStrict} matched)`);
  for (const t of REL_TYPES) console.log(typeLine(t, totals.rel.byType[t]));
  console.log(`  predicted ASSERTED where gold is DENIED/NEGATED/HYPOTHETICAL: ${summary.assertedWhereDenied}`);
  console.log(`  predicted ASSERTED where gold has no such relation:           ${summary.assertedWhereNothing}`);
  console.log(`  predicted ASSERTED where gold is CLAIMED (attributed):        ${summary.assertedWhereClaimed}`);
  console.log(`  extraction time: ${totals.ms.toFixed(0)} ms in all, ${summary.extraction.msPerArticle.toFixed(1)} ms/article, ${(summary.extraction.charsPerSecond / 1e6).toFixed(3)} MB/s; plus ${loadMs.toFixed(0)} ms of model loading on the first call`);
  if (totals.failures) console.log(`  extract() failed on ${totals.failures} article(s)`);
  if (warnings.length) console.log(`\nWarnings:\n  ${warnings.join('\n  ')}`);
}

main().catch((err) => {
  console.log(`eval failed: ${err?.stack ?? err}`);
}).finally(() => {
  process.exitCode = 0;
});
