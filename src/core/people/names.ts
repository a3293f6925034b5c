/**
 * Name candidates: runs of capitalised name-shaped tokens ("Gennady Bezdetko", "Pham Minh Chinh",
 * "J. Smith"), cut where a country, organisation, role or place word stands, with the evidence
 * that makes each one a person (a title, an honorific, a known first name, a speech verb).
 */
import { isSurname, KNOWN_ORGS, ORG_HEADS, PLACE_WORDS, type CueForm, type Lexicon } from '../lexicon';
import { CAP_WORD, NL_BEFORE, CUE_AFTER, CUE_AFTER_KNOWN, CUE_BEFORE, CUE_BEFORE_KNOWN, KIND_N, KIND_P, KIND_Q, KIND_W, type TokenList, type Tokenized } from './tokens';
import { lowerHash, WordFilter } from '../lexicon/filter';
import type { TitleInfo } from './titles';

/** A run of name tokens [a, b). */
export interface NameSegment {
  a: number;
  b: number;
  /** Lower-cased words of the name. */
  words: string[];
  /** First token is a known first name. */
  firstName: boolean;
  sentenceInitial: boolean;
  /** Written in capitals (a wire headline): links to people named elsewhere, never founds one. */
  caps: boolean;
  /** A lone place-like word that was given earlier as a surname ("Mark Cuban … Cuban said"). */
  placeSurname: boolean;
  /** In a title-case headline ("Polls Show Clinton Ahead"), where capitals mark no names. */
  titleCase: boolean;
  /* Set when the segment becomes a name candidate (one object for both: fewer objects to allocate and collect). */
  /** The title next to the name. */
  title: TitleInfo | null;
  /** Title text given to this mention when a plural title is shared ("President of Russia"). */
  titleOverride: string | null;
  /** Evidence that the words name a person (a title, a known first name, a speech verb …). */
  strong: boolean;
}

const CONNECTORS = new Set(['bin', 'al', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'du', 'dos', 'das', 'ibn', 'el', 'ter', 'bint']);
const CONNECTOR_MAX = Math.max(...[...CONNECTORS].map((w) => w.length));
const ADVERBS = new Set(['also', 'earlier', 'later', 'then', 'again', 'further', 'previously', 'repeatedly', 'has', 'had', 'have', 'was', 'is', 'would', 'will', 'once', 'recently', 'reportedly', 'publicly', 'openly', 'clearly', 'firmly', 'not', 'never', 'only', 'still', 'already', 'had', 'even']);

/** The token is written in capitals (ASCII letters checked by code, others by case mapping). */
const ADVERB_FILTER = new WordFilter(ADVERBS);
/** Capitalised words opening a newspaper's name: the Daily Norland, the Evening Standard. */
const MASTHEADS = new Set(['daily', 'weekly', 'evening', 'morning']);
/**
 * Speech verbs whose subject is nearly always a person ("Figueroa said", "said Peskov"): the cues an
 * organisation takes as well ("Microsoft ordered", "the court ruled", "Apple listed") are no evidence that a
 * capitalised word is a name.
 */
const PERSON_CUES = new Set(('say tell add note stress insist warn claim argue explain recall reply respond ask write tweet admit ' +
  'acknowledge deny complain urge vow pledge promise predict suggest confirm emphasize emphasise underline recount quip joke ' +
  'shout exclaim retort yell muse concede testify wonder lament boast scoff remark comment spoke mention state').split(' '));

function allCaps(tokens: TokenList, j: number): boolean {
  const n = tokens.e(j) - tokens.s(j);
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const c = tokens.code(j, i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127) {
      const ch = String.fromCharCode(c);
      if (ch !== ch.toUpperCase()) return false;
    }
  }
  return letters >= 2 || n >= 2;
}

/** True when token `i` is shaped like part of a name. */
export function nameShaped(tokens: TokenList, sent: Int32Array, i: number, lex: Lexicon): boolean {
  if (tokens.kind(i) !== KIND_W || !tokens.cap(i)) return false;
  const n = tokens.e(i) - tokens.s(i);
  const dot = tokens.code(i, n - 1) === 46;
  // an initial: "J.", "S."
  if (n === 2 && dot) return true;
  if (n === 1) return false;
  if (!dot && allCaps(tokens, i)) return capsAllowed(tokens, sent, i, lex);
  if (dot && n > 2) return false;
  return tokens.classify(i, lex) === 'name';
}

/** An all-capitals word counts in a capitals line (a wire headline "SHEARER NAMED AS …"); it then only links to people named elsewhere. */
function capsAllowed(tokens: TokenList, sent: Int32Array, i: number, lex: Lexicon): boolean {
  if (tokens.e(i) - tokens.s(i) < 3 || tokens.classify(i, lex) !== 'name') return false;
  return capsNeighbour(tokens, sent, i, i - 1) || capsNeighbour(tokens, sent, i, i + 1) || (i > 0 && tokens.kind(i - 1) === KIND_P && sent[i - 1] === sent[i]);
}

/** Token `j` (if any) is a word in capitals of the sentence of token `i`. */
function capsNeighbour(tokens: TokenList, sent: Int32Array, i: number, j: number): boolean {
  return j >= 0 && j < tokens.length && sent[j] === sent[i] && tokens.kind(j) === KIND_W && tokens.e(j) - tokens.s(j) > 1 && allCaps(tokens, j);
}

function isSentenceStart(tokens: TokenList, sent: Int32Array, i: number): boolean {
  if (i === 0) return true;
  if (sent[i - 1] !== sent[i]) return true;
  return (tokens.kind(i - 1) === KIND_Q || tokens.is(i - 1, '(') || tokens.is(i - 1, '—') || tokens.is(i - 1, '-')) && (i < 2 || sent[i - 2] !== sent[i]);
}

/** Conjunctions, prepositions and adverbs that open a sentence before a name ("Though Kaine …", "Unlike Cruz, …", "Among Democrats …"). */
const OPENERS = new Set(['though', 'although', 'whether', 'unless', 'because', 'whereas', 'whatever', 'unlike', 'among', 'despite', 'maybe', 'perhaps', 'several']);
const OPENER_MAX = 9;

/** Token `i` is one of the {@link OPENERS}: it starts no name. */
function opener(tokens: TokenList, i: number): boolean {
  const n = tokens.len(i);
  return n >= 5 && n <= OPENER_MAX && OPENERS.has(tokens.l(i));
}

/** "Will Sanders win …?": a question's opening "Will" is the auxiliary, not a first name. */
function questionWill(tokens: TokenList, sent: Int32Array, i: number): boolean {
  if (tokens.len(i) !== 4 || tokens.l(i) !== 'will' || !isSentenceStart(tokens, sent, i)) return false;
  let j = i + 1;
  while (j < tokens.length && sent[j] === sent[i] && j - i < 80) j++;
  return tokens.t(j - 1) === '?';
}

/** Finds every run of name-shaped tokens; `flags` come from tokenize() (only capitalised words are read). */
export function nameSegments(tokens: TokenList, flags: Uint8Array, sent: Int32Array, lex: Lexicon): NameSegment[] {
  const out: NameSegment[] = [];
  // surnames that are also place words, given after a first name ("Mark Cuban"): later alone they name the person
  let placeSurnames: PlaceSurnames | null = null;
  const line: LineMemo = { b: -1, title: false };
  let i = 0;
  const count = tokens.length;
  while (i < count) {
    // most tokens are no capitalised word: skipped by their flags alone
    if ((flags[i] & CAP_WORD) === 0) {
      i++;
      continue;
    }
    if (!nameShaped(tokens, sent, i, lex) || headlineCue(tokens, i) || opener(tokens, i) || questionWill(tokens, sent, i)) {
      if ((placeSurnames && lonePlaceSurname(tokens, flags, sent, i, placeSurnames)) || (i > 0 && surnameHonorific(tokens, i - 1) && placeSurname(tokens, flags, sent, i, lex))) {
        addPlaceSurname((placeSurnames ??= newPlaceSurnames()), tokens.l(i));
        out.push({ a: i, b: i + 1, words: [tokens.l(i)], firstName: false, sentenceInitial: isSentenceStart(tokens, sent, i), caps: false, placeSurname: true, titleCase: false, title: null, titleOverride: null, strong: false });
      }
      i++;
      continue;
    }
    let b = i + 1;
    for (;;) {
      if (b < tokens.length && (flags[b] & (CAP_WORD | NL_BEFORE)) === CAP_WORD && sent[b] === sent[i] && nameShaped(tokens, sent, b, lex) && !headlineCue(tokens, b)) {
        b++;
        continue;
      }
      if (b < tokens.length && (flags[b] & (CAP_WORD | NL_BEFORE)) === CAP_WORD && tokens.firstGender(b - 1) && placeSurname(tokens, flags, sent, b, lex)) {
        addPlaceSurname((placeSurnames ??= newPlaceSurnames()), tokens.l(b));
        b++;
        continue;
      }
      if (b + 1 < tokens.length && (flags[b + 1] & (CAP_WORD | NL_BEFORE)) === CAP_WORD && tokens.e(b) - tokens.s(b) <= CONNECTOR_MAX && !tokens.cap(b) && CONNECTORS.has(tokens.t(b)) && nameShaped(tokens, sent, b + 1, lex)) {
        b += 2;
        continue;
      }
      break;
    }
    // "Minister for Fisheries Johan Ek", "High Commissioner for Human Rights Volker Turk": a capitalised title
    // complement before the name is not part of it (the name starts at a first name, else takes the last two words)
    if (b - i > 2 && !tokens.firstGender(i)) {
      let k = i + 1;
      while (k < b - 1 && !(tokens.firstGender(k) && tokens.e(k) - tokens.s(k) > 2)) k++;
      if (k < b - 1) i = k;
      else if (i > 0 && tokens.k(i - 1) === 'w' && (tokens.l(i - 1) === 'for' || tokens.l(i - 1) === 'of' || tokens.l(i - 1) === 'on')) i = b - 2;
    }
    // sized up front: a list grown by push() starts with room for 16 words
    const words: string[] = new Array<string>(b - i);
    for (let j = i; j < b; j++) words[j - i] = tokens.l(j);
    let caps = true;
    for (let j = i; j < b && caps; j++) caps = tokens.e(j) - tokens.s(j) > 2 && allCaps(tokens, j);
    let titleCase = false;
    if (!caps && line.b !== 0) {
      if (line.b < 0) readHeadline(tokens, flags, line);
      if (line.title && b <= line.b) titleCase = true;
      else if (i >= line.b) line.b = 0;
    }
    out.push({ a: i, b, words, firstName: !!tokens.firstGender(i) && b - i > 1, sentenceInitial: isSentenceStart(tokens, sent, i), caps, placeSurname: false, titleCase, title: null, titleOverride: null, strong: false });
    i = b;
  }
  return out;
}

/** The first line of the text, once read by {@link readHeadline}: its end (a token index; -1 before, 0 when done with) and whether it is a title-case headline. */
interface LineMemo {
  b: number;
  title: boolean;
}

/** The lower-case words a title-case headline keeps: articles, conjunctions, prepositions ("Trump Leads Clinton in Florida"). */
const TITLE_CASE_SMALL = new Set(
  ('a an the and or nor but so yet for of to in on at by with from as into onto over than that upon amid about after under like near past until ' +
    'vs vs. v via per up off out down against among between through during before without versus').split(' '),
);

/**
 * Reads the first line of the text into `memo`: a title-case headline ("Polls Show Clinton Ahead") when
 * more lines follow, it has three or more capitalised words of four letters or more, and its lower-case
 * words are all small ones of {@link TITLE_CASE_SMALL} ("Lavrov and Kuznetsova met" is a sentence).
 */
function readHeadline(tokens: TokenList, flags: Uint8Array, memo: LineMemo): void {
  let b = 1;
  while (b < tokens.length && (flags[b] & NL_BEFORE) === 0) b++;
  memo.b = b;
  memo.title = false;
  if (b >= tokens.length) return;
  let capitalised = 0;
  for (let j = 0; j < b; j++) {
    if (tokens.kind(j) !== KIND_W) continue;
    if ((flags[j] & CAP_WORD) !== 0) {
      if (tokens.len(j) >= 4) capitalised++;
    } else if (!TITLE_CASE_SMALL.has(tokens.l(j))) return;
  }
  memo.title = capitalised >= 3;
}

/** "Theresa May": the month as a surname, not followed by a day's number ("in May 2016"). */
function maySurname(tokens: TokenList, b: number): boolean {
  return tokens.len(b) === 3 && tokens.l(b) === 'may' && !(b + 1 < tokens.length && tokens.kind(b + 1) === KIND_N);
}

/**
 * Token `b`, after a known first name, is a surname that is also a country, demonym, capital, place or
 * organisation ("Mark Cuban", "George Washington", "Alex Jones", "Michael Bloomberg"), not the start of
 * a place or organisation name ("George Washington University").
 */
function placeSurname(tokens: TokenList, flags: Uint8Array, sent: Int32Array, b: number, lex: Lexicon): boolean {
  if (b >= tokens.length || (flags[b] & (CAP_WORD | NL_BEFORE)) !== CAP_WORD || sent[b] !== sent[b - 1] || tokens.kind(b) !== KIND_W || tokens.len(b) < 3 || allCaps(tokens, b)) return false;
  const c = tokens.classify(b, lex);
  if (c !== 'geo' && c !== 'place' && c !== 'org' && !maySurname(tokens, b)) return false;
  const l = tokens.l(b);
  if (ORG_HEADS.has(l) || PLACE_WORDS.has(l)) return false;
  // "North Carolina Senate": the first name is part of a place
  const pv = b - 2;
  if (pv >= 0 && sent[pv] === sent[b] && tokens.kind(pv) === KIND_W && tokens.cap(pv) && !isSentenceStart(tokens, sent, pv)) {
    const d = tokens.classify(pv, lex);
    if (d === 'place' || d === 'geo' || tokens.l(pv) === 'new') return false;
  }
  // "Emanuel African Methodist Episcopal Church": a capitalised word after it makes a name of something else
  const nx = b + 1;
  return !(nx < tokens.length && tokens.kind(nx) === KIND_W && tokens.cap(nx) && tokens.nl(nx) === 0 && tokens.classify(nx, lex) !== 'stop' && !headlineCue(tokens, nx));
}

/** Honorifics and abbreviated ranks before a surname ("Mr. English", "Sen. Jordan"); not "St." (St. Louis). */
const SURNAME_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'rev', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'maj', 'sen', 'rep', 'gov', 'cmdr']);

/** Token `j` is one of the {@link SURNAME_HONORIFICS}, capitalised. */
function surnameHonorific(tokens: TokenList, j: number): boolean {
  return tokens.kind(j) === KIND_W && tokens.cap(j) && tokens.len(j) <= 4 && SURNAME_HONORIFICS.has(tokens.l(j));
}

/** Place-like surnames given after a first name, and the lowerHash of each (so most words are turned away without building their lowercased form). */
interface PlaceSurnames {
  words: Set<string>;
  hashes: Set<number>;
}

function newPlaceSurnames(): PlaceSurnames {
  return { words: new Set(), hashes: new Set() };
}

function addPlaceSurname(p: PlaceSurnames, l: string): void {
  p.words.add(l);
  p.hashes.add(lowerHash(l, 0, l.length));
}

/** Token `i` alone is a place-like surname given earlier after a first name ("Cuban said"), not a place ("in Cuba", "to London"). */
function lonePlaceSurname(tokens: TokenList, flags: Uint8Array, sent: Int32Array, i: number, surnames: PlaceSurnames): boolean {
  if (tokens.kind(i) !== KIND_W || allCaps(tokens, i)) return false;
  // a word whose hash is none of theirs is none of them (a non-ASCII one, hash -1, is looked up by its string)
  const h = tokens.lowHash(i);
  if ((h >= 0 && !surnames.hashes.has(h)) || !surnames.words.has(tokens.l(i))) return false;
  const pv = i - 1;
  if (pv >= 0 && sent[pv] === sent[i] && tokens.kind(pv) === KIND_W && (PLACE_PREPOSITIONS.has(tokens.l(pv)) || ((flags[pv] & CAP_WORD) !== 0 && !surnameHonorific(tokens, pv)))) return false;
  const nx = i + 1;
  return !(nx < tokens.length && tokens.kind(nx) === KIND_W && tokens.cap(nx) && tokens.nl(nx) === 0);
}

/** Words before a place ("in London", "from Cuba"): a place-like surname after them is the place. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'of', 'into', 'near', 'across', 'around', 'outside', 'inside', 'throughout', 'toward', 'towards', 'via', 'the', 'a', 'an', 'visit', 'visited', 'visiting', 'between', 'and', 'or']);

/**
 * A capitalised present-tense speech verb of a title-case headline ("Trump Says …", "Clinton Slams Trump
 * Over …", "…, Says Putin"): it ends a name and starts none.
 */
function headlineCue(tokens: TokenList, i: number): boolean {
  const n = tokens.len(i);
  return n >= 4 && (tokens.code(i, n - 1) | 32) === 115 && oneWordVerbCue(tokens.cues(i), false);
}

/** The segment is glued to an organisation or place word ("Hofstra University", "Kerch Strait"). */
export function partOfOrgOrPlace(tokens: TokenList, sent: Int32Array, seg: NameSegment, lex: Lexicon): boolean {
  const nx = seg.b;
  if (nx < tokens.length && tokens.kind(nx) === KIND_W && tokens.cap(nx) && tokens.nl(nx) === 0) {
    const c = tokens.classify(nx, lex);
    if (c === 'org' || c === 'place' || c === 'geo' || ORG_HEADS.has(tokens.l(nx)) || PLACE_WORDS.has(tokens.l(nx))) return true;
  }
  if (seg.b - seg.a >= 2 && MASTHEADS.has(tokens.l(seg.a))) return true;
  const pv = seg.a - 1;
  if (pv >= 0 && !seg.firstName && tokens.kind(pv) === KIND_W && tokens.cap(pv) && !isSentenceStart(tokens, sent, pv)) {
    const c = tokens.classify(pv, lex);
    if (c === 'place' || (c === 'stop' && (tokens.l(pv) === 'new' || tokens.l(pv) === 'great')) || MASTHEADS.has(tokens.l(pv))) return true;
    // "the Washington Examiner": a known organisation of two words
    if (seg.b - seg.a === 1 && c === 'geo' && KNOWN_ORGS.has(`${tokens.l(pv)} ${seg.words[0]}`)) return true;
  }
  return false;
}

/** The token after the name (adverbs skipped) is a speech verb: "Figueroa said", "Peskov earlier slammed" (memoised in the flags). */
export function cueAfter(tk: Tokenized, b: number): boolean {
  const { list: tokens, flags } = tk;
  if (b >= tokens.length) return false;
  const m = flags[b];
  if ((m & CUE_AFTER_KNOWN) !== 0) return (m & CUE_AFTER) !== 0;
  const r = cueAfterNow(tokens, tk.sent, b);
  flags[b] = m | CUE_AFTER_KNOWN | (r ? CUE_AFTER : 0);
  return r;
}

/** {@link cueAfter} / {@link cueBefore} with a speech verb of {@link PERSON_CUES}: evidence that the words are a person's name. */
export function personCueAround(tk: Tokenized, a: number, b: number): boolean {
  return (cueAfter(tk, b) && cueAfterNow(tk.list, tk.sent, b, true)) || (cueBefore(tk, a) && cueBeforeNow(tk, a, true));
}

function cueAfterNow(tokens: TokenList, sent: Int32Array, b: number, person = false): boolean {
  let i = b;
  for (let n = 0; n < 3 && i < tokens.length && tokens.k(i) === 'w' && ADVERB_FILTER.maybe(tokens.lowHash(i)) && ADVERBS.has(tokens.l(i)); n++) i++;
  if (i >= tokens.length || tokens.kind(i) !== KIND_W || tokens.cap(i) || tokens.nl(i) > 0 || (b > 0 && sent[i] !== sent[b - 1])) return false;
  const forms = tokens.cues(i);
  if (forms) for (const f of forms) if (!f.base && f.kind === 'verb' && (!person || PERSON_CUES.has(f.lemma))) return true;
  return false;
}

/** The token before `a` is a speech verb: `"…," said Peskov` (memoised in the flags). */
export function cueBefore(tk: Tokenized, a: number): boolean {
  const { list: tokens, flags } = tk;
  if (a <= 0 || a >= tokens.length) return false;
  const m = flags[a];
  if ((m & CUE_BEFORE_KNOWN) !== 0) return (m & CUE_BEFORE) !== 0;
  const r = cueBeforeNow(tk, a, false);
  flags[a] = m | CUE_BEFORE_KNOWN | (r ? CUE_BEFORE : 0);
  return r;
}

function cueBeforeNow(tk: Tokenized, a: number, person: boolean): boolean {
  const tokens = tk.list;
  if (tokens.kind(a - 1) !== KIND_W || tokens.nl(a) !== 0 || tk.sent[a - 1] !== tk.sent[a]) return false;
  return oneWordVerbCue(tokens.cues(a - 1), person);
}

/** Whether the cue forms are those of an inflected one-word speech verb ("said", "slams"), of {@link PERSON_CUES} when `person`. */
function oneWordVerbCue(forms: CueForm[] | undefined, person: boolean): boolean {
  if (forms) for (const f of forms) if (!f.base && f.kind === 'verb' && f.words.length === 1 && (!person || PERSON_CUES.has(f.lemma))) return true;
  return false;
}

/** Evidence that a lone capitalised word is a surname. */
export function likelySurname(word: string): boolean {
  return isSurname(word);
}
