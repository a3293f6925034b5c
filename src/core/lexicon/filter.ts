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
