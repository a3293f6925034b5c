/**
 * A Bloom filter over lowercased lexicon words, probed straight from the source text: most words
 * of an article are in no lexicon, and they are turned away without building their lowercased string
 * or touching a large hash table (the filter's 8 KB stay in the processor cache).
 */

const BITS = 16;
const MASK = (1 << BITS) - 1;

/** FNV-1a's starting value ({@link foldStep}). */
export const FNV_START = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a hash `h` continued over text[s, e) lowercased (a space first when `space`), or NaN when the
 * range holds a non-ASCII character. {@link lowerHash} and the hashes of joined words build on it.
 */
export function foldStep(h: number, text: string, s: number, e: number, space = false): number {
  if (space) h = Math.imul(h ^ 32, FNV_PRIME);
  for (let p = s; p < e; p++) {
    let c = text.charCodeAt(p);
    if (c > 127) return NaN;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

/** The final hash of {@link foldStep}'s value: -1 for NaN (a non-ASCII word, looked up exactly). */
export function foldHash(h: number): number {
  return h === h ? h >>> 1 : -1;
}

/** FNV-1a hash of text[s, e) lowercased, or -1 when it holds a non-ASCII character (the caller then looks the word up exactly). */
export function lowerHash(text: string, s: number, e: number): number {
  return foldHash(foldStep(FNV_START, text, s, e));
}

/** lowerHash() of the words joined by single spaces, without building the joined string. */
export function joinedHash(words: readonly string[]): number {
  let h = FNV_START;
  for (let k = 0; k < words.length && h === h; k++) h = foldStep(h, words[k], 0, words[k].length, k > 0);
  return foldHash(h);
}

/** A set of lowercased words that answers "certainly not in it" or "maybe in it". */
export class WordFilter {
  private readonly bits = new Uint32Array(1 << (BITS - 5));

  constructor(words: Iterable<string>) {
    for (const w of words) this.add(lowerHash(w, 0, w.length));
  }

  private add(h: number): void {
    if (h < 0) return;
    const a = h & MASK;
    const b = Math.imul(h, 0x9e3779b1) >>> (32 - BITS);
    this.bits[a >>> 5] |= 1 << (a & 31);
    this.bits[b >>> 5] |= 1 << (b & 31);
  }

  /** False only when the word hashed by lowerHash() is certainly absent (a hash of -1 is always "maybe"). */
  maybe(h: number): boolean {
    if (h < 0) return true;
    const a = h & MASK;
    const b = Math.imul(h, 0x9e3779b1) >>> (32 - BITS);
    return (this.bits[a >>> 5] & (1 << (a & 31))) !== 0 && (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}

/** What a {@link WordTable} reads from a token: its lowercased form, its lowerHash, its length and code units. */
export interface HashedWord {
  l: string;
  lowHash: number;
  len: number;
  code(i: number): number;
}

/** An empty slot of a {@link WordTable}'s hash column (hashes of lowerHash are never negative). */
const EMPTY = -1;
/** The entry index of a hash two words of a table share: those words are looked up by their string. */
const SHARED = -1;

/**
 * A map from lowercased words, probed with a token: a filter turns most tokens away, an open-addressing
 * table of the words' hashes (two typed arrays, no object per entry) finds the candidate, and the token's
 * code units are compared with it, so that no lowercased string is built for an ASCII word (a non-ASCII
 * one, or a hash two words share, falls back to the map).
 */
export class WordTable<V> {
  private readonly filter: WordFilter;
  /** The hash in each slot (EMPTY: none); a power-of-two number of slots, at most half of them used. */
  private readonly hashes: Int32Array;
  /** The entry of each slot: an index into words and values, or SHARED. */
  private readonly entries: Int32Array;
  private readonly mask: number;
  private readonly words: string[] = [];
  private readonly values: V[] = [];

  constructor(private readonly map: ReadonlyMap<string, V>) {
    this.filter = new WordFilter(map.keys());
    let size = 16;
    while (size < map.size * 2) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size).fill(EMPTY);
    this.entries = new Int32Array(size);
    for (const [word, value] of map) {
      const h = lowerHash(word, 0, word.length);
      if (h < 0) continue;
      const slot = this.slotOf(h);
      if (this.hashes[slot] === h) {
        this.entries[slot] = SHARED;
        continue;
      }
      this.hashes[slot] = h;
      this.entries[slot] = this.words.length;
      this.words.push(word);
      this.values.push(value);
    }
  }

  /** The slot holding hash `h`, or the empty slot where it would go. */
  private slotOf(h: number): number {
    const hashes = this.hashes;
    const mask = this.mask;
    let i = h & mask;
    for (;;) {
      const x = hashes[i];
      if (x === h || x === EMPTY) return i;
      i = (i + 1) & mask;
    }
  }

  /** The value of the token's lowercased form (as map.get(t.l)). */
  get(t: HashedWord): V | undefined {
    const h = t.lowHash;
    if (h < 0) return this.map.get(t.l);
    if (!this.filter.maybe(h)) return undefined;
    const slot = this.slotOf(h);
    if (this.hashes[slot] === EMPTY) return undefined;
    const k = this.entries[slot];
    if (k === SHARED) return this.map.get(t.l);
    const w = this.words[k];
    const n = t.len;
    if (n !== w.length) return undefined;
    for (let i = 0; i < n; i++) {
      let c = t.code(i);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== w.charCodeAt(i)) return undefined;
    }
    return this.values[k];
  }
}
