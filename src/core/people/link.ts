/**
 * From name candidates to people: full names group by surname and first name, lone surnames and
 * first names link to the person they abbreviate, titles come from the first titled mention.
 */
import { firstNameGender, HONORIFICS, surnameGender, type Lexicon } from '../lexicon';
import { bylineName } from './byline';
import { likelySurname, personCueAround, type NameSegment } from './names';
import type { TitleInfo } from './titles';
import type { TokenList, Tokenized } from './tokens';

/**
 * Sorts `list` in place with the stable `cmp` and returns it; a list already in order (the usual case:
 * most lists are built in text order) is only checked, which spares the sort's work arrays.
 */
export function sortInPlace<T>(list: T[], cmp: (x: T, y: T) => number): T[] {
  return inOrder(list, cmp) ? list : list.sort(cmp);
}

/** True when `list` is already in the order of `cmp` (a stable sort would leave it unchanged). */
export function inOrder<T>(list: readonly T[], cmp: (x: T, y: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (cmp(list[i - 1], list[i]) > 0) return false;
  return true;
}

/**
 * Sorts the person indices `idx` in place by first mention (stable: equal positions keep their order)
 * and returns them: a numeric sort of keys (position × n + place in the list), no comparator closure.
 */
export function byFirstMention(people: readonly Person[], idx: number[]): number[] {
  const n = idx.length;
  let k = 1;
  while (k < n && people[idx[k - 1]].first <= people[idx[k]].first) k++;
  if (k >= n) return idx;
  const keys = new Float64Array(n);
  for (let j = 0; j < n; j++) keys[j] = people[idx[j]].first * n + j;
  keys.sort();
  const was = idx.slice();
  for (let j = 0; j < n; j++) {
    const key = keys[j];
    idx[j] = was[key - Math.floor(key / n) * n];
  }
  return idx;
}

/** A name candidate: a name segment with its title and evidence set. */
export type Candidate = NameSegment;

/** A person being built. */
export interface Person {
  name: string;
  words: string[];
  title: string | null;
  classes: string[];
  org: string | null;
  gender: 'm' | 'f' | null;
  /** Name mentions: token ranges and character spans. */
  mentions: Array<{ a: number; b: number; start: number; end: number; titled: boolean }>;
  /** Text position of the first mention, for ordering. */
  first: number;
  /** The final title lowercased, once the references ask for it. */
  lowTitle: string | null;
  /** How many of the first mentions are full-name ones that lone words link after (set before the lone words are linked; 0 for people they found). */
  anchors: number;
}

function compatible(p: Person, words: string[]): boolean {
  const f1 = p.words[0];
  const f2 = words[0];
  if (p.words.length === 1 || words.length === 1) return true;
  if (f1 === f2) return true;
  // "J." and "John", "Vlad" and "Vladimir"
  const s1 = f1.endsWith('.') ? f1.slice(0, -1) : f1;
  const s2 = f2.endsWith('.') ? f2.slice(0, -1) : f2;
  return (s1.length <= 2 && s2.startsWith(s1)) || (s2.length <= 2 && s1.startsWith(s2));
}

/** The first person of `list` whose name may be `words`. */
function firstCompatible(list: Person[] | undefined, words: string[]): Person | undefined {
  if (list) for (const p of list) if (compatible(p, words)) return p;
  return undefined;
}

function genderOf(words: string[], title: TitleInfo | null): 'm' | 'f' | null {
  const g = firstNameGender(words[0]);
  if (g) return g;
  if (title?.gender) return title.gender;
  return surnameGender(words[words.length - 1]);
}

function addMention(p: Person, c: Candidate, tokens: TokenList, text: string, lex: Lexicon): void {
  const attached = !!c.title?.attached;
  const start = attached && c.title ? tokens.s(c.title.a) : tokens.s(c.a);
  p.mentions.push({ a: c.a, b: c.b, start, end: tokens.e(c.b - 1), titled: attached });
  const t = c.title;
  if (!p.title && t && !(t.b - t.a === 1 && HONORIFICS.get(tokens.l(t.a)) === null)) {
    p.title = c.titleOverride ?? t.text;
    p.classes = t.classes;
    p.org = t.org;
  }
  if (!p.gender) p.gender = genderOf(c.words, t);
  if (p.words.length === 1 && c.words.length > 1) {
    p.words = c.words;
    p.name = oneSpaced(text.slice(tokens.s(c.a), tokens.e(c.b - 1)));
  }
  const k = lex.known.size ? lex.known.get(p.words.join(' ')) ?? lex.known.get(p.words[p.words.length - 1]) : undefined;
  if (k) {
    if (!p.title && k.title) p.title = k.title;
    if (!p.org && k.org) p.org = k.org;
  }
}

/** Whitespace runs as single spaces (`s.replace(/\s+/g, ' ')`), without the regex for the usual name of single-spaced ASCII words. */
function oneSpaced(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || (c <= 32 && (c !== 32 || (i + 1 < s.length && s.charCodeAt(i + 1) <= 32)))) return s.replace(/\s+/g, ' ');
  }
  return s;
}

function newPerson(c: Candidate, tokens: TokenList, text: string): Person {
  return {
    name: oneSpaced(text.slice(tokens.s(c.a), tokens.e(c.b - 1))),
    words: c.words,
    title: null,
    classes: [],
    org: null,
    gender: null,
    mentions: [],
    first: tokens.s(c.a),
    lowTitle: null,
    anchors: 0,
  };
}

/** The greatest mention start below `pos` among the first `count` mentions (ascending), or -1. */
function lastBefore(mentions: Person['mentions'], count: number, pos: number): number {
  let lo = 0;
  let hi = count - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < pos) {
      best = mentions[mid].start;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Of the people a lone word may name, the one whose full name was given most recently before `pos` (Person.anchors: how many of each one's mentions count). */
function pick(list: Person[] | undefined, pos: number): Person | undefined {
  if (!list?.length) return undefined;
  if (list.length === 1) return list[0];
  let best: Person | undefined;
  let bestAt = -1;
  for (const p of list) {
    const at = lastBefore(p.mentions, p.anchors, pos);
    if (at > bestAt) {
      best = p;
      bestAt = at;
    }
  }
  return best ?? list[0];
}

/** Token `i` (a title's last) is an abbreviation ("Sen.", "Gov.") or an honorific ("Mr", "Dr"). */
function shortTitle(tokens: TokenList, i: number): boolean {
  return tokens.code(i, tokens.e(i) - tokens.s(i) - 1) === 46 || HONORIFICS.has(tokens.l(i));
}

/** Mentions of one person on adjacent tokens (the words of a headline name linked one by one: "Megyn" "Kelly") become one mention. */
function mergeAdjacent(mentions: Person['mentions']): void {
  let k = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const last = k > 0 ? mentions[k - 1] : undefined;
    if (last && m.a === last.b && !m.titled) {
      last.b = m.b;
      last.end = m.end;
    } else mentions[k++] = m;
  }
  mentions.length = k;
}

/** A copy of `c` over tokens [a, b) with `words` (the fields in the order names.ts makes them: one hidden class for all segments). */
function piece(c: Candidate, a: number, b: number, words: string[], firstName: boolean, caps: boolean, title: TitleInfo | null, titleOverride: string | null, strong: boolean): Candidate {
  return { a, b, words, firstName, sentenceInitial: c.sentenceInitial, caps, placeSurname: c.placeSurname, titleCase: c.titleCase, title, titleOverride, strong };
}

/** Adds `p` to the list of `k` in `m`. */
function addTo(m: Map<string, Person[]>, k: string, p: Person): void {
  const list = m.get(k);
  if (list) list.push(p);
  else m.set(k, [p]);
}

/** Indexes `p` by its surname and (for a full name) its first name. */
function index(p: Person, bySurname: Map<string, Person[]>, byFirst: Map<string, Person[]>): void {
  addTo(bySurname, p.words[p.words.length - 1], p);
  if (p.words.length > 1) addTo(byFirst, p.words[0], p);
}

/** Each word of `c` from token `from` on as a lone word that only links (pushed to `out`). */
function linkOnly(out: Candidate[], c: Candidate, from: number, tokens: TokenList): void {
  for (let i = from; i < c.b; i++) out.push(piece(c, i, i + 1, [tokens.l(i)], false, true, null, null, false));
}

const byA = (x: Candidate, y: Candidate): number => x.a - y.a;
const byStart = (x: { start: number }, y: { start: number }): number => x.start - y.start;

/** Groups candidates into people. */
export function linkPeople(all: Candidate[], tk: Tokenized, text: string, lex: Lexicon): Person[] {
  const tokens = tk.list;
  const people: Person[] = [];
  const bySurname = new Map<string, Person[]>();
  const byFirst = new Map<string, Person[]>();
  // names in capitals only link to people named elsewhere: split them into single words
  const multi: Candidate[] = [];
  // credits ("By Jane Doe", "Reporting by …") name the article's authors, not its people
  const cands: Candidate[] = [];
  for (let k = 0; k < all.length; k++) if (!bylineName(tokens, text, all[k].a, all[k].b)) cands.push(all[k]);
  // first-name-led names of a title-case headline, taken after the others ("Bernie Supporter" is Bernie Sanders' first name only)
  const heads: Candidate[] = [];
  for (let k = 0, n = cands.length; k < n; k++) {
    const c = cands[k];
    // "Major Way", "Reporter’s Question": in a title-case headline only an abbreviated title or an honorific ("Sen.", "Mr") counts
    if (c.titleCase && c.title && !shortTitle(tokens, c.title.b - 1)) c.title = null;
    if (c.b - c.a === 1) {
      // a lone word of a title-case headline only links, unless the lexicon knows it
      if (c.titleCase && !c.title && !lex.known.has(c.words[0])) c.caps = true;
      continue;
    }
    if (c.caps && !c.title) linkOnly(cands, c, c.a, tokens);
    else if (c.titleCase && !c.title) {
      // "Polls Show Clinton Ahead": the words only link to people named elsewhere; "Megyn Kelly Slams …" keeps the first name and the next word
      if (c.firstName) {
        const end = c.a + (c.words[1].endsWith('.') && c.words.length > 2 ? 3 : 2);
        heads.push(piece(c, c.a, end, c.words.slice(0, end - c.a), c.firstName, c.caps, c.title, c.titleOverride, c.strong));
        linkOnly(cands, c, end, tokens);
      } else linkOnly(cands, c, c.a, tokens);
    } else multi.push(c);
  }
  const single: Candidate[] = [];
  for (let k = 0; k < cands.length; k++) if (cands[k].b - cands[k].a === 1) single.push(cands[k]);
  const surnames = new Set<string>();
  for (let k = 0; k < multi.length; k++) if (multi[k].strong) surnames.add(multi[k].words[multi[k].words.length - 1]);
  for (let k = 0; k < multi.length; k++) {
    const c = multi[k];
    const w = c.words;
    // "with Biden Putin": two known surnames side by side are two people
    if (!c.title && !c.firstName && w.length === 2 && surnames.has(w[0]) && surnames.has(w[1]) && w[0] !== w[1]) {
      for (let i = c.a; i < c.b; i++) single.push(piece(c, i, i + 1, [tokens.l(i)], false, c.caps, null, null, true));
      continue;
    }
    const last = w[w.length - 1];
    let p = firstCompatible(bySurname.get(last), w);
    if (!p) {
      p = newPerson(c, tokens, text);
      people.push(p);
      index(p, bySurname, byFirst);
    }
    addMention(p, c, tokens, text, lex);
  }
  for (let k = 0; k < heads.length; k++) {
    const c = heads[k];
    const w = c.words;
    let p = firstCompatible(bySurname.get(w[w.length - 1]), w);
    if (!p && byFirst.has(w[0])) {
      for (let i = c.a; i < c.b; i++) single.push(piece(c, i, i + 1, [tokens.l(i)], false, true, null, null, false));
      continue;
    }
    if (!p) {
      p = newPerson(c, tokens, text);
      people.push(p);
      index(p, bySurname, byFirst);
    }
    addMention(p, c, tokens, text, lex);
  }
  // the full-name mentions so far (the first ones of each list: lone words only add after them)
  for (let k = 0; k < people.length; k++) people[k].anchors = people[k].mentions.length;
  sortInPlace(single, byA);
  for (let k = 0; k < single.length; k++) {
    const c = single[k];
    const w = c.words[0];
    const pos = tokens.s(c.a);
    let p = pick(bySurname.get(w), pos) ?? pick(byFirst.get(w), pos);
    if (!p && c.caps) continue;
    if (!p) {
      const known = lex.known.get(w);
      const evidence = c.strong || !!known || personCueAround(tk, c.a, c.b) || (likelySurname(w) && !c.sentenceInitial);
      if (!evidence) continue;
      p = newPerson(c, tokens, text);
      if (known) {
        p.name = known.name;
        p.words = known.name.toLowerCase().split(/\s+/);
      }
      people.push(p);
      index(p, bySurname, byFirst);
    }
    addMention(p, c, tokens, text, lex);
  }
  for (let k = 0; k < people.length; k++) {
    const p = people[k];
    sortInPlace(p.mentions, byStart);
    mergeAdjacent(p.mentions);
    p.first = p.mentions.length ? p.mentions[0].start : p.first;
  }
  return people;
}
