/**
 * The tokens of one tokenisation as a list read by index, with {@link Token} views made only for
 * callers that want objects (and taken over from retired lists).
 */
import { classifyToken, cuesForToken, firstNameGenderOf, maybeTitleStart, type CueForm, type Lexicon, type WordClass } from '../lexicon';
import { CAP, KIND_MASK, KINDS, NL_SHIFT, repoint, RETIRED_TABLE, Token, type TokenKind, type TokenTable } from './token';

/**
 * Views of retired long lists, kept for the next long list's all() (at most POOL_MAX). A short list
 * makes its views anew: young objects that die young cost the collector nothing, where re-pointing
 * long-lived ones at a new table costs a write barrier each.
 */
let viewPool: Token[] | null = null;
const POOL_MAX = 1 << 18;
const POOL_MIN = 1 << 14;


/**
 * The tokens of one tokenisation, their {@link Token} views made on first use: the people layer reads
 * a fraction of them, and a view nobody asks for costs nothing. `get(i)` answers like indexing an array
 * (undefined outside [0, length)); `all()` makes every view and returns them as an array.
 */
export class TokenList {
  declare readonly length: number;
  declare readonly table: TokenTable;
  declare private views: Token[] | null;
  declare private readonly cur: Token;

  constructor(table: TokenTable, count: number) {
    this.length = count;
    this.table = table;
    this.views = null;
    this.cur = new Token(table, 0);
  }

  /** The list's own view, moved to token `i` for one read (never handed out: nothing holds it across calls). */
  private at(i: number): Token {
    return repoint(this.cur, this.table, i * 4);
  }

  /** Kind of token `i` (as Token.k). */
  k(i: number): TokenKind {
    return KINDS[this.table.d[i * 4 + 2] & KIND_MASK];
  }

  /** Lowercased text of token `i` without a trailing period (as Token.l). */
  l(i: number): string {
    return this.at(i).l;
  }

  /** Text of token `i` (as Token.t). */
  t(i: number): string {
    return this.at(i).t;
  }

  /** Length of the lowercased form of token `i` (as Token.len). */
  len(i: number): number {
    return this.at(i).len;
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

  /** The token at index `i` (undefined, as an array gives it, outside the list). */
  get(i: number): Token {
    if (!(i >= 0 && i < this.length)) return undefined as unknown as Token;
    return new Token(this.table, i * 4);
  }

  /** Every token as an array (the views made once; the same array on each call). */
  all(): Token[] {
    if (this.views) return this.views;
    const v = new Array<Token>(this.length);
    // views of a retired list are pointed at this one's rows (their holders are done with them)
    const pool = this.length >= POOL_MIN ? viewPool : null;
    if (pool) viewPool = null;
    let i = 0;
    if (pool) for (const n = Math.min(this.length, pool.length); i < n; i++) v[i] = repoint(pool[i], this.table, i * 4);
    for (; i < this.length; i++) v[i] = new Token(this.table, i * 4);
    return (this.views = v);
  }

  /**
   * Done with the list (nobody reads its tokens again): its views, if made, read an empty table until
   * a later list takes them over; a view already made costs nothing to take over, where a new one
   * would be copied by the garbage collector while the claims layer runs.
   */
  retire(): void {
    this.table.retire();
    const v = this.views;
    this.views = null;
    if (!v || v.length < POOL_MIN) return;
    for (let i = 0; i < v.length; i++) repoint(v[i], RETIRED_TABLE, 0);
    if (v.length <= POOL_MAX && (!viewPool || viewPool.length < v.length)) viewPool = v;
  }
}
