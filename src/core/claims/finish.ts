/**
 * The claims of a text's drafts: sorted, duplicates and nested statements dropped, with their
 * quotations and dates; and the speakers of the quotations.
 */
import type { ArticleStructure, Claim, DateMention, Official, Quote } from '../types';
import type { TokenList } from '../people/token-list';
import { keepShape, NO_TOKENS, type Draft } from './draft';
import { LABEL_VERBS } from '../quotes/lexicon';
import { wordsBefore } from '../quotes/kind';

/** A copy of a list made by one loop: one array shape whatever made the original (its readers keep their compiled code). */
export function own<T>(list: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
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

/** Drafts per call of DraftWalk.range(). */
const CHUNK = 64;

/**
 * The claims of the drafts: sorted, a duplicate (same span and cue start) dropped, a draft nested in
 * another's content or whose content is an adjunct kept (for its quotations' speaker) but no claim.
 */
export function finish(drafts: Draft[], text: string, paragraphs: ArticleStructure['paragraphs'], quotes: Quote[], officials: Official[], dates: DateMention[], tokens: TokenList, tokenStarts: Int32Array): Claim[] {
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  const q = startOrder(quotes);
  // (the lists are made here: a list literal remembers the kind of elements it came to hold, and the next text's starts with it)
  const claims: Claim[] = [];
  const kept: Draft[] = [];
  const keptQuotes: number[][] = [];
  const w = new DraftWalk(drafts, nestedDrafts(drafts), text, quotes, q.order, q.starts, officials, dates, startOrder(dates), tokens, tokenStarts, claims, kept, keptQuotes);
  // in ranges: a method called many times per text is compiled once and kept (one loop over all drafts is compiled anew while it runs)
  for (let a = 0; a < drafts.length; a += CHUNK) w.range(a, Math.min(drafts.length, a + CHUNK));
  assignQuoteSpeakers(kept, keptQuotes, paragraphs, quotes, q.order, text);
  return claims;
}

/** The walk over the sorted drafts of finish(). */
class DraftWalk {
  declare readonly drafts: Draft[];
  declare readonly inner: Uint8Array;
  declare readonly text: string;
  declare readonly quotes: Quote[];
  declare readonly qOrder: Int32Array;
  declare readonly qStarts: Int32Array;
  declare readonly officials: Official[];
  declare readonly dates: DateMention[];
  declare readonly dOrder: { order: Int32Array; starts: Int32Array };
  declare readonly tokens: TokenList;
  declare readonly tokenStarts: Int32Array;
  declare readonly claims: Claim[];
  declare readonly kept: Draft[];
  declare readonly keptQuotes: number[][];
  /** Where the run of kept drafts with the last draft's span starts (a duplicate lies in it). */
  declare run: number;
  /** The first token at or after the last draft's start (drafts come sorted by start: a cursor walks the starts once). */
  declare at: number;

  constructor(drafts: Draft[], inner: Uint8Array, text: string, quotes: Quote[], qOrder: Int32Array, qStarts: Int32Array, officials: Official[], dates: DateMention[], dOrder: { order: Int32Array; starts: Int32Array }, tokens: TokenList, tokenStarts: Int32Array, claims: Claim[], kept: Draft[], keptQuotes: number[][]) {
    this.drafts = drafts;
    this.inner = inner;
    this.text = text;
    this.quotes = quotes;
    this.qOrder = qOrder;
    this.qStarts = qStarts;
    this.officials = officials;
    this.dates = dates;
    this.dOrder = dOrder;
    this.tokens = tokens;
    this.tokenStarts = tokenStarts;
    this.claims = claims;
    this.kept = kept;
    this.keptQuotes = keptQuotes;
    this.run = 0;
    this.at = 0;
  }

  /** Drafts [from, to). */
  range(from: number, to: number): void {
    const { kept, tokenStarts } = this;
    for (let di = from; di < to; di++) {
      const d = this.drafts[di];
      let at = this.at;
      while (at < tokenStarts.length && tokenStarts[at] < d.start) at++;
      this.at = at;
      const last = kept.length ? kept[kept.length - 1] : null;
      if (!last || last.start !== d.start || last.end !== d.end) this.run = kept.length;
      const cueAt = d.cue ? d.cue.start : -1;
      let dup = false;
      for (let k = this.run; k < kept.length && !dup; k++) dup = (kept[k].cue ? kept[k].cue!.start : -1) === cueAt;
      if (dup) continue;
      kept.push(d);
      const inside = quotesInside(this.quotes, this.qOrder, this.qStarts, d.start, d.end);
      this.keptQuotes.push(inside);
      // a statement by nobody named inside another's content still counts for its quotations' speaker, but is no claim of its own
      if (this.inner[di]) continue;
      if (adjunctContent(d, this.tokens, at, tokenStarts)) continue;
      this.claims.push(claimOf(d, this.text, this.officials, inside, dateOf(d, this.dates, this.dOrder.order, this.dOrder.starts), this.tokens));
    }
  }
}

const KEEP_WALK = new DraftWalk([], new Uint8Array(0), '', [], new Int32Array(0), new Int32Array(0), [], [], { order: new Int32Array(0), starts: new Int32Array(0) }, NO_TOKENS, new Int32Array(0), [], [], []);
keepShape(KEEP_WALK);

/** The claim of a kept draft. */
function claimOf(d: Draft, text: string, officials: Official[], quotes: number[], date: number | null, tokens: TokenList): Claim {
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
function adjunctContent(d: Draft, tokens: TokenList, lo: number, tokenStarts: Int32Array): boolean {
  if (!d.cue || d.cue.end > d.start) return false;
  if (!tokens.has(lo) || tokens.s(lo) !== d.start || tokens.k(lo) !== 'w' || tokens.q(lo) >= 0 || tokens.len(lo) > 4) return false;
  if (tokens.l(lo) === 'from') return true;
  // "called into a radio show", "called in to a town hall": a phrasal verb, nothing said
  if ((tokens.l(lo) === 'into' || (tokens.l(lo) === 'in' && (tokens.has(lo + 1) && tokens.l(lo + 1) === 'to'))) && tokens.has(lowerBound(tokenStarts, d.cue.start)) && tokens.l(lowerBound(tokenStarts, d.cue.start)).startsWith('call')) return true;
  const n = lo + 1;
  return tokens.l(lo) === 'by' && !!tokens.has(n) && !(tokens.k(n) === 'w' && tokens.len(n) > 4 && tokens.l(n).endsWith('ing'));
}

function sourceSpan(text: string, s: Draft['source'], tokens: TokenList) {
  const start = (tokens.has(s.a) ? tokens.s(s.a) : 0);
  const end = (tokens.has(s.b - 1) ? tokens.e(s.b - 1) : start);
  return { start, end, text: text.slice(start, end) };
}

export function lowerBound(sorted: Int32Array, x: number): number {
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

function assignQuoteSpeakers(drafts: Draft[], inside: number[][], paragraphs: ArticleStructure['paragraphs'], quotes: Quote[], order: Int32Array, text: string): void {
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
  const paras = own(paragraphs);
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
