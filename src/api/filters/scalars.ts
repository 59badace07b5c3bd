import { fold } from '../../core/normalise.js';

// Predicates for the scalar filter inputs of schema.graphql. Each is compiled
// once per request; `eq`/`in` are exact, `contains`/`startsWith` are folded
// (case- and accent-insensitive), as the schema says.

export interface StringFilter {
  eq?: string | null;
  in?: readonly string[] | null;
  contains?: string | null;
  startsWith?: string | null;
}

export interface NumberFilter {
  eq?: number | null;
  in?: readonly number[] | null;
  gt?: number | null;
  gte?: number | null;
  lt?: number | null;
  lte?: number | null;
}

export interface DateFilter {
  eq?: string | null;
  gt?: string | null;
  gte?: string | null;
  lt?: string | null;
  lte?: string | null;
}

export interface EnumFilter<T extends string> {
  eq?: T | null;
  in?: readonly T[] | null;
}

type Test<T> = (value: T) => boolean;

function all<T>(tests: Test<T>[]): Test<T> {
  return tests.length === 1 ? tests[0]! : (v) => tests.every((t) => t(v));
}

/** Over a string and its folded forms (a name plus aliases match if any does). */
export function stringTest(f: StringFilter): Test<{ raw: readonly string[]; folded: readonly string[] }> {
  const tests: Test<{ raw: readonly string[]; folded: readonly string[] }>[] = [];
  if (f.eq != null) tests.push((v) => v.raw.includes(f.eq!));
  if (f.in != null) tests.push((v) => v.raw.some((r) => f.in!.includes(r)));
  if (f.contains != null) {
    const needle = fold(f.contains);
    tests.push((v) => v.folded.some((s) => s.includes(needle)));
  }
  if (f.startsWith != null) {
    const needle = fold(f.startsWith);
    tests.push((v) => v.folded.some((s) => s.startsWith(needle)));
  }
  return tests.length ? all(tests) : () => true;
}

/** For a single optional string, folding it on the fly. */
export function plainStringTest(f: StringFilter): Test<string | undefined> {
  const test = stringTest(f);
  return (v) => (v === undefined ? false : test({ raw: [v], folded: [fold(v)] }));
}

export function numberTest(f: NumberFilter): Test<number> {
  const tests: Test<number>[] = [];
  if (f.eq != null) tests.push((v) => v === f.eq);
  if (f.in != null) tests.push((v) => f.in!.includes(v));
  if (f.gt != null) tests.push((v) => v > f.gt!);
  if (f.gte != null) tests.push((v) => v >= f.gte!);
  if (f.lt != null) tests.push((v) => v < f.lt!);
  if (f.lte != null) tests.push((v) => v <= f.lte!);
  return tests.length ? all(tests) : () => true;
}

export function dateTest(f: DateFilter): Test<string | undefined> {
  const tests: Test<string>[] = [];
  if (f.eq != null) tests.push((v) => v === f.eq);
  if (f.gt != null) tests.push((v) => v > f.gt!);
  if (f.gte != null) tests.push((v) => v >= f.gte!);
  if (f.lt != null) tests.push((v) => v < f.lt!);
  if (f.lte != null) tests.push((v) => v <= f.lte!);
  const test = tests.length ? all(tests) : () => true;
  return (v) => v !== undefined && test(v);
}

export function enumTest<T extends string>(f: EnumFilter<T>): Test<T> {
  const tests: Test<T>[] = [];
  if (f.eq != null) tests.push((v) => v === f.eq);
  if (f.in != null) tests.push((v) => f.in!.includes(v));
  return tests.length ? all(tests) : () => true;
}
