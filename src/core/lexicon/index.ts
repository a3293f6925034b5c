/**
 * The built-in lexicons of the people and claims layers, and the user extension
 * (extra titles, known officials) merged into them.
 */
import type { LexiconExtension } from '../types';
import { CAPITALS, GEO, PLACE_WORDS } from './geo';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, type RoleHead } from './roles';
import { KNOWN_ORGS, ORG_HEADS } from './orgs';
import { FIRST_NAMES, SURNAME_SET } from './names';
import { PLACES } from './places';
import { WordTable, type HashedWord } from './filter';

export { CAPITALS, DEMONYM, GEO, PLACE_WORDS } from './geo';
export { KNOWN_OFFICIALS } from './known';
export { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, TITLE_LINKS, type RoleHead } from './roles';
export { ANONYMOUS_SOURCES, KNOWN_ORGS, KNOWN_ORG_MAX_WORDS, ORG_ANAPHORS, ORG_HEADS } from './orgs';
export { CUES, cuesFor, cuesForToken, OBJECT_FIRST, type CueForm, type CueKind } from './cues';
export { FIRST_NAMES, SURNAME_SET } from './names';
export { PLACES } from './places';

/** Capitalised words that are never names: function words, months, weekdays, sentence adverbs. */
export const NOT_NAMES = new Set(
  (
    'the a an in on at of for to from by with and or but if when while as after before since until during ' +
    'this that these those there here it its he she his her him they them their we our us you your i my me ' +
    'who what which where why how all some any no not one two three four five six seven eight nine ten ' +
    'january february march april may june july august september october november december jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today ' +
    'yesterday tomorrow tonight read more also however meanwhile moreover thus so yet then now earlier later ' +
    'recently additionally furthermore according unfortunately fortunately besides indeed still nevertheless ' +
    'below above both either neither each every many much most other another such same only just even ' +
    'new old great big first second third last next mr mrs ms dr islam christianity god allah internet ' +
    'covid-19 covid coronavirus mps christmas easter ramadan olympics olympic world cup league championship ' +
    'open grand prix division round final finals group games game club team stadium ' +
    // verbs and prepositions a title-case headline capitalises ('Clinton Is Unfit', 'Trump Over Tax Returns')
    'is are was were be been has have had over into about against amid up out off than under via without within through ' +
    // never names: plural nouns of people ('Traders said …'), a faith, fields of study, championships
    'women men others traders dealers catholic catholics championships studies economics ' +
    // contractions of I ('I’m sure,' she said)
    'i’m i\'m i’ve i\'ve i’d i\'d i’ll i\'ll'
  ).split(' '),
);

/** Person words and their gender. */
export const PRONOUNS: Map<string, 'm' | 'f'> = new Map([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f'],
]);

/** What a user may add in settings. */
export type { LexiconExtension } from '../types';

/** The lexicon in effect for one analysis: built-ins plus the user's additions. */
export interface Lexicon {
  roleHead(word: string): RoleHead | undefined;
  /** Known officials: lowercased surname or full name → canonical name, title, org. */
  known: Map<string, { name: string; title: string | null; org: string | null }>;
}

const BUILTIN: Lexicon = { roleHead: (w) => ROLE_HEADS.get(w), known: new Map() };

// user settings are untrusted: anything but an array of strings / of { name: string } is skipped
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Builds the lexicon for one analysis (the built-in one when there is no extension). */
export function makeLexicon(ext?: LexiconExtension): Lexicon {
  if (!ext || (!ext.titles?.length && !ext.officials?.length)) return BUILTIN;
  const extra = new Map<string, RoleHead>();
  for (const t of list(ext.titles)) {
    const w = str(t)?.toLowerCase();
    if (w) extra.set(w.split(/\s+/).pop() ?? w, { classes: [w], gender: null });
  }
  const known = new Map<string, { name: string; title: string | null; org: string | null }>();
  for (const o of list(ext.officials) as Array<Record<string, unknown> | null>) {
    const name = str(o?.name);
    if (!name) continue;
    const v = { name, title: str(o?.title), org: str(o?.org) };
    known.set(name.toLowerCase(), v);
    const parts = name.split(/\s+/);
    known.set(parts[parts.length - 1].toLowerCase(), v);
  }
  return { roleHead: (w) => ROLE_HEADS.get(w) ?? extra.get(w), known };
}

/** Canonical country of a geographic qualifier ("Russian" → "Russia"), or undefined. */
export function geoOf(word: string): string | undefined {
  return GEO.get(word) ?? CAPITALS.get(word);
}

/** True when a lowercased word belongs to the organisation lexicon (known name or org head noun). */
export function isOrgWord(word: string): boolean {
  return KNOWN_ORGS.has(word) || ORG_HEADS.has(word);
}

/** Word class used by the name scanner. */
export type WordClass = 'role' | 'mod' | 'hon' | 'geo' | 'org' | 'place' | 'stop' | 'name';

/** What the lexicon reads from a token: its lowercased form, the hash of it (lowerHash), its length and code units, its cached class and first-name gender. */
export interface ClassifiedToken extends HashedWord {
  wc: WordClass | null;
  /** Cached first-name gender: undefined until asked, null for none. */
  fg: 'm' | 'f' | null | undefined;
}

/** The class of a token's word, cached on the token under the built-in lexicon. */
export function classifyToken(t: ClassifiedToken, lex: Lexicon): WordClass {
  if (lex !== BUILTIN) return classifyNow(t.l, lex);
  const wc = t.wc;
  if (wc !== null) return wc;
  return (t.wc = CLASS_TABLE.get(t) ?? 'name');
}

/** Classifies a lowercased word for name and title scanning. */
export function classify(word: string, lex: Lexicon): WordClass {
  return lex === BUILTIN ? CLASS_OF.get(word) ?? 'name' : classifyNow(word, lex);
}

function classifyNow(word: string, lex: Lexicon): WordClass {
  if (HONORIFICS.has(word)) return 'hon';
  if (lex.roleHead(word) || (word.endsWith('s') && lex.roleHead(word.slice(0, -1)))) return 'role';
  if (GEO.has(word) || CAPITALS.has(word)) return 'geo';
  if (isOrgWord(word)) return 'org';
  if (PLACE_WORDS.has(word) || PLACES.has(word)) return 'place';
  if (NOT_NAMES.has(word)) return 'stop';
  if (ROLE_MODIFIERS.has(word)) return 'mod';
  return 'name';
}

/** Every built-in word whose class is not 'name' (the plural role heads included), with that class. */
const CLASS_OF = new Map<string, WordClass>();
{
  const words = [HONORIFICS.keys(), ROLE_HEADS.keys(), GEO.keys(), CAPITALS.keys(), KNOWN_ORGS.keys(), ORG_HEADS, PLACE_WORDS, PLACES, NOT_NAMES, ROLE_MODIFIERS];
  for (const list of words) for (const w of list) CLASS_OF.set(w, classifyNow(w, BUILTIN));
  for (const w of ROLE_HEADS.keys()) CLASS_OF.set(`${w}s`, classifyNow(`${w}s`, BUILTIN));
  for (const [w, c] of CLASS_OF) if (c === 'name') CLASS_OF.delete(w);
}
const CLASS_TABLE = new WordTable(CLASS_OF);

/** Words a bare title may start with under the built-in lexicon: role heads, countries and capitals, role modifiers. */
const TITLE_START = new WordTable(new Map([...ROLE_HEADS.keys(), ...GEO.keys(), ...CAPITALS.keys(), ...ROLE_MODIFIERS].map((w) => [w, true])));

/** False only when the token's word is certainly no role head (of `lex`), country, capital or role modifier. */
export function maybeTitleStart(t: ClassifiedToken, lex: Lexicon): boolean {
  return lex !== BUILTIN || TITLE_START.get(t) === true;
}

/** Gender of a first name, if known. */
export function firstNameGender(word: string): 'm' | 'f' | undefined {
  return FIRST_NAMES.get(word);
}

const FIRST_TABLE = new WordTable(FIRST_NAMES);

/** Gender of a token that is a first name, if known (cached on the token; looked up without building its lowercased form). */
export function firstNameGenderOf(t: ClassifiedToken): 'm' | 'f' | undefined {
  const cached = t.fg;
  if (cached !== undefined) return cached ?? undefined;
  const g = FIRST_TABLE.get(t);
  t.fg = g ?? null;
  return g;
}

/** True for a known surname. */
export function isSurname(word: string): boolean {
  return SURNAME_SET.has(word);
}

/** Gender suggested by a Slavic surname ending ("Kuznetsova", "Zakharova" → f; "Lavrov", "Peskov" → m). */
export function surnameGender(word: string): 'm' | 'f' | null {
  if (word.length < 5) return null;
  if (/(?:ova|eva|yova|ina|yna|skaya|tskaya|aya)$/.test(word)) return 'f';
  if (/(?:ov|ev|yov|in|yn|sky|skiy|skii|enko|uk|chuk)$/.test(word)) return 'm';
  return null;
}
