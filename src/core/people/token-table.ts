/**
 * The tokens of the people and claims layers: one typed array of rows per tokenisation, read by index
 * (TokenList) or through a {@link TokenRow} view; no object is made per token.
 */
import type { WordClass } from '../lexicon';
import { foldStep, lowerHash } from '../lexicon/filter';
import { CAP, CLASSES, DOT, DOT_SHIFT, FG_MASK, FG_SHIFT, FOLDS, KIND_MASK, KINDS, lowerRange, NL_SHIFT, shortWord, WC_MASK, WC_SHIFT, type TokenKind } from './token';

/**
 * Buffers of retired tables, kept for the next table: a fresh typed array of megabytes costs its
 * zeroing and the page faults of its first writes on every text, and a fresh list of forms is one
 * more large object for the garbage collector. Rows are written before they are read and the forms
 * are cleared, so old contents never show. Kept up to SPARE_MAX entries.
 */
let spareRows: Int32Array | null = null;
let spareForms: Array<string | undefined> | null = null;
let spareHashes: Int32Array | null = null;
/** A hash not yet computed in a table's hash column (lowerHash gives -1 or a non-negative number). */
const NO_HASH = -2;
const SPARE_MAX = 1 << 21;
const SPARE_FORMS_MIN = 1 << 14;
const NO_ROWS = new Int32Array(0);

/**
 * Gives the memory of `buffer` back now rather than at the next full garbage collection: it is moved
 * (transferred, not copied) into a clone nobody keeps, which the next minor collection frees. Views
 * of it read as empty afterwards.
 */
export function freeBuffer(buffer: ArrayBufferLike): void {
  const clone = (globalThis as { structuredClone?: (v: unknown, o: { transfer: ArrayBuffer[] }) => unknown }).structuredClone;
  if (typeof clone !== 'function' || !(buffer instanceof ArrayBuffer)) return;
  try {
    clone(buffer, { transfer: [buffer] });
  } catch {
    // (a buffer that cannot be transferred is left to the collector)
  }
}

/**
 * The columns of one tokenisation: four numbers per token in one typed array (start, end, packed
 * flags from packToken(), quote index or -1), and the lowercased forms once built. A typed array costs
 * the garbage collector nothing per token, where an object per token with its own fields is copied
 * from one young generation space to the next while the layers run.
 */
export class TokenTable {
  declare readonly src: string;
  /** The rows; an empty array once the table is retired (its buffer then serves another text). */
  declare d: Int32Array;
  /** Lowercased forms (also the text when no letter folds) once built, by token index. */
  declare x: Array<string | undefined>;
  /** lowerHash of each token's lowercased form once asked (NO_HASH before): the lexicon tables ask for it several times per token. */
  declare hs: Int32Array;

  constructor(src: string, d: Int32Array, count: number) {
    this.src = src;
    this.d = d;
    const hashes = spareHashes;
    if (hashes && hashes.length >= count) {
      spareHashes = null;
      this.hs = hashes;
    } else this.hs = new Int32Array(count);
    this.hs.fill(NO_HASH, 0, count);
    const spare = spareForms;
    // (not one far longer than needed: clearing it would cost more than a new list)
    if (spare && spare.length >= count && spare.length <= 2 * count + 4096) {
      spareForms = null;
      spare.fill(undefined);
      this.x = spare;
    } else this.x = new Array<string | undefined>(count);
  }

  /** A row buffer of at least `size` numbers for a new table (a retired table's when long enough). */
  static rows(size: number): Int32Array {
    const spare = spareRows;
    if (spare && spare.length >= size) {
      spareRows = null;
      return spare;
    }
    return new Int32Array(size);
  }

  /** Done with the table (nobody reads it again): it reads as empty, its buffers serve the next tables. */
  retire(): void {
    const { d, x, hs } = this;
    if (d === NO_ROWS) return;
    this.d = NO_ROWS;
    this.x = [];
    this.hs = NO_ROWS;
    if (hs.length <= SPARE_MAX && (!spareHashes || spareHashes.length < hs.length)) spareHashes = hs;
    if (d.length <= SPARE_MAX && (!spareRows || spareRows.length < d.length)) spareRows = d;
    // (a short list is made anew: a young list that dies young costs the collector nothing)
    if (x.length >= SPARE_FORMS_MIN && x.length <= SPARE_MAX && (!spareForms || spareForms.length < x.length)) spareForms = x;
  }
}

/**
 * A view of row `o / 4` of a {@link TokenTable}, for the people layer: it reads the row on each use and
 * writes the word-class and first-name caches and the lowercased form back to the table, so that a view
 * can be moved from row to row (TokenList's cursor) and any view of a row sees what another learnt.
 */
export class TokenRow {
  declare private readonly b: TokenTable;
  /** Offset of the token's row in the table (4 × index). */
  declare o: number;

  constructor(b: TokenTable, o: number) {
    this.b = b;
    this.o = o;
  }

  get s(): number {
    return this.b.d[this.o];
  }

  get e(): number {
    return this.b.d[this.o + 1];
  }

  private get f(): number {
    return this.b.d[this.o + 2];
  }

  /** Index of the quote the token lies inside, or -1. */
  get q(): number {
    return this.b.d[this.o + 3];
  }

  /** Kind: w word, n number, s possessive, p punctuation, q quote mark. */
  get k(): TokenKind {
    return KINDS[this.f & KIND_MASK];
  }

  /** Starts with an upper-case letter. */
  get cap(): boolean {
    return (this.f & CAP) !== 0;
  }

  /** Newlines in the whitespace before the token (capped at 65535). */
  get nl(): number {
    return this.f >>> NL_SHIFT;
  }

  /** The token's text (a word with a capital or a final period builds it on each call). */
  get t(): string {
    if ((this.f & FOLDS) !== 0) return this.b.src.slice(this.s, this.e);
    return this.l;
  }

  /** Lowercased text without a trailing period. */
  get l(): string {
    return this.b.x[this.o >> 2] ?? this.build();
  }

  /** Builds and keeps the lowercased form (also the text when no letter folds). */
  private build(): string {
    const { src, d } = this.b;
    const o = this.o;
    const s = d[o];
    const e = d[o + 1];
    const f = d[o + 2];
    let x: string;
    if ((f & FOLDS) === 0) x = e - s === 1 ? src[s] : (e - s <= 3 && shortWord(src, s, e, false)) || src.slice(s, e);
    else {
      const len = e - s - ((f & DOT) >>> DOT_SHIFT);
      x = (len <= 3 && len > 0 && shortWord(src, s, s + len, true)) || lowerRange(src, s, s + len);
    }
    return (this.b.x[o >> 2] = x);
  }

  /** Length of the lowercased form, without building it. */
  get len(): number {
    const d = this.b.d;
    const o = this.o;
    return d[o + 1] - d[o] - ((d[o + 2] & DOT) >>> DOT_SHIFT);
  }

  /** Lower-cased first and last letter codes (for cheap lexicon pre-filters). */
  get firstCode(): number {
    return this.b.src.charCodeAt(this.s) | 32;
  }
  get lastCode(): number {
    return this.b.src.charCodeAt(this.s + this.len - 1) | 32;
  }

  /** Whether the token's text is the one character `ch` (as `t === ch`, without building a string). */
  is(ch: string): boolean {
    return this.e - this.s === 1 && this.b.src.charCodeAt(this.s) === ch.charCodeAt(0);
  }

  /** Whether the token's text is not the one character `ch` (as `t !== ch`, without building a string). */
  isNot(ch: string): boolean {
    return !this.is(ch);
  }

  /** The code unit at offset `i` of the token's text (no string built). */
  code(i: number): number {
    return this.b.src.charCodeAt(this.s + i);
  }

  /** Hash of the lowercased form for lexicon filters (lowerHash), read from the text without building it. */
  get lowHash(): number {
    const b = this.b;
    const i = this.o >> 2;
    const c = b.hs[i];
    // (undefined past the column: a retired table)
    if (c >= -1) return c;
    const s = this.s;
    const h = lowerHash(b.src, s, s + this.len);
    if (i < b.hs.length) b.hs[i] = h;
    return h;
  }

  /** foldStep() of `h` over the lowercased form (after a space when `space`): for hashes of several words. */
  foldInto(h: number, space: boolean): number {
    const s = this.s;
    return foldStep(h, this.b.src, s, s + this.len, space);
  }

  /** First-name gender, cached by the lexicon: undefined until asked, null for none. */
  get fg(): 'm' | 'f' | null | undefined {
    const c = (this.f & FG_MASK) >>> FG_SHIFT;
    return c === 0 ? undefined : c === 1 ? null : c === 2 ? 'm' : 'f';
  }
  set fg(g: 'm' | 'f' | null | undefined) {
    this.keep((this.f & ~FG_MASK) | ((g === undefined ? 0 : g === null ? 1 : g === 'm' ? 2 : 3) << FG_SHIFT));
  }

  /** Word class, cached by the people layer (null until asked). */
  get wc(): WordClass | null {
    const c = (this.f & WC_MASK) >>> WC_SHIFT;
    return c === 0 ? null : CLASSES[c - 1];
  }
  set wc(c: WordClass | null) {
    this.keep((this.f & ~WC_MASK) | ((c === null ? 0 : CLASSES.indexOf(c) + 1) << WC_SHIFT));
  }

  /** New packed flags (a cache changed), in the table row. */
  private keep(f: number): void {
    if (this.o < this.b.d.length) this.b.d[this.o + 2] = f;
  }
}
