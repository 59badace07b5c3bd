// JSON straight into bytes, for the HTTP fast path's answers. JSON.stringify builds
// its result in parts that V8 joins as a tree, and writing that string to a socket
// copies it flat first: two copies of every answer on the young heap, about 40% of
// a large neighbourhood's garbage (and the young collections are where its p99 goes).
// This writes the same bytes as JSON.stringify into one growing scratch buffer and
// returns a copy outside the heap. It covers what execution results hold: plain
// objects, arrays, strings, finite numbers, booleans and null.

// A string JSON.stringify would escape: quote, backslash, control characters, lone surrogates.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

export class JsonBytes {
  private buf = Buffer.allocUnsafe(64 * 1024);
  private pos = 0;

  /** The UTF-8 JSON of `value`, byte for byte what JSON.stringify gives. */
  encode(value: unknown): Buffer {
    this.pos = 0;
    this.value(value);
    return Buffer.from(this.buf.subarray(0, this.pos));
  }

  private reserve(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + bytes));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }

  private ascii(text: string): void {
    this.reserve(text.length);
    this.pos += this.buf.write(text, this.pos, 'latin1');
  }

  private string(text: string): void {
    if (NEEDS_ESCAPE.test(text)) return this.utf8(JSON.stringify(text));
    this.reserve(text.length * 3 + 2);
    this.buf[this.pos++] = 0x22;
    this.pos += this.buf.write(text, this.pos, 'utf8');
    this.buf[this.pos++] = 0x22;
  }

  private utf8(text: string): void {
    this.reserve(text.length * 3);
    this.pos += this.buf.write(text, this.pos, 'utf8');
  }

  /** Writes `value`; an object leaves out its undefined, function and symbol members itself. */
  private value(value: unknown): void {
    switch (typeof value) {
      case 'string':
        return this.string(value);
      case 'number':
        return this.ascii(Number.isFinite(value) ? String(value) : 'null');
      case 'boolean':
        return this.ascii(value ? 'true' : 'false');
      case 'object':
        if (value === null) return this.ascii('null');
        if (Array.isArray(value)) return this.array(value);
        if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return this.utf8(JSON.stringify(value));
        return this.object(value as Record<string, unknown>);
      case 'bigint':
        throw new TypeError('Do not know how to serialize a BigInt');
      default:
        // undefined, functions and symbols: null in an array, as JSON.stringify does.
        return this.ascii('null');
    }
  }

  private array(items: readonly unknown[]): void {
    this.reserve(1);
    this.buf[this.pos++] = 0x5b;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) {
        this.reserve(1);
        this.buf[this.pos++] = 0x2c;
      }
      this.value(items[i]);
    }
    this.reserve(1);
    this.buf[this.pos++] = 0x5d;
  }

  private object(record: Record<string, unknown>): void {
    this.reserve(1);
    this.buf[this.pos++] = 0x7b;
    let first = true;
    for (const key in record) {
      if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
      const item = record[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      if (!first) {
        this.reserve(1);
        this.buf[this.pos++] = 0x2c;
      }
      first = false;
      this.string(key);
      this.reserve(1);
      this.buf[this.pos++] = 0x3a;
      this.value(item);
    }
    this.reserve(1);
    this.buf[this.pos++] = 0x7d;
  }
}
