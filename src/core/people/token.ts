/**
 * The token of the people and claims layers: a span of the text whose strings are built on first
 * use (and, for the many words of one to three ASCII letters, taken from a shared table, never built).
 */
import type { WordClass } from '../lexicon';
import { foldStep, lowerHash } from '../lexicon/filter';

/** w: word, n: number, s: possessive ’s, p: punctuation, q: quote mark. */
export type TokenKind = 'w' | 'n' | 's' | 'p' | 'q';

/** Packed flag bits and fields (TokenList reads them by index). */
export const CAP = 8;
const FOLDS = 16;
const DOT = 32;
const DOT_SHIFT = 5;
/** Word class cache: 0 not asked yet, else 1 + index in CLASSES. */
const WC_SHIFT = 6;
const WC_MASK = 15 << WC_SHIFT;
/** First-name gender cache: 0 not asked yet, 1 none, 2 m, 3 f. */
const FG_SHIFT = 10;
const FG_MASK = 3 << FG_SHIFT;
export const NL_SHIFT = 12;
const CLASSES: readonly WordClass[] = ['role', 'mod', 'hon', 'geo', 'org', 'place', 'stop', 'name'];

/** Strings of the words of one to three ASCII letters, indexed by their base-27 code (a = 1 … z = 26). */
const SHORT: Array<string | undefined> = [];
for (let i = 0; i < 27 * 27 * 27; i++) SHORT.push(undefined);

/**
 * The shared string of text[s, e) (1 to 3 characters) lowercased when `fold`, or undefined when it
 * holds anything but ASCII letters, or, unless `fold`, an upper-case one.
 */
function shortWord(text: string, s: number, e: number, fold: boolean): string | undefined {
  let key = 0;
  for (let p = s; p < e; p++) {
    let c = text.charCodeAt(p);
    if (fold && c >= 65 && c <= 90) c += 32;
    if (c < 97 || c > 122) return undefined;
    key = key * 27 + (c - 96);
  }
  return SHORT[key] ?? (SHORT[key] = fold ? text.slice(s, e).toLowerCase() : text.slice(s, e));
}

export const KINDS: readonly TokenKind[] = ['w', 'n', 's', 'p', 'q'];
/** Kind codes (index in KINDS) in the low bits of the packed flags. */
export const KIND_MASK = 7;
/** Kind codes for packToken(). */
export const KIND_W = 0;
export const KIND_N = 1;
export const KIND_S = 2;
export const KIND_P = 3;
export const KIND_Q = 4;

/**
 * The packed flags of a token: kind code (KIND_W …), starts with a capital, holds an upper-case letter
 * (the lowercased form differs), ends with a period dropped from the lowercased form, newlines before it.
 */
export function packToken(kind: number, cap: boolean, nl: number, upper: boolean, dot: boolean): number {
  return kind | (cap ? CAP : 0) | (upper || dot ? FOLDS : 0) | (dot ? DOT : 0) | (Math.min(nl, 0xffff) << NL_SHIFT);
}

/**
 * Buffers of retired tables, kept for the next table: a fresh typed array of megabytes costs its
 * zeroing and the page faults of its first writes on every text, and a fresh list of forms is one
 * more large object for the garbage collector. Rows are written before they are read and the forms
 * are cleared, so old contents never show. Kept up to SPARE_MAX entries.
 */
let spareRows: Int32Array | null = null;
let spareForms: Array<string | undefined> | null = null;
const SPARE_MAX = 1 << 21;
const SPARE_FORMS_MIN = 1 << 14;
const NO_ROWS = new Int32Array(0);

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

  constructor(src: string, d: Int32Array, count: number) {
    this.src = src;
    this.d = d;
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
    const { d, x } = this;
    if (d === NO_ROWS) return;
    this.d = NO_ROWS;
    this.x = [];
    if (d.length <= SPARE_MAX && (!spareRows || spareRows.length < d.length)) spareRows = d;
    // (a short list is made anew: a young list that dies young costs the collector nothing)
    if (x.length >= SPARE_FORMS_MIN && x.length <= SPARE_MAX && (!spareForms || spareForms.length < x.length)) spareForms = x;
  }
}

/** The table of retired views: no rows, no text. */
export const RETIRED_TABLE = new TokenTable('', NO_ROWS, 0);

/**
 * One token (its sentence index is in Tokenized.sent): a view of row `o / 4` of a {@link TokenTable}.
 * Its lowercased form (`l`, also its text `t` when no letter folds) is read from the source text on
 * first use, so that the many words nobody looks at cost no string. Two fields only, assigned in the
 * constructor (no class field initialisers): the object is small and cheap for the garbage collector.
 */
export class Token {
  declare private readonly b: TokenTable;
  /** Offset of the token's row in the table (4 × index). */
  declare private readonly o: number;
  declare readonly s: number;
  declare readonly e: number;
  /** The row's packed flags (the word class and first-name caches are written to the table as well). */
  declare private f: number;
  /** Index of the quote the token lies inside, or -1. */
  declare q: number;
  /** The lowercased form once this view has read it (the table keeps it for every view of the row). */
  declare private x: string | undefined;

  /** The view of the row at offset `o` of `b` (its numbers copied: read directly, they cost no table look-up). */
  constructor(b: TokenTable, o: number) {
    const d = b.d;
    this.b = b;
    this.o = o;
    this.s = d[o];
    this.e = d[o + 1];
    this.f = d[o + 2];
    this.q = d[o + 3];
    this.x = undefined;
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

  /** The token's text (a word with a capital or a final period builds it on each call: few are asked for it twice). */
  get t(): string {
    if ((this.f & FOLDS) !== 0) return this.b.src.slice(this.s, this.e);
    return this.x ?? (this.x = this.b.x[this.o >> 2] ?? this.build());
  }

  /** Lowercased text without a trailing period. */
  get l(): string {
    return this.x ?? (this.x = this.b.x[this.o >> 2] ?? this.build());
  }

  /** Builds and keeps the lowercased form (also the text when no letter folds). */
  private build(): string {
    const src = this.b.src;
    const { s, e, f } = this;
    // a retired view has no text
    if (s >= src.length) return '';
    let x: string;
    if ((f & FOLDS) === 0) x = e - s === 1 ? src[s] : (e - s <= 3 && shortWord(src, s, e, false)) || src.slice(s, e);
    else {
      const len = e - s - ((f & DOT) >>> DOT_SHIFT);
      x = (len <= 3 && len > 0 && shortWord(src, s, s + len, true)) || ((f & DOT) !== 0 ? src.slice(s, e - 1) : src.slice(s, e)).toLowerCase();
    }
    return (this.b.x[this.o >> 2] = x);
  }

  /** Length of the lowercased form, without building it. */
  get len(): number {
    return this.e - this.s - ((this.f & DOT) >>> DOT_SHIFT);
  }

  /** Lower-cased first and last letter codes (for cheap lexicon pre-filters). */
  get firstCode(): number {
    return this.b.src.charCodeAt(this.s) | 32;
  }
  get lastCode(): number {
    return this.b.src.charCodeAt(this.e - ((this.f & DOT) >>> DOT_SHIFT) - 1) | 32;
  }

  /** Whether the token's text is the one character `ch` (as `t === ch`, without building a string). */
  is(ch: string): boolean {
    return this.e - this.s === 1 && this.b.src.charCodeAt(this.s) === ch.charCodeAt(0);
  }

  /** Whether the token's text is not the one character `ch` (as `t !== ch`, without building a string). */
  isNot(ch: string): boolean {
    return this.e - this.s !== 1 || this.b.src.charCodeAt(this.s) !== ch.charCodeAt(0);
  }

  /** The code unit at offset `i` of the token's text (no string built). */
  code(i: number): number {
    return this.b.src.charCodeAt(this.s + i);
  }

  /** Hash of the lowercased form for lexicon filters (lowerHash), read from the text without building it. */
  get lowHash(): number {
    return lowerHash(this.b.src, this.s, this.e - ((this.f & DOT) >>> DOT_SHIFT));
  }

  /** foldStep() of `h` over the lowercased form (after a space when `space`): for hashes of several words. */
  foldInto(h: number, space: boolean): number {
    return foldStep(h, this.b.src, this.s, this.e - ((this.f & DOT) >>> DOT_SHIFT), space);
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

  /** New packed flags (a cache changed): in the view and in its table row, which later views copy. */
  private keep(f: number): void {
    this.f = f;
    if (this.o < this.b.d.length) this.b.d[this.o + 2] = f;
  }
}

/** Points the view `t` at row offset `o` of `table`, copying the row (a retired table has none: the numbers stay). */
export function repoint(t: Token, table: TokenTable, o: number): Token {
  const w = t as unknown as { b: TokenTable; o: number; s: number; e: number; f: number; q: number; x: string | undefined };
  const d = table.d;
  w.b = table;
  w.o = o;
  w.x = undefined;
  if (o < d.length) {
    w.s = d[o];
    w.e = d[o + 1];
    w.f = d[o + 2];
    w.q = d[o + 3];
  }
  return t;
}
