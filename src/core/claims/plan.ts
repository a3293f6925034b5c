/**
 * Where a cue's source and content lie in its unit: before or after the cue, inverted ("…," said X),
 * coordinated ("…, adding"), around a parenthetical ("X, speaking to veterans, said …").
 */
import type { CueForm } from '../lexicon';
import { ADJECTIVE_CUES } from '../lexicon/cues';
import { ANONYMOUS_SOURCES } from '../lexicon';
import type { Quote } from '../types';
import type { TokenList } from '../people/token-list';
import { DASHES, isSpeechQuoteEnd, PERSONAL_SUBJECTS, TELL_OBJECT } from './shared';
import { npLeft, npRight, npToComma, possessive, skipLeft } from './source';
import { GERUND_LEADS, type CueHit, type Unit } from './units';
import { FINITE, invertedSource, isBe, NOT_SOURCE_START } from './clauses';

export { FINITE, NOT_SOURCE_START };

/** Words that open an adjunct after a cue ("said on Monday", "said the day before"), not a content. */
export const ADJUNCT_START = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'while', 'when', 'with', 'from', 'as', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'this', 'last', 'to', 'via', 'through', 'late', 'early', 'recently', 'reporters', 'journalists', 'the', 'a', 'an', 'summing', 'talking', 'speaking', 'adding', 'referring', 'commenting', 'answering', 'responding', 'citing', 'following', 'without', 'according', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'in', 'by', 'also', 'again', 'then', 'of', 'about', 'his', 'her', 'their']);
const NP_OPENERS = new Set(['the', 'a', 'an', 'this', 'his', 'her', 'their']);
/** Conjunctions after a comma that end a statement (", although …", ", when he called for …"). */
export const CLAUSE_CUTS = new Set(['although', 'though', 'whereas', 'while', 'when']);
/** -ing words that are no participles opening a new clause. */
export const NOT_PARTICIPLE = new Set(['including', 'according', 'regarding', 'concerning', 'notwithstanding', 'during', 'excluding', 'following', 'something', 'nothing', 'anything', 'everything', 'morning', 'evening', 'building', 'meeting', 'spring', 'string', 'bring']);

/** Where one cue's source and content lie. */
export interface Plan {
  coordinated: boolean;
  /** Source phrase tokens [srcA, srcB). */
  srcA: number;
  srcB: number;
  /** Content before the cue ("CONTENT, SOURCE said"). */
  before: boolean;
  contentA: number;
  contentB: number;
  quote: Quote | null;
  /** Token index that cuts the content of an earlier cue, or -1. */
  cut: number;
  /** Where the content starts when the plan knows it ("Said Ellis: …"). */
  contentFrom?: number;
}

function restIsAdjunct(tokens: TokenList, from: number, b: number, form: CueForm, afterQuote = false): boolean {
  if (from >= b) return true;
  let i = from;
  if (form.lemma === 'tell') while (i < b && i - from < 6 && tokens.k(i) === 'w' && (tokens.cap(i) || TELL_OBJECT.has(tokens.l(i)) || hearerNoun(tokens, i, from))) i++;
  // "told “Fox and Friends,”": a quoted title is the recipient
  if (form.lemma === 'tell' && i === from) i = afterQuotedTitle(tokens, i, b);
  // ""…," she said at a news conference announcing that …": after a quotation only a near "that" opens a content
  for (let j = i; j < Math.min(b, i + (afterQuote ? 4 : 12)) && tokens.isNot(j, ','); j++) if (tokens.l(j) === 'that' || tokens.is(j, ':')) return false;
  if (i >= b) return true;
  if (tokens.is(i, ',') && i + 1 < b && tokens.k(i + 1) === 'q') return afterQuote;
  if (tokens.k(i) === 'p') return tokens.isNot(i, ':');
  if (tokens.k(i) === 'q') return false;
  // ""…," she said several months later": after a quotation the rest is an adjunct unless it says "that"
  // "…, some leaders said the mogul still has time": a determiner opening a clause, not a time adjunct
  if (!afterQuote && NP_OPENERS.has(tokens.l(i))) for (let j = i + 1; j < Math.min(b, i + 15) && tokens.isNot(j, ','); j++) if (FINITE.has(tokens.l(j))) return false;
  // "…, the administration has promised a veto": a noun phrase after the cue is its object unless it names a time ("said the day before")
  if (!afterQuote && NP_OPENERS.has(tokens.l(i)) && !timeAhead(tokens, i + 1, b)) return false;
  // "reported at least six …": a quantifier, not an adjunct
  if (tokens.l(i) === 'at' && i + 1 < b && (tokens.l(i + 1) === 'least' || tokens.l(i + 1) === 'most')) return false;
  return afterQuote || ADJUNCT_START.has(tokens.l(i)) || (tokens.cap(i) && form.lemma === 'tell') || tokens.k(i) === 'n';
}

const TIME_NOUNS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'afternoon', 'evening', 'night', 'time', 'weekend', 'ago', 'earlier', 'later', 'before', 'after', 'previous', 'next', 'following', 'same', 'other', 'moment', 'hour', 'hours', 'decade', 'minute', 'minutes']);

/** A time word among the three words from i ("the day before", "a week earlier", "this morning"). */
function timeAhead(tokens: TokenList, i: number, b: number): boolean {
  for (let j = i; j < b && j - i < 3; j++) if (tokens.k(j) === 'w' && TIME_NOUNS.has(tokens.l(j))) return true;
  return false;
}

/** A lowercase noun inside the hearer after "told" ("told a Senate panel", "told French television station BFMTV"): after a word of the hearer, before a capital, or after one at the end ("told a joke" is no hearer). */
function hearerNoun(tokens: TokenList, i: number, from: number): boolean {
  if (i === from || tokens.cap(i) || tokens.len(i) < 3 || FINITE.has(tokens.l(i)) || NOT_HEARER.has(tokens.l(i)) || tokens.l(i).endsWith('ly')) return false;
  const n = i + 1;
  return (!!tokens.has(n) && tokens.cap(n)) || (tokens.cap(i - 1) && (!tokens.has(n) || tokens.k(n) === 'p'));
}
const NOT_HEARER = new Set(['that', 'how', 'what', 'why', 'whether', 'who', 'when', 'where', 'she', 'they', 'him', 'her', 'them', 'the', 'and', 'but', 'for', 'about', 'with', 'after', 'before', 'during', 'while', 'not', 'there', 'this', 'its', 'his', 'their']);

const TITLE_SMALL = new Set(['and', 'of', 'the', 'a', 'on', 'in', 'with', 'for', 'to']);

/** The token after a short quoted title starting at i ("“Fox and Friends,”", "“Meet the Press”"), or i. */
export function afterQuotedTitle(tokens: TokenList, i: number, b: number): number {
  if (!tokens.has(i) || tokens.k(i) !== 'q' || tokens.q(i) < 0) return i;
  let j = i + 1;
  let words = 0;
  for (; j < b && tokens.q(j) === tokens.q(i) && tokens.k(j) !== 'q'; j++) {
    if (tokens.k(j) === 'w' && !tokens.cap(j) && !TITLE_SMALL.has(tokens.l(j))) return i;
    if (tokens.k(j) === 'w' && ++words > 5) return i;
  }
  return j < b && tokens.k(j) === 'q' && tokens.q(j) === tokens.q(i) && words > 0 ? j + 1 : i;
}

const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were', 'am', '’s', "'s", '’re', "'re", 'been', 'be']);
const PASSIVE_AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'to', 'likely', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'not', 'also']);
const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/**
 * "The registration issue was first reported by The Washington Post", "Charter schools, promoted by
 * both parties, …": a passive cue with its agent — the subject is the content, the agent the source.
 */
function passiveBy(tokens: TokenList, u: Unit, h: CueHit, mentionStart: Int32Array): Partial<Plan> | null {
  if (h.b - h.a !== 1 || h.b + 1 >= u.b || tokens.l(h.b) !== 'by' || !tokens.l(h.a).endsWith('ed')) return null;
  let i = h.a - 1;
  if (i > u.a && tokens.k(i) === 'w' && (tokens.l(i).endsWith('ly') || tokens.l(i) === 'first' || tokens.l(i) === 'also')) i--;
  let end: number;
  if (i >= u.a && PASSIVE_BE.has(tokens.l(i))) {
    end = i;
    // "has been", "was being", "is likely to be", "will be"
    while (end > u.a && PASSIVE_AUX.has(tokens.l(end - 1))) end--;
  } else if (i >= u.a && tokens.is(i, ',')) end = i;
  else return null;
  const a = npLeft(tokens, end - 1, u.a, mentionStart);
  if (a > end - 1 || end - a < 1) return null;
  const e = npRight(tokens, h.b + 1, u.b);
  if (e <= h.b + 1) return null;
  return { srcA: h.b + 1, srcB: e, before: true, contentA: a, contentB: end, quote: null, cut: -1 };
}

/** Words that open a sentence-initial adjunct ("During the rally, …"). */
export const ADJUNCT_OPENERS = new Set(['during', 'at', 'in', 'on', 'after', 'before', 'while', 'when', 'as', 'speaking', 'giving', 'writing', 'addressing', 'asked', 'answering', 'responding', 'since', 'last', 'earlier', 'later', 'for', 'with', 'from', 'under', 'over', 'despite', 'unlike', 'like', 'amid', 'following', 'through', 'throughout', 'separately', 'meanwhile', 'also', 'however', 'instead', 'still', 'then', 'now', 'today', 'yesterday', 'speaking', 'talking', 'appearing', 'commenting']);

/** "During the rally Monday, the former president said …": the words before the comma are an adjunct, not a statement. */
export function leadingAdjunct(tokens: TokenList, a: number, b: number): boolean {
  const t = a;
  // "Steering clear of …, Kasich …", "Shortly after my sentence, Holder …": a participle or an adverb before an opener
  const opener = ADJUNCT_OPENERS.has(tokens.l(t)) || (tokens.len(t) > 5 && tokens.l(t).endsWith('ing') && !NOT_PARTICIPLE.has(tokens.l(t))) || (tokens.l(t).endsWith('ly') && a + 1 < b && ADJUNCT_OPENERS.has(tokens.l(a + 1)));
  if (!opener) return false;
  // "During a campaign stop in Onawa, Iowa, …": commas inside the adjunct, but no verb of a clause
  for (let i = a; i < b; i++) {
    if (tokens.k(i) === 'q' || FINITE.has(tokens.l(i))) return false;
    if (tokens.isNot(i, ',')) continue;
    // only a place name ("in Onawa, Iowa,") may hold a comma
    let j = i + 1;
    while (j < b && tokens.cap(j)) j++;
    if (j === i + 1 || (j < b && tokens.isNot(j, ','))) return false;
  }
  return true;
}

/** "Jane Doe, who watched the ceremony, said …": a subject with a relative clause before the cue, not a statement. */
function relativeSubject(tokens: TokenList, a: number, b: number): boolean {
  for (let i = a + 1; i < b - 1 && i - a < 12; i++) {
    if (tokens.k(i) === 'q' || FINITE.has(tokens.l(i))) return false;
    if (tokens.is(i, ',') && (tokens.l(i + 1) === 'who' || tokens.l(i + 1) === 'whose')) return true;
  }
  return false;
}

/** "NP, <parenthetical>, CUE": the NP's token range, or null. */
function subjectBeforeParenthetical(tokens: TokenList, u: Unit, comma: number, mentionStart: Int32Array): [number, number] | null {
  for (let c = comma - 2; c > u.a && comma - c < 25; c--) {
    // "Jeff Weaver, Sanders’ campaign manager, said": a plural possessive's apostrophe is no quotation
    if ((tokens.k(c) === 'q' && !possessive(tokens, c)) || tokens.l(c) === 'that') return null;
    if (tokens.isNot(c, ',')) continue;
    // "The state’s campaign chairman, Phil Lovas, said": the name in apposition is the source
    // "…, Vermont Sen. Bernie Sanders, said": a title word or two may stand before the mention
    for (let m = c + 1; m < comma && m - c <= 3; m++) {
      if (mentionStart[m] !== m) continue;
      let e = m + 1;
      while (e < comma && mentionStart[e] === m) e++;
      if (e === comma) return [c + 1, comma];
      break;
    }
    const a = npLeft(tokens, c - 1, u.a, mentionStart);
    if (a > c - 1) return null;
    if (a === u.a || tokens.is(a - 1, ',') || tokens.k(a - 1) === 'w' || tokens.k(a - 1) === 'q') return [a, c];
    return null;
  }
  return null;
}

/** The plan of one cue in its unit. */
export function plan(tokens: TokenList, u: Unit, h: CueHit, quotes: readonly Quote[], mentionStart: Int32Array): Plan {
  const base: Plan = { coordinated: false, srcA: 0, srcB: 0, before: false, contentA: 0, contentB: 0, quote: null, cut: -1 };
  if (h.form.kind === 'according') {
    const e = npToComma(tokens, h.b, u.b);
    // "In his words, …": the source is the pronoun inside the cue
    const res = h.form.words[0] === 'in' && h.form.words.length === 3 ? { ...base, srcA: h.a + 1, srcB: h.a + 2 } : { ...base, srcA: h.b, srcB: e };
    const pt = h.a > u.a ? h.a - 1 : -1;
    // "… became “the high-water mark,” according to X": the comma inside the closing quotation
    const quoteComma = !!tokens.has(pt) && tokens.k(pt) === 'q' && tokens.q(pt) >= 0 && quotes[tokens.q(pt)]?.end === tokens.e(pt) && h.a - 2 > u.a && tokens.is(h.a - 2, ',');
    if (quoteComma) return { ...res, before: true, contentA: u.a, contentB: h.a, quote: null, cut: h.a };
    if (tokens.has(pt) && (tokens.is(pt, ',') || (DASHES.has(tokens.t(pt)) && tokens.q(pt) < 0))) {
      const q = isSpeechQuoteEnd(tokens, h.a - 2, quotes);
      // "In addition, according to the department, nearly nine million …": an adjunct before, the statement after
      const after = e < u.b - 3 && tokens.is(e, ',');
      if (!q && after && leadingAdjunct(tokens, u.a, h.a - 1)) return res;
      return { ...res, before: true, contentA: u.a, contentB: h.a - 1, quote: q, cut: h.a - 1 };
    }
    // "According to X, CONTENT": the content starts after the comma (see contentStart)
    return res;
  }
  const passive = passiveBy(tokens, u, h, mentionStart);
  if (passive) return { ...base, ...passive };
  let left = skipLeft(tokens, h.a - 1, u.a);
  // "Marco Rubio, speaking at a rally, is criticizing …": the progressive's "is" stands between the subject and the cue
  if (left > u.a && h.form.kind === 'verb' && tokens.k(left) === 'w' && PROGRESSIVE_BE.has(tokens.l(left)) && h.form.words[0].endsWith('ing')) left = skipLeft(tokens, left - 1, u.a);
  // "Doe is highly critical of X": the subject before "is"
  if (ADJECTIVE_CUES.has(h.form.lemma)) {
    if (left >= u.a && tokens.l(left).endsWith('ly')) left--;
    // "has been critical of" (the "be" skipped with the auxiliaries), "’re supportive of", "is most proud of"
    let be = left >= u.a && isBe(tokens, left);
    let inner = false;
    for (let k = h.a - 1; k > left && k >= u.a && !be && !inner; k--) inner = isBe(tokens, k);
    if (!be && !inner && left - 1 >= u.a && (tokens.l(left) === 'most' || tokens.l(left) === 'very' || tokens.l(left) === 'so') && isBe(tokens, left - 1)) {
      left--;
      be = true;
    }
    if (left < u.a || (!be && !inner)) return base;
    if (be) left = skipLeft(tokens, left - 1, u.a);
  }
  const prevQuote = u.a > 0 && tokens.nl(u.a) === 0 ? isSpeechQuoteEnd(tokens, u.a - 1, quotes) : null;
  if (left < u.a) {
    // ""…?" asked Graham." split after the question mark: the quotation ends the previous unit
    const e = npRight(tokens, h.b, u.b);
    if (prevQuote && e > h.b) return { ...base, srcA: h.b, srcB: e, before: true, quote: prevQuote };
    // "Said Ellis: "…""
    if (tokens.cap(h.a) && e > h.b && e < u.b && (tokens.is(e, ':') || tokens.is(e, ','))) return { ...base, srcA: h.b, srcB: e, contentFrom: e + 1 };
    return base;
  }
  // "Jane Doe — a teacher from Ohio — says …": the subject stands before a parenthetical between dashes
  if (tokens.k(left) === 'p' && tokens.q(left) < 0 && (DASHES.has(tokens.t(left)) || tokens.t(left) === '--') && h.form.kind === 'verb' && !h.form.words[0].endsWith('ing')) {
    const subj = beforeDashes(tokens, u, left, mentionStart);
    if (subj) return { ...base, srcA: subj[0], srcB: subj[1], cut: subj[0] > u.a && tokens.is(subj[0] - 1, ',') ? subj[0] - 1 : -1 };
  }
  // "…," said Peskov / "…, says Russian top diplomat"
  if (tokens.is(left, ',') || (tokens.k(left) === 'q' && isSpeechQuoteEnd(tokens, left, quotes))) {
    const e = npRight(tokens, h.b, u.b);
    // "Jane Doe, 59, who watched the ceremony, said …": the subject opens the unit, up to its first comma
    if (tokens.is(left, ',') && !h.form.words[0].endsWith('ing') && relativeSubject(tokens, u.a, left)) {
      let c = u.a + 1;
      while (c < left && tokens.isNot(c, ',')) c++;
      return { ...base, srcA: u.a, srcB: c, cut: left };
    }
    // "Senator Dianne Feinstein, Democrat of California, said the EB-5 …": a named subject opening the unit wins
    const named = tokens.is(left, ',') && !h.form.words[0].endsWith('ing') ? subjectBeforeParenthetical(tokens, u, left, mentionStart) : null;
    let namedFirst = false;
    if (named && !prevQuote && !isSpeechQuoteEnd(tokens, named[0] - 1, quotes)) for (let k = named[0]; k < named[1] && !namedFirst; k++) namedFirst = mentionStart[k] >= 0;
    const afterQuote = tokens.k(left) === 'q' || isSpeechQuoteEnd(tokens, left - 1, quotes) !== null;
    // ""…," said the former top aide to President Bush in a statement": after a quotation the source may run on
    const sourceEnds = e >= u.b || (tokens.k(e) === 'p' && !DASHES.has(tokens.t(e))) || (afterQuote && tokens.k(e) === 'w' && !tokens.cap(e) && !FINITE.has(tokens.l(e))) || placeTail(tokens, e, u.b);
    // ""…," Doe, 49, told The Daily Norland": the noun phrase after "told" is the hearer, never the speaker
    if (!namedFirst && !h.form.words[0].endsWith('ing') && h.form.lemma !== 'tell' && invertible(h.form, afterQuote) && e > h.b && sourceEnds && invertedSource(tokens, h.b, e, mentionStart)) {
      const q = tokens.k(left) === 'q' ? isSpeechQuoteEnd(tokens, left, quotes) : isSpeechQuoteEnd(tokens, left - 1, quotes);
      const ce = tokens.is(left, ',') ? left : left + 1;
      return { ...base, srcA: h.b, srcB: e, before: true, contentA: u.a, contentB: ce, quote: q, cut: left };
    }
    if (tokens.is(left, ',') && !h.form.words[0].endsWith('ing')) {
      // "Trump, speaking to veterans in Virginia, said …": the subject stands before the parenthetical
      const subj = subjectBeforeParenthetical(tokens, u, left, mentionStart);
      if (subj) {
        let qb = subj[0] > u.a ? isSpeechQuoteEnd(tokens, subj[0] - 1, quotes) : prevQuote && subj[0] === u.a ? prevQuote : null;
        // ""…," the White House spokesman, Josh Earnest, said": the quotation stands before the appositive pair
        if (!qb && subj[0] - 2 > u.a && tokens.is(subj[0] - 1, ',')) {
          const a2 = npLeft(tokens, subj[0] - 2, u.a, mentionStart);
          if (a2 <= subj[0] - 2 && a2 > u.a) qb = isSpeechQuoteEnd(tokens, a2 - 1, quotes);
          else if (a2 === u.a && prevQuote) qb = prevQuote;
        }
        if (qb && restIsAdjunct(tokens, h.b, u.b, h.form, true)) return { ...base, srcA: subj[0], srcB: subj[1], before: true, quote: qb };
        // "X, his top aide, Tad Devine, told The Huffington Post.": the statement before the appositive pair
        if (!qb && subj[0] - 2 > u.a && tokens.is(subj[0] - 1, ',') && restIsAdjunct(tokens, h.b, u.b, h.form, false)) {
          const a2 = npLeft(tokens, subj[0] - 2, u.a, mentionStart);
          if (a2 - 1 > u.a + 2 && a2 <= subj[0] - 2 && tokens.is(a2 - 1, ',') && !relativeSubject(tokens, u.a, a2 - 1)) return { ...base, srcA: subj[0], srcB: subj[1], before: true, contentA: u.a, contentB: a2 - 1, cut: a2 - 1 };
        }
        return { ...base, srcA: subj[0], srcB: subj[1], cut: subj[0] > u.a && tokens.is(subj[0] - 1, ',') ? subj[0] - 1 : -1 };
      }
    }
    if (tokens.is(left, ',')) return { ...base, coordinated: true, cut: left };
    // "“…,” adding that …": a participle right after a quotation closed by its comma continues the same speaker
    if (tokens.k(left) === 'q' && h.form.words[0].endsWith('ing') && left > u.a && tokens.is(left - 1, ',') && !quotedTitleEnd(tokens, left, u)) return { ...base, coordinated: true };
    return base;
  }
  if (tokens.k(left) === 'w' && (tokens.l(left) === 'who' || tokens.l(left) === 'which' || (tokens.l(left) === 'that' && left > u.a && tokens.k(left - 1) === 'w' && !tokens.cap(left - 1) && (!h.form.base || pluralNoun(tokens, left - 1))))) {
    // "listeners who said …", "Stein, who said …"
    let e = left - 1;
    if (e >= u.a && tokens.is(e, ',')) e--;
    // "the study -- which notes that …": a dash (or two hyphens) before the relative pronoun
    else while (e > u.a && left - e <= 2 && tokens.k(e) === 'p' && tokens.q(e) < 0 && DASHES.has(tokens.t(e))) e--;
    if (e < u.a) return base;
    const a = antecedentStart(tokens, npLeft(tokens, e, u.a, mentionStart), e);
    return a <= e ? { ...base, srcA: a, srcB: e + 1 } : base;
  }
  // "families, many of whom say …": the quantifier and its relative pronoun
  if (tokens.k(left) === 'w' && tokens.l(left) === 'whom' && left - 2 >= u.a && tokens.l(left - 1) === 'of' && tokens.k(left - 2) === 'w' && OF_WHOM.has(tokens.l(left - 2))) return { ...base, srcA: left - 2, srcB: left + 1 };
  // "Doe ended the feud by saying X": the gerund's subject is the clause's
  if (tokens.k(left) === 'w' && !tokens.cap(left) && GERUND_LEADS.has(tokens.l(left)) && h.form.words[0].endsWith('ing')) return { ...base, coordinated: true };
  // "Trump was prompted to say X": the infinitive's subject is the clause's
  if (tokens.k(left) === 'w' && tokens.l(left) === 'to' && h.form.base) return { ...base, coordinated: true };
  if (tokens.k(left) === 'w' && !tokens.cap(left) && (tokens.l(left) === 'and' || tokens.l(left) === 'but' || tokens.l(left) === 'also')) {
    let c = left;
    if (c > u.a && tokens.is(c - 1, ',')) c--;
    return { ...base, coordinated: true, cut: c };
  }
  const npA = npLeft(tokens, left, u.a, mentionStart);
  if (npA > left) return base;
  const res = { ...base, srcA: npA, srcB: left + 1 };
  const beforeTok = npA - 1;
  if (beforeTok < u.a) {
    // the quotation closed the previous sentence: "He says X" after it is a statement of its own unless only an adjunct follows
    if (prevQuote && restIsAdjunct(tokens, h.b, u.b, h.form, false)) return { ...res, before: true, quote: prevQuote };
    return res;
  }
  let cut = -1;
  if (tokens.is(beforeTok, ',')) cut = beforeTok;
  else if (tokens.k(beforeTok) === 'w' && (tokens.l(beforeTok) === 'and' || tokens.l(beforeTok) === 'but' || CLAUSE_CUTS.has(tokens.l(beforeTok))) && beforeTok > u.a && tokens.is(beforeTok - 1, ',')) cut = beforeTok - 1;
  // "… hacked the computers and she accused Russia …": a new subject and its cue end the earlier content
  else if (tokens.k(beforeTok) === 'w' && (tokens.l(beforeTok) === 'and' || tokens.l(beforeTok) === 'but') && npA === left && PERSONAL_SUBJECTS.has(tokens.l(npA))) cut = beforeTok;
  const quoteBefore = isSpeechQuoteEnd(tokens, beforeTok, quotes) ?? (tokens.is(beforeTok, ',') ? isSpeechQuoteEnd(tokens, beforeTok - 1, quotes) : null);
  if ((tokens.is(beforeTok, ',') || quoteBefore) && (quoteBefore || invertible(h.form, false) || restEmpty(tokens, h.b, u.b)) && restIsAdjunct(tokens, h.b, u.b, h.form, !!quoteBefore)) {
    const contentB = tokens.is(beforeTok, ',') ? beforeTok : beforeTok + 1;
    // ""…," she said" ends the content of an earlier cue before its source
    if (quoteBefore || (contentB - u.a >= 3 && !relativeSubject(tokens, u.a, contentB) && (!leadingAdjunct(tokens, u.a, contentB) || restEmpty(tokens, h.b, u.b)))) return { ...res, before: true, contentA: u.a, contentB, quote: quoteBefore, cut: tokens.is(beforeTok, ',') ? beforeTok : quoteBefore ? npA : -1 };
  }
  return { ...res, cut };
}

const OF_WHOM = new Set(['many', 'some', 'most', 'all', 'few', 'several', 'none', 'both', 'one', 'two', 'three', 'half']);

const SOURCE_PLACES = new Set(['in', 'at', 'inside', 'within', 'close', 'familiar', 'with', 'from']);

/** "…, said one GOP source in the room.": a short place or link of the source that ends the sentence (no verb in it). */
function placeTail(tokens: TokenList, e: number, b: number): boolean {
  if (!SOURCE_PLACES.has(tokens.l(e))) return false;
  let k = e + 1;
  for (; k < b && tokens.k(k) !== 'p'; k++) if (k - e > 8 || tokens.q(k) >= 0 || FINITE.has(tokens.l(k)) || tokens.l(k) === 'that') return false;
  return k >= b - 1;
}

/** "cities that support …", "nations that oppose …": a plural noun before a relative "that" and a base-form cue. */
function pluralNoun(tokens: TokenList, t: number): boolean {
  return tokens.len(t) > 3 && tokens.lastCode(t) === 115 && !tokens.l(t).endsWith('ss') && !tokens.l(t).endsWith('us') && !FINITE.has(tokens.l(t));
}

/** The subject before a parenthetical that ends with the dash at `close` ("Doe — a teacher — says"): its token range, or null. */
function beforeDashes(tokens: TokenList, u: Unit, close: number, mentionStart: Int32Array): [number, number] | null {
  const dash = tokens.t(close);
  for (let o = close - 2; o > u.a && close - o < 30; o--) {
    const t = o;
    if (tokens.k(t) === 'q' || tokens.is(t, '.') || tokens.is(t, ';')) return null;
    if (tokens.k(t) !== 'p' || tokens.t(t) !== dash) continue;
    // "Doe -- a teacher -- says": a dash written as two hyphens
    if (tokens.t(o - 1) === dash && tokens.e(o - 1) === tokens.s(t) && o - 1 > u.a) o--;
    const a = npLeft(tokens, o - 1, u.a, mentionStart);
    if (a > o - 1 || !(a === u.a || tokens.k(a - 1) === 'p')) return null;
    return [a, o];
  }
  return null;
}

/** Whether the quotation closing at token `close` is a short title ("told “Morning Talk,”"), not a statement. */
function quotedTitleEnd(tokens: TokenList, close: number, u: Unit): boolean {
  let o = close - 1;
  while (o > u.a && !(tokens.k(o) === 'q' && tokens.q(o) === tokens.q(close))) o--;
  return afterQuotedTitle(tokens, o, u.b) === close + 1;
}

const ANTECEDENT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'these', 'those', 'many', 'some', 'several', 'other', 'most', 'all']);

/** "He dismissed critics who say …", "There are voters who …": the antecedent of "who" starts after the clause's subject and verb. */
function antecedentStart(tokens: TokenList, a: number, e: number): number {
  for (let k = e - 1; k >= a; k--) {
    if (tokens.k(k) !== 'w') continue;
    const verb = PERSONAL_SUBJECTS.has(tokens.l(k)) || (!tokens.cap(k) && (FINITE.has(tokens.l(k)) || tokens.l(k) === 'there' || (tokens.len(k) > 4 && tokens.l(k).endsWith('ed') && k > a && (tokens.cap(k - 1) || PERSONAL_SUBJECTS.has(tokens.l(k - 1)) || tokens.l(k - 1).endsWith('ly')))));
    if (!verb) continue;
    // only a noun phrase after the verb: "critics", "many voters", "Democrats" (not "both sternly critical of …")
    const f = k + 1;
    const np = tokens.cap(f) || tokens.k(f) === 'n' || ANTECEDENT_OPENERS.has(tokens.l(f)) || ANONYMOUS_SOURCES.has(tokens.l(f)) || (k + 1 === e && tokens.lastCode(f) === 115);
    return np ? k + 1 : a;
  }
  return a;
}
/** Speech verbs that invert after their content (""…," said Peskov", "…, argues the report"). */
const INVERTIBLE = new Set(
  ('say add write ask note explain continue insist argue claim warn reply respond recall state declare conclude observe remark stress emphasize emphasise ' +
    'underline underscore assert reiterate contend allege confirm acknowledge admit concede quip joke retort exclaim shout yell tweet comment suggest predict ' +
    'report announce recount muse wonder boast scoff complain counter reason promise vow urge tell answer elaborate testify specify clarify mention reveal ' +
    'indicate estimate cite quote chant believe think hope expect fear feel know suspect guess reckon').split(' '),
);

/** Nothing but punctuation after token i. */
function restEmpty(tokens: TokenList, i: number, b: number): boolean {
  for (; i < b; i++) if (tokens.k(i) !== 'p') return false;
  return true;
}

/** Whether a cue may stand inverted before its source: a speech verb, or any verb right after a quotation. */
function invertible(form: CueForm, afterQuote: boolean): boolean {
  return afterQuote || form.kind !== 'verb' || form.words.length > 1 || INVERTIBLE.has(form.lemma);
}
