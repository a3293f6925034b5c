/**
 * The tokens of one tokenisation as a list read by index (the people and claims layers), and as
 * plain {@link Token} objects on request.
 */
import { classifyToken, cuesForToken, firstNameGenderOf, maybeTitleStart, type CueForm, type Lexicon, type WordClass } from '../lexicon';
import { CAP, DOT, DOT_SHIFT, FOLDS, KIND_MASK, KINDS, NL_SHIFT, Token, type TokenKind } from './token';
import { TokenRow, TokenTable } from './token-table';

/**
 * The tokens of one tokenisation, read by index: the people layer reads a fraction of them, the
 * claims layer all of them, and no token costs an object. `get(i)` gives a {@link TokenRow} view
 * (undefined outside [0, length), as an array gives it); `all()` makes plain {@link Token} objects.
 */
export class TokenList {
  declare readonly length: number;
  declare readonly table: TokenTable;
  declare private tokens: Token[] | null;
  declare private readonly cur: TokenRow;
  /** Handed over to the claims layer (handOver()). */
  declare private handed: boolean;

  constructor(table: TokenTable, count: number) {
    this.length = count;
    this.table = table;
    this.tokens = null;
    this.cur = new TokenRow(table, 0);
    this.handed = false;
  }

  /** An empty list (of an empty text). */
  static empty(): TokenList {
    return new TokenList(new TokenTable('', new Int32Array(0), 0), 0);
  }

  /** The list's own view, moved to token `i` for one read (never handed out: nothing holds it across calls). */
  private at(i: number): TokenRow {
    const c = this.cur;
    c.o = i * 4;
    return c;
  }

  /**
   * The list's own view moved to token `i`, for a lexicon function that reads a token object: valid
   * until the next call of row() (one view, moved from token to token).
   */
  row(i: number): TokenRow {
    return this.at(i);
  }

  /** Whether token `i` exists (as `tokens[i] !== undefined` for an array). */
  has(i: number): boolean {
    return i >= 0 && i < this.length;
  }

  /** Kind of token `i` (as Token.k). */
  k(i: number): TokenKind {
    return KINDS[this.table.d[i * 4 + 2] & KIND_MASK];
  }

  /** Lowercased text of token `i` without a trailing period (as Token.l). */
  l(i: number): string {
    return this.table.x[i] ?? this.at(i).l;
  }

  /**
   * Whether the lowercased form of token `i` is the ASCII word `w` (as `l(i) === w`): a token of another
   * length is turned away without building its form (only ASCII letters lowercase to ASCII letters one
   * for one, so an equal form has the length of the token's text).
   */
  isWord(i: number, w: string): boolean {
    return this.len(i) === w.length && this.at(i).l === w;
  }

  /** Text of token `i` (as Token.t). */
  t(i: number): string {
    const { d, src } = this.table;
    const o = i * 4;
    if ((d[o + 2] & FOLDS) !== 0) return src.slice(d[o], d[o + 1]);
    return this.l(i);
  }

  /** Length of the lowercased form of token `i` (as Token.len). */
  len(i: number): number {
    const d = this.table.d;
    const o = i * 4;
    return d[o + 1] - d[o] - ((d[o + 2] & DOT) >>> DOT_SHIFT);
  }

  /** Lower-cased first letter code of token `i` (as Token.firstCode). */
  firstCode(i: number): number {
    return this.table.src.charCodeAt(this.table.d[i * 4]) | 32;
  }

  /** Lower-cased last letter code of token `i`'s lowercased form (as Token.lastCode). */
  lastCode(i: number): number {
    return this.table.src.charCodeAt(this.table.d[i * 4] + this.len(i) - 1) | 32;
  }

  /** Code unit `k` of token `i`'s text (as Token.code). */
  code(i: number, k: number): number {
    return this.table.src.charCodeAt(this.table.d[i * 4] + k);
  }

  /** Whether token `i` is the one character `ch` (as Token.is). */
  is(i: number, ch: string): boolean {
    const o = i * 4;
    const d = this.table.d;
    return d[o + 1] - d[o] === 1 && this.table.src.charCodeAt(d[o]) === ch.charCodeAt(0);
  }

  /** Whether token `i` is not the one character `ch` (as Token.isNot). */
  isNot(i: number, ch: string): boolean {
    return !this.is(i, ch);
  }

  /** lowerHash of token `i`'s lowercased form (as Token.lowHash). */
  lowHash(i: number): number {
    return this.at(i).lowHash;
  }

  /** Token.foldInto() of token `i`. */
  foldInto(i: number, h: number, space: boolean): number {
    return this.at(i).foldInto(h, space);
  }

  /** classifyToken() of token `i`. */
  classify(i: number, lex: Lexicon): WordClass {
    return classifyToken(this.at(i), lex);
  }

  /** firstNameGenderOf() of token `i`. */
  firstGender(i: number): 'm' | 'f' | undefined {
    return firstNameGenderOf(this.at(i));
  }

  /** cuesForToken() of token `i`. */
  cues(i: number): CueForm[] | undefined {
    return cuesForToken(this.at(i));
  }

  /** maybeTitleStart() of token `i`. */
  titleStart(i: number, lex: Lexicon): boolean {
    return maybeTitleStart(this.at(i), lex);
  }

  /* Index-based reads of the table, for scans that would otherwise make a view per token. */

  /** Start of token `i`. */
  s(i: number): number {
    return this.table.d[i * 4];
  }

  /** End of token `i`. */
  e(i: number): number {
    return this.table.d[i * 4 + 1];
  }

  /** Kind code of token `i` (KIND_W …). */
  kind(i: number): number {
    return this.table.d[i * 4 + 2] & KIND_MASK;
  }

  /** Newlines before token `i`. */
  nl(i: number): number {
    return this.table.d[i * 4 + 2] >>> NL_SHIFT;
  }

  /** Token `i` starts with an upper-case letter. */
  cap(i: number): boolean {
    return (this.table.d[i * 4 + 2] & CAP) !== 0;
  }

  /** Quote index of token `i`, or -1. */
  q(i: number): number {
    return this.table.d[i * 4 + 3];
  }

  /** A view of token `i` (undefined, as an array gives it, outside the list). */
  get(i: number): TokenRow {
    if (!(i >= 0 && i < this.length)) return undefined as unknown as TokenRow;
    return new TokenRow(this.table, i * 4);
  }

  /**
   * Every token as a plain {@link Token} of its own (made once; the same array on each call), with the
   * caches and lowercased forms built so far, for callers that want objects (no layer does: 200 000
   * of them for a 1 MB text keep the garbage collector busy). Empty when the list was retired before
   * they were made.
   */
  all(): Token[] {
    if (this.tokens) return this.tokens;
    const { src, d, x } = this.table;
    const n = d.length === 0 ? 0 : this.length;
    const v = new Array<Token>(n);
    for (let i = 0, o = 0; i < n; i++, o += 4) v[i] = new Token(src, d[o], d[o + 1], d[o + 2], d[o + 3], x[i] ?? null);
    return (this.tokens = v);
  }

  /** The list was retired (it reads an empty table) or handed over to the claims layer. */
  get retired(): boolean {
    return this.handed || (this.table.d.length === 0 && this.length > 0);
  }

  /**
   * Done with the list and its plain tokens (nobody reads them again): the rows and forms serve the next
   * tables, and the list lets go of the tokens (a list the collector has moved to the old generation
   * would otherwise keep them, and all they point to, alive through every minor collection).
   */
  retire(): void {
    // a long list of forms serves the next table: without its strings, which it would keep alive until then
    const x = this.table.x;
    if (x.length >= LONG_FORMS) x.fill(undefined);
    this.table.retire();
    this.tokens = null;
  }

  /**
   * The people layer is done with the list: the claims layer reads it by index from now on (and
   * retires it when done), so that no object is made per token. The people layer takes it for
   * retired (it tokenises anew).
   */
  handOver(): void {
    this.handed = true;
  }
}

/** Lists of forms from this many entries on are kept by the table for the next one (token-table.ts). */
const LONG_FORMS = 1 << 14;
