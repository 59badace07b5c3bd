// Hashed token n-grams. A name is filed under a 64-bit hash of its key (its words' letters
// and digits, words joined by a boundary mark: "al-Shabaab" = "Al Shabaab" = "al|shabaab",
// while "Togo" is not "to Go"); every prefix where a tokeniser may cut is marked, so a scan
// over tokens extends the hash token by token and stops as soon as no name can continue. Typed arrays and incremental hashes: building it allocates almost nothing and
// a look-up concatenates no strings.

/** How a surface form must be written in the text to count. */
export const Policy = {
  /** Letters and digits exactly as listed, case included ("UN" matches "U.N.", not "Un"). */
  Exact: 0,
  /** Capitalised words, lower-case connectors allowed ("Democratic Republic of the Congo"). */
  Cap: 1,
  /** A place name that is also an ordinary word: Cap, and a proper noun inside a sentence. */
  Weak: 2,
  /** First word capitalised, the rest in any case ("UN refugee agency"). */
  First: 3,
  /** Any case ("anti-balaka"). */
  Any: 4,
  /** A place name: Cap, but a short all-capitals token is an acronym, not the place ("GAO"). */
  Place: 5,
} as const;
export type Policy = (typeof Policy)[keyof typeof Policy];

export interface Surface {
  /** Entity reference (see gazetteer.ts). */
  ref: number;
  policy: Policy;
  /** For Policy.Exact: the letters and digits as listed. */
  exact?: string;
}

/** Hash state of a key being extended piece by piece: two independent 32-bit hashes. */
export interface HashState {
  a: number;
  b: number;
}

export interface NameIndexParts {
  mask: number;
  count: number;
  ha: Int32Array;
  hb: Int32Array;
  flags: Uint8Array;
  head: Int32Array;
  sRef: Int32Array;
  sPolicy: Uint8Array;
  sNext: Int32Array;
  exacts: [number, string][];
}

export const EMPTY: Readonly<HashState> = { a: 0x811c9dc5 | 0, b: 0x3c6ef372 | 0 };

/** Extends a hash state by the characters of one key piece (in place). */
export function extend(h: HashState, piece: string): void {
  let { a, b } = h;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  h.a = a;
  h.b = b;
}

/** Extends a key between two words of a name (keys themselves hold only letters and digits). */
export const BOUNDARY = ' ';

const MORE = 1;
const SCRATCH: HashState = { a: 0, b: 0 };
const USED = 2;

export class NameIndex {
  private mask: number;
  private ha: Int32Array;
  private hb: Int32Array;
  private flags: Uint8Array;
  private head: Int32Array;
  private count = 0;
  // Surfaces: a linked list per slot.
  private sRef: Int32Array = new Int32Array(1024);
  private sPolicy: Uint8Array = new Uint8Array(1024);
  private sNext: Int32Array = new Int32Array(1024);
  private sCount = 0;
  private readonly exacts = new Map<number, string>();

  /** The index as plain typed arrays (for the on-disk cache, index-cache.ts). */
  toParts(): NameIndexParts {
    return {
      mask: this.mask,
      count: this.count,
      ha: this.ha,
      hb: this.hb,
      flags: this.flags,
      head: this.head,
      sRef: this.sRef.slice(0, this.sCount),
      sPolicy: this.sPolicy.slice(0, this.sCount),
      sNext: this.sNext.slice(0, this.sCount),
      exacts: [...this.exacts],
    };
  }

  static fromParts(parts: NameIndexParts): NameIndex {
    const index = new NameIndex(0);
    index.mask = parts.mask;
    index.count = parts.count;
    index.ha = parts.ha;
    index.hb = parts.hb;
    index.flags = parts.flags;
    index.head = parts.head;
    index.sRef = parts.sRef;
    index.sPolicy = parts.sPolicy;
    index.sNext = parts.sNext;
    index.sCount = parts.sRef.length;
    for (const [s, exact] of parts.exacts) index.exacts.set(s, exact);
    return index;
  }

  constructor(capacity = 1 << 16) {
    let size = 1 << 10;
    while (size < capacity * 2) size <<= 1;
    this.mask = size - 1;
    this.ha = new Int32Array(size);
    this.hb = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.head = new Int32Array(size).fill(-1);
  }

  /**
   * Files a surface under a name given as segments of key pieces (key.ts nameWords):
   * segments are joined by a boundary mark, pieces are not; every piece ends a prefix.
   */
  add(segments: readonly (readonly string[])[], surface: Surface): void {
    if (segments.length === 0) return;
    const h = SCRATCH;
    h.a = EMPTY.a;
    h.b = EMPTY.b;
    for (let s = 0; s < segments.length; s++) {
      if (s > 0) extend(h, BOUNDARY);
      const pieces = segments[s]!;
      for (let p = 0; p < pieces.length; p++) {
        extend(h, pieces[p]!);
        const slot = this.slotFor(h.a, h.b);
        if (s < segments.length - 1 || p < pieces.length - 1) this.flags[slot] = this.flags[slot]! | MORE;
        else this.push(slot, surface.ref, surface.policy, surface.exact);
      }
    }
  }

  /** Slot of a key's hash, or -1. */
  find(a: number, b: number): number {
    let i = a & this.mask;
    while (this.flags[i]! & USED) {
      if (this.ha[i] === a && this.hb[i] === b) return i;
      i = (i + 1) & this.mask;
    }
    return -1;
  }

  /** Some longer name continues the key of this slot. */
  more(slot: number): boolean {
    return (this.flags[slot]! & MORE) !== 0;
  }

  /** Surfaces filed under the slot's key, best first once sorted. */
  *surfaces(slot: number): Generator<Surface> {
    for (let s = this.first(slot); s >= 0; s = this.next(s)) {
      const exact = this.exactOf(s);
      yield exact === undefined ? { ref: this.refOf(s), policy: this.policyOf(s) } : { ref: this.refOf(s), policy: this.policyOf(s), exact };
    }
  }

  // Allocation-free walk over a slot's surfaces: for (s = first(slot); s >= 0; s = next(s)).
  first(slot: number): number {
    return this.head[slot]!;
  }

  next(surface: number): number {
    return this.sNext[surface]!;
  }

  refOf(surface: number): number {
    return this.sRef[surface]!;
  }

  policyOf(surface: number): Policy {
    return this.sPolicy[surface] as Policy;
  }

  exactOf(surface: number): string | undefined {
    return this.exacts.get(surface);
  }

  hasSurfaces(slot: number): boolean {
    return this.head[slot]! >= 0;
  }

  /** Orders every slot's surfaces by score, highest first (stable). */
  sort(score: (ref: number) => number): void {
    for (let slot = 0; slot <= this.mask; slot++) {
      const first = this.head[slot]!;
      if (first < 0 || this.sNext[first]! < 0) continue;
      const list: number[] = [];
      for (let s = first; s >= 0; s = this.sNext[s]!) list.push(s);
      list.reverse(); // insertion order
      list.sort((x, y) => score(this.sRef[y]!) - score(this.sRef[x]!));
      this.head[slot] = list[0]!;
      for (let k = 0; k < list.length; k++) this.sNext[list[k]!] = k + 1 < list.length ? list[k + 1]! : -1;
    }
  }

  private push(slot: number, ref: number, policy: Policy, exact: string | undefined): void {
    for (let s = this.head[slot]!; s >= 0; s = this.sNext[s]!) {
      if (this.sRef[s] === ref && this.sPolicy[s] === policy && this.exacts.get(s) === exact) return;
    }
    if (this.sCount === this.sRef.length) {
      const grow = <T extends Int32Array | Uint8Array>(arr: T, make: (n: number) => T): T => {
        const next = make(arr.length * 2);
        next.set(arr);
        return next;
      };
      this.sRef = grow(this.sRef, (n) => new Int32Array(n));
      this.sPolicy = grow(this.sPolicy, (n) => new Uint8Array(n));
      this.sNext = grow(this.sNext, (n) => new Int32Array(n));
    }
    const s = this.sCount++;
    this.sRef[s] = ref;
    this.sPolicy[s] = policy;
    this.sNext[s] = this.head[slot]!;
    if (exact !== undefined) this.exacts.set(s, exact);
    this.head[slot] = s;
  }

  private slotFor(a: number, b: number): number {
    let i = a & this.mask;
    while (this.flags[i]! & USED) {
      if (this.ha[i] === a && this.hb[i] === b) return i;
      i = (i + 1) & this.mask;
    }
    if ((this.count + 1) * 2 > this.mask + 1) {
      this.grow();
      return this.slotFor(a, b);
    }
    this.ha[i] = a;
    this.hb[i] = b;
    this.flags[i] = USED;
    this.count++;
    return i;
  }

  private grow(): void {
    const { ha, hb, flags, head } = this;
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.ha = new Int32Array(size);
    this.hb = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.head = new Int32Array(size).fill(-1);
    for (let j = 0; j < flags.length; j++) {
      if (!(flags[j]! & USED)) continue;
      let i = ha[j]! & this.mask;
      while (this.flags[i]! & USED) i = (i + 1) & this.mask;
      this.ha[i] = ha[j]!;
      this.hb[i] = hb[j]!;
      this.flags[i] = flags[j]!;
      this.head[i] = head[j]!;
    }
  }
}
