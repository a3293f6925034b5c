import type { ArticleStructure, Claim, DateMention, Official, Quote } from '../types';

import { releaseTokens, tokensOf, type Token } from '../people';
import { unitDrafts } from './patterns';
import { Draft, keepShape } from './draft';
import { newSource, type SourceContext } from './source';
import { cuesIn, KEY_HEAD, units, type Unit } from './units';
import { tokenShapes } from './shapes';
import { LABEL_VERBS } from '../quotes/lexicon';
import { wordsBefore } from '../quotes/kind';

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
function personIndex(tokens: Token[], officials: Official[], official: Int32Array, end: Int32Array, endChar: Int32Array, starts: Int32Array): void {
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
  for (let i = 0; i < tokens.length; i++) {
    if (official[i] < 0) continue;
    let b = i + 1;
    while (b < tokens.length && tokens[b].e <= endChar[i]) b++;
    end[i] = b;
  }
}

const KEY_SPAN = 40;
const KEY_HEADS = new Set(['statements', 'remarks', 'quotes', 'theses', 'points', 'takeaways']);
const KEY_ADJECTIVES = new Set(['key', 'main', 'major', 'principal', 'top']);

/** "Below are Putin’s key statements": the subject and the cue span. */
function keyStatements(tokens: Token[], u: Unit, personOf: Int32Array, shapes: Uint8Array): { official: number; cue: { start: number; end: number } } | null {
  // the subject is a person mentioned in the unit: most units have none, and a typed array is cheaper to scan than the tokens
  let mentioned = false;
  for (let j = u.a; j < u.b - 1 && !mentioned; j++) mentioned = personOf[j] >= 0;
  if (!mentioned) return null;
  for (let i = u.a + 1; i < u.b; i++) {
    if ((shapes[i] & KEY_HEAD) === 0) continue;
    const t = tokens[i];
    // every head ends in -s and starts with one of p q r s t: the code checks spare building the string of most words
    if (t.k !== 'w' || t.e - t.s < 6 || t.e - t.s > 11 || t.lastCode !== 115) continue;
    const fc = t.firstCode;
    if (fc < 112 || fc > 116 || !KEY_HEADS.has(t.l)) continue;
    const adj = tokens[i - 1];
    if (adj.k !== 'w' || !KEY_ADJECTIVES.has(adj.l)) continue;
    for (let j = Math.max(u.a, i - 30); j < i; j++) {
      if (personOf[j] >= 0) return { official: personOf[j], cue: { start: adj.s, end: tokens[i].e } };
    }
  }
  return null;
}

/** Without a recognised headline: a first paragraph of one short sentence, followed by more text, reads as the title. */
function titleLine(structure: ArticleStructure, us: Unit[], tokens: Token[]): { start: number; end: number } | null {
  const p = structure.paragraphs;
  if (p.length < 2 || p[0].role !== 'body' || us.length < 2 || us[0].para !== 0 || us[1].para === 0) return null;
  const u = us[0];
  if (u.b - u.a > 25 || u.b - u.a < 3) return null;
  return { start: tokens[u.a].s, end: tokens[u.b - 1].e };
}

/** "Editor’s note: …": the paper's own voice (a correction after it may still report statements). */
function editorsNote(tokens: Token[], u: Unit): boolean {
  const t = tokens[u.a];
  if (t.k !== 'w' || !t.cap || t.len !== 6 || (t.firstCode | 32) !== 101 || u.b - u.a < 4 || t.l !== 'editor') return false;
  let i = u.a + 1;
  if (tokens[i].k === 's' || tokens[i].l === '’s' || tokens[i].l === "'s") i++;
  return tokens[i].l === 'note' && tokens[i + 1].is(':');
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

/** A forward-only membership test over spans sorted by start (units come in text order). */
function spanCursor(spans: ReadonlyArray<{ start: number; end: number }>): (pos: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let i = 0;
  return (pos) => {
    while (i < sorted.length && sorted[i].end <= pos) i++;
    return i < sorted.length && sorted[i].start <= pos;
  };
}

/** A copy of a list made by one loop: one array shape whatever made the original (its readers keep their compiled code). */
function own<T>(list: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
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
  declare readonly tokens: Token[];
  declare readonly shapes: Uint8Array;
  declare readonly quotes: Quote[];
  declare readonly sctx: SourceContext;
  declare readonly head: { start: number; end: number } | null;
  declare readonly skipped: (pos: number) => boolean;
  declare readonly quoteAt: Map<number, Quote>;
  declare readonly drafts: Draft[];
  declare key: KeyList | null;
  declare prevUnitDrafts: Draft[];

  constructor(tokens: Token[], shapes: Uint8Array, quotes: Quote[], sctx: SourceContext, head: { start: number; end: number } | null, skipped: (pos: number) => boolean) {
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
    const start = tokens[u.a].s;
    if (this.skipped(start) || editorsNote(tokens, u)) {
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
      while (b > u.a && tokens[b - 1].k === 'p') b--;
      if (b > u.a) made.unshift(new Draft(start, tokens[b - 1].e, key.cue, newSource(sctx.names[key.official], key.official, false, u.a, u.a, 'person'), 'neutral', true, null));
    } else if (!made.length && this.prevUnitDrafts.length) this.loneQuote(u, start, made);
    if (made.length) {
      // one span object for the unit's drafts (read only, by dateOf)
      const unit = { start, end: tokens[u.b - 1].e };
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
      if (sctx.mentionStart[i] !== i || tokens[i].q >= 0) continue;
      sctx.prevPerson = sctx.personOf[i];
      break;
    }
  }

  /** "A," he said. "B." — a quotation standing alone after an attributed one. */
  private loneQuote(u: Unit, start: number, made: Draft[]): void {
    const tokens = this.tokens;
    const q = tokens[u.a].q >= 0 ? this.quotes[tokens[u.a].q] : null;
    const last = this.prevUnitDrafts[this.prevUnitDrafts.length - 1];
    if (q && q.kind === 'speech' && q.start === start && this.quoteAt.get(last.start)?.end === last.end && tokens[u.a].nl === 0) {
      let b = u.b;
      while (b > u.a && tokens[b - 1].k === 'p' && tokens[b - 1].q < 0) b--;
      if (tokens[b - 1].e <= q.end) made.push(new Draft(q.start, q.end, last.cue, last.source, last.stance, last.key, last.unit));
    }
  }
}

/** A walk kept for the life of the module, so that the class keeps its hidden class between texts (see KEEP_SHAPES). */
keepShape(
  new UnitWalk([], new Uint8Array(0), [], { tokens: [], personOf: new Int32Array(0), personEnd: new Int32Array(0), names: [], roles: [], lastOrg: null, prevPerson: -1, mentionStart: new Int32Array(0), genders: [], shapes: new Uint8Array(0) }, null, () => false),
);

/**
 * Attributed statements: content, cue, source (person, organisation or unnamed), stance, the quotes
 * inside and the statement's date. Sets `speaker` on the speech quotes of `ctx.quotes`.
 */
export function findClaims(text: string, ctx: ClaimsContext): Claim[] {
  if (!text) return [];
  const { tokens, sentences } = tokensOf(text, ctx.quotes);
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
  const skipped = spanCursor([...ctx.structure.boilerplate, ...(ctx.structure.header ? [ctx.structure.header] : [])]);
  const walk = new UnitWalk(tokens, shapes, quotes, sctx, head, skipped);
  for (let i = 0; i < us.length; i++) walk.unit(us[i]);
  const claims = finish(walk.drafts, text, ctx, quotes, officials, own(ctx.dates), tokens, starts);
  releaseTokens();
  return claims;
}

/** `mentionStart[j]`: the first token of the person mention covering token j, or -1. */
function mentionStarts(personOf: Int32Array, personEnd: Int32Array, mentionStart: Int32Array): void {
  mentionStart.fill(-1);
  for (let i = 0; i < personOf.length; i++) if (personOf[i] >= 0) for (let j = i; j < personEnd[i]; j++) mentionStart[j] = i;
}

/** Indices of `spans` sorted by start (ties in index order), and their starts in that order. */
function startOrder(spans: ReadonlyArray<{ start: number }>): { order: Int32Array; starts: Int32Array } {
  const idx: number[] = [];
  for (let i = 0; i < spans.length; i++) idx.push(i);
  idx.sort((a, b) => spans[a].start - spans[b].start || a - b);
  const order = new Int32Array(idx.length);
  const starts = new Int32Array(idx.length);
  for (let k = 0; k < idx.length; k++) {
    order[k] = idx[k];
    starts[k] = spans[idx[k]].start;
  }
  return { order, starts };
}

/** The quotes (indices, ascending) lying inside [start, end). */
function quotesInside(quotes: Quote[], order: Int32Array, starts: Int32Array, start: number, end: number): number[] {
  const out: number[] = [];
  for (let k = lowerBound(starts, start); k < order.length && starts[k] < end; k++) if (quotes[order[k]].end <= end) out.push(order[k]);
  if (out.length > 1) out.sort((a, b) => a - b);
  return out;
}

function finish(drafts: Draft[], text: string, ctx: ClaimsContext, quotes: Quote[], officials: Official[], dates: DateMention[], tokens: Token[], tokenStarts: Int32Array): Claim[] {
  const claims: Claim[] = [];
  const kept: Draft[] = [];
  const keptQuotes: number[][] = [];
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  const q = startOrder(quotes);
  const dt = startOrder(dates);
  const inner = nestedDrafts(drafts);
  // drafts come sorted by span: a duplicate (same span and cue start, the same id) lies in the run of kept drafts with its span
  let run = 0;
  // the first token at or after each draft's start: drafts come sorted by start, so a cursor walks the starts once
  let at = 0;
  for (let di = 0; di < drafts.length; di++) {
    const d = drafts[di];
    while (at < tokenStarts.length && tokenStarts[at] < d.start) at++;
    const last = kept.length ? kept[kept.length - 1] : null;
    if (!last || last.start !== d.start || last.end !== d.end) run = kept.length;
    const cueAt = d.cue ? d.cue.start : -1;
    let dup = false;
    for (let k = run; k < kept.length && !dup; k++) dup = (kept[k].cue ? kept[k].cue!.start : -1) === cueAt;
    if (dup) continue;
    kept.push(d);
    const inside = quotesInside(quotes, q.order, q.starts, d.start, d.end);
    keptQuotes.push(inside);
    // a statement by nobody named inside another's content still counts for its quotations' speaker, but is no claim of its own
    if (inner[di]) continue;
    if (adjunctContent(d, tokens, at, tokenStarts)) continue;
    claims.push(claimOf(d, text, officials, inside, dateOf(d, dates, dt.order, dt.starts), tokens));
  }
  assignQuoteSpeakers(kept, keptQuotes, ctx, quotes, q.order, text);
  return claims;
}

/** The claim of a kept draft. */
function claimOf(d: Draft, text: string, officials: Official[], quotes: number[], date: number | null, tokens: Token[]): Claim {
  const s = d.source;
  return {
    id: `claim-${d.start}-${d.end}-${d.cue ? d.cue.start : 'x'}`,
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    cue: d.cue ? { start: d.cue.start, end: d.cue.end, text: text.slice(d.cue.start, d.cue.end) } : null,
    speaker: s.speaker,
    speakerId: s.official >= 0 ? officials[s.official].id : null,
    source: s.b > s.a && !d.key ? sourceSpan(text, s, tokens) : null,
    anonymous: s.anonymous,
    stance: d.stance,
    quotes,
    date,
  };
}

/**
 * For drafts sorted by start: whether each one is a statement by nobody named whose cue lies inside
 * the content of another draft, or by an organisation or a group inside the content of a statement
 * with a source ("Doe said the critics who praised the plan were wrong", "Doe said the ministry had
 * warned X": the praise and the warning are part of Doe's statement). A person's report stays a claim
 * of its own ("Putin says Biden proposed X"), as the gold keeps it, and so does an anonymous source's.
 * A "key statements" paragraph and a content around its own cue ("X, he said, Y") hold no other
 * statement.
 */
function nestedDrafts(drafts: Draft[]): Uint8Array {
  const n = drafts.length;
  const out = new Uint8Array(n);
  // the furthest end among the contents that start at or before each draft's start
  const reach = new Float64Array(n);
  // the same among the statements with a source: an organisation's report is part of those only
  const reachSourced = new Float64Array(n);
  let far = -1;
  let farSourced = -1;
  for (let i = 0; i < n; i++) {
    const d = drafts[i];
    const own = !!d.cue && d.start <= d.cue.start && d.cue.end <= d.end;
    if (!d.key && !own && d.end > far) far = d.end;
    if (!d.key && !own && (d.source.speaker || d.source.anonymous) && d.end > farSourced) farSourced = d.end;
    reach[i] = far;
    reachSourced[i] = farSourced;
  }
  const starts = new Int32Array(n);
  for (let i = 0; i < n; i++) starts[i] = drafts[i].start;
  for (let i = 0; i < n; i++) {
    const c = drafts[i].cue;
    const s = drafts[i].source;
    // a person's or an anonymous source's report inside another statement stays a claim ("Putin says Biden proposed X")
    if (!c || s.kind === 'person' || s.anonymous) continue;
    const k = lowerBound(starts, c.start + 1) - 1;
    if (k >= 0 && (s.speaker ? reachSourced : reach)[k] >= c.end) out[i] = 1;
  }
  return out;
}

/**
 * A content after its cue that names who or where rather than what: a passive's agent ("Roe is
 * supported by few papers", not "responded by saying …") or a place ("reported from Washington").
 * `lo` is the first token at or after the content's start.
 */
function adjunctContent(d: Draft, tokens: Token[], lo: number, tokenStarts: Int32Array): boolean {
  if (!d.cue || d.cue.end > d.start) return false;
  const t = tokens[lo];
  if (!t || t.s !== d.start || t.k !== 'w' || t.q >= 0 || t.len > 4) return false;
  if (t.l === 'from') return true;
  // "called into a radio show", "called in to a town hall": a phrasal verb, nothing said
  if ((t.l === 'into' || (t.l === 'in' && tokens[lo + 1]?.l === 'to')) && tokens[lowerBound(tokenStarts, d.cue.start)]?.l.startsWith('call')) return true;
  const n = tokens[lo + 1];
  return t.l === 'by' && !!n && !(n.k === 'w' && n.len > 4 && n.l.endsWith('ing'));
}

function sourceSpan(text: string, s: Draft['source'], tokens: Token[]) {
  const start = tokens[s.a]?.s ?? 0;
  const end = tokens[s.b - 1]?.e ?? start;
  return { start, end, text: text.slice(start, end) };
}

function lowerBound(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function dateOf(d: Draft, dates: DateMention[], order: Int32Array, starts: Int32Array): number | null {
  if (!d.cue || !d.unit) return null;
  const cue = d.cue;
  let best = -1;
  let dist = Infinity;
  for (let k = lowerBound(starts, d.unit.start); k < order.length && starts[k] < d.unit.end; k++) {
    const i = order[k];
    const m = dates[i];
    if (m.type !== 'DATE' && m.type !== 'TIME') continue;
    if (m.start >= d.start && m.end <= d.end) continue;
    if (m.end > d.unit.end) continue;
    const gap = m.start >= cue.end ? m.start - cue.end : cue.start - m.end;
    if (gap < 0 || gap > 150) continue;
    if (gap < dist) {
      dist = gap;
      best = i;
    }
  }
  return best >= 0 ? best : null;
}

function paragraphOf(paras: ArticleStructure['paragraphs'], pos: number): number {
  let lo = 0;
  let hi = paras.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paras[mid].end <= pos) lo = mid + 1;
    else if (paras[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function assignQuoteSpeakers(drafts: Draft[], inside: number[][], ctx: ClaimsContext, quotes: Quote[], order: Int32Array, text: string): void {
  const bestOf: Array<Draft | null> = [];
  for (let i = 0; i < quotes.length; i++) bestOf.push(null);
  const attributed = new Set<number>();
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    const ins = inside[k];
    for (let j = 0; j < ins.length; j++) attributed.add(ins[j]);
    if (!d.source.speaker) continue;
    for (let j = 0; j < ins.length; j++) {
      const qi = ins[j];
      const best = bestOf[qi];
      if (!best || (d.key && !best.key) || (d.key === best.key && d.end - d.start < best.end - best.start)) bestOf[qi] = d;
    }
  }
  let prev: { speaker: string; para: number; end: number } | null = null;
  const paras = own(ctx.structure.paragraphs);
  for (let k = 0; k < order.length; k++) {
    const qi = order[k];
    const q = quotes[qi];
    const best = bestOf[qi];
    if (q.kind === 'term' && best && saidInContent(text, q)) q.kind = 'speech';
    if (q.kind !== 'speech') continue;
    const para = paragraphOf(paras, q.start);
    if (best) q.speaker = best.source.speaker;
    else if (!attributed.has(qi) && prev && para >= 0 && (para === prev.para || (para === prev.para + 1 && startsParagraph(text, paras[para].start, q.start)))) {
      // a quotation continuing the one before it, in the same paragraph or opening the next
      q.speaker = prev.speaker;
    }
    if (q.speaker) prev = { speaker: q.speaker, para, end: q.end };
  }
}

/** A lower-case phrase in quotation marks inside a named source's statement: the source's words ("expected a decision "soon""). */
function saidInContent(text: string, q: { start: number; end: number }): boolean {
  const c = text.charCodeAt(q.start + 1);
  if (c < 97 || c > 122) return false;
  // not a label ("so-called "rebels"") nor the modifier of the noun after it ("the "confidential" level")
  const [before] = wordsBefore(text, q.start, 0, 1);
  if (before && LABEL_VERBS.has(before.toLowerCase())) return false;
  const next = q.end + 1 < text.length && text.charCodeAt(q.end) === 32 ? text.charCodeAt(q.end + 1) : 0;
  return !(next >= 97 && next <= 122);
}

function startsParagraph(text: string, paraStart: number, pos: number): boolean {
  for (let i = paraStart; i < pos; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}
