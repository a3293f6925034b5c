import type { ArticleStructure, LexiconExtension, Official, PersonMention, Quote } from '../types';
import { DEMONYM, GEO, HONORIFICS, KNOWN_OFFICIALS, makeLexicon, PLACES, type Lexicon } from '../lexicon';
import { byFirstMention, inOrder, linkPeople, sortInPlace, type Candidate, type Person } from './link';
import { nameSegments, partOfOrgOrPlace, personCueAround } from './names';
import { resolveRefs, type Ref } from './refs';
import { appositiveBefore, titleAfter, titleBefore, type TitleInfo } from './titles';
import { handOverTokens, retireTokens, tokenize, type TokenList, type Tokenized } from './tokens';
import { joinedHash, WordFilter } from '../lexicon/filter';
import { lowerString } from './token';
import './shapes';

export { tokenize, type Token, type Sentence, type Tokenized } from './tokens';

/** What people finding needs besides the text. */
export interface PeopleContext {
  structure: ArticleStructure;
  quotes: Quote[];
  /** User additions to the built-in lexicon. */
  lexicon?: LexiconExtension;
  /** Keep the tokens for the claims layer that runs next (it releases them). */
  keepTokens?: boolean;
}

let cache: { text: string; quotes: readonly Quote[]; result: Tokenized } | null = null;

/**
 * Drops the shared tokens (the claims layer calls it when done, so no analysis outlives its call).
 * Their list must not be read afterwards: its rows serve the next text.
 */
export function releaseTokens(): void {
  if (cache) retireTokens(cache.result);
  cache = null;
}

/**
 * Tokenises once per text and quote list (the people and claims layers share the result). With
 * `list`, for the people layer: never a result whose list was handed over to the claims layer.
 */
export function tokensOf(text: string, quotes: readonly Quote[], keep = true, list = false): Tokenized {
  if (cache && cache.text === text && cache.quotes === quotes && !(list && cache.result.list.retired)) return cache.result;
  const result = tokenize(text, quotes);
  cache = keep ? { text, quotes, result } : null;
  return result;
}

/** "Presidents of Belarus" → "President of Belarus": the first plural word loses its s (word by word, linear). */
function singular(title: TitleInfo, text: string): string {
  if (!title.plural) return text;
  let done = false;
  return text.replace(/\p{L}+/gu, (w) => {
    if (done || !/^\p{Lu}?\p{Ll}+s$/u.test(w)) return w;
    done = true;
    return w.slice(0, -1);
  });
}

/** Places and countries: most name candidates are turned away by the filter without building their joined words. */
const PLACE_FILTER = new WordFilter([...PLACES, ...GEO.keys()]);
const isPlace = (w: string): boolean => PLACES.has(w) || GEO.has(w);

function candidates(tk: Tokenized, text: string, lex: Lexicon): Candidate[] {
  const { list: tokens, sent } = tk;
  const segs = nameSegments(tokens, tk.flags, sent, lex);
  const out: Candidate[] = [];
  let shared: { text: string[]; next: number } | null = null;
  for (let k = 0; k < segs.length; k++) {
    const seg = segs[k];
    if (partOfOrgOrPlace(tokens, sent, seg, lex)) continue;
    const whole = PLACE_FILTER.maybe(joinedHash(seg.words)) && isPlace(seg.words.join(' '));
    const placeLike = whole || (seg.words.length > 1 && !seg.firstName && PLACE_FILTER.maybe(tokens.lowHash(seg.b - 1)) && PLACES.has(seg.words[seg.words.length - 1]));
    let title = titleBefore(tokens, sent, text, seg.a, lex) ?? appositiveBefore(tokens, sent, text, seg.a, lex);
    let override: string | null = null;
    if (shared && shared.next === seg.a) {
      title = null;
      override = shared.text.shift() ?? null;
    }
    shared = null;
    if (title?.plural) {
      // "Presidents of Belarus and Russia Alexander Lukashenko and Vladimir Putin"
      const head = singular(title, title.text);
      const base = head.split(/(?<!\s)\s+of\s+/)[0];
      const list = title.ofList.length > 1 ? title.ofList.map((g) => `${base} of ${g}`) : [head, head];
      override = list[0];
      if (tokens.get(seg.b)?.l === 'and') shared = { text: list.slice(1), next: seg.b + 1 };
    }
    // a lone word after a title that does not end in a role ("director of the Institute for Policy Integrity") is no name
    if (title && seg.b - seg.a === 1 && title.attached && !endsInRole(tokens, title, lex)) title = null;
    if (!title && !override) title = titleAfter(tokens, sent, text, seg.b, lex);
    const known = lex.known.size > 0 && (lex.known.has(seg.words.join(' ')) || lex.known.has(seg.words[seg.words.length - 1]));
    const multi = seg.b - seg.a > 1;
    if (placeLike && !title && !override && !seg.placeSurname) continue;
    const strong = !seg.caps && (!!title || !!override || known || seg.firstName || personCueAround(tk, seg.a, seg.b));
    if (!strong && multi && seg.sentenceInitial && !seg.firstName && seg.words.length === 2) {
      // "Thanks to …", "Regardless of …": a capitalised first word alone is weak evidence
      if (seg.words[0].length > 2 && /(?:ly|ing|ed|s)$/.test(seg.words[0])) continue;
    }
    const c: Candidate = seg;
    c.title = title;
    c.titleOverride = override;
    c.strong = strong;
    if (!title && override) c.title = { a: seg.a, b: seg.a, text: override, org: null, classes: [], gender: null, plural: false, ofList: [], attached: false };
    out.push(c);
  }
  return out;
}

function endsInRole(tokens: TokenList, title: TitleInfo, lex: Lexicon): boolean {
  const l = tokens.l(title.b - 1);
  return !!lex.roleHead(l) || HONORIFICS.has(l) || (l.endsWith('s') && !!lex.roleHead(l.slice(0, -1)));
}

const ALNUM = /[\p{L}\p{N}]/u;

const STATE_ROLES = /^(?:(?:acting|former|first|deputy|vice)\s+)*(?:president|president-elect|prime minister|premier|chancellor|foreign minister|defense minister|minister|leader|king|queen|head of state)\b/i;

/** "President Vladimir Putin" → "Russian President": a bare state title of a well-known official takes its country. */
function qualifyTitle(p: Person): void {
  if (!p.title || p.org) return;
  const country = KNOWN_OFFICIALS.get(lowerString(p.name));
  if (!country || !STATE_ROLES.test(p.title)) return;
  // "President of Belarus" already names its country
  if (p.title.split(/[\s’']+/).some((w) => GEO.has(w.toLowerCase()))) return;
  const adjective = DEMONYM.get(country);
  if (!adjective) return;
  p.title = `${adjective} ${p.title}`;
  p.org = country;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Letters and digits (ASCII, lower case) in words joined by single spaces: the slug is the string with dashes for spaces. */
function plainWords(low: string): boolean {
  let space = true;
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) space = false;
    else if (c === 32 && !space) space = true;
    else return false;
  }
  return !space || low.length === 0;
}

function slug(s: string): string {
  let out = '';
  let dash = false;
  const low = lowerString(s);
  if (isAscii(low)) {
    if (plainWords(low)) return low.length === 0 ? 'person' : low.replaceAll(' ', '-');
    // the same walk by index (no string per character)
    for (let i = 0; i < low.length; i++) {
      const c = low.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (dash && out) out += '-';
        out += low[i];
        dash = false;
      } else dash = true;
    }
    return out || 'person';
  }
  for (const ch of low) {
    const c = ch.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && ALNUM.test(ch))) {
      if (dash && out) out += '-';
      out += ch;
      dash = false;
    } else dash = true;
  }
  return out || 'person';
}

/** Spans by start, the longest first among those starting together. */
const byStartLongest = (a: { start: number; end: number }, b: { start: number; end: number }): number => a.start - b.start || b.end - a.end;

function toOfficials(people: Person[], refs: Ref[], text: string): Official[] {
  const used = new Set<string>();
  const all: number[] = new Array<number>(people.length);
  for (let i = 0; i < people.length; i++) all[i] = i;
  const order = byFirstMention(people, all);
  const idOf = new Map<number, string>();
  // the next number to try after each slug (a taken id stays taken, so the search resumes where it stopped)
  const nextN = new Map<string, number>();
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const base = slug(people[i].name);
    let id = base;
    if (used.has(id)) {
      let n = nextN.get(base) ?? 2;
      while (used.has((id = `${base}-${n}`))) n++;
      nextN.set(base, n + 1);
    }
    used.add(id);
    idOf.set(i, id);
  }
  const refsOf = new Map<number, Ref[]>();
  for (let k = 0; k < refs.length; k++) {
    const r = refs[k];
    const list = refsOf.get(r.person);
    if (list) list.push(r);
    else refsOf.set(r.person, [r]);
  }
  const out: Official[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const p = people[i];
    out.push({ id: idOf.get(i) ?? slug(p.name), name: p.name, title: p.title, org: p.org, mentions: mentionsOf(p, refsOf.get(i), text) });
  }
  return out;
}

/** The mentions of person `p`: its name mentions (one per stretch of text), then its references `refs` not inside them. */
function mentionsOf(p: Person, refs: Ref[] | undefined, text: string): PersonMention[] {
  // one stretch of text is one mention: the longest of those starting together, none inside it
  const names: Person['mentions'] = [];
  const sorted = inOrder(p.mentions, byStartLongest) ? p.mentions : p.mentions.slice().sort(byStartLongest);
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k];
    if (!names.length || m.start >= names[names.length - 1].end) names.push(m);
  }
  const mentions: PersonMention[] = [];
  for (let k = 0; k < names.length; k++) {
    const m = names[k];
    const out: PersonMention = { start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: 'name' };
    if (m.titled) out.titled = true;
    mentions.push(out);
  }
  const other = refs ? sortInPlace(refs, byStartLongest) : [];
  let k = 0;
  let refEnd = -1;
  for (let j = 0; j < other.length; j++) {
    const r = other[j];
    if (r.start < refEnd) continue; // "chief" inside "chief executive": one reference
    // a role word inside the person's own titled mention ("former chairman" in "former chairman of … X") is no new mention
    while (k < names.length && names[k].end <= r.start) k++;
    if (k < names.length && names[k].start < r.end) continue;
    refEnd = r.end;
    mentions.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), kind: r.kind });
  }
  return mentions;
}

/**
 * Named people and their roles: every name mention (titled or not), with role-only and pronoun
 * references resolved to the person they point to. People without a role have `title: null`.
 */
export function findOfficials(text: string, ctx: PeopleContext): Official[] {
  if (!text) return [];
  const lex = makeLexicon(ctx.lexicon);
  const tk = tokensOf(text, ctx.quotes, !!ctx.keepTokens, true);
  const linked = linkPeople(candidates(tk, text, lex), tk, text, lex);
  const people: Person[] = [];
  for (let k = 0; k < linked.length; k++) if (linked[k].mentions.length > 0) people.push(linked[k]);
  for (let k = 0; k < people.length; k++) qualifyTitle(people[k]);
  const headlineEnd = ctx.structure.headline ? ctx.structure.headline.end : 0;
  const refs = resolveRefs(tk, people, text, lex, headlineEnd);
  // tokens nobody keeps (no claims layer after this one, no earlier caller sharing them) are done; kept ones go to the claims layer
  if (cache?.result !== tk) retireTokens(tk);
  else handOverTokens(tk);
  return toOfficials(people, refs, text);
}
