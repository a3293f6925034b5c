/**
 * The token of the people and claims layers: a span of the text whose strings are built on first
 * use (and, for the many words of one to three ASCII letters, taken from a shared table, never built).
 */
import type { WordClass } from '../lexicon';
import { foldStep, lowerHash } from '../lexicon/filter';

/** w: word, n: number, s: possessive ’s, p: punctuation, q: quote mark. */
export type TokenKind = 'w' | 'n' | 's' | 'p' | 'q';

/** Packed flag bits and fields (also read by the people layer's table, token-table.ts). */
export const CAP = 8;
export const FOLDS = 16;
export const DOT = 32;
export const DOT_SHIFT = 5;
/** Word class cache: 0 not asked yet, else 1 + index in CLASSES. */
export const WC_SHIFT = 6;
export const WC_MASK = 15 << WC_SHIFT;
/** First-name gender cache: 0 not asked yet, 1 none, 2 m, 3 f. */
export const FG_SHIFT = 10;
export const FG_MASK = 3 << FG_SHIFT;
export const NL_SHIFT = 12;
export const CLASSES: readonly WordClass[] = ['role', 'mod', 'hon', 'geo', 'org', 'place', 'stop', 'name'];

/** Strings of the words of one to three ASCII letters, indexed by their base-27 code (a = 1 … z = 26). */
const SHORT: Array<string | undefined> = [];
for (let i = 0; i < 27 * 27 * 27; i++) SHORT.push(undefined);

/**
 * The shared string of text[s, e) (1 to 3 characters) lowercased when `fold`, or undefined when it
 * holds anything but ASCII letters, or, unless `fold`, an upper-case one.
 */
export function shortWord(text: string, s: number, e: number, fold: boolean): string | undefined {
  let key = 0;
  for (let p = s; p < e; p++) {
    let c = text.charCodeAt(p);
    if (fold && c >= 65 && c <= 90) c += 32;
    if (c < 97 || c > 122) return undefined;
    key = key * 27 + (c - 96);
  }
  return SHORT[key] ?? (SHORT[key] = fold ? text.slice(s, e).toLowerCase() : text.slice(s, e));
}

/** Reused code lists by length, for {@link lowerAscii}. */
const CODES: number[][] = [];
const LOWER_MAX = 24;
for (let n = 0; n <= LOWER_MAX; n++) CODES.push(new Array<number>(n).fill(0));

/**
 * text.slice(s, e).toLowerCase() for a range of at most LOWER_MAX ASCII characters, made from its
 * codes (a one-byte string: a slice of a text with any character beyond Latin-1 is a two-byte string,
 * which toLowerCase() lowercases far more slowly); undefined for a longer range or one with a
 * non-ASCII character.
 */
export function lowerAscii(text: string, s: number, e: number): string | undefined {
  const n = e - s;
  if (n < 0 || n > LOWER_MAX) return undefined;
  const codes = CODES[n];
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(s + k);
    if (c > 127) return undefined;
    codes[k] = c >= 65 && c <= 90 ? c + 32 : c;
  }
  return String.fromCharCode.apply(null, codes);
}

/** `text.slice(s, e).toLowerCase()`, by {@link lowerAscii} when it applies. */
export function lowerRange(text: string, s: number, e: number): string {
  return lowerAscii(text, s, e) ?? text.slice(s, e).toLowerCase();
}

/** `str.toLowerCase()`, by {@link lowerAscii} when it applies. */
export function lowerString(str: string): string {
  return lowerRange(str, 0, str.length);
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
 * One token as a plain object (TokenList.all(); the layers read the table by index instead), made from a
 * row of the table (token-table.ts). Its lowercased form (`l`, also its text `t` when no letter folds) is read from the source
 * text on first use, so that the many words nobody looks at cost no string. Kind, capitalisation, case folding,
 * a final period, the cached word class and the newline count are packed into one number, and the fields are
 * assigned in the constructor only (no class field initialisers): a small token keeps allocation and the
 * garbage collector's copying cheap.
 */
export class Token {
  declare private readonly src: string;
  declare readonly s: number;
  declare readonly e: number;
  declare private f: number;
  /** Index of the quote the token lies inside, or -1. */
  declare q: number;
  /** The lowercased form once built (also the text when no letter folds). */
  declare private x: string | null;

  /** `packed` comes from packToken(); `x` is the lowercased form when already built (else null). */
  constructor(src: string, s: number, e: number, packed: number, q: number, x: string | null) {
    this.src = src;
    this.s = s;
    this.e = e;
    this.f = packed;
    this.q = q;
    this.x = x;
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
    if ((this.f & FOLDS) !== 0) return this.src.slice(this.s, this.e);
    return this.x ?? (this.x = this.text());
  }

  private text(): string {
    const n = this.e - this.s;
    return n === 1 ? this.src[this.s] : (n <= 3 && shortWord(this.src, this.s, this.e, false)) || this.src.slice(this.s, this.e);
  }

  /** Lowercased text without a trailing period. */
  get l(): string {
    if (this.x !== null) return this.x;
    if ((this.f & FOLDS) === 0) return (this.x = this.text());
    const len = this.len;
    return (this.x = (len <= 3 && len > 0 && shortWord(this.src, this.s, this.s + len, true)) || this.fold());
  }

  private fold(): string {
    const e = (this.f & DOT) !== 0 ? this.e - 1 : this.e;
    return lowerRange(this.src, this.s, e);
  }

  /** Length of the lowercased form, without building it. */
  get len(): number {
    return this.e - this.s - ((this.f & DOT) >>> DOT_SHIFT);
  }

  /** Lower-cased first and last letter codes (for cheap lexicon pre-filters). */
  get firstCode(): number {
    return this.src.charCodeAt(this.s) | 32;
  }
  get lastCode(): number {
    return this.src.charCodeAt(this.s + this.len - 1) | 32;
  }

  /** Whether the token's text is the one character `ch` (as `t === ch`, without building a string). */
  is(ch: string): boolean {
    return this.e - this.s === 1 && this.src.charCodeAt(this.s) === ch.charCodeAt(0);
  }

  /** Whether the token's text is not the one character `ch` (as `t !== ch`, without building a string). */
  isNot(ch: string): boolean {
    return this.e - this.s !== 1 || this.src.charCodeAt(this.s) !== ch.charCodeAt(0);
  }

  /** The code unit at offset `i` of the token's text (no string built). */
  code(i: number): number {
    return this.src.charCodeAt(this.s + i);
  }

  /** Hash of the lowercased form for lexicon filters (lowerHash), read from the text without building it. */
  get lowHash(): number {
    return lowerHash(this.src, this.s, this.s + this.len);
  }

  /** foldStep() of `h` over the lowercased form (after a space when `space`): for hashes of several words. */
  foldInto(h: number, space: boolean): number {
    return foldStep(h, this.src, this.s, this.s + this.len, space);
  }

  /** First-name gender, cached by the lexicon: undefined until asked, null for none. */
  get fg(): 'm' | 'f' | null | undefined {
    const c = (this.f & FG_MASK) >>> FG_SHIFT;
    return c === 0 ? undefined : c === 1 ? null : c === 2 ? 'm' : 'f';
  }
  set fg(g: 'm' | 'f' | null | undefined) {
    this.f = (this.f & ~FG_MASK) | ((g === undefined ? 0 : g === null ? 1 : g === 'm' ? 2 : 3) << FG_SHIFT);
  }

  /** Word class, cached by the people layer (null until asked). */
  get wc(): WordClass | null {
    const c = (this.f & WC_MASK) >>> WC_SHIFT;
    return c === 0 ? null : CLASSES[c - 1];
  }
  set wc(c: WordClass | null) {
    this.f = (this.f & ~WC_MASK) | ((c === null ? 0 : CLASSES.indexOf(c) + 1) << WC_SHIFT);
  }
}
