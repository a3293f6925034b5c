/**
 * Where a content after its cue ends: adjuncts of the speech event ("criticised the plan in a tweet
 * on Monday") belong to the cue, not to what was said.
 */
import type { TokenList } from '../people/token-list';
import { FINITE, NOT_PARTICIPLE } from './plan';
import { CLAUSE_SUBJECTS } from './shared';

const EVENT_PREPS = new Set(['in', 'on', 'at', 'during', 'via', 'to']);
/** Nouns of the occasion or medium of a statement. */
const EVENT_NOUNS = new Set([
  'tweet', 'tweets', 'statement', 'interview', 'speech', 'speeches', 'rally', 'debate', 'post', 'appearance', 'conference', 'town', 'email',
  'letter', 'op-ed', 'broadcast', 'address', 'remarks', 'event', 'forum', 'hearing', 'briefing', 'commercial',
  'radio', 'television', 'tv', 'podcast', 'reporters', 'journalists', 'press',
]);
const MEDIA = new Set(['twitter', 'facebook', 'instagram', 'fox', 'cnn', 'msnbc', 'abc', 'nbc', 'cbs']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const DETS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'last', 'early', 'late', 'mid']);

const NAME_LINKS = new Set(['of', 'and', 'for', 'the', 'magazine', 'newspaper', 'op-ed', 'column', 'piece', 'interview']);

/** Whether tokens [j, b) are "the" and capitalised words (with "of", "and" or a press noun inside), up to a final period or comma. */
function placeToEnd(tokens: TokenList, j: number, b: number): boolean {
  if (j < b && tokens.l(j) === 'the') j++;
  if (j >= b || !tokens.cap(j)) return false;
  for (let k = j; k < b; k++) {
    if (tokens.k(k) === 'p') {
      if ((tokens.is(k, '.') || tokens.is(k, ',')) && k === b - 1) return true;
      if (tokens.is(k, '.') || tokens.is(k, '-') || tokens.is(k, '/')) continue;
      return false;
    }
    if (tokens.k(k) !== 'w' || (!tokens.cap(k) && !NAME_LINKS.has(tokens.l(k)))) return false;
  }
  return true;
}

/** Whether tokens [i, b) read as the occasion or time of a statement: "in a tweet", "on Monday", "at a rally in Ohio", "in December". */
function eventAdjunct(tokens: TokenList, i: number, b: number): boolean {
  if (tokens.k(i) !== 'w' || !EVENT_PREPS.has(tokens.l(i)) || i + 1 >= b) return false;
  let j = i + 1;
  while (j < b && j - i <= 3 && tokens.k(j) === 'w' && DETS.has(tokens.l(j))) j++;
  if (j >= b) return false;
  if (tokens.l(i) === 'to') return tokens.l(j) === 'reporters' || tokens.l(j) === 'journalists';
  if (DAYS.has(tokens.l(j)) || (MONTHS.has(tokens.l(j)) && tokens.l(i) === 'in')) return true;
  if (tokens.k(j) === 'n' && tokens.l(i) === 'in' && tokens.len(j) === 4) return true;
  if (MEDIA.has(tokens.l(j))) return true;
  // the occasion's noun within its first words, after a determiner: "at a news conference", "in an interview with CNN"
  if (j === i + 1 && !(j + 1 < b && tokens.k(j + 1) === 's')) return false;
  for (let k = j; k < b && k - j < 4; k++) {
    if (tokens.k(k) !== 'w') break;
    if (EVENT_NOUNS.has(tokens.l(k))) return true;
  }
  return false;
}

/** "…, said Jane Doe, executive director of the union": whether the words from i to the next comma describe the source (no verb of a clause). */
export function appositiveOnly(tokens: TokenList, i: number, b: number): boolean {
  for (let k = i; k < b && tokens.isNot(k, ','); k++) {
    if (tokens.k(k) === 'q') return false;
    if (tokens.k(k) === 'w' && !tokens.cap(k) && (FINITE.has(tokens.l(k)) || CLAUSE_SUBJECTS.has(tokens.l(k)) || (k > i && tokens.len(k) > 4 && tokens.lastCode(k) === 100 && tokens.l(k).endsWith('ed')))) return false;
  }
  return true;
}

/** Whether tokens [a, b) are nothing but the occasion or time of a statement ("said in a statement", "told NBC News on Monday", "said at the outset"). */
export function adjunctOnly(tokens: TokenList, a: number, b: number): boolean {
  if (b - a < 2 || tokens.k(a) !== 'w' || !EVENT_PREPS.has(tokens.l(a))) return false;
  // "noted in The Intercept", "published in the International New York Times", "showing in Iowa": a place or a publication named to the end
  if (tokens.l(a) === 'in' && placeToEnd(tokens, a + 1, b)) return true;
  if (!eventAdjunct(tokens, a, b)) return false;
  for (let k = a + 1; k < b; k++) {
    if (tokens.k(k) === 'q' || tokens.q(k) >= 0 || (tokens.k(k) === 'p' && tokens.isNot(k, '.') && tokens.isNot(k, ',') && tokens.isNot(k, '-')) || (tokens.k(k) === 'w' && (FINITE.has(tokens.l(k)) || CLAUSE_SUBJECTS.has(tokens.l(k)) || tokens.l(k) === 'that' || tokens.l(k) === 'while' || tokens.l(k) === 'as'))) return false;
  }
  return true;
}

/**
 * The end of a content that follows its cue without a comment after a dash ("showed Doe ahead[ -
 * within the margin of error]"), a closing appositive ("endorsed Jane Doe[, a former governor]") and a trailing event or time adjunct: "endorsed Jane Doe [on Monday]",
 * "called the plan a disgrace [in a tweet]". A clause keeps its adjuncts ("said the vote would be
 * held on Monday"), as does a content of one or two words.
 */
export function trimEventTail(tokens: TokenList, a: number, b: number): number {
  if (b - a < 3 || tokens.k(a) === 'q') return b;
  b = trimDashTail(tokens, a, b);
  b = trimAppositive(tokens, a, b);
  // a quotation inside ("called the system “rigged” in a tweet"): only an adjunct after it may go
  let from = a;
  for (let i = a; i < b; i++) {
    if (tokens.q(i) >= 0 || tokens.k(i) === 'q') {
      from = i + 1;
      continue;
    }
    // an infinitive inside ("a reason for the U.S. to reinvest in its space program") makes a clause
    if (tokens.len(i) === 2 && tokens.l(i) === 'to' && i + 1 < b && tokens.k(i + 1) === 'w' && !tokens.cap(i + 1) && !DETS.has(tokens.l(i + 1))) return b;
    if (tokens.k(i) !== 'w') continue;
    const n = tokens.len(i);
    if (n <= 6 && (FINITE.has(tokens.l(i)) || CLAUSE_SUBJECTS.has(tokens.l(i)))) return b;
    if (i > a && !tokens.cap(i) && n > 4 && ((tokens.lastCode(i) === 100 && tokens.l(i).endsWith('ed')) || (tokens.lastCode(i) === 103 && tokens.l(i).endsWith('ing') && !NOT_PARTICIPLE.has(tokens.l(i))))) return b;
  }
  if ((a > 0 && (tokens.l(a - 1) === 'that' || tokens.is(a - 1, ':'))) || tokens.l(a) === 'to' || tokens.l(a) === 'not') return b;
  for (let i = Math.max(tokens.cap(a) ? a + 1 : a + 2, b - 8, from); i < b - 1; i++) {
    if (!eventAdjunct(tokens, i, b)) continue;
    // everything after the adjunct's start must be adjunct too: no comma-clause, no verb
    let ok = true;
    for (let k = i + 1; k < b && ok; k++) ok = !(tokens.k(k) === 'p' && tokens.isNot(k, '.') && tokens.isNot(k, ',') && tokens.isNot(k, '-')) && !(tokens.k(k) === 'w' && FINITE.has(tokens.l(k)));
    if (ok) return i;
  }
  return b;
}

const APPOSITIVE_DETS = new Set(['a', 'an', 'the']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * The end of a content before a closing appositive about its last noun: "said he did not support
 * Mr. Doe, the presumed favourite", "endorsed Jane Doe, a former governor who …".
 */
function trimAppositive(tokens: TokenList, a: number, b: number): number {
  for (let c = b - 2; c > a + 1 && b - c <= 16; c--) {
    if (tokens.q(c) >= 0 || tokens.k(c) === 'q') return b;
    // a hyphen inside a word ("a 16-point margin") is no punctuation of the clause
    if (tokens.k(c) === 'p' && tokens.isNot(c, ',') && !(tokens.t(c) === '-' && tokens.e(c - 1) === tokens.s(c) && tokens.s(c + 1) === tokens.e(c))) return b;
    if (tokens.k(c) !== 'p' || tokens.isNot(c, ',')) continue;
    const d = c + 1;
    if (tokens.k(d) !== 'w' || !APPOSITIVE_DETS.has(tokens.l(d))) return b;
    const p = c - 1;
    // "Barack Obama, a Democrat" stays; a list ("the malaise, the lack of jobs, the violence") is no appositive
    if ((tokens.k(p) !== 'w' && tokens.k(p) !== 'n') || b - c < 4) return b;
    for (let k = a; k < c; k++) if (tokens.q(k) < 0 && tokens.is(k, ',')) return b;
    // a clause of its own before any relative pronoun is no appositive ("…, the crowd reacted")
    for (let k = c + 2; k < b; k++) {
      if (tokens.k(k) !== 'w') continue;
      if (RELATIVES.has(tokens.l(k))) break;
      if ((tokens.len(k) <= 6 && FINITE.has(tokens.l(k))) || CLAUSE_SUBJECTS.has(tokens.l(k))) return b;
    }
    return c;
  }
  return b;
}

const DASH_ELABORATION = new Set(['including', 'like', 'such', 'or', 'and', 'but', 'not', 'from', 'especially', 'particularly', 'if', 'even']);
const DASH_MARKS = new Set(['—', '–', '-', '―', '--']);

/** The end of a content before a dash that opens a comment on it ("showed Doe leading, 46 to 44 - within the margin of error"). */
function trimDashTail(tokens: TokenList, a: number, b: number): number {
  for (let i = a + 2; i < b - 1; i++) {
    // a dash between spaces, not a hyphen ("EB-5") nor a dash inside a quotation
    if (tokens.k(i) !== 'p' || tokens.q(i) >= 0 || !DASH_MARKS.has(tokens.t(i)) || tokens.e(i - 1) === tokens.s(i) || tokens.s(i + 1) === tokens.e(i)) continue;
    // a quotation, an example ("— including Jeb Bush") or a parenthetical between two dashes stays
    const n = i + 1;
    if (tokens.k(n) === 'q' || DASH_ELABORATION.has(tokens.l(n))) return b;
    for (let k = i + 2; k < b; k++) if (tokens.k(k) === 'p' && tokens.q(k) < 0 && DASH_MARKS.has(tokens.t(k)) && tokens.e(k - 1) < tokens.s(k)) return b;
    return i;
  }
  return b;
}

const LIST_WORDS = new Set(['and', 'or', 'nor', 'but', 'including', 'especially', 'particularly', 'not', 'as', 'too', 'either', 'with', 'one', 'another', 'some', 'most', 'possibly', 'among', 'like']);

/**
 * An object content (no clause) ends at its first comma before the reporter's own words: "praised
 * Doe's proposals, which include …", "cited the audit, even as …"; a list, an appositive, an
 * elaboration (", with 17 percent undecided") or a clause of its own (", he’s staying") goes on.
 */
function trimObjectComma(tokens: TokenList, a: number, b: number): number {
  for (let i = a + 1; i < b - 1; i++) {
    if (tokens.k(i) === 'q' || tokens.q(i) >= 0) return b;
    if (tokens.k(i) !== 'p' || tokens.isNot(i, ',')) continue;
    const n = i + 1;
    if (tokens.k(n) !== 'w' || tokens.cap(n) || LIST_WORDS.has(tokens.l(n)) || APPOSITIVE_DETS.has(tokens.l(n)) || tokens.t(n).includes('’') || tokens.t(n).includes("'")) return b;
    if (clauseLike(tokens, a, i)) return b;
    // a list of objects: another comma, "and" or "or" after it
    for (let k = i + 2; k < b; k++) if (tokens.is(k, ',') || tokens.l(k) === 'and' || tokens.l(k) === 'or') return b;
    return i;
  }
  return b;
}

/**
 * "Jane Doe, who praised the plan, was …": a content inside a relative clause between commas ends at
 * the comma that closes the clause.
 */
function trimRelativeClause(tokens: TokenList, a: number, b: number): number {
  let j = a - 1;
  while (j > 0 && a - j <= 5 && tokens.k(j) === 'w' && tokens.l(j) !== 'who' && tokens.l(j) !== 'which') j--;
  if (j <= 0 || (tokens.l(j) !== 'who' && tokens.l(j) !== 'which') || tokens.isNot(j - 1, ',')) return b;
  for (let i = a + 1; i < b - 1; i++) {
    if (tokens.q(i) >= 0 || tokens.k(i) !== 'p' || tokens.isNot(i, ',')) continue;
    // the main clause's verb after the closing comma ("…, was wrong", "…, also said"), not a list item or a place
    let k = i + 1;
    if (k < b - 1 && tokens.k(k) === 'w' && !tokens.cap(k) && (tokens.l(k) === 'also' || tokens.l(k).endsWith('ly'))) k++;
    if (tokens.k(k) === 'w' && !tokens.cap(k) && (FINITE.has(tokens.l(k)) || PAST.has(tokens.l(k)) || (tokens.len(k) > 4 && tokens.lastCode(k) === 100 && tokens.l(k).endsWith('ed')) || (tokens.len(k) > 3 && tokens.lastCode(k) === 115 && !tokens.l(k).endsWith('ss') && !tokens.l(k).endsWith('us')))) return i;
  }
  return b;
}

const PAST = new Set(['said', 'told', 'made', 'took', 'gave', 'went', 'came', 'became', 'won', 'lost', 'left', 'met', 'sent', 'wrote', 'spoke', 'saw', 'got', 'ran', 'paid', 'kept', 'held', 'led', 'brought', 'thought', 'felt', 'found', 'cast', 'put', 'set', 'let', 'began', 'knew', 'grew', 'drew', 'chose', 'rose', 'fell', 'stood', 'sat', 'heard', 'built', 'spent', 'sold', 'taken', 'given']);

const NEW_SUBJECTS = new Set(['he', 'she', 'they']);
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them', 'it', 'that', 'this', 'those', 'these', 'one', 'two', 'three', 'several', 'some', 'all', 'both', 'each', 'any']);

/** Whether [a, b) reads as a clause: a finite auxiliary, a subject pronoun or a past-tense word after its first word. */
function clauseLike(tokens: TokenList, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (tokens.k(i) === 'w' && ((tokens.len(i) <= 6 && (FINITE.has(tokens.l(i)) || CLAUSE_SUBJECTS.has(tokens.l(i)))) || (i > a && !tokens.cap(i) && tokens.len(i) > 4 && tokens.lastCode(i) === 100 && tokens.l(i).endsWith('ed')))) return true;
  }
  return false;
}

/**
 * The end of a content after its cue before a coordinated clause of the reporting sentence: ", and he
 * renewed the prediction" (a new clause about the speaker), "called him a nice guy and spiked the
 * story" (the speaker's next act after an object content), before the main clause after a relative
 * clause holding the cue ("Doe, who praised the plan, was …"), and after an object at a comma.
 */
export function trimCoordTail(tokens: TokenList, a: number, b: number): number {
  if (b - a < 3 || tokens.k(a) === 'q') return b;
  b = trimObjectComma(tokens, a, trimRelativeClause(tokens, a, b));
  for (let i = a + 2; i < b - 1; i++) {
    if (tokens.k(i) !== 'w' || tokens.len(i) !== 3 || tokens.firstCode(i) !== 97 || tokens.l(i) !== 'and' || tokens.q(i) >= 0) continue;
    const n = i + 1;
    const cut = tokens.is(i - 1, ',') ? i - 1 : i;
    if (cut < i && NEW_SUBJECTS.has(tokens.l(n)) && i + 2 < b && tokens.k(i + 2) === 'w') return cut;
    const o = i + 2 < b ? i + 2 : -1;
    if (!tokens.cap(n) && tokens.k(n) === 'w' && tokens.len(n) > 4 && tokens.l(n).endsWith('ed') && !tokens.l(n).includes('-') && tokens.has(o) && OBJECT_OPENERS.has(tokens.l(o)) && !clauseLike(tokens, a, i)) return cut;
  }
  return b;
}

const SUBJECT_DETS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'many', 'some', 'most', 'all', 'no', 'both']);

/**
 * Whether a noun phrase opened by a determiner at i is the subject of a clause: its finite or past
 * verb follows within a few words, before any punctuation ("the crowd reacted", "the GOP nominee had").
 */
export function subjectClause(tokens: TokenList, i: number, b: number): boolean {
  if (i >= b || tokens.k(i) !== 'w' || !SUBJECT_DETS.has(tokens.l(i))) return false;
  for (let k = i + 1; k < b && k - i <= 8; k++) {
    // "the plan, the budget and the tax cuts would pass": a list item, not a subject
    if (tokens.k(k) === 'p' || (tokens.len(k) <= 3 && (tokens.l(k) === 'and' || tokens.l(k) === 'or'))) return false;
    if (tokens.k(k) !== 'w' || tokens.cap(k)) continue;
    if ((tokens.len(k) <= 6 && FINITE.has(tokens.l(k))) || (k > i + 1 && tokens.len(k) > 4 && tokens.lastCode(k) === 100 && tokens.l(k).endsWith('ed'))) return true;
  }
  return false;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it']);
/** Words that end a verb phrase without being its object ("backed down", "responded first", "said little"). */
const NOT_OBJECTS = new Set(['so', 'down', 'up', 'out', 'off', 'back', 'away', 'in', 'on', 'over', 'first', 'more', 'less', 'little', 'much', 'nothing', 'anything', 'something', 'again', 'too', 'well', 'later', 'earlier', 'today', 'yesterday', 'here', 'there', 'now', 'then', 'himself', 'herself', 'themselves', 'itself']);

/**
 * A one-word content that is still what was said: an object pronoun ("despised them", "talked about it"),
 * or a word right after the cue (`direct`) that ends its clause ("did not recommend prosecution.").
 */
export function loneObject(tokens: TokenList, a: number, b: number, direct: boolean): boolean {
  if (tokens.k(a) !== 'w') return false;
  if (OBJECT_PRONOUNS.has(tokens.l(a))) return true;
  if (!direct || NOT_OBJECTS.has(tokens.l(a)) || tokens.l(a).endsWith('ly')) return false;
  const n = a + 1 < b ? a + 1 : -1;
  return !tokens.has(n) || (tokens.k(n) === 'p' && tokens.q(n) < 0);
}

/** The end of a content after its cue, without a final non-restrictive clause ("…the health of Trump, who is 70"). */
export function trimTail(tokens: TokenList, a: number, b: number): number {
  if (b - a < 3 || tokens.k(a) === 'q') return b;
  let lastComma = -1;
  for (let k = b - 2; k >= a + 2 && b - k < 60 && lastComma < 0; k--) if (tokens.k(k) === 'p' && tokens.q(k) < 0 && tokens.is(k, ',')) lastComma = k;
  if (lastComma > 0 && (tokens.l(lastComma + 1) === 'which' || tokens.l(lastComma + 1) === 'who')) return lastComma;
  return b;
}
