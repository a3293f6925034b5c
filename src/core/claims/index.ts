import type { ArticleStructure, Claim, DateMention, Official, Quote } from '../types';

import { releaseTokens, tokensOf } from '../people';
import type { TokenList } from '../people/token-list';
import { unitDrafts } from './patterns';
import { Draft, keepShape, NO_TOKENS } from './draft';
import { newSource, type SourceContext } from './source';
import { cuesIn, KEY_HEAD, units, type Unit } from './units';
import { tokenShapes } from './shapes';
import { finish, lowerBound, own } from './finish';

/** What attribution needs besides the text. Attribution also sets `speaker` on `quotes`. */
export interface ClaimsContext {
  structure: ArticleStructure;
  quotes: Quote[];
  dates: DateMention[];
  officials: Official[];
}

let scratch: Int32Array[] = [];
let shapeScratch = new Uint8Array(1024);

/** Four views of n entries over buffers reused from call to call (no typed arrays allocated per document). */
function buffers(n: number): Int32Array[] {
  if (!scratch.length || scratch[0].length < n) {
    const size = Math.max(n, scratch.length ? scratch[0].length * 2 : 0, 1024);
    scratch = [new Int32Array(size), new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  return scratch.map((buf) => buf.subarray(0, n));
}

/**
 * Fills `official` (the official whose mention starts at a token, else -1) and `end` (the token after
 * that mention); the longest mention wins at one start, the first of equal ones. `endChar` is scratch;
 * `starts` holds the token starts (the binary searches read one typed array, not the scattered tokens).
 */
function personIndex(tokens: TokenList, officials: Official[], official: Int32Array, end: Int32Array, endChar: Int32Array, starts: Int32Array): void {
  official.fill(-1);
  for (let oi = 0; oi < officials.length; oi++) {
    for (const m of officials[oi].mentions) {
      const lo = lowerBound(starts, m.start);
      if (lo >= tokens.length || starts[lo] !== m.start) continue;
      if (official[lo] < 0 || endChar[lo] < m.end) {
        official[lo] = oi;
        endChar[lo] = m.end;
      }
    }
  }
  for (let a = 0; a < tokens.length; a += CHUNK) mentionEnds(tokens, official, end, endChar, a, Math.min(tokens.length, a + CHUNK));
}

/**
 * Tokens per call of the range passes over all tokens: a function called many times per text is compiled once
 * and kept, where one loop over the whole text is compiled anew, while it runs, for the first few texts.
 */
const CHUNK = 4096;

/** personIndex()'s `end` for the mentions starting in tokens [from, to). */
function mentionEnds(tokens: TokenList, official: Int32Array, end: Int32Array, endChar: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    if (official[i] < 0) continue;
    let b = i + 1;
    while (b < tokens.length && tokens.e(b) <= endChar[i]) b++;
    end[i] = b;
  }
}

const KEY_SPAN = 40;
const KEY_HEADS = new Set(['statements', 'remarks', 'quotes', 'theses', 'points', 'takeaways']);
const KEY_ADJECTIVES = new Set(['key', 'main', 'major', 'principal', 'top']);

/** "Below are Putin’s key statements": the subject and the cue span. */
function keyStatements(tokens: TokenList, u: Unit, personOf: Int32Array, shapes: Uint8Array): { official: number; cue: { start: number; end: number } } | null {
  // the subject is a person mentioned in the unit: most units have none, and a typed array is cheaper to scan than the tokens
  let mentioned = false;
  for (let j = u.a; j < u.b - 1 && !mentioned; j++) mentioned = personOf[j] >= 0;
  if (!mentioned) return null;
  for (let i = u.a + 1; i < u.b; i++) {
    if ((shapes[i] & KEY_HEAD) === 0) continue;
    // every head ends in -s and starts with one of p q r s t: the code checks spare building the string of most words
    if (tokens.k(i) !== 'w' || tokens.e(i) - tokens.s(i) < 6 || tokens.e(i) - tokens.s(i) > 11 || tokens.lastCode(i) !== 115) continue;
    const fc = tokens.firstCode(i);
    if (fc < 112 || fc > 116 || !KEY_HEADS.has(tokens.l(i))) continue;
    const adj = i - 1;
    if (tokens.k(adj) !== 'w' || !KEY_ADJECTIVES.has(tokens.l(adj))) continue;
    for (let j = Math.max(u.a, i - 30); j < i; j++) {
      if (personOf[j] >= 0) return { official: personOf[j], cue: { start: tokens.s(adj), end: tokens.e(i) } };
    }
  }
  return null;
}

/** Without a recognised headline: a first paragraph of one short sentence, followed by more text, reads as the title. */
function titleLine(structure: ArticleStructure, us: Unit[], tokens: TokenList): { start: number; end: number } | null {
  const p = structure.paragraphs;
  if (p.length < 2 || p[0].role !== 'body' || us.length < 2 || us[0].para !== 0 || us[1].para === 0) return null;
  const u = us[0];
  if (u.b - u.a > 25 || u.b - u.a < 3) return null;
  return { start: tokens.s(u.a), end: tokens.e(u.b - 1) };
}

/** "Editor’s note: …": the paper's own voice (a correction after it may still report statements). */
function editorsNote(tokens: TokenList, u: Unit): boolean {
  const t = u.a;
  if (tokens.k(t) !== 'w' || !tokens.cap(t) || tokens.len(t) !== 6 || (tokens.firstCode(t) | 32) !== 101 || u.b - u.a < 4 || tokens.l(t) !== 'editor') return false;
  let i = u.a + 1;
  if (tokens.k(i) === 's' || tokens.l(i) === '’s' || tokens.l(i) === "'s") i++;
  return tokens.l(i) === 'note' && tokens.is(i + 1, ':');
}

/** 'm' or 'f' when the people layer links "he" or "she" to the official, else ''. */
function pronounGender(text: string, o: Official): string {
  for (const m of o.mentions) {
    if (m.kind !== 'pronoun' || m.end - m.start > 3) continue;
    const c = text.charCodeAt(m.start) | 32;
    return c === 115 || (c === 104 && (text.charCodeAt(m.start + 1) | 32) === 101 && m.end - m.start === 3) ? 'f' : 'm';
  }
  return '';
}

/**
 * A forward-only membership test over spans sorted by start (units come in text order). A class, not a
 * closure made per text: the unit walk's call to it then keeps one target from text to text.
 */
class SpanCursor {
  declare private readonly sorted: Array<{ start: number; end: number }>;
  declare private i: number;

  constructor(spans: ReadonlyArray<{ start: number; end: number }>) {
    this.sorted = [...spans].sort(byStart);
    this.i = 0;
  }

  /** Whether `pos` lies in a span (positions asked in increasing order). */
  covers(pos: number): boolean {
    const sorted = this.sorted;
    while (this.i < sorted.length && sorted[this.i].end <= pos) this.i++;
    return this.i < sorted.length && sorted[this.i].start <= pos;
  }
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

/** The officials' names, roles ("kremlin spokesman") and pronoun genders, for the source context. */
function officialFields(text: string, officials: Official[], names: string[], roles: string[], genders: string[]): void {
  for (let i = 0; i < officials.length; i++) {
    const o = officials[i];
    names.push(o.name);
    roles.push(`${o.title ?? ''} ${o.org ?? ''}`.trim().toLowerCase());
    genders.push(pronounGender(text, o));
  }
}

/** "Below are Putin’s key statements" in force: the official, the cue and the list's paragraph. */
interface KeyList {
  official: number;
  cue: { start: number; end: number };
  para: number;
}

/**
 * The walk over a text's units in order: the drafts found so far and what one unit hands to the
 * next (a "key statements" list, the last unit's drafts). One object per text; its method runs once
 * per unit (small compiled code, kept from text to text).
 */
class UnitWalk {
  declare readonly tokens: TokenList;
  declare readonly shapes: Uint8Array;
  declare readonly quotes: Quote[];
  declare readonly sctx: SourceContext;
  declare readonly head: { start: number; end: number } | null;
  declare readonly skipped: SpanCursor;
  declare readonly quoteAt: Map<number, Quote>;
  declare readonly drafts: Draft[];
  declare key: KeyList | null;
  declare prevUnitDrafts: Draft[];

  constructor(tokens: TokenList, shapes: Uint8Array, quotes: Quote[], sctx: SourceContext, head: { start: number; end: number } | null, skipped: SpanCursor) {
    this.tokens = tokens;
    this.shapes = shapes;
    this.quotes = quotes;
    this.sctx = sctx;
    this.head = head;
    this.skipped = skipped;
    this.quoteAt = new Map<number, Quote>();
    for (let i = 0; i < quotes.length; i++) this.quoteAt.set(quotes[i].start, quotes[i]);
    this.drafts = [];
    this.key = null;
    this.prevUnitDrafts = [];
  }

  /** Finds the drafts of unit `u` (after the units before it). */
  unit(u: Unit): void {
    const { tokens, shapes, sctx, head } = this;
    const start = tokens.s(u.a);
    if (this.skipped.covers(start) || editorsNote(tokens, u)) {
      this.key = null;
      return;
    }
    const inHead = !!head && start >= head.start && start < head.end;
    const made = unitDrafts(tokens, u, cuesIn(tokens, u, shapes, inHead), this.quotes, sctx, inHead);
    let key = this.key;
    // a "key statements" list runs to the boilerplate, and at most KEY_SPAN paragraphs
    if (key && u.para > key.para + KEY_SPAN) key = null;
    if (key && u.para > key.para) {
      let b = u.b;
      while (b > u.a && tokens.k(b - 1) === 'p') b--;
      if (b > u.a) made.unshift(new Draft(start, tokens.e(b - 1), key.cue, newSource(sctx.names[key.official], key.official, false, u.a, u.a, 'person'), 'neutral', true, null));
    } else if (!made.length && this.prevUnitDrafts.length) this.loneQuote(u, start, made);
    if (made.length) {
      // one span object for the unit's drafts (read only, by dateOf)
      const unit = { start, end: tokens.e(u.b - 1) };
      for (let i = 0; i < made.length; i++) made[i].unit = unit;
    }
    const k = keyStatements(tokens, u, sctx.personOf, shapes);
    this.key = k ? { official: k.official, cue: k.cue, para: u.para } : key;
    for (let i = 0; i < made.length; i++) {
      const d = made[i];
      if (d.source.kind === 'org' && d.source.speaker) sctx.lastOrg = d.source.speaker;
    }
    for (let i = 0; i < made.length; i++) this.drafts.push(made[i]);
    this.prevUnitDrafts = made;
    sctx.prevPerson = -1;
    for (let i = u.a; i < u.b; i++) {
      if (sctx.mentionStart[i] !== i || tokens.q(i) >= 0) continue;
      sctx.prevPerson = sctx.personOf[i];
      break;
    }
  }

  /** "A," he said. "B." — a quotation standing alone after an attributed one. */
  private loneQuote(u: Unit, start: number, made: Draft[]): void {
    const tokens = this.tokens;
    const q = tokens.q(u.a) >= 0 ? this.quotes[tokens.q(u.a)] : null;
    const last = this.prevUnitDrafts[this.prevUnitDrafts.length - 1];
    if (q && q.kind === 'speech' && q.start === start && this.quoteAt.get(last.start)?.end === last.end && tokens.nl(u.a) === 0) {
      let b = u.b;
      while (b > u.a && tokens.k(b - 1) === 'p' && tokens.q(b - 1) < 0) b--;
      if (tokens.e(b - 1) <= q.end) made.push(new Draft(q.start, q.end, last.cue, last.source, last.stance, last.key, last.unit));
    }
  }
}

/** A walk kept for the life of the module, so that the class keeps its hidden class between texts (see KEEP_SHAPES). */
keepShape(
  new UnitWalk(NO_TOKENS, new Uint8Array(0), [], { tokens: NO_TOKENS, personOf: new Int32Array(0), personEnd: new Int32Array(0), names: [], roles: [], lastOrg: null, prevPerson: -1, mentionStart: new Int32Array(0), genders: [], shapes: new Uint8Array(0) }, null, new SpanCursor([])),
);

/**
 * Attributed statements: content, cue, source (person, organisation or unnamed), stance, the quotes
 * inside and the statement's date. Sets `speaker` on the speech quotes of `ctx.quotes`.
 */
export function findClaims(text: string, ctx: ClaimsContext): Claim[] {
  if (!text) return [];
  const { list: tokens, sentences } = tokensOf(text, ctx.quotes);
  const quotes = own(ctx.quotes);
  const officials = own(ctx.officials);
  const [personOf, personEnd, mentionStart, starts] = buffers(tokens.length);
  if (shapeScratch.length < tokens.length) shapeScratch = new Uint8Array(Math.max(tokens.length, shapeScratch.length * 2));
  const shapes = shapeScratch.subarray(0, tokens.length);
  tokenShapes(tokens, shapes, starts);
  const us = units(tokens, sentences, quotes, shapes);
  personIndex(tokens, officials, personOf, personEnd, mentionStart, starts);
  mentionStarts(personOf, personEnd, mentionStart);
  const names: string[] = [];
  const roles: string[] = [];
  const genders: string[] = [];
  officialFields(text, officials, names, roles, genders);
  const sctx: SourceContext = { tokens, personOf, personEnd, names, roles, lastOrg: null, prevPerson: -1, mentionStart, genders, shapes };
  const head = ctx.structure.headline ?? titleLine(ctx.structure, us, tokens);
  const skipped = new SpanCursor([...ctx.structure.boilerplate, ...(ctx.structure.header ? [ctx.structure.header] : [])]);
  const walk = new UnitWalk(tokens, shapes, quotes, sctx, head, skipped);
  for (let i = 0; i < us.length; i++) walk.unit(us[i]);
  const claims = finish(walk.drafts, text, ctx.structure.paragraphs, quotes, officials, own(ctx.dates), tokens, starts);
  releaseTokens();
  return claims;
}

/** `mentionStart[j]`: the first token of the person mention covering token j, or -1. */
function mentionStarts(personOf: Int32Array, personEnd: Int32Array, mentionStart: Int32Array): void {
  mentionStart.fill(-1);
  for (let a = 0; a < personOf.length; a += CHUNK) mentionRange(personOf, personEnd, mentionStart, a, Math.min(personOf.length, a + CHUNK));
}

/** mentionStarts() for the mentions starting in tokens [from, to). */
function mentionRange(personOf: Int32Array, personEnd: Int32Array, mentionStart: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) if (personOf[i] >= 0) for (let j = i; j < personEnd[i]; j++) mentionStart[j] = i;
}
