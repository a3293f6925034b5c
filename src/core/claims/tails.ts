/**
 * Where a content after its cue ends: adjuncts of the speech event ("criticised the plan in a tweet
 * on Monday") belong to the cue, not to what was said.
 */
import type { Token } from '../people';
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
function placeToEnd(tokens: Token[], j: number, b: number): boolean {
  if (j < b && tokens[j].l === 'the') j++;
  if (j >= b || !tokens[j].cap) return false;
  for (let k = j; k < b; k++) {
    const t = tokens[k];
    if (t.k === 'p') {
      if ((t.is('.') || t.is(',')) && k === b - 1) return true;
      if (t.is('.') || t.is('-') || t.is('/')) continue;
      return false;
    }
    if (t.k !== 'w' || (!t.cap && !NAME_LINKS.has(t.l))) return false;
  }
  return true;
}

/** Whether tokens [i, b) read as the occasion or time of a statement: "in a tweet", "on Monday", "at a rally in Ohio", "in December". */
function eventAdjunct(tokens: Token[], i: number, b: number): boolean {
  const p = tokens[i];
  if (p.k !== 'w' || !EVENT_PREPS.has(p.l) || i + 1 >= b) return false;
  let j = i + 1;
  while (j < b && j - i <= 3 && tokens[j].k === 'w' && DETS.has(tokens[j].l)) j++;
  if (j >= b) return false;
  const h = tokens[j];
  if (p.l === 'to') return h.l === 'reporters' || h.l === 'journalists';
  if (DAYS.has(h.l) || (MONTHS.has(h.l) && p.l === 'in')) return true;
  if (h.k === 'n' && p.l === 'in' && h.len === 4) return true;
  if (MEDIA.has(h.l)) return true;
  // the occasion's noun within its first words, after a determiner: "at a news conference", "in an interview with CNN"
  if (j === i + 1 && !(j + 1 < b && tokens[j + 1].k === 's')) return false;
  for (let k = j; k < b && k - j < 4; k++) {
    const t = tokens[k];
    if (t.k !== 'w') break;
    if (EVENT_NOUNS.has(t.l)) return true;
  }
  return false;
}

/** "…, said Jane Doe, executive director of the union": whether the words from i to the next comma describe the source (no verb of a clause). */
export function appositiveOnly(tokens: Token[], i: number, b: number): boolean {
  for (let k = i; k < b && tokens[k].isNot(','); k++) {
    const t = tokens[k];
    if (t.k === 'q') return false;
    if (t.k === 'w' && !t.cap && (FINITE.has(t.l) || CLAUSE_SUBJECTS.has(t.l) || (k > i && t.len > 4 && t.lastCode === 100 && t.l.endsWith('ed')))) return false;
  }
  return true;
}

/** Whether tokens [a, b) are nothing but the occasion or time of a statement ("said in a statement", "told NBC News on Monday", "said at the outset"). */
export function adjunctOnly(tokens: Token[], a: number, b: number): boolean {
  if (b - a < 2 || tokens[a].k !== 'w' || !EVENT_PREPS.has(tokens[a].l)) return false;
  // "noted in The Intercept", "published in the International New York Times", "showing in Iowa": a place or a publication named to the end
  if (tokens[a].l === 'in' && placeToEnd(tokens, a + 1, b)) return true;
  if (!eventAdjunct(tokens, a, b)) return false;
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k];
    if (t.k === 'q' || t.q >= 0 || (t.k === 'p' && t.isNot('.') && t.isNot(',') && t.isNot('-')) || (t.k === 'w' && (FINITE.has(t.l) || CLAUSE_SUBJECTS.has(t.l) || t.l === 'that' || t.l === 'while' || t.l === 'as'))) return false;
  }
  return true;
}

/**
 * The end of a content that follows its cue without a comment after a dash ("showed Doe ahead[ -
 * within the margin of error]"), a closing appositive ("endorsed Jane Doe[, a former governor]") and a trailing event or time adjunct: "endorsed Jane Doe [on Monday]",
 * "called the plan a disgrace [in a tweet]". A clause keeps its adjuncts ("said the vote would be
 * held on Monday"), as does a content of one or two words.
 */
export function trimEventTail(tokens: Token[], a: number, b: number): number {
  if (b - a < 3 || tokens[a].k === 'q') return b;
  b = trimDashTail(tokens, a, b);
  b = trimAppositive(tokens, a, b);
  // a quotation inside ("called the system “rigged” in a tweet"): only an adjunct after it may go
  let from = a;
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.q >= 0 || t.k === 'q') {
      from = i + 1;
      continue;
    }
    // an infinitive inside ("a reason for the U.S. to reinvest in its space program") makes a clause
    if (t.len === 2 && t.l === 'to' && i + 1 < b && tokens[i + 1].k === 'w' && !tokens[i + 1].cap && !DETS.has(tokens[i + 1].l)) return b;
    if (t.k !== 'w') continue;
    const n = t.len;
    if (n <= 6 && (FINITE.has(t.l) || CLAUSE_SUBJECTS.has(t.l))) return b;
    if (i > a && !t.cap && n > 4 && ((t.lastCode === 100 && t.l.endsWith('ed')) || (t.lastCode === 103 && t.l.endsWith('ing') && !NOT_PARTICIPLE.has(t.l)))) return b;
  }
  if ((a > 0 && (tokens[a - 1].l === 'that' || tokens[a - 1].is(':'))) || tokens[a].l === 'to' || tokens[a].l === 'not') return b;
  for (let i = Math.max(tokens[a].cap ? a + 1 : a + 2, b - 8, from); i < b - 1; i++) {
    if (!eventAdjunct(tokens, i, b)) continue;
    // everything after the adjunct's start must be adjunct too: no comma-clause, no verb
    let ok = true;
    for (let k = i + 1; k < b && ok; k++) ok = !(tokens[k].k === 'p' && tokens[k].isNot('.') && tokens[k].isNot(',') && tokens[k].isNot('-')) && !(tokens[k].k === 'w' && FINITE.has(tokens[k].l));
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
function trimAppositive(tokens: Token[], a: number, b: number): number {
  for (let c = b - 2; c > a + 1 && b - c <= 16; c--) {
    const t = tokens[c];
    if (t.q >= 0 || t.k === 'q') return b;
    // a hyphen inside a word ("a 16-point margin") is no punctuation of the clause
    if (t.k === 'p' && t.isNot(',') && !(t.t === '-' && tokens[c - 1].e === t.s && tokens[c + 1].s === t.e)) return b;
    if (t.k !== 'p' || t.isNot(',')) continue;
    const d = tokens[c + 1];
    if (d.k !== 'w' || !APPOSITIVE_DETS.has(d.l)) return b;
    const p = tokens[c - 1];
    // "Barack Obama, a Democrat" stays; a list ("the malaise, the lack of jobs, the violence") is no appositive
    if ((p.k !== 'w' && p.k !== 'n') || b - c < 4) return b;
    for (let k = a; k < c; k++) if (tokens[k].q < 0 && tokens[k].is(',')) return b;
    // a clause of its own before any relative pronoun is no appositive ("…, the crowd reacted")
    for (let k = c + 2; k < b; k++) {
      const w = tokens[k];
      if (w.k !== 'w') continue;
      if (RELATIVES.has(w.l)) break;
      if ((w.len <= 6 && FINITE.has(w.l)) || CLAUSE_SUBJECTS.has(w.l)) return b;
    }
    return c;
  }
  return b;
}

const DASH_ELABORATION = new Set(['including', 'like', 'such', 'or', 'and', 'but', 'not', 'from', 'especially', 'particularly', 'if', 'even']);
const DASH_MARKS = new Set(['—', '–', '-', '―', '--']);

/** The end of a content before a dash that opens a comment on it ("showed Doe leading, 46 to 44 - within the margin of error"). */
function trimDashTail(tokens: Token[], a: number, b: number): number {
  for (let i = a + 2; i < b - 1; i++) {
    const t = tokens[i];
    // a dash between spaces, not a hyphen ("EB-5") nor a dash inside a quotation
    if (t.k !== 'p' || t.q >= 0 || !DASH_MARKS.has(t.t) || tokens[i - 1].e === t.s || tokens[i + 1].s === t.e) continue;
    // a quotation, an example ("— including Jeb Bush") or a parenthetical between two dashes stays
    const n = tokens[i + 1];
    if (n.k === 'q' || DASH_ELABORATION.has(n.l)) return b;
    for (let k = i + 2; k < b; k++) if (tokens[k].k === 'p' && tokens[k].q < 0 && DASH_MARKS.has(tokens[k].t) && tokens[k - 1].e < tokens[k].s) return b;
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
function trimObjectComma(tokens: Token[], a: number, b: number): number {
  for (let i = a + 1; i < b - 1; i++) {
    const t = tokens[i];
    if (t.k === 'q' || t.q >= 0) return b;
    if (t.k !== 'p' || t.isNot(',')) continue;
    const n = tokens[i + 1];
    if (n.k !== 'w' || n.cap || LIST_WORDS.has(n.l) || APPOSITIVE_DETS.has(n.l) || n.t.includes('’') || n.t.includes("'")) return b;
    if (clauseLike(tokens, a, i)) return b;
    // a list of objects: another comma, "and" or "or" after it
    for (let k = i + 2; k < b; k++) if (tokens[k].is(',') || tokens[k].l === 'and' || tokens[k].l === 'or') return b;
    return i;
  }
  return b;
}

/**
 * "Jane Doe, who praised the plan, was …": a content inside a relative clause between commas ends at
 * the comma that closes the clause.
 */
function trimRelativeClause(tokens: Token[], a: number, b: number): number {
  let j = a - 1;
  while (j > 0 && a - j <= 5 && tokens[j].k === 'w' && tokens[j].l !== 'who' && tokens[j].l !== 'which') j--;
  if (j <= 0 || (tokens[j].l !== 'who' && tokens[j].l !== 'which') || tokens[j - 1].isNot(',')) return b;
  for (let i = a + 1; i < b - 1; i++) {
    const t = tokens[i];
    if (t.q >= 0 || t.k !== 'p' || t.isNot(',')) continue;
    // the main clause's verb after the closing comma ("…, was wrong", "…, also said"), not a list item or a place
    let k = i + 1;
    if (k < b - 1 && tokens[k].k === 'w' && !tokens[k].cap && (tokens[k].l === 'also' || tokens[k].l.endsWith('ly'))) k++;
    const v = tokens[k];
    if (v.k === 'w' && !v.cap && (FINITE.has(v.l) || PAST.has(v.l) || (v.len > 4 && v.lastCode === 100 && v.l.endsWith('ed')) || (v.len > 3 && v.lastCode === 115 && !v.l.endsWith('ss') && !v.l.endsWith('us')))) return i;
  }
  return b;
}

const PAST = new Set(['said', 'told', 'made', 'took', 'gave', 'went', 'came', 'became', 'won', 'lost', 'left', 'met', 'sent', 'wrote', 'spoke', 'saw', 'got', 'ran', 'paid', 'kept', 'held', 'led', 'brought', 'thought', 'felt', 'found', 'cast', 'put', 'set', 'let', 'began', 'knew', 'grew', 'drew', 'chose', 'rose', 'fell', 'stood', 'sat', 'heard', 'built', 'spent', 'sold', 'taken', 'given']);

const NEW_SUBJECTS = new Set(['he', 'she', 'they']);
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them', 'it', 'that', 'this', 'those', 'these', 'one', 'two', 'three', 'several', 'some', 'all', 'both', 'each', 'any']);

/** Whether [a, b) reads as a clause: a finite auxiliary, a subject pronoun or a past-tense word after its first word. */
function clauseLike(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.k === 'w' && ((t.len <= 6 && (FINITE.has(t.l) || CLAUSE_SUBJECTS.has(t.l))) || (i > a && !t.cap && t.len > 4 && t.lastCode === 100 && t.l.endsWith('ed')))) return true;
  }
  return false;
}

/**
 * The end of a content after its cue before a coordinated clause of the reporting sentence: ", and he
 * renewed the prediction" (a new clause about the speaker), "called him a nice guy and spiked the
 * story" (the speaker's next act after an object content), before the main clause after a relative
 * clause holding the cue ("Doe, who praised the plan, was …"), and after an object at a comma.
 */
export function trimCoordTail(tokens: Token[], a: number, b: number): number {
  if (b - a < 3 || tokens[a].k === 'q') return b;
  b = trimObjectComma(tokens, a, trimRelativeClause(tokens, a, b));
  for (let i = a + 2; i < b - 1; i++) {
    const t = tokens[i];
    if (t.k !== 'w' || t.len !== 3 || t.firstCode !== 97 || t.l !== 'and' || t.q >= 0) continue;
    const n = tokens[i + 1];
    const cut = tokens[i - 1].is(',') ? i - 1 : i;
    if (cut < i && NEW_SUBJECTS.has(n.l) && i + 2 < b && tokens[i + 2].k === 'w') return cut;
    const o = i + 2 < b ? tokens[i + 2] : null;
    if (!n.cap && n.k === 'w' && n.len > 4 && n.l.endsWith('ed') && !n.l.includes('-') && o && OBJECT_OPENERS.has(o.l) && !clauseLike(tokens, a, i)) return cut;
  }
  return b;
}

const SUBJECT_DETS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'many', 'some', 'most', 'all', 'no', 'both']);

/**
 * Whether a noun phrase opened by a determiner at i is the subject of a clause: its finite or past
 * verb follows within a few words, before any punctuation ("the crowd reacted", "the GOP nominee had").
 */
export function subjectClause(tokens: Token[], i: number, b: number): boolean {
  if (i >= b || tokens[i].k !== 'w' || !SUBJECT_DETS.has(tokens[i].l)) return false;
  for (let k = i + 1; k < b && k - i <= 8; k++) {
    const t = tokens[k];
    // "the plan, the budget and the tax cuts would pass": a list item, not a subject
    if (t.k === 'p' || (t.len <= 3 && (t.l === 'and' || t.l === 'or'))) return false;
    if (t.k !== 'w' || t.cap) continue;
    if ((t.len <= 6 && FINITE.has(t.l)) || (k > i + 1 && t.len > 4 && t.lastCode === 100 && t.l.endsWith('ed'))) return true;
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
export function loneObject(tokens: Token[], a: number, b: number, direct: boolean): boolean {
  const t = tokens[a];
  if (t.k !== 'w') return false;
  if (OBJECT_PRONOUNS.has(t.l)) return true;
  if (!direct || NOT_OBJECTS.has(t.l) || t.l.endsWith('ly')) return false;
  const n = a + 1 < b ? tokens[a + 1] : null;
  return !n || (n.k === 'p' && n.q < 0);
}

/** The end of a content after its cue, without a final non-restrictive clause ("…the health of Trump, who is 70"). */
export function trimTail(tokens: Token[], a: number, b: number): number {
  if (b - a < 3 || tokens[a].k === 'q') return b;
  let lastComma = -1;
  for (let k = b - 2; k >= a + 2 && b - k < 60 && lastComma < 0; k--) if (tokens[k].k === 'p' && tokens[k].q < 0 && tokens[k].is(',')) lastComma = k;
  if (lastComma > 0 && (tokens[lastComma + 1].l === 'which' || tokens[lastComma + 1].l === 'who')) return lastComma;
  return b;
}
