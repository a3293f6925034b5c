/**
 * Role-only and pronoun references ("the president", "the Russian leader", "he", "she"), resolved to
 * the most salient compatible person: speakers before others, subjects before objects, recent first;
 * inside a quotation, people named in the same quotation first.
 */
import { CUES, geoOf, KNOWN_ORGS, ORG_HEADS, ROLE_MODIFIERS, type Lexicon } from '../lexicon';
import { byFirstMention, type Person } from './link';
import { cueAfter, cueBefore } from './names';
import { titleClasses } from './titles';
import { lowerString } from './token';
import { keepShape } from './shapes';
import { WordFilter } from '../lexicon/filter';
import { HST_WORD, KIND_S, KIND_W, type TokenList, type Tokenized } from './tokens';

/** A resolved reference: token range, span and the person index. */
export interface Ref {
  a: number;
  b: number;
  start: number;
  end: number;
  kind: 'title' | 'pronoun';
  person: number;
}

/**
 * The name mentions and resolved references so far, in text order: five numbers each in one typed array
 * (person, token, sentence, quote index, cue 0 / 1), which the garbage collector never copies.
 */
class Events {
  declare d: Int32Array;
  declare n: number;

  constructor(capacity: number) {
    this.d = new Int32Array(Math.max(16, capacity) * EVENT);
    this.n = 0;
  }

  push(person: number, tok: number, sent: number, q: number, cue: boolean): void {
    let o = this.n * EVENT;
    if (o === this.d.length) {
      const more = new Int32Array(this.d.length * 2);
      more.set(this.d);
      this.d = more;
    }
    const d = this.d;
    d[o++] = person;
    d[o++] = tok;
    d[o++] = sent;
    d[o++] = q;
    d[o] = cue ? 1 : 0;
    this.n++;
  }
}

/** Numbers per event, and the offsets of its fields. */
const EVENT = 5;
const E_TOK = 1;
const E_SENT = 2;
const E_Q = 3;
const E_CUE = 4;

keepShape(new Events(0));

const WINDOW = 8;
const TITLE_WINDOW = 30;
const MAX_EVENTS = 200;

function rank(events: Events, from: number, tokQ: number, tokSent: number, ok: Who, window: number): number {
  const d = events.d;
  // walk back sentence by sentence; inside one sentence prefer speakers, then the earliest (subject) mention
  let i = from;
  let checked = 0;
  // at most MAX_EVENTS mentions are looked at, so that a giant sentence stays linear
  const stop = Math.max(-1, from - MAX_EVENTS);
  while (i > stop && checked <= window) {
    const s = d[i * EVENT + E_SENT];
    let best = -1;
    let j = i;
    for (; j > stop && d[j * EVENT + E_SENT] === s; j--) {
      const o = j * EVENT;
      if (d[o + E_Q] !== tokQ || !ok.ok(d[o])) continue;
      if (best < 0) {
        best = o;
        continue;
      }
      const cue = d[o + E_CUE];
      const bestCue = d[best + E_CUE];
      if ((cue === 1 && bestCue === 0) || (cue === bestCue && d[o + E_TOK] < d[best + E_TOK])) best = o;
    }
    if (best >= 0) return d[best];
    i = j;
    checked = tokSent - (i >= 0 ? d[i * EVENT + E_SENT] : 0);
  }
  return -1;
}

function genderOk(p: Person, g: 'm' | 'f'): boolean {
  return p.gender === null || p.gender === g;
}

/**
 * The people a reference may point to: those of gender `g` (or of unknown gender) when `g` is set, else
 * those a title reference may point to (titleOk, partyOk). An object with fields rather than a closure: one hidden
 * class and one compiled `ok` for every text.
 */
class Who {
  declare people: Person[];
  declare g: 'm' | 'f' | null;
  declare head: string;
  declare geo: string | null;
  declare classes: string[];
  declare qualifier: string | null;
  declare party: string | null;

  constructor(people: Person[], g: 'm' | 'f' | null, head: string, geo: string | null, classes: string[], qualifier: string | null, party: string | null) {
    this.people = people;
    this.g = g;
    this.head = head;
    this.geo = geo;
    this.classes = classes;
    this.qualifier = qualifier;
    this.party = party;
  }

  ok(x: number): boolean {
    const p = this.people[x];
    return this.g !== null ? genderOk(p, this.g) : titleOk(p, this.head, this.geo, this.classes, this.qualifier) && partyOk(p, this.party);
  }
}

keepShape(new Who([], null, '', null, [], null, null));

/** Organisation words (orgWord): most capitalised words after "the" are turned away without building their lowercased form. */
const ORG_FILTER = new WordFilter([...KNOWN_ORGS.keys(), ...ORG_HEADS]);

/** Token `j` (lowercased form `l`) is a capitalised organisation word ("the Kremlin spokesman"). */
function orgWord(tokens: TokenList, j: number, l: string): boolean {
  return tokens.cap(j) && (KNOWN_ORGS.has(l) || ORG_HEADS.has(l));
}

/** Reads a bare title at token i ("the Russian top diplomat", "The President", "the head of state"). */
function bareTitle(tokens: TokenList, sent: Int32Array, i: number, lex: Lexicon): { a: number; b: number; head: string; geo: string | null; qualifier: string | null; party: string | null } | null {
  let j = i;
  let geo: string | null = null;
  if (hstWord(tokens, j) !== THE) return null;
  j++;
  const a = j;
  // most words after "the" start no title: turned away without building their lowercased form
  if (j >= tokens.length || tokens.kind(j) !== KIND_W) return null;
  if (!tokens.titleStart(j, lex)) {
    // no role head, country, capital or modifier: only an organisation word or a qualifier before a role opens a title
    if (!tokens.cap(j) || (!ORG_FILTER.maybe(tokens.lowHash(j)) && !(j + 1 < tokens.length && tokens.titleStart(j + 1, lex)))) return null;
  }
  let qualifier: string | null = null;
  let party: string | null = null;
  const firstL = tokens.l(j);
  // an unknown capitalised qualifier ("the Estlandian foreign minister") is read only before a role or modifier
  const unknownQualifier = tokens.cap(j) && j + 1 < tokens.length && (ROLE_MODIFIERS.has(tokens.l(j + 1)) || !!lex.roleHead(tokens.l(j + 1)));
  if (!(lex.roleHead(firstL) || geoOf(firstL) || ROLE_MODIFIERS.has(firstL) || orgWord(tokens, j, firstL) || unknownQualifier)) return null;
  for (; j < tokens.length && j - a < 5; j++) {
    const k = tokens.kind(j);
    if (k === KIND_S) continue;
    if (k !== KIND_W) return null;
    const l = tokens.l(j);
    const h = lex.roleHead(l);
    if (h && !ROLE_MODIFIERS.has(l)) break;
    if (h && j + 1 < tokens.length && !lex.roleHead(tokens.l(j + 1))) break;
    const g = geoOf(l);
    // "the Kremlin spokesman", "the Foreign Ministry spokeswoman": an organisation qualifies the role
    const org = orgWord(tokens, j, l);
    const known = org ? KNOWN_ORGS.get(l) ?? null : null;
    if (PARTIES.has(l)) party = PARTIES.get(l) ?? null;
    if (g) geo = g;
    else if (known) geo = known;
    else if (tokens.cap(j) && j === a && !ROLE_MODIFIERS.has(l) && !lex.roleHead(l)) qualifier = l;
    else if (!ROLE_MODIFIERS.has(l) && !org) return null;
  }
  if (j >= tokens.length || tokens.kind(j) !== KIND_W || !lex.roleHead(tokens.l(j))) return null;
  let b = j + 1;
  if (tokens.l(j) === 'head' && b < tokens.length && tokens.l(b) === 'of' && b + 1 < tokens.length && tokens.l(b + 1) === 'state') b += 2;
  if (b < tokens.length && tokens.kind(b) === KIND_W && tokens.cap(b) && sent[b] === sent[i] && !CUES.has(tokens.l(b))) return null;
  return { a, b, head: tokens.l(j), geo, qualifier, party };
}


/** A title reference ("the Russian top diplomat") may point to person `p`. `classes` come from refClasses(). */
function titleOk(p: Person, head: string, geo: string | null, classes: string[], qualifier: string | null = null): boolean {
  if (!p.title) return false;
  if (geo && p.org && p.org !== geo) return false;
  const low = (p.lowTitle ??= lowerString(p.title));
  // "the Estlandian foreign minister" → the person whose title names Estlandian ("Estlandian counterpart")
  if (qualifier !== null) return low.includes(qualifier);
  if (low.includes(head)) return true;
  // "his Chinese counterpart Xi Jinping" … "the Chinese leader": a counterpart holds the same kind of office
  if (geo && p.classes.includes('counterpart')) return true;
  for (const c of classes) if (p.classes.includes(c)) return true;
  return false;
}

/** Party words of a title, by the party they name ("the Republican nominee", "the GOP candidate"). */
const PARTIES = new Map([
  ['republican', 'republican'], ['gop', 'republican'], ['democratic', 'democratic'], ['democrat', 'democratic'],
  ['libertarian', 'libertarian'], ['green', 'green'],
]);

/** A person whose title names a party other than `party` is not "the <party> nominee". */
function partyOk(p: Person, party: string | null): boolean {
  if (party === null || !p.title) return true;
  const low = (p.lowTitle ??= lowerString(p.title));
  for (const [word, name] of PARTIES) if (name !== party && low.includes(word) && !low.includes(party)) return false;
  return true;
}

const refClass = (c: string): boolean => c !== 'head' && c !== 'minister' && c !== 'secretary';

function refClasses(head: string, text: string, lex: Lexicon): string[] {
  return titleClasses(text, lex.roleHead(head)?.classes ?? []).filter(refClass);
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
    const mentions = people[pi].mentions;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
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
  const events = new Events(total + 64);
  const refs: Ref[] = [];
  const firstMemo = new Map<string, number>();
  let order: number[] | null = null;
  let male: Who | null = null;
  let female: Who | null = null;
  for (let i = 0; i < count; i++) {
    // only name mentions, "he", "she", "him", "her", "his" and "the" matter here
    if (i < nextA && (flags[i] & HST_WORD) === 0) continue;
    while (next < total && startA[next] < i) next++;
    let name = -1;
    while (next < total && startA[next] === i) name = next++;
    nextA = next < total ? startA[next] : count;
    if (name < 0 && (flags[i] & HST_WORD) === 0) continue;
    if (name >= 0) {
      events.push(startPerson[name], i, sent[i], tokens.q(i), cueAfter(tk, startB[name]) || cueBefore(tk, i));
      continue;
    }
    const w = hstWord(tokens, i);
    if (w === NONE) continue;
    const g = w === THE ? undefined : w === SHE || w === HER ? 'f' : 'm';
    // subjects, and "according to him / her"
    const inWords = (w === HIS || w === HER) && i > 0 && tokens.l(i - 1) === 'in' && i + 1 < tokens.length && ['words', 'opinion', 'view'].includes(tokens.l(i + 1));
    if (g && (w === HE || w === SHE || inWords || ((w === HIM || w === HER) && i > 0 && tokens.l(i - 1) === 'to'))) {
      const p = rank(events, events.n - 1, tokens.q(i), sent[i], g === 'm' ? (male ??= new Who(people, 'm', '', null, [], null, null)) : (female ??= new Who(people, 'f', '', null, [], null, null)), WINDOW);
      if (p >= 0) {
        refs.push({ a: i, b: i + 1, start: tokens.s(i), end: tokens.e(i), kind: 'pronoun', person: p });
        events.push(p, i, sent[i], tokens.q(i), cueAfter(tk, i + 1));
      }
      continue;
    }
    if (w !== THE) continue;
    const bt = bareTitle(tokens, sent, i, lex);
    if (!bt) continue;
    const span = text.slice(tokens.s(bt.a), tokens.e(bt.b - 1));
    const classes = refClasses(bt.head, span, lex);
    const ok = new Who(people, null, bt.head, bt.geo, classes, bt.qualifier, bt.party);
    let p = rank(events, events.n - 1, tokens.q(i), sent[i], ok, TITLE_WINDOW);
    if (p < 0) {
      const key = `${bt.head}|${bt.geo}|${bt.qualifier}|${lowerString(span)}`;
      const memo = firstMemo.get(key);
      p = memo ?? firstCompatible((order ??= titledByFirstMention(people)), ok);
      firstMemo.set(key, p);
    }
    if (p < 0) continue;
    refs.push({ a: bt.a, b: bt.b, start: tokens.s(bt.a), end: tokens.e(bt.b - 1), kind: 'title', person: p });
    events.push(p, i, sent[i], tokens.q(i), cueAfter(tk, bt.b) || cueBefore(tk, i));
    i = bt.b - 1;
  }
  refs.push(...headlineRefs(tokens, people, text, lex, headlineEnd));
  return refs;
}

/** Indices of the people with a title (the only ones titleOk() accepts) by first mention (stable: equal positions keep index order). */
function titledByFirstMention(people: Person[]): number[] {
  const titled: number[] = [];
  for (let i = 0; i < people.length; i++) if (people[i].title) titled.push(i);
  return byFirstMention(people, titled);
}

/** The compatible person mentioned first; `order` comes from titledByFirstMention(). */
function firstCompatible(order: number[], ok: Who): number {
  for (let k = 0; k < order.length; k++) if (ok.ok(order[k])) return order[k];
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
    const p = firstCompatible((order ??= titledByFirstMention(people)), new Who(people, null, t.l, geo, classes, null, null));
    if (p >= 0) out.push({ a, b: i + 1, start: tokens.s(a), end: t.e, kind: 'title', person: p });
  }
  return out;
}
