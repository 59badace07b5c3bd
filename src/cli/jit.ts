import { setFlagsFromString } from 'node:v8';

/**
 * V8's interrupt budget for a one-off run over a corpus (`build`, `ingest`).
 * Such a run meets its code cold in every worker, and V8's default budget
 * optimises the big extraction functions before their rarer branches have run:
 * each is then thrown away and recompiled five to eight times, and that
 * compiling took more CPU than the extraction itself on AG News (measured in
 * docs/benchmarks.md, "JIT budget"). A larger budget lets each function gather
 * its feedback first. A long-running server keeps V8's default: its code is warm
 * after the first documents, and the larger budget leaves warm code a few per cent slower.
 */
const ONE_RUN_BUDGET = 600_000;

/** Call before the worker pool starts: workers take the process's V8 flags when they are created. */
export function tuneForOneRun(): void {
  // The user's own choice (node --interrupt-budget=N) wins.
  if (!process.execArgv.some((a) => a.startsWith('--interrupt-budget'))) setFlagsFromString(`--interrupt-budget=${ONE_RUN_BUDGET}`);
}
