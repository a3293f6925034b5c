/**
 * Titles around a name: the title directly before it ("US Secretary of State Antony Blinken",
 * "Russia’s Ambassador to Hanoi …", "Slovak Prime Minister’s Robert Fico"), appositives before
 * ("the head of the press office, Maria Zakharova") and after ("Sergey Lavrov, Russia’s top diplomat,").
 */
import { CAPITALS, classifyToken, GEO, geoOf, HONORIFICS, KNOWN_ORGS, ORG_HEADS, ROLE_MODIFIERS, TITLE_LINKS, type Lexicon, type WordClass } from '../lexicon';
import { tokensHash, type Token, type TokenList } from './tokens';
import { WordFilter } from '../lexicon/filter';

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

function wordClass(t: Token, lex: Lexicon): WordClass | 'link' | 'poss' | null {
  if (t.k === 's') return 'poss';
  if (t.k !== 'w') return null;
  // every link word has at most three letters
  if (!t.cap && t.len <= 3 && TITLE_LINKS.has(t.l)) return 'link';
  const c = classifyToken(t, lex);
  // "First Deputy Prime Minister": a modifier even where it is no name
  if (c === 'stop' && ROLE_MODIFIERS.has(t.l)) return 'mod';
  if (c === 'stop' || c === 'name' || c === 'place') return t.cap ? c : null;
  return c;
}

function headInfo(tokens: TokenList, a: number, b: number, lex: Lexicon) {
  const classes = new Set<string>();
  let gender: 'm' | 'f' | null = null;
  let plural = false;
  let has = false;
  for (let i = a; i < b; i++) {
    const l = tokens.get(i).l;
    // a rank abbreviation ("Maj. Gen.") is a role
    const rank = HONORIFICS.get(l);
    let h = lex.roleHead(l) ?? (rank ? lex.roleHead(rank) : undefined);
    if (!h && l.endsWith('s') && !tokens.get(i).cap) {
      h = lex.roleHead(l.slice(0, -1));
      if (h) plural = true;
    } else if (!h && l.endsWith('s') && tokens.get(i).cap && lex.roleHead(l.slice(0, -1))) {
      h = lex.roleHead(l.slice(0, -1));
      plural = true;
    }
    if (!h) continue;
    has = true;
    for (const c of h.classes) classes.add(c);
    gender = h.gender ?? gender;
  }
  return { has, classes, gender, plural };
}

/** Extra classes from the whole title ("foreign minister", "secretary of state" → diplomat; "head of state" → leader). */
export function titleClasses(text: string, base: Iterable<string>): string[] {
  const out = new Set(base);
  const low = text.toLowerCase();
  if ((low.includes('foreign') && (low.includes('minist') || low.includes('secretary') || low.includes('affairs'))) || low.includes('secretary of state') || low.includes('diplomacy chief') || low.includes('foreign policy chief') || low.includes('top diplomat')) out.add('diplomat');
  if (low.includes('head of state') || low.includes('head of government')) out.add('leader');
  if (low.includes('prime minister')) out.add('pm').add('leader');
  if (low.includes('duma') || low.includes('parliament') || low.includes('senat') || low.includes('congress')) out.add('lawmaker');
  return [...out];
}

const ORG_GEO_FILTER = new WordFilter([...KNOWN_ORGS.keys(), ...GEO.keys(), ...CAPITALS.keys()]);

/** The organisation or country a title names: its first qualifier ("Russian" → "Russia", "State Duma"). */
export function orgOf(tokens: TokenList, a: number, b: number): string | null {
  for (let i = a; i < b; i++) {
    const t = tokens.get(i);
    if (t.k !== 'w') continue;
    for (let n = 3; n >= 2; n--) {
      if (i + n > b) continue;
      // most word pairs and triples are no organisation or place: the filter turns them away before the key is built
      if (!ORG_GEO_FILTER.maybe(tokensHash(tokens, i, i + n))) continue;
      const words: string[] = new Array<string>(n);
      for (let j = i; j < i + n; j++) words[j - i] = tokens.get(j).l;
      const key = words.join(' ');
      const known = KNOWN_ORGS.get(key) ?? geoOf(key);
      if (known) return known;
    }
    const g = geoOf(t.l);
    if (g && (t.cap || t.l === 'us')) return g;
    const k = KNOWN_ORGS.get(t.l);
    if (k && t.cap) return k;
    if (t.cap && i + 1 < b && ORG_HEADS.has(tokens.get(i + 1).l) && tokens.get(i + 1).cap) return `${t.t} ${tokens.get(i + 1).t}`;
  }
  return null;
}

function finish(tokens: TokenList, text: string, a: number, b: number, lex: Lexicon, attached: boolean): TitleInfo | null {
  // drop leading links, possessives and stop words
  while (a < b && (wordClass(tokens.get(a), lex) === 'link' || tokens.get(a).k === 's' || wordClass(tokens.get(a), lex) === 'stop')) a++;
  while (b > a && (wordClass(tokens.get(b - 1), lex) === 'link' || tokens.get(b - 1).k === 's')) b--;
  if (a >= b) return null;
  const h = headInfo(tokens, a, b, lex);
  if (!h.has && !(b - a === 1 && classifyToken(tokens.get(a), lex) === 'hon')) return null;
  const str = text.slice(tokens.get(a).s, tokens.get(b - 1).e);
  const ofList: string[] = [];
  if (h.plural) for (let i = a; i < b; i++) if (tokens.get(i).k === 'w' && geoOf(tokens.get(i).l) && tokens.get(i).cap) ofList.push(tokens.get(i).t);
  return { a, b, text: str, org: orgOf(tokens, a, b), classes: titleClasses(str, h.classes), gender: h.gender, plural: h.plural, ofList, attached };
}

/** The title directly before the name starting at token `a`, if any. */
export function titleBefore(tokens: TokenList, sents: Int32Array, text: string, a: number, lex: Lexicon): TitleInfo | null {
  let end = a;
  if (end > 0 && tokens.get(end - 1).k === 's') end--;
  let i = end - 1;
  const sent = sents[a];
  let lastRole = -1;
  for (; i >= 0 && end - i <= MAX_ZONE; i--) {
    const t = tokens.get(i);
    if (sents[i] !== sent || tokens.get(i + 1).nl > 0) break;
    const c = wordClass(t, lex);
    if (c === null) break;
    if (c === 'link') {
      if (t.l === 'and' && !(i > 1 && wordClass(tokens.get(i + 1), lex) === 'geo' && wordClass(tokens.get(i - 1), lex) === 'geo' && tokens.get(i - 2).l === 'of')) break;
      if (t.l === 'the' && !(i > 0 && tokens.get(i - 1).l === 'of')) break;
      // "an aide to President X", "the chairman of President X's council": the role before the preposition is someone else's
      if ((t.l === 'to' || t.l === 'of' || t.l === 'for') && lastRole > i && tokens.get(i + 1).cap && wordClass(tokens.get(i + 1), lex) === 'role') break;
      continue;
    }
    if (c === 'role' || c === 'hon') lastRole = i;
    if (c === 'stop') break;
    // a capitalised unknown word belongs to the title only before a role or an organisation word ("Emergencies Minister")
    if ((c === 'name' || c === 'place') && i + 1 < end && !TITLE_PARTS.has(wordClass(tokens.get(i + 1), lex))) break;
  }
  if (lastRole < 0 || (end > 0 && wordClass(tokens.get(end - 1), lex) === 'link')) return null;
  return finish(tokens, text, i + 1, end, lex, true);
}

/** A title in apposition after the name: ", Russia’s top diplomat," / ", a spokeswoman for the campaign,". */
export function titleAfter(tokens: TokenList, sents: Int32Array, text: string, b: number, lex: Lexicon): TitleInfo | null {
  if (b >= tokens.length || tokens.get(b).t !== ',' ) return null;
  let i = b + 1;
  if (i < tokens.length && (tokens.get(i).l === 'the' || tokens.get(i).l === 'a' || tokens.get(i).l === 'an')) i++;
  const start = i;
  let roleAt = -1;
  for (; i < tokens.length && i - start < MAX_ZONE; i++) {
    const t = tokens.get(i);
    if (sents[i] !== sents[b] || t.nl > 0) break;
    if (t.k === 'p' && t.t !== '-') break;
    if (t.k === 'q') break;
    if (roleAt < 0) {
      const c = wordClass(t, lex);
      if (c === 'role') roleAt = i;
      else if (c === null || c === 'stop' || (c === 'link' && i === start)) return null;
      if (i - start > 4) return null;
    }
  }
  if (roleAt < 0) return null;
  if (i < tokens.length && tokens.get(i).t !== ',' && tokens.get(i).t !== '.' && sents[i] === sents[b]) return null;
  return finish(tokens, text, start, i, lex, false);
}

/** A title in apposition before the name: "the head of the Foreign Ministry’s press office, Maria Zakharova". */
export function appositiveBefore(tokens: TokenList, sents: Int32Array, text: string, a: number, lex: Lexicon): TitleInfo | null {
  if (a < 2 || tokens.get(a - 1).t !== ',') return null;
  let i = a - 2;
  const sent = sents[a];
  for (; i >= 0 && a - 1 - i <= MAX_ZONE; i--) {
    const t = tokens.get(i);
    if (sents[i] !== sent || t.k === 'q' || (t.k === 'p' && t.t !== '-')) break;
    if ((t.l === 'the' || t.l === 'a') && !(i > 0 && tokens.get(i - 1).l === 'of')) break;
  }
  if (i < 0 || (tokens.get(i).l !== 'the' && tokens.get(i).l !== 'a')) return null;
  const start = i + 1;
  if (start >= a - 1) return null;
  const c = wordClass(tokens.get(start), lex);
  if (c !== 'role' && c !== 'mod' && c !== 'geo' && c !== 'org') return null;
  let role = false;
  for (let j = start; j < Math.min(start + 5, a - 1); j++) if (wordClass(tokens.get(j), lex) === 'role') role = true;
  if (!role) return null;
  return finish(tokens, text, start, a - 1, lex, false);
}
