/**
 * One linear scan that cuts a text into word, number, possessive and punctuation tokens, and
 * a second one that groups them into sentences. Shared by the people and claims layers.
 */
import type { Quote } from '../types';
import type { WordClass } from '../lexicon';

/** w: word, n: number, s: possessive ’s, p: punctuation, q: quote mark. */
export type TokenKind = 'w' | 'n' | 's' | 'p' | 'q';

/**
 * One token. Its text (`t`) and lowercased form (`l`) are read from the source text on first use,
 * so that the many words nobody looks at cost no string.
 */
export class Token {
  /** Word class, cached by the people layer (null until asked). */
  wc: WordClass | null = null;
  /** Sentence index. */
  sent = 0;
  /** Index of the quote the token lies inside, or -1. */
  q = -1;
  private _t: string | null = null;
  private _l: string | null = null;

  constructor(
    private readonly src: string,
    readonly s: number,
    readonly e: number,
    readonly k: TokenKind,
    /** Starts with an upper-case letter. */
    readonly cap: boolean,
    /** Newlines in the whitespace before the token. */
    readonly nl: number,
    /** Holds an upper-case letter or ends with a period (the lowercased form differs). */
    private readonly folds: boolean,
  ) {}

  /** The token's text. */
  get t(): string {
    if (this._t === null) this._t = this.e - this.s === 1 ? this.src[this.s] : this.src.slice(this.s, this.e);
    return this._t;
  }

  /** Lowercased text without a trailing period. */
  get l(): string {
    if (this._l === null) {
      const t = this.t;
      this._l = !this.folds ? t : (this.k === 'w' && t.endsWith('.') ? t.slice(0, -1) : t).toLowerCase();
    }
    return this._l;
  }

  /** Length of the lowercased form, without building it. */
  get len(): number {
    return this.e - this.s - (this.k === 'w' && this.src.charCodeAt(this.e - 1) === 46 ? 1 : 0);
  }

  /** Lower-cased first and last letter codes (for cheap lexicon pre-filters). */
  get firstCode(): number {
    return this.src.charCodeAt(this.s) | 32;
  }
  get lastCode(): number {
    return this.src.charCodeAt(this.s + this.len - 1) | 32;
  }
}

export interface Sentence {
  /** First and one-past-last token index. */
  a: number;
  b: number;
  /** Paragraph index (counts blocks separated by newlines). */
  para: number;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

const ABBREV = new Set(
  'mr mrs ms dr gen col lt sgt capt adm maj sen rep gov pres st jr sr inc corp co ltd no vs jan feb mar apr jun jul aug sep sept oct nov dec prof rev cmdr messrs mt ft gov govt dept est approx fig'.split(
    ' ',
  ),
);
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
/** Letter classes of the first 0x0530 code points: 0 none, 1 lower/other letter, 2 upper-case letter. */
const CLASS = new Uint8Array(0x530);
for (let c = 0; c < CLASS.length; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = UPPER.test(ch) ? 2 : LETTER.test(ch) ? 1 : 0;
}

function letterClass(c: number): number {
  if (c < 0x530) return CLASS[c];
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  const ch = String.fromCharCode(c);
  return UPPER.test(ch) ? 2 : LETTER.test(ch) ? 1 : 0;
}
function isLetter(c: number): boolean {
  return letterClass(c) !== 0;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 0x2009 || c === 0x202f || c === 12;
}
function isApos(c: number): boolean {
  return c === 0x2019 || c === 39;
}
function isQuoteMark(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x2039 || c === 0x203a;
}

/** Tokenises `text` and splits it into sentences. Never throws; every offset is in bounds. */
export function tokenize(text: string, quotes: readonly Quote[] = []): Tokenized {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let nl = 0;
  const push = (s: number, e: number, k: TokenKind, upper: boolean) => {
    const cap = k === 'w' && letterClass(text.charCodeAt(s)) === 2;
    const dot = k === 'w' && text.charCodeAt(e - 1) === 46;
    tokens.push(new Token(text, s, e, k, cap, nl, upper || dot));
    nl = 0;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) nl++;
      i++;
      continue;
    }
    const cls = letterClass(c);
    if (cls !== 0) {
      let upper = cls === 2;
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        const dc = letterClass(d);
        if (dc !== 0 || isDigit(d)) {
          if (dc === 2) upper = true;
          j++;
          continue;
        }
        const nx = j + 1 < n ? text.charCodeAt(j + 1) : 0;
        const nxLetter = j + 1 < n && isLetter(nx);
        if ((d === 45 || d === 0x2011) && nxLetter) {
          j++;
          continue;
        }
        if (isApos(d) && nxLetter) {
          // possessive ’s is its own token; other apostrophes stay inside the word (doesn’t, O’Neil)
          if ((nx === 115 || nx === 83) && !(j + 2 < n && isLetter(text.charCodeAt(j + 2)))) break;
          j++;
          continue;
        }
        break;
      }
      // abbreviations and initials keep their period: "Mr.", "J.", "U.S."
      const dotted = j + 2 < n && isLetter(text.charCodeAt(j + 1)) && text.charCodeAt(j + 2) === 46 && j - i <= 3;
      if (j < n && text.charCodeAt(j) === 46 && (j - i === 1 || dotted || (j - i <= 5 && ABBREV.has(text.slice(i, j).toLowerCase())))) {
        j++;
        while (j + 1 < n && isLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) {
          if (letterClass(text.charCodeAt(j)) === 2) upper = true;
          j += 2;
        }
      }
      push(i, j, 'w', upper);
      i = j;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      let upper = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        const dc = isDigit(d) ? 1 : letterClass(d);
        if (dc !== 0) {
          if (dc === 2) upper = true;
          j++;
        } else if ((d === 44 || d === 46 || d === 58 || d === 45) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j++;
        else break;
      }
      push(i, j, 'n', upper);
      i = j;
      continue;
    }
    if (isApos(c) && tokens.length && tokens[tokens.length - 1].e === i && i + 1 < n) {
      const nx = text.charCodeAt(i + 1);
      if ((nx === 115 || nx === 83) && !(i + 2 < n && isLetter(text.charCodeAt(i + 2)))) {
        push(i, i + 2, 's', nx === 83);
        i += 2;
        continue;
      }
    }
    // a surrogate pair stays one punctuation token
    const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    push(i, i + w, isQuoteMark(c) ? 'q' : 'p', false);
    i += w;
  }
  markQuotes(tokens, quotes);
  return { tokens, sentences: splitSentences(tokens) };
}

function markQuotes(tokens: Token[], quotes: readonly Quote[]): void {
  if (!quotes.length) return;
  const order = quotes.map((_, i) => i).sort((a, b) => quotes[a].start - quotes[b].start);
  let qi = 0;
  for (const tok of tokens) {
    while (qi < order.length && quotes[order[qi]].end <= tok.s) qi++;
    if (qi < order.length) {
      const q = quotes[order[qi]];
      if (q.start <= tok.s && tok.e <= q.end) tok.q = order[qi];
    }
  }
}

const ENDERS = new Set(['.', '!', '?', '…']);
const STARTERS = new Set(['the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'a', 'this', 'that', 'his', 'her', 'their', 'its', 'there', 'at', 'as', 'for']);

function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let a = 0;
  let para = 0;
  const close = (b: number) => {
    if (b > a) sentences.push({ a, b, para });
    a = b;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.nl > 0 && i > a) {
      close(i);
      para++;
    } else if (tok.nl > 0) para += i > 0 ? 1 : 0;
    let end = false;
    if (tok.k === 'p' && ENDERS.has(tok.t)) end = true;
    else if (tok.k === 'q' && i + 1 < tokens.length && tokens[i + 1].nl === 0 && tokens[i + 1].cap && STARTERS.has(tokens[i + 1].l) && closesQuote(tokens, i)) {
      // a quotation closed without a period: "… stability" In terms of …
      close(i + 1);
      continue;
    }
    else if (tok.k === 'w' && tok.e - tok.s > 2 && tok.len < tok.e - tok.s && i + 1 < tokens.length) {
      const nx = tokens[i + 1];
      end = nx.cap && STARTERS.has(nx.l);
    }
    if (!end) continue;
    let j = i + 1;
    // closing quote marks and brackets stay with the sentence they end
    while (j < tokens.length && tokens[j].nl === 0 && (tokens[j].k === 'q' || tokens[j].t === ')') && (tokens[j].q === -1 || tokens[j].q === tokens[i].q) && closesQuote(tokens, j)) j++;
    if (j >= tokens.length) break;
    const nx = tokens[j];
    if (nx.nl > 0 || nx.cap || nx.k === 'q' || nx.k === 'n' || nx.t === '(' || nx.t === '[') {
      close(j);
      i = j - 1;
    }
  }
  close(tokens.length);
  for (let s = 0; s < sentences.length; s++) for (let i = sentences[s].a; i < sentences[s].b; i++) tokens[i].sent = s;
  return sentences;
}

function closesQuote(tokens: Token[], j: number): boolean {
  const t = tokens[j].t;
  if (t === '\u201C' || t === '\u00AB' || t === '\u201E') return false;
  if (t === ')') return true;
  // a straight quote closes when glued to the previous token
  return j > 0 && tokens[j - 1].e === tokens[j].s;
}
