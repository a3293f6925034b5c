/**
 * The source of a statement: the noun phrase next to the cue, resolved to a person of the people
 * layer, an organisation ("the Russian Emergencies Ministry"), a country by metonymy ("Kiev" →
 * Ukraine), an earlier organisation ("the ministry", "the statement"), or an unnamed source.
 */
import { ANONYMOUS_SOURCES, CAPITALS, GEO, geoOf, KNOWN_ORGS, NOT_NAMES, ORG_ANAPHORS, ORG_HEADS, ROLE_MODIFIERS } from '../lexicon';
import type { TokenList } from '../people/token-list';

/** A resolved source. */
export interface Source {
  speaker: string | null;
  /** Index into the officials list when the source is a person. */
  official: number;
  anonymous: boolean;
  /** Token range of the source as written. */
  a: number;
  b: number;
  kind: 'person' | 'org' | 'anon' | 'none';
}

/** What resolution needs: person mentions by token, the last organisation speaker, the previous unit's first person. */
export interface SourceContext {
  tokens: TokenList;
  /** Token index → official whose mention starts there, or -1. */
  personOf: Int32Array;
  /** Token index → end token (exclusive) of the mention starting there (read where personOf ≥ 0). */
  personEnd: Int32Array;
  names: string[];
  /** Title and organisation of each official, lowercased ("kremlin spokesman"), where known. */
  roles?: string[];
  lastOrg: string | null;
  /** First person named in the previous unit ("According to these statements"). */
  prevPerson: number;
  /** Token index → first token of the person mention covering it, or -1. */
  mentionStart: Int32Array;
  /** Official → 'm' or 'f' when a pronoun refers to them, else ''. */
  genders?: string[];
  /** Token index → tokenShapes() bits. */
  shapes: Uint8Array;
}

/** How far back a possessive pronoun looks for its owner. */
const OWNER_SPAN = 80;

/**
 * "his support for X", "her claim that …": the person a possessive pronoun at token i refers to, the
 * nearest person mentioned before it whose pronouns are not of the other gender; "their" and "its" own nothing here.
 */
export function possessiveOwner(ctx: SourceContext, i: number): Source {
  const l = ctx.tokens.l(i);
  const g = l === 'his' ? 'm' : l === 'her' ? 'f' : '';
  let near = -1;
  for (let j = i - 1; g && j >= 0 && i - j <= OWNER_SPAN; j--) {
    const p = ctx.mentionStart[j] === j ? ctx.personOf[j] : -1;
    if (p < 0) continue;
    const pg = ctx.genders?.[p] ?? '';
    // the nearest person of the pronoun's gender, else the nearest of none known
    if (pg === g) {
      near = p;
      break;
    }
    if (!pg && near < 0) near = p;
  }
  return near >= 0 ? newSource(ctx.names[near], near, false, i, i + 1, 'person') : unresolved(i, i + 1);
}

const ANON_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'another', 'senior', 'high-ranking', 'informed', 'diplomatic', 'military', 'unnamed', 'anonymous', 'government', 'western', 'u.s', 'us']);
/** "A spokesman for the government said": an official, but unnamed. */
const UNNAMED_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'official', 'diplomat', 'aide', 'adviser', 'advisor', 'member', 'employee', 'staffer', 'officer', 'lawmaker', 'senator', 'minister']);
/** Unnamed roles that speak on an organisation's behalf. */
const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative']);
const ANON_LINKS = new Set(['in', 'at', 'of', 'for', 'from', 'close', 'within', 'familiar', 'with', 'inside', 'near']);
/** Unnamed people of someone, linked by "to" as well: "aides to Jane Doe", "advisers to the senator". */
const PEOPLE_OF = new Set(['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'ally', 'allies', 'associates', 'confidants']);
const GROUPS = new Set(['team', 'campaign', 'administration', 'government', 'office', 'aides', 'allies', 'camp', 'staff', 'lawyers', 'family', 'spokesman', 'spokeswoman', 'party', 'cabinet', 'advisers', 'advisors', 'supporters']);
const SKIP = new Set(['also', 'earlier', 'later', 'has', 'have', 'had', 'been', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do', 'didn’t', "didn't", 'doesn’t', "doesn't", 'don’t', "don't", 'won’t', "won't", 'wouldn’t', "wouldn't", 'can', 'can’t', "can't", 'cannot', 'should', 'must', 'reportedly', 'repeatedly', 'previously', 'once', 'again', 'recently', 'then', 'further', 'publicly', 'openly', 'firmly', 'strongly', 'not', 'never', 'already', 'still', 'even', 'just', 'now', 'today', 'yesterday', 'only', 'clearly', 'explicitly', 'directly', 'personally', 'first', 'subsequently', 'previously', 'often', 'sometimes', 'always', 'long', 'yet', 'twice', 'immediately', 'formally', 'officially', 'quickly']);
const CLAUSE = new Set(['that', 'which', 'who', 'whom', 'but', 'while', 'when', 'as', 'because', 'if', 'although', 'though', 'whereas', 'where', 'after', 'before', 'since', 'until', 'so', 'or', 'than', 'what', 'how', 'why', 'whether', 'to', 'said', 'says', 'told']);
const DATE_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'back', 'week', 'month', 'year', 'last', 'this']);

/** Lowercase words in -ly that are nouns or adjectives, not adverbs before a cue ("the family said"). */
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'rally', 'daily', 'weekly', 'monthly', 'quarterly', 'bully', 'supply', 'reply', 'anomaly', 'monopoly', 'homily', 'folly', 'early', 'only', 'likely', 'friendly', 'elderly', 'lonely', 'holy', 'ugly', 'italy']);

/** A lowercase adverb in -ly ("sharply", "forcefully", "egregiously"). */
function adverb(tokens: TokenList, t: number): boolean {
  return !tokens.cap(t) && tokens.len(t) > 4 && tokens.lastCode(t) === 121 && tokens.l(t).endsWith('ly') && !LY_NOUNS.has(tokens.l(t));
}

/** Skips adverbs, auxiliaries and date adjuncts leftwards from token i; returns the new index. */
export function skipLeft(tokens: TokenList, i: number, a: number): number {
  while (i >= a) {
    const t = i;
    // "May added …": a capitalised word opening the clause is its subject, not a modal or a date
    if (i === a && tokens.cap(t) && i > 0 && tokens.k(i - 1) !== 'w' && tokens.len(t) === 3 && tokens.l(t) === 'may') break;
    // "USA Today reported": a capitalised word after another is part of a name, not an adverb
    if (tokens.cap(t) && i > a && tokens.k(t) === 'w' && tokens.k(i - 1) === 'w' && tokens.cap(i - 1)) break;
    if (tokens.k(t) === 'w' && (SKIP.has(tokens.l(t)) || adverb(tokens, t))) i--;
    else if (tokens.k(t) === 'n' || (tokens.k(t) === 'w' && DATE_WORDS.has(tokens.l(t)))) i--;
    else if (tokens.k(t) === 'w' && (tokens.l(t) === 'in' || tokens.l(t) === 'on' || tokens.l(t) === 'at') && i + 1 < tokens.length && (tokens.k(i + 1) === 'n' || DATE_WORDS.has(tokens.l(i + 1)))) i--;
    else break;
  }
  return i;
}

/** The noun phrase ending at token `end` (inclusive), not before `a`: its start index. */
export function npLeft(tokens: TokenList, end: number, a: number, mentionStart?: Int32Array): number {
  let i = end;
  for (; i >= a && end - i < 12; i--) {
    if (mentionStart && mentionStart[i] >= a && mentionStart[i] < i) {
      i = mentionStart[i];
      continue;
    }
    const t = i;
    if (tokens.k(t) === 's') continue;
    // "Sanders’ aides": a plural possessive's apostrophe, not a closing quotation mark
    if (i > a && possessive(tokens, i) && tokens.k(i - 1) === 'w') continue;
    // "P&G", "AT&T": an ampersand inside a name
    if (tokens.k(t) === 'p' && tokens.t(t) === '&' && i > a && tokens.cap(i - 1) && tokens.e(i - 1) === tokens.s(t) && i < end && tokens.s(i + 1) === tokens.e(t)) continue;
    // "42% say", "42 percent of voters say": a share of respondents
    if (tokens.k(t) === 'p' && tokens.t(t) === '%' && i - 1 >= a && tokens.k(i - 1) === 'n' && tokens.e(i - 1) === tokens.s(t)) return shareStart(tokens, i - 1, a);
    if (tokens.k(t) === 'n' && i < end && tokens.k(i + 1) === 'w' && tokens.l(i + 1) === 'percent') return shareStart(tokens, i, a);
    if (tokens.is(t, ')')) {
      // "Rep. Gwen Moore (D-Wis.)"
      let j = i - 1;
      while (j >= a && i - j < 10 && tokens.isNot(j, '(')) j--;
      if (j < a || tokens.isNot(j, '(')) break;
      i = j;
      continue;
    }
    if (tokens.k(t) !== 'w') break;
    // "a source close to him", "people close to the talks"
    if (CLAUSE.has(tokens.l(t)) && !tokens.cap(t) && !(tokens.l(t) === 'to' && i > a && (tokens.l(i - 1) === 'close' || PEOPLE_OF.has(tokens.l(i - 1))))) break;
    // "Trump and Clinton said", not "…, and Clinton said": an "and" after a comma opens a clause
    if (tokens.l(t) === 'and' && !(i > a && tokens.k(i - 1) !== 'p' && (tokens.cap(i - 1) || (tokens.has(i + 1) && tokens.cap(i + 1))))) break;
    if (tokens.l(t) === 'and' && i === end) break;
    // "While his advisers …", "In a statement …": a sentence-initial subordinator or preposition opens no name
    if (tokens.cap(t) && i < end && (CLAUSE.has(tokens.l(t)) || OPENING_PREPS.has(tokens.l(t))) && (i === 0 || tokens.k(i - 1) !== 'w')) break;
  }
  return i + 1;
}

/** Words that may open a share of respondents before its number ("Only 52 percent", "a full 79 percent"). */
const SHARE_LEADS = new Set(['only', 'just', 'some', 'another', 'nearly', 'almost', 'about', 'roughly', 'around', 'over', 'a', 'mere', 'full', 'fully', 'the', 'all', 'still']);

/** The start of a share whose number is token n: the number and the words that lead it. */
function shareStart(tokens: TokenList, n: number, a: number): number {
  let j = n - 1;
  while (j >= a && tokens.k(j) === 'w' && SHARE_LEADS.has(tokens.l(j))) j--;
  return j + 1;
}

const OPENING_PREPS = new Set(['in', 'despite', 'during', 'on', 'at', 'for', 'with', 'from', 'like', 'unlike', 'amid', 'following', 'under', 'without', 'by', 'of']);

const NP_STOP = new Set(['for', 'at', 'from', 'with', 'on', 'in', 'during', 'after', 'before', 'as', 'while', 'when', 'that', 'who', 'and', 'but', 'to']);

/** The source after "according to": up to a comma, a quotation or the end (at most 16 tokens). */
export function npToComma(tokens: TokenList, start: number, b: number): number {
  let i = start;
  while (i < b && i - start < 16 && tokens.k(i) !== 'q' && !(tokens.k(i) === 'p' && tokens.isNot(i, '-') && tokens.isNot(i, '(') && tokens.isNot(i, ')') && tokens.isNot(i, '.'))) i++;
  return i;
}

const NUMBER_DETS = new Set(['the', 'a', 'an', 'one', 'his', 'her', 'their']);

/** The noun phrase starting at token `start`, up to a comma, quote or the end `b`: its end (exclusive). */
export function npRight(tokens: TokenList, start: number, b: number): number {
  let i = start;
  for (; i < b && i - start < 12; i++) {
    if (tokens.k(i) === 's' || (tokens.k(i) === 'n' && i === start)) continue;
    // "the 46-year-old", "a 2008 Clinton veteran": a number after a determiner, a hyphen inside a word
    if (tokens.k(i) === 'n' && NUMBER_DETS.has(tokens.l(i - 1))) continue;
    if (tokens.k(i) === 'p' && tokens.t(i) === '-' && tokens.k(i - 1) === 'n' && tokens.e(i - 1) === tokens.s(i) && i + 1 < b && tokens.s(i + 1) === tokens.e(i) && tokens.k(i + 1) === 'w') continue;
    if (tokens.k(i) !== 'w' || (i > start && NP_STOP.has(tokens.l(i)))) break;
  }
  return i;
}

/** Organisation heads that may open a publication's name ("The Daily Norland", "The Times Union"). */
const PRESS_HEADS = new Set(['daily', 'weekly', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'review', 'monitor', 'telegraph', 'guardian', 'observer', 'insider', 'express', 'chronicle']);

/** First words of the known organisations of several words (no key of two or three words is joined after any other word). */
const ORG_FIRST_WORDS = new Set([...KNOWN_ORGS.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));

const OF_LINKS = new Set(['of', 'for', 'on']);

function orgAt(tokens: TokenList, i: number, b: number): { end: number; text: string } | null {
  // both ways need a capital first word: no key strings are joined for the rest
  if (!tokens.cap(i)) return null;
  // a known organisation of up to three words
  for (let n = ORG_FIRST_WORDS.has(tokens.l(i)) ? Math.min(3, b - i) : Math.min(1, b - i); n >= 1; n--) {
    let key = '';
    for (let j = i; j < i + n; j++) key += (j > i ? ' ' : '') + tokens.l(j);
    const k = KNOWN_ORGS.get(key);
    if (k) {
      // "State Duma" inside a longer capitalised name is handled below
      if (!(i + n < b && tokens.cap(i + n) && ORG_HEADS.has(tokens.l(i + n)))) return { end: i + n, text: k };
    }
  }
  // a capitalised run ending in an organisation head: "Russian Emergencies Ministry", "European Commission"
  let j = i;
  let head = -1;
  while (j < b && tokens.k(j) === 'w' && (tokens.cap(j) || (head < 0 && (ORG_HEADS.has(tokens.l(j)) || ROLE_MODIFIERS.has(tokens.l(j))) && j > i))) {
    if (ORG_HEADS.has(tokens.l(j))) head = j;
    j++;
  }
  // "Committee for a Responsible Federal Budget", "Bureau of Labor Statistics", "Council on Foreign Relations": a capitalised name after the head
  if (head === j - 1 && j + 1 < b && OF_LINKS.has(tokens.l(j))) {
    let k = j + 1;
    if (k + 1 < b && (tokens.l(k) === 'the' || tokens.l(k) === 'a')) k++;
    let e = k;
    while (e < b && tokens.k(e) === 'w' && tokens.cap(e)) e++;
    if (e > k) return { end: e, text: spanText(tokens, i, e) };
  }
  if (head >= i && tokens.cap(i) && (j - i > 1 || !ORG_ANAPHORS.has(tokens.l(i)))) {
    if (!tokens.cap(head) && (tokens.l(head) === 'newspaper' || tokens.l(head) === 'media' || tokens.l(head) === 'agency' || tokens.l(head) === 'channel' || tokens.l(head) === 'magazine')) {
      if (head === i) return null;
      return { end: head, text: spanText(tokens, i, head) };
    }
    // "The Daily Norland", "The Weekly Standard": a publication's name runs on after "The"
    if (j > head + 1 && i > 0 && tokens.l(i - 1) === 'the' && PRESS_HEADS.has(tokens.l(head))) return { end: j, text: spanText(tokens, i, j) };
    return { end: head + 1, text: spanText(tokens, i, head + 1) };
  }
  return null;
}

function spanText(tokens: TokenList, a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) s += (i > a && tokens.k(i) !== 's' ? ' ' : '') + tokens.t(i);
  return s;
}

/** A possessive marker at token i: "’s", or a plural's bare apostrophe ("Sanders’ campaign"). */
export function possessive(tokens: TokenList, i: number): boolean {
  if (!tokens.has(i)) return false;
  if (tokens.k(i) === 's') return true;
  return tokens.k(i) === 'q' && tokens.q(i) < 0 && (tokens.t(i) === '’' || tokens.t(i) === "'") && i > 0 && tokens.e(i - 1) === tokens.s(i) && tokens.lastCode(i - 1) === 115;
}

/** A source over [a, b) built only where it is returned. */
function unresolved(a: number, b: number, speaker: string | null = null, official = -1, anonymous = false, kind: Source['kind'] = 'none'): Source {
  return newSource(speaker, official, anonymous, a, b, kind);
}

/** A source object (every one made here: one hidden class). */
export function newSource(speaker: string | null, official: number, anonymous: boolean, a: number, b: number, kind: Source['kind']): Source {
  return { speaker, official, anonymous, a, b, kind };
}

/**
 * Whether the person source `p` speaks for the organisation source `org`: a spokesperson, or a title
 * naming the organisation ("Kremlin spokesman Dmitry Peskov" for "the Kremlin"), as written or as the
 * people layer knows it (`role`); the person's own name does not count ("the Trump campaign" is not
 * Trump). An unresolved organisation ("the ministry") needs a spokesperson.
 */
export function speaksFor(tokens: TokenList, p: Source, org: Source, name: string, role: string): boolean {
  if (p.kind !== 'person' || org.b <= org.a) return false;
  const named = org.kind === 'org';
  if (!named && (org.kind !== 'none' || !ORG_ANAPHORS.has(tokens.l(org.b - 1)))) return false;
  const own = name.toLowerCase().split(' ');
  const words = role ? role.split(' ') : [];
  for (let i = p.a; i < p.b; i++) if (tokens.k(i) === 'w' && !own.includes(tokens.l(i))) words.push(tokens.l(i));
  for (const w of words) {
    if (SPEAKS_FOR.has(w) || w === 'press') return true;
    if (!named || own.includes(w) || NOT_NAMES.has(w)) continue;
    for (let j = org.a; j < org.b; j++) if (tokens.cap(j) && tokens.l(j) === w) return true;
  }
  return false;
}

/** No entity of the phrase is a person, nor an organisation but a place ("a Russian official"). */
function noNamedEntity(tokens: TokenList, ents: ReadonlyArray<{ i: number; src: Source }>): boolean {
  for (let k = 0; k < ents.length; k++) {
    const e = ents[k];
    if (e.src.kind === 'person' || (e.src.kind === 'org' && !GEO.get(tokens.l(e.i)))) return false;
  }
  return true;
}

/** Resolves the source phrase [a, b). */
export function resolveSource(ctx: SourceContext, a: number, b: number): Source {
  const { tokens } = ctx;
  if (a >= b) return unresolved(a, b);
  let byAt = -1;
  for (let i = a; i < b; i++) if (tokens.len(i) === 2 && tokens.l(i) === 'by') byAt = i;
  type Ent = { i: number; end: number; src: Source };
  const ents: Ent[] = [];
  for (let i = a; i < b; i++) {
    const po = ctx.personOf[i];
    if (po >= 0) {
      const pb = ctx.personEnd[i];
      ents.push({ i, end: pb, src: newSource(ctx.names[po], po, false, i, Math.min(pb, b), 'person') });
      i = pb - 1;
      continue;
    }
    const t = i;
    if (tokens.k(t) !== 'w' || tokens.l(t) === 'the' || tokens.l(t) === 'a' || tokens.l(t) === 'an') continue;
    const org = orgAt(tokens, i, b);
    if (org) {
      ents.push({ i, end: org.end, src: newSource(org.text, -1, false, i, org.end, 'org') });
      i = org.end - 1;
      continue;
    }
    const g = tokens.cap(t) || tokens.l(t) === 'us' ? GEO.get(tokens.l(t)) ?? CAPITALS.get(tokens.l(t)) : undefined;
    if (g) ents.push({ i, end: i + 1, src: newSource(g, -1, false, i, i + 1, 'org') });
  }
  let h = b - 1;
  while (h >= a && tokens.k(h) !== 'w') h--;
  const head = h >= a ? tokens.l(h) : '';
  // "a source in the Defense Ministry", "officials close to the talks": unnamed, whatever they belong to
  let n0 = a;
  while (n0 < b && ANON_DETERMINERS.has(tokens.l(n0))) n0++;
  const unnamedRole = (tokens.l(a) === 'a' || tokens.l(a) === 'an') && UNNAMED_ROLES.has((tokens.has(n0) ? tokens.l(n0) : ''));
  const link = n0 + 1 < b ? tokens.l(n0 + 1) : '';
  const linked = ANON_LINKS.has(link) || (link === 'to' && PEOPLE_OF.has(tokens.l(n0)));
  if (linked && (ANONYMOUS_SOURCES.has(tokens.l(n0)) || unnamedRole || PEOPLE_OF.has(tokens.l(n0))) && ctx.personOf[n0] < 0) {
    // "a spokesman for the Norland government": the organisation speaks through its spokesperson; "a spokeswoman for Jane Doe" is her spokeswoman
    if (SPEAKS_FOR.has(tokens.l(n0)) && (tokens.l(n0 + 1) === 'for' || tokens.l(n0 + 1) === 'of')) {
      const org = resolveSource(ctx, n0 + 2, b);
      if (org.kind === 'org') return newSource(org.speaker, org.official, org.anonymous, a, b, org.kind);
      if (org.kind === 'person') return newSource(`${org.speaker}'s ${tokens.l(n0)}`, -1, org.anonymous, a, b, 'org');
    }
    // "aides to Jane Doe", "allies of Jane Doe": her people, unnamed
    if (PEOPLE_OF.has(tokens.l(n0)) && link !== 'close') {
      const owner = resolveSource(ctx, n0 + 2, b);
      if (owner.kind === 'person' || owner.kind === 'org') return unresolved(a, b, `${owner.speaker}'s ${tokens.l(n0)}`, -1, true, 'anon');
    }
    return unresolved(a, b, null, -1, true, 'anon');
  }
  if (ANONYMOUS_SOURCES.has(head) && noNamedEntity(tokens, ents)) {
    return unresolved(a, b, null, -1, true, 'anon');
  }
  if (ents.length) {
    if (byAt >= 0) for (let k = 0; k < ents.length; k++) if (ents[k].i > byAt) return ents[k].src;
    // the last person, else the last entity
    let bestAt = ents.length - 1;
    for (let k = ents.length - 1; k >= 0; k--) {
      if (ents[k].src.kind !== 'person') continue;
      bestAt = k;
      break;
    }
    const best = ents[bestAt].src;
    // "President-elect Donald Trump's future team": the group, not the person
    if (best.kind === 'person' && best.b < b && possessive(tokens, best.b) && h > best.b && GROUPS.has(head)) {
      return newSource(`${best.speaker}'s ${head}`, -1, best.anonymous, best.a, best.b, 'org');
    }
    return best;
  }
  // no named entity: the head noun decides
  if (h < a) return unresolved(a, b);
  if (head === 'statements' || head === 'reports' || head === 'remarks' || head === 'words') {
    if (ctx.prevPerson >= 0) return unresolved(a, b, ctx.names[ctx.prevPerson], ctx.prevPerson, false, 'person');
    return unresolved(a, b);
  }
  // a capitalised name the people layer did not take ("USA Today", "Postimees", "Zelensky’s office")
  let s = -1;
  let e = -1;
  for (let i = a; i < b; i++) {
    // "Thursday’s walk-ins", "But many Democrats": weekdays and function words name nobody
    if (tokens.k(i) === 'w' && tokens.cap(i) && !(s < 0 && (NOT_NAMES.has(tokens.l(i)) || OPENING_PREPS.has(tokens.l(i))))) {
      if (s < 0) s = i;
      e = i + 1;
    } else if (s >= 0) break;
  }
  if (s >= 0 && !geoOf(tokens.l(s)) && !(e - s === 1 && (ORG_ANAPHORS.has(tokens.l(s)) || ANONYMOUS_SOURCES.has(tokens.l(s))))) {
    const name = spanText(tokens, s, e);
    if ((tokens.has(e) && tokens.k(e) === 's') && h > e && GROUPS.has(head)) return unresolved(a, b, `${name}'s ${head}`, -1, false, 'org');
    return unresolved(a, b, name, -1, false, 'org');
  }
  if (ORG_ANAPHORS.has(head) || head === 'it') {
    if (ctx.lastOrg) return unresolved(a, b, ctx.lastOrg, -1, false, 'org');
    return unresolved(a, b);
  }
  return unresolved(a, b);
}
