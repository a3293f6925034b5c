/**
 * Role-only and pronoun references ("the president", "the Russian leader", "he", "she"), resolved to
 * the most salient compatible person: speakers before others, subjects before objects, recent first;
 * inside a quotation, people named in the same quotation first.
 */
import { CUES, geoOf, KNOWN_ORGS, ORG_HEADS, ROLE_MODIFIERS, type Lexicon } from '../lexicon';
import { sortInPlace, type Person } from './link';
import { cueAfter, cueBefore } from './names';
import { titleClasses } from './titles';
import { HST_WORD, KIND_W, type TokenList, type TokenRow, type Tokenized } from './tokens';

/** A resolved reference: token range, span and the person index. */
export interface Ref {
  a: number;
  b: number;
  start: number;
  end: number;
  kind: 'title' | 'pronoun';
  person: number;
}

interface Event {
  person: number;
  tok: number;
  sent: number;
  q: number;
  cue: boolean;
}

const WINDOW = 8;
const TITLE_WINDOW = 30;
const MAX_EVENTS = 200;

function rank(events: Event[], from: number, tokQ: number, tokSent: number, ok: (p: number) => boolean, window: number): number {
  // walk back sentence by sentence; inside one sentence prefer speakers, then the earliest (subject) mention
  let i = from;
  let checked = 0;
  // at most MAX_EVENTS mentions are looked at, so that a giant sentence stays linear
  const stop = Math.max(-1, from - MAX_EVENTS);
  while (i > stop && checked <= window) {
    const s = events[i].sent;
    let best: Event | null = null;
    let j = i;
    for (; j > stop && events[j].sent === s; j--) {
      const e = events[j];
      if (e.q !== tokQ || !ok(e.person)) continue;
      if (!best || (e.cue && !best.cue) || (e.cue === best.cue && e.tok < best.tok)) best = e;
    }
    if (best) return best.person;
    i = j;
    checked = tokSent - (i >= 0 ? events[i].sent : 0);
  }
  return -1;
}

function genderOk(p: Person, g: 'm' | 'f'): boolean {
  return p.gender === null || p.gender === g;
}

/* The filters below are made outside the token loop of resolveRefs: a closure made inside it would
   capture the loop body's variables, and every iteration would then allocate a context for them. */

/** People of gender `g` or of unknown gender. */
function genderFilter(people: Person[], g: 'm' | 'f'): (p: number) => boolean {
  return (x) => genderOk(people[x], g);
}

/** People a title reference may point to (titleOk). */
function titleFilter(people: Person[], head: string, geo: string | null, classes: string[], qualifier: string | null): (p: number) => boolean {
  return (x) => titleOk(people[x], head, geo, classes, qualifier);
}

/** A capitalised organisation word ("the Kremlin spokesman"). */
function orgWord(t: TokenRow): boolean {
  return t.cap && (KNOWN_ORGS.has(t.l) || ORG_HEADS.has(t.l));
}

/** Reads a bare title at token i ("the Russian top diplomat", "The President", "the head of state"). */
function bareTitle(tokens: TokenList, sent: Int32Array, i: number, lex: Lexicon): { a: number; b: number; head: string; geo: string | null; qualifier: string | null } | null {
  let j = i;
  let geo: string | null = null;
  if (hstWord(tokens, j) !== THE) return null;
  j++;
  const a = j;
  // most words after "the" start no title: turned away without building their lowercased form
  if (j >= tokens.length || tokens.kind(j) !== KIND_W || (!tokens.cap(j) && !tokens.titleStart(j, lex))) return null;
  const first = tokens.get(j);
  let qualifier: string | null = null;
  // an unknown capitalised qualifier ("the Estlandian foreign minister") is read only before a role or modifier
  const unknownQualifier = !!first && first.k === 'w' && first.cap && j + 1 < tokens.length && (ROLE_MODIFIERS.has(tokens.l(j + 1)) || !!lex.roleHead(tokens.l(j + 1)));
  if (!first || first.k !== 'w' || !(lex.roleHead(first.l) || geoOf(first.l) || ROLE_MODIFIERS.has(first.l) || orgWord(first) || unknownQualifier)) return null;
  for (; j < tokens.length && j - a < 5; j++) {
    const t = tokens.get(j);
    if (t.k === 's') continue;
    if (t.k !== 'w') return null;
    const h = lex.roleHead(t.l);
    if (h && !ROLE_MODIFIERS.has(t.l)) break;
    if (h && j + 1 < tokens.length && !lex.roleHead(tokens.l(j + 1))) break;
    const g = geoOf(t.l);
    // "the Kremlin spokesman", "the Foreign Ministry spokeswoman": an organisation qualifies the role
    const k = orgWord(t) ? KNOWN_ORGS.get(t.l) ?? null : null;
    if (g) geo = g;
    else if (k) geo = k;
    else if (t.cap && j === a && !ROLE_MODIFIERS.has(t.l) && !lex.roleHead(t.l)) qualifier = t.l;
    else if (!ROLE_MODIFIERS.has(t.l) && !orgWord(t)) return null;
  }
  if (j >= tokens.length || tokens.k(j) !== 'w' || !lex.roleHead(tokens.l(j))) return null;
  let b = j + 1;
  if (tokens.l(j) === 'head' && tokens.get(b)?.l === 'of' && tokens.get(b + 1)?.l === 'state') b += 2;
  const nx = tokens.get(b);
  if (nx && nx.k === 'w' && nx.cap && sent[b] === sent[i] && !CUES.has(nx.l)) return null;
  return { a, b, head: tokens.l(j), geo, qualifier };
}


/** A title reference ("the Russian top diplomat") may point to person `p`. `classes` come from refClasses(). */
function titleOk(p: Person, head: string, geo: string | null, classes: string[], qualifier: string | null = null): boolean {
  if (!p.title) return false;
  if (geo && p.org && p.org !== geo) return false;
  const low = (p.lowTitle ??= p.title.toLowerCase());
  // "the Estlandian foreign minister" → the person whose title names Estlandian ("Estlandian counterpart")
  if (qualifier !== null) return low.includes(qualifier);
  if (low.includes(head)) return true;
  // "his Chinese counterpart Xi Jinping" … "the Chinese leader": a counterpart holds the same kind of office
  if (geo && p.classes.includes('counterpart')) return true;
  for (const c of classes) if (p.classes.includes(c)) return true;
  return false;
}

function refClasses(head: string, text: string, lex: Lexicon): string[] {
  return titleClasses(text, lex.roleHead(head)?.classes ?? []).filter((c) => c !== 'head' && c !== 'minister' && c !== 'secretary');
}

const NONE = 0;
const HE = 1;
const SHE = 2;
const HIM = 3;
const HER = 4;
const HIS = 5;
const THE = 6;

/** The lowercased letter at offset `i` of the token (ASCII letters only; anything else as is). */
function lowerAt(tokens: TokenList, j: number, i: number): number {
  const c = tokens.code(j, i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * Which of "he", "she", "him", "her", "his", "the" the token's lowercased form is (NONE for any other),
 * read from its letters (no other code unit lowercases to an ASCII letter of these words).
 */
function hstWord(tokens: TokenList, j: number): number {
  const n = tokens.len(j);
  if (n < 2 || n > 3) return NONE;
  const a = lowerAt(tokens, j, 0);
  const b = lowerAt(tokens, j, 1);
  if (n === 2) return a === 104 && b === 101 ? HE : NONE;
  const c = lowerAt(tokens, j, 2);
  if (a === 104 && b === 105) return c === 109 ? HIM : c === 115 ? HIS : NONE;
  if (a === 104 && b === 101 && c === 114) return HER;
  if (b === 104 && c === 101) return a === 115 ? SHE : a === 116 ? THE : NONE;
  return NONE;
}

/**
 * The name mentions of `people` by first token (stable: mentions starting together keep the order they
 * are listed in, person by person): first and end token and person index of each, in three number arrays
 * sorted by a numeric sort of keys (first token × n + listing index), not by comparing objects.
 */
function mentionStarts(people: Person[]): { startA: Int32Array; startB: Int32Array; startPerson: Int32Array } {
  let total = 0;
  for (const p of people) total += p.mentions.length;
  const keys = new Float64Array(total);
  const b = new Int32Array(total);
  const owner = new Int32Array(total);
  let n = 0;
  for (let pi = 0; pi < people.length; pi++) {
    for (const m of people[pi].mentions) {
      keys[n] = m.a * total + n;
      b[n] = m.b;
      owner[n] = pi;
      n++;
    }
  }
  keys.sort();
  const startA = new Int32Array(total);
  const startB = new Int32Array(total);
  const startPerson = new Int32Array(total);
  for (let k = 0; k < total; k++) {
    const a = Math.floor(keys[k] / total);
    const idx = keys[k] - a * total;
    startA[k] = a;
    startB[k] = b[idx];
    startPerson[k] = owner[idx];
  }
  return { startA, startB, startPerson };
}

/** Finds and resolves bare titles and pronouns after the name mentions of `people`. */
export function resolveRefs(tk: Tokenized, people: Person[], text: string, lex: Lexicon, headlineEnd: number): Ref[] {
  const { list: tokens, flags, sent } = tk;
  const { startA, startB, startPerson } = mentionStarts(people);
  const total = startA.length;
  let next = 0;
  const count = tokens.length;
  // the first token of the next name mention: the tokens before it are read only when flagged
  let nextA = total ? startA[0] : count;
  const events: Event[] = [];
  const refs: Ref[] = [];
  const firstMemo = new Map<string, number>();
  let order: number[] | null = null;
  let male: ((p: number) => boolean) | null = null;
  let female: ((p: number) => boolean) | null = null;
  for (let i = 0; i < count; i++) {
    // only name mentions, "he", "she", "him", "her", "his" and "the" matter here
    if (i < nextA && (flags[i] & HST_WORD) === 0) continue;
    while (next < total && startA[next] < i) next++;
    let name = -1;
    while (next < total && startA[next] === i) name = next++;
    nextA = next < total ? startA[next] : count;
    if (name < 0 && (flags[i] & HST_WORD) === 0) continue;
    if (name >= 0) {
      events.push({ person: startPerson[name], tok: i, sent: sent[i], q: tokens.q(i), cue: cueAfter(tk, startB[name]) || cueBefore(tk, i) });
      continue;
    }
    const w = hstWord(tokens, i);
    if (w === NONE) continue;
    const g = w === THE ? undefined : w === SHE || w === HER ? 'f' : 'm';
    // subjects, and "according to him / her"
    const inWords = (w === HIS || w === HER) && i > 0 && tokens.l(i - 1) === 'in' && i + 1 < tokens.length && ['words', 'opinion', 'view'].includes(tokens.l(i + 1));
    if (g && (w === HE || w === SHE || inWords || ((w === HIM || w === HER) && i > 0 && tokens.l(i - 1) === 'to'))) {
      const p = rank(events, events.length - 1, tokens.q(i), sent[i], g === 'm' ? (male ??= genderFilter(people, 'm')) : (female ??= genderFilter(people, 'f')), WINDOW);
      if (p >= 0) {
        refs.push({ a: i, b: i + 1, start: tokens.s(i), end: tokens.e(i), kind: 'pronoun', person: p });
        events.push({ person: p, tok: i, sent: sent[i], q: tokens.q(i), cue: cueAfter(tk, i + 1) });
      }
      continue;
    }
    if (w !== THE) continue;
    const bt = bareTitle(tokens, sent, i, lex);
    if (!bt) continue;
    const span = text.slice(tokens.s(bt.a), tokens.e(bt.b - 1));
    const classes = refClasses(bt.head, span, lex);
    const ok = titleFilter(people, bt.head, bt.geo, classes, bt.qualifier);
    let p = rank(events, events.length - 1, tokens.q(i), sent[i], ok, TITLE_WINDOW);
    if (p < 0) {
      const key = `${bt.head}|${bt.geo}|${bt.qualifier}|${span.toLowerCase()}`;
      const memo = firstMemo.get(key);
      p = memo ?? firstCompatible((order ??= titledByFirstMention(people)), ok);
      firstMemo.set(key, p);
    }
    if (p < 0) continue;
    refs.push({ a: bt.a, b: bt.b, start: tokens.s(bt.a), end: tokens.e(bt.b - 1), kind: 'title', person: p });
    events.push({ person: p, tok: i, sent: sent[i], q: tokens.q(i), cue: cueAfter(tk, bt.b) || cueBefore(tk, i) });
    i = bt.b - 1;
  }
  refs.push(...headlineRefs(tokens, people, text, lex, headlineEnd));
  return refs;
}

/** Indices of the people with a title (the only ones titleOk() accepts) by first mention (stable: equal positions keep index order). */
function titledByFirstMention(people: Person[]): number[] {
  const titled: number[] = [];
  for (let i = 0; i < people.length; i++) if (people[i].title) titled.push(i);
  return sortInPlace(titled, (a, b) => people[a].first - people[b].first);
}

/** The compatible person mentioned first; `order` comes from titledByFirstMention(). */
function firstCompatible(order: number[], ok: (p: number) => boolean): number {
  for (const i of order) if (ok(i)) return i;
  return -1;
}

/** Headline forms without an article: "… — ambassador", "…, says Russian top diplomat". */
function headlineRefs(tokens: TokenList, people: Person[], text: string, lex: Lexicon, headlineEnd: number): Ref[] {
  const out: Ref[] = [];
  let order: number[] | null = null;
  for (let i = 0; i < tokens.length && tokens.s(i) < headlineEnd; i++) {
    const t = tokens.get(i);
    if (t.k !== 'w' || !lex.roleHead(t.l) || t.q >= 0) continue;
    const nx = tokens.get(i + 1);
    if (nx && nx.s < headlineEnd && nx.k === 'w' && nx.cap) continue;
    let a = i;
    let geo: string | null = null;
    while (a > 0 && tokens.k(a - 1) === 'w' && (ROLE_MODIFIERS.has(tokens.l(a - 1)) || geoOf(tokens.l(a - 1)))) {
      geo = geoOf(tokens.l(a - 1)) ?? geo;
      a--;
    }
    if (a > 0 && tokens.l(a - 1) === 'the') continue;
    const classes = refClasses(t.l, text.slice(tokens.s(a), t.e), lex);
    const p = firstCompatible((order ??= titledByFirstMention(people)), (x) => titleOk(people[x], t.l, geo, classes));
    if (p >= 0) out.push({ a, b: i + 1, start: tokens.s(a), end: t.e, kind: 'title', person: p });
  }
  return out;
}
