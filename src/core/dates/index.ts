/**
 * The dates layer: one linear scan finds candidate heads (month and weekday names, digits, calendar
 * units, relative words); a small grammar reads the expression around each head; resolution turns it
 * into a TIMEX3 value against the publication time, tense-aware.
 */
import type { ArticleStructure, DateMention, Span } from '../types';
import { DAY_PARTS, LEFT_WORDS, MONTHS, SEASONS, SET_WORDS, UNITS, VAGUE, WEEKDAYS, WEEKDAY_ABBR } from './lexicon';
import { lowerWord, Tokens, wordBefore } from './tokens';
import { parseAt } from './grammar';
import { resolve, type Anchor } from './resolve';
import { tenseAt } from './tense';
import { parsePublished, valueShape, type Day } from './calendar';
import { chronoAt } from './numeric';
import { lowerHash, WordFilter } from '../lexicon/filter';
import type { Match } from './sem';
import type { Ctx } from './atoms';

/** What date resolution needs besides the text. */
export interface DateContext {
  structure: ArticleStructure;
  /** Reference time, ISO "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"; null when unknown. */
  published: string | null;
}

const HEADS = [
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...WEEKDAY_ABBR.keys(), ...UNITS.keys(), ...SEASONS.keys(), ...DAY_PARTS.keys(),
  ...VAGUE.keys(), ...SET_WORDS.keys(), 'yesterday', 'today', 'tomorrow', 'tonight', 'noon', 'midnight', 'midday',
  'christmas', 'thanksgiving', 'halloween', 'election', 'fiscal', 'nineteen', 'past', 'present', 'nineties', 'eighties', 'seventies', 'sixties', 'term',
  'thousand', 'half', 'period',
].filter((w, i, all) => all.indexOf(w) === i);

/**
 * The words as one alternation with shared prefixes factored out ("da(?:y(?:s)?|ily)"): irregexp then tests
 * a word start against a few characters, not against every word. Only the set of words matters, as the
 * head regex wants whole words.
 */
function prefixAlternation(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let whole = false;
  for (const w of words) {
    if (w === '') whole = true;
    else byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w.slice(1)]);
  }
  const branches = [...byFirst].map(([c, rest]) => c.replace(/[^a-z0-9]/g, '\\$&') + prefixAlternation(rest));
  if (branches.length === 0) return '';
  return branches.length === 1 && !whole ? branches[0] : `(?:${branches.join('|')})${whole ? '?' : ''}`;
}

/* a digit first: the cheaper branch (both start only where a word does) */
const HEAD_SOURCE = `\\b(?:\\d|${prefixAlternation(HEADS)}\\b)`;
const HEAD_RE = new RegExp(HEAD_SOURCE, 'gi');
const MAX_LEFT = 7;
/** How close (characters) a full date must be for a bare clock time to belong to it. */
const NEAR = 120;
const WINDOW = 160;

const LEFT_FILTER = new WordFilter(LEFT_WORDS);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const alnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function leftStart(text: string, pos: number, floor: number): number {
  let start = pos;
  for (let k = 0; k < MAX_LEFT; k++) {
    const p = wordBefore(text, start, floor);
    if (p < 0) break;
    let e = p + 1;
    const c0 = text.charCodeAt(p);
    if (alnum(c0)) while (e < start && alnum(text.charCodeAt(e))) e++;
    const digit = c0 >= 48 && c0 <= 57;
    const mark = e - p === 1 && (c0 === 45 || c0 === 39 || c0 === 0x2019 || c0 === 47);
    // the word is built only when the filter lets it through
    if (!(digit || mark)) {
      const h = lowerHash(text, p, e);
      if (!LEFT_FILTER.maybe(h) || !LEFT_WORDS.has(lowerWord(text, p, e, h))) break;
    }
    start = p;
  }
  return start;
}

function skipDigits(text: string, p: number): number {
  let e = p;
  for (let c = text.charCodeAt(e); (c >= 48 && c <= 57) || c === 44 || c === 46; c = text.charCodeAt(++e)) {
    if ((c === 44 || c === 46) && !(text.charCodeAt(e + 1) >= 48 && text.charCodeAt(e + 1) <= 57)) break;
  }
  return e;
}

/** Cheap rejection of money, percentages and numbers with thousands separators or decimals. */
function digitWorthIt(text: string, p: number): boolean {
  const before = text.charCodeAt(p - 1);
  if (before === 36 || before === 163 || before === 8364) return false;
  let e = p;
  while (e < text.length && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
  const after = text.charCodeAt(e);
  const next = text.charCodeAt(e + 1);
  if (after === 37) return false;
  if (after === 44 && next >= 48 && next <= 57) return false;
  if (after === 46 && next >= 48 && next <= 57 && e - p > 2) return false;
  if (e - p === 4) return true;
  /* Other numbers only head a time expression as a clock time, a numeric date, a decade or an ordinal;
     a count ("20 years", "17 December") is reached from the unit or month head that follows it. */
  if (after === 58 || after === 47 || after === 45 || after === 46 || after === 39) return true;
  if (after === 115 || after === 116 || after === 110 || after === 114) return true;
  let q = e;
  while (text.charCodeAt(q) === 32) q++;
  const c = text.charCodeAt(q);
  return c === 97 || c === 112 || c === 65 || c === 80 || (c === 105 && text.startsWith('in the ', q));
}

/** The year of the latest quarter completed before publication. */
function latestQuarterYear(pub: Day): number {
  return pub.m <= 3 ? pub.y - 1 : pub.y;
}

/** The tense around text[start, end), read on first use (made outside the head loop, whose body then needs no context per iteration). */
function lazyTense(text: string, start: number, end: number): () => number | null {
  let tense: number | null | undefined;
  return () => (tense === undefined ? (tense = tenseAt(text, start, end)) : tense);
}

const COMPARE = new Set(['with', 'from', 'than', 'over', 'to', 'million', 'billion', 'share', 'cents', 'level', 'period']);

function prevWordAt(text: string, pos: number): string {
  const p = wordBefore(text, pos, Math.max(0, pos - 30));
  return p < 0 ? '' : text.slice(p, pos).trim().toLowerCase();
}

/** "10:35 a.m. (0735 GMT) Friday", "4 in the morning (4 a.m. EDT Thursday)": only a parenthesis separates a clock time from its day. */
function parenthesisBetween(text: string, from: number, to: number): boolean {
  if (to - from > 32) return false;
  let p = from;
  while (p < to && text.charCodeAt(p) === 32) p++;
  if (text.charCodeAt(p) !== 40) return false;
  p++;
  const open = p;
  while (p < to && text.charCodeAt(p) !== 41) {
    const c = text.charCodeAt(p);
    if (c === 40 || c === 10 || c === 46) return false;
    p++;
  }
  if (p === to) return text.slice(open, to).trim() === '';
  for (p++; p < to; p++) if (text.charCodeAt(p) !== 32) return false;
  return true;
}

/** The expression around the head at `p`: the longest one starting at a word of its left context and reaching past the head, else a numeric date chrono-node reads at the head. */
function headMatch(c: Ctx, p: number, consumed: number, pub: Day | null): Match | null {
  const { T, text } = c;
  T.reset(leftStart(text, p, consumed), p + WINDOW);
  let a = 0;
  while (T.has(a) && T.s[a] < p) a++;
  if (!T.has(a)) return null;
  for (let j = 0; j <= a; j++) {
    const r = parseAt(c, j);
    if (r && r.to > a) return r;
  }
  return chronoAt(c, a, pub);
}

/**
 * An empty list already of the elements kind that holds objects (a new [] holds small integers): the first
 * push of each text then keeps its map, where it deoptimised the optimised add() on the next text.
 */
function mentionList(): DateMention[] {
  const list: Array<DateMention | null> = [null];
  list.pop();
  return list as DateMention[];
}

/**
 * The dates found so far and what the next ones resolve against: the previous full date, year and
 * month ("that year", a bare clock time after its day), the latest quarter ("a year earlier").
 */
class Found {
  readonly out: DateMention[] = mentionList();
  private previous: Day | null = null;
  private previousYear: number | null = null;
  private previousMonth: Day | null = null;
  private previousEnd = -Infinity;
  private lastQuarter: { value: string; end: number } | null = null;
  private bareClock: DateMention | null = null;

  constructor(private readonly text: string, private readonly pub: Day | null, private readonly dl: Span | null) {}

  /** Resolves and records the match over text[start, end). */
  add(m: Match, start: number, end: number): void {
    const { text, pub, dl, previous, previousYear, previousMonth, lastQuarter } = this;
    const anchor: Anchor = {
      pub,
      tense: lazyTense(text, start, end),
      near: previous && start - this.previousEnd < NEAR ? previous : null,
      previous: m.sem.k !== 'ana' ? previous
        : m.sem.unit === 'Y' && previousYear !== null ? { y: previousYear, m: 1, d: 1 }
        : m.sem.unit === 'M' && previousMonth ? previousMonth : previous,
      dateline: !!dl && start >= dl.start && end <= dl.end,
    };
    const r = resolve(m.sem, anchor);
    const sem = m.sem;
    const comparison = sem.k === 'rel' && sem.unit === 'Y' && sem.n === -1 && COMPARE.has(prevWordAt(text, start));
    if ((sem.k === 'rel' || sem.k === 'ana') && (sem.ago || comparison) && sem.unit === 'Y' && sem.n === -1 && lastQuarter && start - lastQuarter.end < 400) {
      r.value = `${Number(lastQuarter.value.slice(0, 4)) - 1}${lastQuarter.value.slice(4)}`;
    }
    /* the value starts with a full date (YYYY-MM-DD…) */
    const dayLed = r.value !== null && valueShape.day(r.value);
    const timed = r.value !== null && valueShape.timed(r.value);
    const type = m.type === 'DATE' && timed ? 'TIME' : m.type === 'TIME' && !timed && dayLed && r.value?.length === 10 ? 'DATE' : m.type;
    const mention: DateMention = { start, end, text: text.slice(start, end), type, value: r.value, relative: r.relative, resolution: r.resolution };
    this.out.push(mention);
    const bareClock = this.bareClock;
    if (bareClock && r.value && dayLed && parenthesisBetween(text, bareClock.end, start) && bareClock.value) {
      bareClock.value = `${r.value.slice(0, 10)}${bareClock.value.slice(10)}`;
    }
    this.bareClock = sem.k === 'time' ? mention : null;
    if (r.value && dayLed && m.sem.k !== 'ana') {
      this.previous = { y: Number(r.value.slice(0, 4)), m: Number(r.value.slice(5, 7)), d: Number(r.value.slice(8, 10)) };
      this.previousEnd = end;
    }
    if (r.value && valueShape.yearLed(r.value) && m.sem.k === 'date') this.previousYear = Number(r.value.slice(0, 4));
    if (r.value && (r.value.length === 7 ? valueShape.month(r.value) : r.value.length === 10 && dayLed) && m.sem.k === 'date') {
      this.previousMonth = { y: Number(r.value.slice(0, 4)), m: Number(r.value.slice(5, 7)), d: 1 };
    }
    const shifted = ((sem.k === 'rel' || sem.k === 'ana') && sem.ago) || comparison || (sem.k === 'quarter' && !!sem.yOff);
    if (r.value && valueShape.quarter(r.value) && !shifted && (!pub || Number(r.value.slice(0, 4)) >= latestQuarterYear(pub))) this.lastQuarter = { value: r.value, end };
  }
}

/** The token window of scanHeads(), one per process: its arrays keep their elements kinds from text to text (fresh ones made the optimised tokenizer deoptimise). */
const WINDOW_TOKENS = new Tokens('');

/** Every calendar-anchorable expression of `text`, ordered and disjoint, with TIMEX3 values. */
export function findDates(text: string, ctx: DateContext): DateMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const pub = parsePublished(ctx.published);
  const found = new Found(text, pub, ctx.structure?.dateline?.date ?? null);
  scanHeads(text, pub, found);
  WINDOW_TOKENS.attach('');
  return found.out;
}

/** One Found kept for the life of the module (its class keeps its hidden class and compiled code between texts). */
const KEPT_FOUND = new Found('', null, null);
void KEPT_FOUND;

/* The head loop, in a function of its own that ends with the loop: its code compiled on the loop
   (on-stack replacement) then holds no path it has not run yet, and does not deoptimise on every call. */
function scanHeads(text: string, pub: Day | null, found: Found): void {
  const T = WINDOW_TOKENS;
  T.attach(text);
  const c = { T, text };
  const re = HEAD_RE;
  re.lastIndex = 0;
  let consumed = 0;
  while (re.test(text)) {
    /* a head is a whole word or the first digit of a number: its start is read back from its end */
    const headEnd = re.lastIndex;
    const digit = isDigit(text.charCodeAt(headEnd - 1));
    let p = headEnd - 1;
    if (!digit) {
      /* back over the word's \w characters */
      let c = text.charCodeAt(p - 1);
      while ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) c = text.charCodeAt(--p - 1);
    }
    if (p < consumed) continue;
    if (digit && !digitWorthIt(text, p)) {
      re.lastIndex = skipDigits(text, p);
      continue;
    }
    const m = headMatch(c, p, consumed, pub);
    if (!m) continue;
    const end = T.e[m.to - 1];
    found.add(m, T.s[m.from], end);
    consumed = end;
    re.lastIndex = end;
  }
}
