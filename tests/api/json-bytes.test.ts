import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonBytes } from '../../src/api/json-bytes.js';

describe('JsonBytes', () => {
  const encoder = new JsonBytes();

  it.each([
    ['plain data', { data: { entity: { id: 'place:goma', name: 'Goma', degree: 3, confidence: 0.875, geo: null, aliases: [] } } }],
    ['escapes and non-ASCII', { s: 'quote " backslash \\ tab \t nul \u0000 é 中文 😀', 'key "x"': 1 }],
    ['lone surrogates', ['\ud800', 'a\udfffb']],
    ['numbers JSON cannot hold', [NaN, Infinity, -0, 1e21, 5e-7]],
    ['undefined, functions and symbols', { a: undefined, b: () => 1, c: Symbol('s'), d: [undefined, () => 1] }],
    ['toJSON', { when: new Date(0) }],
    ['a null-prototype object, as graphql-js builds', Object.assign(Object.create(null), { a: 1, b: 'x' })],
  ])('writes what JSON.stringify writes: %s', (_name, value) => {
    expect(encoder.encode(value).toString('utf8')).toBe(JSON.stringify(value));
  });

  it('matches JSON.stringify on random JSON values, including answers larger than its first buffer', () => {
    const big = fc.string({ minLength: 70_000, maxLength: 80_000 });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), fc.array(big, { maxLength: 1 })), (value) => {
        expect(encoder.encode(value).toString('utf8')).toBe(JSON.stringify(value) ?? 'null');
      }),
      { numRuns: 200 },
    );
  });

  it('returns a buffer of its own: the next answer does not overwrite it', () => {
    const first = encoder.encode({ a: 'first' });
    encoder.encode({ a: 'second' });
    expect(first.toString()).toBe('{"a":"first"}');
  });
});
