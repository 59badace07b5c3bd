// An extractor module for the worker pool (NEWSGRAPH_EXTRACTOR, or the pool's
// `module` option) that misbehaves on purpose: the fake extraction, except
// that a text containing one of these words makes it fail in that way.
//   THROW  throws an Error          HANG  never returns (a busy loop)
//   SLOW   takes 200 ms             OOM   allocates until the worker's heap limit
//   EXIT   ends the worker thread
// FAULTY_ALWAYS=WORD treats every text as containing WORD; FAULTY_SLOW_MS sets SLOW's delay.
import { fakeExtract } from './fake-extractor.mjs';

const always = process.env.FAULTY_ALWAYS ?? '';
const slowMs = Number(process.env.FAULTY_SLOW_MS ?? 200);

export function extract(doc) {
  const text = `${always} ${doc.text}`;
  if (text.includes('THROW')) throw new Error(`refused "${doc.id}" on purpose`);
  if (text.includes('HANG')) for (;;);
  if (text.includes('SLOW')) {
    const until = Date.now() + slowMs;
    while (Date.now() < until);
  }
  if (text.includes('OOM')) {
    const hoard = [];
    for (;;) hoard.push(new Array(1e5).fill(hoard.length));
  }
  if (text.includes('EXIT')) process.exit(3);
  return fakeExtract(doc);
}
