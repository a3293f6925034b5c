/**
 * Titles around a name: the title directly before it ("US Secretary of State Antony Blinken",
 * "Russia’s Ambassador to Hanoi …", "Slovak Prime Minister’s Robert Fico"), appositives before
 * ("the head of the press office, Maria Zakharova") and after ("Sergey Lavrov, Russia’s top diplomat,").
 */
import { CAPITALS, GEO, geoOf, HONORIFICS, KNOWN_ORGS, ORG_HEADS, ROLE_MODIFIERS, TITLE_LINKS, type Lexicon, type WordClass } from '../lexicon';
import { KIND_S, KIND_W, tokensHash, type TokenList } from './tokens';
import { WordFilter } from '../lexicon/filter';
import { lowerString } from './token';

/** A title found next to a name. */
export interface TitleInfo {
  /** Token range of the title text (end exclusive, possessive excluded). */
  a: number;
  b: number;
  text: string;
  org: string | null;
  classes: string[];
  gender: 'm' | 'f' | null;
  /** Head noun is plural ("Presidents of Belarus and Russia"). */
  plural: boolean;
  /** Countries/organisations after "of" in a plural title, in order. */
  ofList: string[];
  /** True when the title is directly attached to the name (part of the mention span). */
  attached: boolean;
}

const MAX_ZONE = 12;
/** Word classes a capitalised unknown word may stand before inside a title. */
const TITLE_PARTS = new Set<string | null>(['role', 'org', 'geo', 'mod', 'name', 'place', 'poss', 'link']);

function wordClass(tokens: TokenList, i: number, lex: Lexicon): WordClass | 'link' | 'poss' | null {
  const k = tokens.kind(i);
  if (k === KIND_S) return 'poss';
  if (k !== KIND_W) return null;
  const cap = tokens.cap(i);
  // every link word has at most three letters
  if (!cap && tokens.len(i) <= 3 && TITLE_LINKS.has(tokens.l(i))) return 'link';
  const c = tokens.classify(i, lex);
  // "First Deputy Prime Minister": a modifier even where it is no name
  if (c === 'stop' && ROLE_MODIFIERS.has(tokens.l(i))) return 'mod';
  if (c === 'stop' || c === 'name' || c === 'place') return cap ? c : null;
  return c;
}

function headInfo(tokens: TokenList, a: number, b: number, lex: Lexicon) {
  // (a list, not a set: a title has few classes, and a set costs more to make than the includes() checks)
  const classes: string[] = [];
  let gender: 'm' | 'f' | null = null;
  let plural = false;
  let has = false;
  for (let i = a; i < b; i++) {
    const l = tokens.l(i);
    // a rank abbreviation ("Maj. Gen.") is a role
    const rank = HONORIFICS.get(l);
    let h = lex.roleHead(l) ?? (rank ? lex.roleHead(rank) : undefined);
    if (!h && l.endsWith('s') && !tokens.cap(i)) {
      h = lex.roleHead(l.slice(0, -1));
      if (h) plural = true;
    } else if (!h && l.endsWith('s') && tokens.cap(i) && lex.roleHead(l.slice(0, -1))) {
      h = lex.roleHead(l.slice(0, -1));
      plural = true;
    }
    if (!h) continue;
    has = true;
    for (let k = 0; k < h.classes.length; k++) if (!classes.includes(h.classes[k])) classes.push(h.classes[k]);
    gender = h.gender ?? gender;
  }
  return { has, classes, gender, plural };
}

/** Extra classes from the whole title ("foreign minister", "secretary of state" → diplomat; "head of state" → leader). */
export function titleClasses(text: string, base: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < base.length; k++) add(out, base[k]);
  const low = lowerString(text);
  if ((low.includes('foreign') && (low.includes('minist') || low.includes('secretary') || low.includes('affairs'))) || low.includes('secretary of state') || low.includes('diplomacy chief') || low.includes('foreign policy chief') || low.includes('top diplomat')) add(out, 'diplomat');
  if (low.includes('head of state') || low.includes('head of government')) add(out, 'leader');
  if (low.includes('prime minister')) {
    add(out, 'pm');
    add(out, 'leader');
  }
  if (low.includes('duma') || low.includes('parliament') || low.includes('senat') || low.includes('congress')) add(out, 'lawmaker');
  return out;
}

/** Adds `c` to the list of classes unless it holds it (a set's insertion order). */
function add(list: string[], c: string): void {
  if (!list.includes(c)) list.push(c);
}

const ORG_GEO_FILTER = new WordFilter([...KNOWN_ORGS.keys(), ...GEO.keys(), ...CAPITALS.keys()]);

/** The organisation or country a title names: its first qualifier ("Russian" → "Russia", "State Duma"). */
export function orgOf(tokens: TokenList, a: number, b: number): string | null {
  for (let i = a; i < b; i++) {
    if (tokens.k(i) !== 'w') continue;
    for (let n = 3; n >= 2; n--) {
      if (i + n > b) continue;
      // most word pairs and triples are no organisation or place: the filter turns them away before the key is built
      if (!ORG_GEO_FILTER.maybe(tokensHash(tokens, i, i + n))) continue;
      const words: string[] = new Array<string>(n);
      for (let j = i; j < i + n; j++) words[j - i] = tokens.l(j);
      const key = words.join(' ');
      const known = KNOWN_ORGS.get(key) ?? geoOf(key);
      if (known) return known;
    }
    const g = geoOf(tokens.l(i));
    if (g && (tokens.cap(i) || tokens.l(i) === 'us')) return g;
    const k = KNOWN_ORGS.get(tokens.l(i));
    if (k && tokens.cap(i)) return k;
    if (tokens.cap(i) && i + 1 < b && ORG_HEADS.has(tokens.l(i + 1)) && tokens.cap(i + 1)) return `${tokens.t(i)} ${tokens.t(i + 1)}`;
  }
  return null;
}

function finish(tokens: TokenList, text: string, a: number, b: number, lex: Lexicon, attached: boolean): TitleInfo | null {
  // drop leading links, possessives and stop words
  while (a < b && (wordClass(tokens, a, lex) === 'link' || tokens.k(a) === 's' || wordClass(tokens, a, lex) === 'stop')) a++;
  while (b > a && (wordClass(tokens, b - 1, lex) === 'link' || tokens.k(b - 1) === 's')) b--;
  if (a >= b) return null;
  const h = headInfo(tokens, a, b, lex);
  if (!h.has && !(b - a === 1 && tokens.classify(a, lex) === 'hon')) return null;
  const str = text.slice(tokens.s(a), tokens.e(b - 1));
  const ofList: string[] = [];
  if (h.plural) for (let i = a; i < b; i++) if (tokens.k(i) === 'w' && geoOf(tokens.l(i)) && tokens.cap(i)) ofList.push(tokens.t(i));
  return { a, b, text: str, org: orgOf(tokens, a, b), classes: titleClasses(str, h.classes), gender: h.gender, plural: h.plural, ofList, attached };
}

/** The title directly before the name starting at token `a`, if any. */
export function titleBefore(tokens: TokenList, sents: Int32Array, text: string, a: number, lex: Lexicon): TitleInfo | null {
  let end = a;
  if (end > 0 && tokens.k(end - 1) === 's') end--;
  let i = end - 1;
  const sent = sents[a];
  let lastRole = -1;
  for (; i >= 0 && end - i <= MAX_ZONE; i--) {
    if (sents[i] !== sent || tokens.nl(i + 1) > 0) break;
    const c = wordClass(tokens, i, lex);
    if (c === null) break;
    if (c === 'link') {
      if (tokens.l(i) === 'and' && !(i > 1 && wordClass(tokens, i + 1, lex) === 'geo' && wordClass(tokens, i - 1, lex) === 'geo' && tokens.l(i - 2) === 'of')) break;
      if (tokens.l(i) === 'the' && !(i > 0 && tokens.l(i - 1) === 'of')) break;
      // "an aide to President X", "the chairman of President X's council": the role before the preposition is someone else's
      if ((tokens.l(i) === 'to' || tokens.l(i) === 'of' || tokens.l(i) === 'for') && lastRole > i && tokens.cap(i + 1) && wordClass(tokens, i + 1, lex) === 'role') break;
      continue;
    }
    if (c === 'role' || c === 'hon') lastRole = i;
    if (c === 'stop') break;
    // a capitalised unknown word belongs to the title only before a role or an organisation word ("Emergencies Minister")
    if ((c === 'name' || c === 'place') && i + 1 < end && !TITLE_PARTS.has(wordClass(tokens, i + 1, lex))) break;
  }
  if (lastRole < 0 || (end > 0 && wordClass(tokens, end - 1, lex) === 'link')) return null;
  return finish(tokens, text, i + 1, end, lex, true);
}

/** A title in apposition after the name: ", Russia’s top diplomat," / ", a spokeswoman for the campaign,". */
export function titleAfter(tokens: TokenList, sents: Int32Array, text: string, b: number, lex: Lexicon): TitleInfo | null {
  if (b >= tokens.length || !tokens.is(b, ',')) return null;
  let i = b + 1;
  if (i < tokens.length && (tokens.l(i) === 'the' || tokens.l(i) === 'a' || tokens.l(i) === 'an')) i++;
  const start = i;
  let roleAt = -1;
  for (; i < tokens.length && i - start < MAX_ZONE; i++) {
    if (sents[i] !== sents[b] || tokens.nl(i) > 0) break;
    if (tokens.k(i) === 'p' && !tokens.is(i, '-')) break;
    if (tokens.k(i) === 'q') break;
    if (roleAt < 0) {
      const c = wordClass(tokens, i, lex);
      if (c === 'role') roleAt = i;
      else if (c === null || c === 'stop' || (c === 'link' && i === start)) return null;
      if (i - start > 4) return null;
    }
  }
  if (roleAt < 0) return null;
  if (i < tokens.length && !tokens.is(i, ',') && !tokens.is(i, '.') && sents[i] === sents[b]) return null;
  return finish(tokens, text, start, i, lex, false);
}

/** A title in apposition before the name: "the head of the Foreign Ministry’s press office, Maria Zakharova". */
export function appositiveBefore(tokens: TokenList, sents: Int32Array, text: string, a: number, lex: Lexicon): TitleInfo | null {
  if (a < 2 || !tokens.is(a - 1, ',')) return null;
  let i = a - 2;
  const sent = sents[a];
  for (; i >= 0 && a - 1 - i <= MAX_ZONE; i--) {
    if (sents[i] !== sent || tokens.k(i) === 'q' || (tokens.k(i) === 'p' && !tokens.is(i, '-'))) break;
    if ((tokens.l(i) === 'the' || tokens.l(i) === 'a') && !(i > 0 && tokens.l(i - 1) === 'of')) break;
  }
  if (i < 0 || (tokens.l(i) !== 'the' && tokens.l(i) !== 'a')) return null;
  const start = i + 1;
  if (start >= a - 1) return null;
  const c = wordClass(tokens, start, lex);
  if (c !== 'role' && c !== 'mod' && c !== 'geo' && c !== 'org') return null;
  let role = false;
  for (let j = start; j < Math.min(start + 5, a - 1); j++) if (wordClass(tokens, j, lex) === 'role') role = true;
  if (!role) return null;
  return finish(tokens, text, start, a - 1, lex, false);
}
