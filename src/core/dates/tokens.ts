/**
 * A lazy tokenizer over a short window of the text: letter runs, digit runs and single other characters.
 * It never crosses a blank line (a paragraph break) and allocates only the tokens the grammar asks for.
 */

import { lowerHash } from '../lexicon/filter';

const enum C {
  Space,
  Letter,
  Digit,
  Other,
}

function classOf(code: number): C {
  if (code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 12 || code === 11) return C.Space;
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return C.Letter;
  if (code >= 48 && code <= 57) return C.Digit;
  return C.Other;
}

/** classOf() of the first 256 code units, looked up. */
const CLASSES = Uint8Array.from({ length: 256 }, (_, c) => classOf(c));

function cls(code: number): C {
  return code < 256 ? (CLASSES[code] as C) : C.Other;
}

/** Lowercased words in a direct-mapped cache indexed by their lowerHash(), so that a word seen before is not built again. */
const SLOTS = 4096;
const WORDS: string[] = new Array<string>(SLOTS).fill('');

/**
 * text[s, e) lowercased, the same string as for an earlier equal word while it stays in the cache.
 * `h` is the range's lowerHash() when the caller has it.
 */
export function lowerWord(text: string, s: number, e: number, h = lowerHash(text, s, e)): string {
  if (h < 0) return text.slice(s, e).toLowerCase();
  const slot = h & (SLOTS - 1);
  const known = WORDS[slot];
  if (known.length === e - s) {
    let p = s;
    for (; p < e; p++) {
      const c = text.charCodeAt(p);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== known.charCodeAt(p - s)) break;
    }
    if (p === e) return known;
  }
  const w = text.slice(s, e).toLowerCase();
  WORDS[slot] = w;
  return w;
}

/** Token kinds. */
export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;

/** A token window: parallel arrays indexed by token number (entries past the window's tokens are stale). */
export class Tokens {
  readonly s: number[] = [];
  readonly e: number[] = [];
  /** Lowercased text (punctuation: the character; typographic apostrophe normalised to '). */
  readonly w: string[] = [];
  readonly kind: number[] = [];
  /** True when whitespace separates the token from the previous one. */
  readonly sp: boolean[] = [];
  /** Number of tokens read so far. */
  private n = 0;
  private pos = 0;
  private limit = 0;
  private done = false;

  constructor(private text: string) {}

  /** Moves the window to another text (empty until the next reset()): one window may serve text after text. */
  attach(text: string): void {
    this.text = text;
    this.n = 0;
    this.pos = 0;
    this.limit = 0;
    this.done = true;
  }

  /** Restarts the window at `from`; tokens never extend past `limit`. */
  reset(from: number, limit: number): void {
    this.n = 0;
    this.pos = from;
    this.limit = Math.min(limit, this.text.length);
    this.done = false;
  }

  /** Ensures token `i` exists; false at the end of the window. */
  has(i: number): boolean {
    return i < this.n || this.fill(i);
  }

  /** Reads tokens until token `i` exists or the window ends (small has() for the grammar's many calls). */
  private fill(i: number): boolean {
    while (this.n <= i && !this.done) this.next();
    return i < this.n;
  }

  /** Lowercased token `i`, or '' past the end. */
  at(i: number): string {
    return i < this.n || this.fill(i) ? this.w[i] : '';
  }

  /** Kind of token `i` (-1 past the end). */
  kd(i: number): number {
    return i < this.n || this.fill(i) ? this.kind[i] : -1;
  }

  /** The numeric value of a digit token (NaN otherwise). */
  num(i: number): number {
    return this.has(i) && this.kind[i] === NUM ? Number(this.w[i]) : NaN;
  }

  /** True when token `i` starts with an uppercase ASCII letter. */
  upper(i: number): boolean {
    if (!this.has(i)) return false;
    const c = this.text.charCodeAt(this.s[i]);
    return c >= 65 && c <= 90;
  }

  /** True when every letter of token `i` is uppercase. */
  allUpper(i: number): boolean {
    if (!this.has(i)) return false;
    for (let p = this.s[i]; p < this.e[i]; p++) {
      const c = this.text.charCodeAt(p);
      if (c >= 97 && c <= 122) return false;
    }
    return true;
  }

  /** True when token `i` exists and is glued to token i-1 (no whitespace between). */
  glued(i: number): boolean {
    return this.has(i) && !this.sp[i];
  }

  private next(): void {
    const t = this.text;
    let p = this.pos;
    let newlines = 0;
    while (p < this.limit) {
      const c = t.charCodeAt(p);
      if (cls(c) !== C.Space) break;
      if (c === 10) newlines++;
      p++;
    }
    if (p >= this.limit || newlines >= 2) {
      this.done = true;
      return;
    }
    const start = p;
    const k = cls(t.charCodeAt(p));
    if (k === C.Letter || k === C.Digit) {
      while (p < this.limit && cls(t.charCodeAt(p)) === k) p++;
    } else p++;
    const n = this.n++;
    this.sp[n] = start > this.pos || n === 0;
    this.s[n] = start;
    this.e[n] = p;
    this.kind[n] = k === C.Letter ? WORD : k === C.Digit ? NUM : PUNCT;
    this.w[n] = k !== C.Other ? lowerWord(t, start, p) : t.charCodeAt(start) === 0x2019 ? "'" : t[start];
    this.pos = p;
  }
}

/** True for ASCII letters and digits. */
export function isAlnum(code: number): boolean {
  const k = cls(code);
  return k === C.Letter || k === C.Digit;
}

/**
 * The start of the word (letter or digit run, or one punctuation character) ending before `pos`,
 * skipping whitespace but not a blank line; -1 when there is none at or after `floor`.
 */
export function wordBefore(text: string, pos: number, floor: number): number {
  let p = pos;
  let newlines = 0;
  while (p > floor && cls(text.charCodeAt(p - 1)) === C.Space) {
    if (text.charCodeAt(p - 1) === 10) newlines++;
    p--;
  }
  if (p <= floor || newlines >= 2) return -1;
  const k = cls(text.charCodeAt(p - 1));
  if (k === C.Other) return p - 1;
  while (p > floor && cls(text.charCodeAt(p - 1)) === k) p--;
  return p;
}
