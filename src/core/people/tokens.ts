/**
 * One linear scan that cuts a text into word, number, possessive and punctuation tokens, and
 * a second one that groups them into sentences. Shared by the people and claims layers.
 */
import type { Quote } from '../types';
import { KIND_N, KIND_P, KIND_Q, KIND_S, KIND_W, packToken, type Token } from './token';
import { TokenList } from './token-list';
import { freeBuffer, TokenTable } from './token-table';
import { FNV_START, foldHash } from '../lexicon/filter';
import { CLASS, charClass, DIGIT, isLetter, isQuoteMark, LETTER_BITS, numberEnd, SPACE, UP, wordEnd } from './scan';

export { KIND_N, KIND_P, KIND_Q, KIND_S, KIND_W, Token, type TokenKind } from './token';
export { TokenList } from './token-list';
export { TokenRow } from './token-table';

export interface Sentence {
  /** First and one-past-last token index. */
  a: number;
  b: number;
  /** Paragraph index (counts blocks separated by newlines). */
  para: number;
}

/** Token flag: a capitalised word (where a name may start). */
export const CAP_WORD = 1;
/** Token flag: a word of at most three letters starting with h, s or t ("he", "she", "his", "the" …). */
export const HST_WORD = 2;
/** Token flags the people layer sets as memos: cueAfter() / cueBefore() asked at this token, and their answers. */
export const CUE_AFTER_KNOWN = 16;
export const CUE_AFTER = 32;
export const CUE_BEFORE_KNOWN = 64;
export const CUE_BEFORE = 128;
/** Token flags for the sentence splitter: newlines before the token; a token that may end a sentence or close a quotation. */
export const NL_BEFORE = 4;
const SENT_MARK = 8;

export interface Tokenized {
  /** Every token as a plain object (made on first use; the people and claims layers read `list` instead). */
  readonly tokens: Token[];
  /** The tokens read by index (the people layer). */
  list: TokenList;
  /** Per-token flags (CAP_WORD, HST_WORD, the splitter's own and the people layer's memos), so that scans for rare tokens skip the others without reading them. */
  flags: Uint8Array;
  /** Sentence index of each token. */
  sent: Int32Array;
  sentences: Sentence[];
  /** The buffer of `flags` and `sent` when it is theirs alone (a long text's), else null. */
  own: ArrayBuffer | null;
}


/** Quote spans sorted by start: their indices, starts and ends (number lists, read by tokenize()'s cursor). */
function quoteSpans(quotes: readonly Quote[]): { order: number[]; starts: number[]; ends: number[] } {
  const n = quotes.length;
  const order: number[] = new Array<number>(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && quotes[i - 1].start > quotes[i].start) sorted = false;
  }
  // (the quote layer lists them by start: the sort is only for other callers)
  if (!sorted) order.sort((a, b) => quotes[a].start - quotes[b].start);
  const starts: number[] = new Array<number>(n);
  const ends: number[] = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    starts[k] = quotes[order[k]].start;
    ends[k] = quotes[order[k]].end;
  }
  return { order, starts, ends };
}

/** Flags of the tokens being made, for texts up to SCRATCH_MAX code units (reused: tokenize() is not re-entered). */
const SCRATCH_MAX = 1 << 16;
const scratch = new Uint8Array(SCRATCH_MAX);

/**
 * Room for the per-token arrays of small texts, cut from a shared slab: allocating an ArrayBuffer costs
 * microseconds, a view on an existing one far less. A slab is never reused, only replaced when full (it
 * lives as long as a view on it).
 */
const SLAB_BYTES = 1 << 18;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

/** A zeroed buffer and an offset with `bytes` bytes free from there (multiple of 8). */
function room(bytes: number): { buffer: ArrayBuffer; offset: number } {
  const size = (bytes + 7) & ~7;
  if (size > SLAB_BYTES >> 4) return { buffer: new ArrayBuffer(size), offset: 0 };
  if (slabUsed + size > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const offset = slabUsed;
  slabUsed += size;
  return { buffer: slab, offset };
}

/**
 * Hands the row buffer and forms of `tk` to the next tokenisations. Only for a tokenisation nobody
 * reads again (the people and claims layers' own, once done): its list reads an empty table
 * afterwards, and it lets go of its plain tokens and sentences (arrays taken from it before stay
 * as they are).
 */
export function retireTokens(tk: Tokenized): void {
  tk.list.retire();
}

/**
 * Hands the list of `tk` over to the claims layer (which reads it by index and retires it): the people
 * layer is done with it. A long text's sentence indices and flags (which the claims layer does not
 * read) are freed at once rather than kept beside the rows.
 */
export function handOverTokens(tk: Tokenized): void {
  tk.list.handOver();
  if (tk.own) {
    freeBuffer(tk.own);
    tk.own = null;
    tk.sent = new Int32Array(0);
    tk.flags = new Uint8Array(0);
  }
}

/** Tokenises `text` and splits it into sentences. Never throws; every offset is in bounds. */
export function tokenize(text: string, quotes: readonly Quote[] = []): Tokenized {
  const n = text.length;
  // sized up front (news text has about one token per five code units; trimmed at the end): a list grown
  // by push() copies itself again and again, and a 1 MB text would leave megabytes of discarded copies
  const estimate = Math.ceil(n / 4) + 1;
  let d = TokenTable.rows(estimate * 4);
  let cap = d.length >> 2;
  let count = 0;
  // the quote cursor: tokens come in text order; a token before qNext (the start of the quote under it) is in none
  const { order, starts, ends } = quoteSpans(quotes);
  const quoteCount = order.length;
  let qi = 0;
  let qNext = quoteCount ? starts[0] : Infinity;
  // a token holds at least one character; a long text's flags go straight to the buffer they end in (after room for the sentence indices)
  let flagCap = estimate;
  const big = n > SCRATCH_MAX ? new ArrayBuffer(flagCap * 5) : null;
  let flags = big ? new Uint8Array(big, flagCap * 4, flagCap) : scratch;
  let i = 0;
  let nl = 0;
  let lastEnd = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 0x530 ? CLASS[c] : charClass(c);
    if (cls === SPACE) {
      if (c === 10) nl++;
      i++;
      continue;
    }
    let j: number;
    let packed: number;
    let fl = nl > 0 ? NL_BEFORE : 0;
    if ((cls & LETTER_BITS) !== 0) {
      const r = wordEnd(text, i, n);
      j = r >>> 1;
      const dot = text.charCodeAt(j - 1) === 46;
      const cap = cls === UP;
      const f = text.charCodeAt(i) | 32;
      fl |= (cap ? CAP_WORD : 0) | (j - i - (dot ? 1 : 0) <= 3 && (f === 104 || f === 115 || f === 116) ? HST_WORD : 0) | (dot && j - i > 2 ? SENT_MARK : 0);
      packed = packToken(KIND_W, cap, nl, cap || (r & 1) !== 0, dot);
    } else if (cls === DIGIT) {
      const r = numberEnd(text, i, n);
      j = r >>> 1;
      packed = packToken(KIND_N, false, nl, (r & 1) !== 0, false);
    } else if ((c === 0x2019 || c === 39) && lastEnd === i && i + 1 < n && ((text.charCodeAt(i + 1) | 32) === 115) && !(i + 2 < n && isLetter(text.charCodeAt(i + 2)))) {
      j = i + 2;
      packed = packToken(KIND_S, false, nl, text.charCodeAt(i + 1) === 83, false);
    } else {
      // a surrogate pair stays one punctuation token
      j = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
      const quote = isQuoteMark(c);
      if (quote || (j === i + 1 && isEnder(c))) fl |= SENT_MARK;
      packed = packToken(quote ? KIND_Q : KIND_P, false, nl, false, false);
    }
    let q = -1;
    if (i >= qNext) {
      while (qi < quoteCount && ends[qi] <= i) qi++;
      if (qi < quoteCount) {
        qNext = starts[qi];
        if (qNext <= i && j <= ends[qi]) q = order[qi];
      } else qNext = Infinity;
    }
    if (count === cap) {
      cap *= 2;
      const bigger = new Int32Array(cap * 4);
      bigger.set(d);
      d = bigger;
    }
    if (big && count === flagCap) {
      flagCap *= 2;
      const more = new Uint8Array(flagCap);
      more.set(flags);
      flags = more;
    }
    flags[count] = fl;
    const o = count++ * 4;
    d[o] = i;
    d[o + 1] = j;
    d[o + 2] = packed;
    d[o + 3] = q;
    nl = 0;
    lastEnd = j;
    i = j;
  }
  const table = new TokenTable(text, d, count);
  const list = new TokenList(table, count);
  // sentence indices and flags share one buffer
  let sent: Int32Array;
  let tokenFlags: Uint8Array;
  const own = big && flags.buffer === big ? big : null;
  if (own) {
    sent = new Int32Array(own, 0, count);
    tokenFlags = new Uint8Array(own, flagCap * 4, count);
  } else {
    const { buffer, offset } = room(count * 5);
    sent = new Int32Array(buffer, offset, count);
    tokenFlags = new Uint8Array(buffer, offset + count * 4, count);
    tokenFlags.set(flags.subarray(0, count));
  }
  return {
    get tokens(): Token[] {
      return list.all();
    },
    list,
    flags: tokenFlags,
    sent,
    sentences: splitSentences(list, text, tokenFlags, sent),
    own,
  };
}

const STARTERS = new Set(['the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'a', 'this', 'that', 'his', 'her', 'their', 'its', 'there', 'at', 'as', 'for']);

/** The code of token `i` when it is one code unit long, else -1. */
function code1(text: string, tokens: TokenList, i: number): number {
  const s = tokens.s(i);
  return tokens.e(i) - s === 1 ? text.charCodeAt(s) : -1;
}

/** A sentence ender: . ! ? … */
function isEnder(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Token `i` is a capitalised word that often opens a sentence (looked up only for short capitalised words). */
function starter(tokens: TokenList, i: number): boolean {
  return tokens.cap(i) && tokens.len(i) <= 5 && STARTERS.has(tokens.l(i));
}

/** Closes the sentence of tokens [a, b) when it holds any (numbering its tokens) and returns where the next one starts. */
function closeSentence(sent: Int32Array, sentences: Sentence[], a: number, b: number, para: number): number {
  if (b > a) {
    sent.fill(sentences.length, a, b);
    sentences.push({ a, b, para });
  }
  return b;
}

/** Groups tokens into sentences; only the tokens `flags` mark (newlines before, a possible end) are read. */
function splitSentences(tokens: TokenList, text: string, flags: Uint8Array, sent: Int32Array): Sentence[] {
  const sentences: Sentence[] = [];
  const count = tokens.length;
  let a = 0;
  let para = 0;
  for (let i = 0; i < count; i++) {
    if ((flags[i] & (NL_BEFORE | SENT_MARK)) === 0) continue;
    const nl = tokens.nl(i);
    if (nl > 0 && i > a) {
      a = closeSentence(sent, sentences, a, i, para);
      para++;
    } else if (nl > 0) para += i > 0 ? 1 : 0;
    let end = false;
    const k = tokens.kind(i);
    if (k === KIND_P) end = isEnder(code1(text, tokens, i));
    else if (k === KIND_Q) {
      if (i + 1 < count && tokens.nl(i + 1) === 0 && starter(tokens, i + 1) && closesQuote(tokens, i, text)) {
        // a quotation closed without a period: "… stability" In terms of …
        a = closeSentence(sent, sentences, a, i + 1, para);
        continue;
      }
    } else if (k === KIND_W && tokens.e(i) - tokens.s(i) > 2 && text.charCodeAt(tokens.e(i) - 1) === 46 && i + 1 < count) {
      end = starter(tokens, i + 1);
    }
    if (!end) continue;
    let j = i + 1;
    const q = tokens.q(i);
    // closing quote marks and brackets stay with the sentence they end
    while (j < count && tokens.nl(j) === 0 && (tokens.kind(j) === KIND_Q || code1(text, tokens, j) === 41) && (tokens.q(j) === -1 || tokens.q(j) === q) && closesQuote(tokens, j, text)) j++;
    if (j >= count) break;
    const nk = tokens.kind(j);
    if (tokens.nl(j) > 0 || tokens.cap(j) || nk === KIND_Q || nk === KIND_N || (tokens.e(j) - tokens.s(j) === 1 && (text.charCodeAt(tokens.s(j)) === 40 || text.charCodeAt(tokens.s(j)) === 91))) {
      a = closeSentence(sent, sentences, a, j, para);
      i = j - 1;
    }
  }
  closeSentence(sent, sentences, a, count, para);
  return sentences;
}

/** lowerHash() of the lowercased forms of tokens [i, j) joined by single spaces (joinedHash of their `l`), read from the text. */
export function tokensHash(tokens: TokenList | readonly Token[], i: number, j: number): number {
  let h = FNV_START;
  const list = tokens instanceof TokenList ? tokens : null;
  for (let k = i; k < j && h === h; k++) h = (list ? list.foldInto(k, h, k > i) : (tokens as readonly Token[])[k].foldInto(h, k > i));
  return foldHash(h);
}

function closesQuote(tokens: TokenList, j: number, text: string): boolean {
  const c = code1(text, tokens, j);
  if (c === 0x201c || c === 0xab || c === 0x201e) return false;
  if (c === 41) return true;
  // a straight quote closes when glued to the previous token
  return j > 0 && tokens.e(j - 1) === tokens.s(j);
}
