/**
 * Statement units: sentences, merged where a direct quotation runs across a sentence end
 * ("A. B," he said), plus the cue occurrences found in them.
 */
import { cuesForToken, type CueForm } from '../lexicon';
import { auxBaseCue, claimCuesForToken, isVerbOnlyBase } from '../lexicon/cues';
import { holderCue, lightShape, lightVerbCue } from './light';
import { opensClause } from './shared';
import type { Quote } from '../types';
import type { Sentence } from '../people';
import type { TokenList } from '../people/token-list';

/** A unit: token range [a, b) and paragraph index. */
export interface Unit {
  a: number;
  b: number;
  para: number;
  /** Some token of the unit lies inside a quotation. */
  quoted: boolean;
}

/** A cue occurrence: token range and its form. */
export interface CueHit {
  a: number;
  b: number;
  form: CueForm;
  /** A passive participle ("was declared the winner"): the subject and the complement are the content. */
  passive?: boolean;
}

/** Merges sentences whose boundary falls inside a speech quote (`shapes`: the tokenShapes() bits, read for IN_QUOTE). */
export function units(tokens: TokenList, sentences: Sentence[], quotes: readonly Quote[], shapes: Uint8Array): Unit[] {
  const out: Unit[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const first = s.a;
    let quoted = false;
    for (let i = s.a; i < s.b && !quoted; i++) quoted = (shapes[i] & IN_QUOTE) !== 0;
    if (prev && tokens.q(first) >= 0 && tokens.q(prev.b - 1) === tokens.q(first) && quotes[tokens.q(first)]?.kind === 'speech' && tokens.nl(first) === 0) {
      prev.b = s.b;
      prev.quoted = true;
      continue;
    }
    out.push({ a: s.a, b: s.b, para: s.para, quoted });
  }
  return out;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'this', 'that', 'such', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'of', 'some', 'any', 'no', 'all', 'many', 'several', 'numerous', 'other', 'whose']);
/** -s forms that are hardly ever nouns: they need no capitalised subject right before them. */
const VERB_S = new Set(['says', 'hopes', 'refuses', 'prefers', 'opposes', 'seeks', 'expects', 'considers', 'indicates', 'dismisses', 'slams', 'vows', 'predicts', 'asks', 'sees', 'praises', 'criticizes', 'condemns', 'rejects', 'accuses', 'blames', 'mocks', 'touts', 'supports', 'endorses', 'welcomes', 'defends', 'describes', 'tells', 'adds', 'argues', 'insists', 'believes', 'thinks', 'knows', 'warns', 'stresses', 'emphasizes', 'explains', 'writes', 'acknowledges', 'admits', 'suggests', 'notes', 'claims', 'denies', 'recalls', 'urges', 'asserts', 'shows', 'finds', 'wants']);
/** -s forms that are never plural nouns: after "The Vatican", "the Post" they are verbs. */
const VERB_ONLY_S = new Set(['says', 'tells', 'adds', 'argues', 'insists', 'believes', 'thinks', 'knows', 'writes', 'explains', 'acknowledges', 'admits', 'urges', 'asserts', 'stresses', 'emphasizes', 'warns', 'predicts', 'denies', 'recalls', 'suggests', 'contends', 'maintains', 'notes', 'reports']);
const SUBJECT_WORDS = new Set(['he', 'she', 'it', 'who', 'which', 'that', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'anyone', 'anybody', 'each', 'neither', 'either', 'also', 'now', 'still', 'often', 'repeatedly', 'again', 'further', 'then', 'later', 'earlier', 'previously', 'reportedly', 'recently', 'never']);
const PROGRESSIVE_SKIP = new Set(['believe', 'think', 'know', 'hope', 'expect', 'fear', 'want', 'plan', 'prefer', 'consider', 'feel', 'continue', 'find', 'show', 'call', 'decline', 'agree', 'point', 'forecast', 'estimate']);
/** Intentions whose progressive takes an infinitive ("is pledging to win", "are hoping to"). */
const ING_TO = new Set(['pledge', 'vow', 'hope', 'expect', 'seek', 'promise', 'threaten', 'refuse', 'plan', 'offer', 'want', 'decline']);
/** "…, by saying X", "while arguing X": an adverbial gerund whose subject is the clause's. */
export const GERUND_LEADS = new Set(['by', 'while', 'after', 'before', 'in', 'upon', 'without']);
const COGNITION_ING = new Set(['believe', 'think', 'know', 'hope', 'expect', 'fear', 'want', 'plan', 'prefer', 'consider', 'feel', 'continue', 'find', 'show', 'call', 'decline', 'agree', 'see', 'seek', 'support', 'back', 'endorse', 'view', 'learn', 'remember', 'decide', 'express', 'detail', 'outline', 'offer', 'discuss', 'question', 'characterize', 'describe']);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', "'s", '’s', 'am']);
const GERUND_PREPS = new Set(['of', 'for', 'by', 'about', 'on', 'without', 'before', 'after', 'in', 'from', 'upon', 'while', 'when', 'to']);
/** Plural subjects not ending in -s before a base-form cue ("police say", "those close to him say", "many believe"). */
const BASE_SUBJECTS = new Set(['data', 'police', 'people', 'many', 'some', 'most', 'others', 'few', 'all', 'both', 'him', 'her', 'them', 'percent', 'majority', 'half', 'third', 'staff', 'public', 'children', 'men', 'women', 'personnel', 'clergy', 'media']);
/** Words before a bare verb that make it a finite or infinitive verb ("who say", "did not say", "will say", "likely to say"). */
const BEFORE_BASE = new Set(['who', 'whom']);
/** Adverbs that may stand between a subject and its base-form verb ("officials also say"). */
const BASE_ADVERBS = new Set(['there', 'here', 'also', 'often', 'still', 'now', 'already', 'just', 'even', 'all', 'both', 'generally', 'mostly', 'largely', 'increasingly', 'privately', 'publicly', 'long', 'really', 'sometimes', 'usually', 'always', 'never', 'frequently', 'repeatedly', 'openly']);
const NAME_PREPS = new Set(['to', 'of', 'for', 'with', 'at', 'from', 'in']);
/** Participles whose passive reports no statement ("was found dead", "is backed by", "was supported"). */
const NOT_PASSIVE = new Set(['suppose', 'offer', 'find', 'see', 'know', 'show', 'support', 'back', 'expect', 'consider', 'view', 'deem', 'want', 'plan', 'feel', 'decide', 'learn', 'identify', 'post', 'continue', 'welcome', 'seek', 'invite', 'thank', 'remember', 'favor', 'favour', 'prefer', 'detail', 'echo', 'compare', 'liken', 'promote', 'encourage', 'express', 'unveil', 'outline', 'respond', 'answer']);
const PASSIVE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being', 'get', 'got']);

/** "Mr. Grassley and Mr. Leahy say": names joined by "and" before a base-form verb. */
function pluralNames(tokens: TokenList, i: number, a: number): boolean {
  if (!tokens.cap(i)) return false;
  for (let j = i - 1; j >= a && i - j <= 4; j--) if (tokens.l(j) === 'and') return true;
  return false;
}

/** "Aides to Clinton say", "Friends of Mr. Doe believe": a plural head and a prepositional name before a base-form verb. */
function pluralBeforeName(tokens: TokenList, i: number, a: number): boolean {
  let j = i;
  while (j >= a && i - j < 4 && (tokens.cap(j) || tokens.is(j, '.'))) j--;
  if (j === i || j - 1 < a || !NAME_PREPS.has(tokens.l(j))) return false;
  const h = j - 1;
  return tokens.k(h) === 'w' && (!tokens.cap(h) || j - 1 === a) && tokens.len(h) > 3 && tokens.l(h).endsWith('s') && !tokens.l(h).endsWith('ss');
}

/** Speech and belief verbs whose base form is hardly ever a noun: after any subject it is the verb ("those surveyed say", "42% say"). */
const SAY_BASES = new Set(['say', 'believe', 'think', 'argue', 'agree', 'insist', 'contend', 'predict']);
/** Quantifiers that stand alone as the subject of a base form ("some say", "many believe"). */
const QUANTIFIERS = new Set(['some', 'many', 'several', 'all', 'most', 'few', 'both']);
/** Words before a base form that make no subject of it ("the say", "to say", "let me say" is read elsewhere). */
const NOT_SUBJECTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'no', 'any', 'this', 'that', 'these', 'of', 'to', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'about', 'as', 'than', 'and', 'or', 'but', 'let', 'me', 'us', 'not', 'does', 'do', 'did', 'would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'what', 'how', 'why', 'whether', 'if', 'so', 'final', 'larger', 'bigger', 'greater', 'more', 'equal', 'yet', 'please']);

/** Whether token sj (before the base form at i) can be its subject: a word that is no determiner, preposition or auxiliary, a number, a percent sign, a closing bracket or dash of a parenthesis. */
function anySubject(tokens: TokenList, sj: number, i: number, u: Unit): boolean {
  // "the think tank"
  if (tokens.q(sj) >= 0 || (i + 1 < u.b && tokens.len(i + 1) >= 4 && tokens.l(i + 1).startsWith('tank'))) return false;
  if (tokens.k(sj) === 'w') {
    if (NOT_SUBJECTS.has(tokens.l(sj))) return false;
    // "I don't know," alone is a hedge; "they don't think the plan works" states something
    const negated = (tokens.lastCode(sj) === 116 && (tokens.l(sj).endsWith('n’t') || tokens.l(sj).endsWith("n't"))) || tokens.l(sj) === 'never' || tokens.l(sj) === 'cannot';
    return !negated || (i + 1 < u.b && tokens.k(i + 1) !== 'p');
  }
  if (tokens.k(sj) === 'n') return true;
  if (tokens.k(sj) !== 'p' || sj <= u.a || i + 1 >= u.b) return false;
  const nx = i + 1;
  return (tokens.is(sj, '%') || tokens.is(sj, ')') || tokens.is(sj, '—') || tokens.is(sj, '–')) && (tokens.k(nx) === 'w' || tokens.k(nx) === 'q' || tokens.k(nx) === 'n') && tokens.isNot(nx, ',');
}

/** Speech and belief verbs whose base form after a parenthetical comma is a plural verb ("Others, however, say …"). */
const COMMA_BASE = new Set(['say', 'believe', 'think', 'argue', 'agree', 'insist', 'warn', 'expect', 'fear', 'predict', 'know', 'claim', 'contend']);

/** "Democratic economists, like their Republican counterparts, say …": a base form after a comma, a clause (not ", say, ten") after it. */
function baseAfterComma(tokens: TokenList, i: number, u: Unit, f: CueForm): boolean {
  if (i - 2 < u.a || tokens.isNot(i - 1, ',') || i + 1 >= u.b || !(f.verbOnly || COMMA_BASE.has(tokens.l(i)))) return false;
  const nx = i + 1;
  return (tokens.k(nx) === 'w' || tokens.k(nx) === 'q' || tokens.k(nx) === 'n') && tokens.isNot(nx, ',');
}

/** Beliefs that a negation turns into a hedge or a survey answer ("I don't know", "doesn't think so"), not a claim. */
const NEGATED_BELIEF = new Set(['know', 'think', 'believe', 'see', 'recognize', 'feel', 'hope', 'agree', 'show', 'care', 'mean']);

/** Speech verbs whose infinitive reports a statement ("was prompted to say X", "interjected to say: …"). */
const SPEECH_INFINITIVES = new Set(['say', 'tell', 'describe', 'endorse', 'explain', 'announce', 'declare', 'argue', 'insist', 'warn', 'claim', 'deny', 'criticize', 'praise', 'accuse', 'blame', 'urge', 'demand', 'suggest', 'acknowledge', 'admit', 'confirm', 'reveal', 'mention', 'question', 'call', 'ask', 'discuss', 'support', 'defend', 'answer', 'back', 'counter', 'attack', 'promote', 'portray', 'remind', 'emphasize', 'condemn', 'express', 'assert', 'reject', 'oppose', 'highlight', 'dismiss', 'note']);

/** Auxiliaries before a base form: "did not say", "doesn't mention". */
const AUX = new Set(['did', 'does', 'do', 'didn’t', "didn't", 'doesn’t', "doesn't", 'don’t', "don't"]);

/** Whether token i follows a negated auxiliary ("did not", "doesn’t"); an emphatic "did indicate" is left to the clause it continues. */
/** Whether word token i follows a negated auxiliary ("did not say") or is a speech infinitive ("to say"). */
function auxBefore(tokens: TokenList, i: number, a: number): boolean {
  const p = i - 1;
  if (tokens.k(i) !== 'w' || tokens.k(p) !== 'w' || tokens.len(p) > 9) return false;
  const lc = tokens.lastCode(p);
  const n = tokens.len(p);
  // "would say", "will discuss", "could not explain", "wouldn't comment": a modal before the base form
  // every modal starts with w, c, s or m, a negation with n: the first letter spares building two strings for most pairs
  const pf = tokens.firstCode(p);
  if (lc !== 111 && lc !== 114 && !tokens.cap(p) && (pf === 119 || pf === 99 || pf === 115 || pf === 109 || pf === 110) && (MODALS.has(tokens.l(p)) || ((tokens.l(p) === 'not' || tokens.l(p) === 'never') && i - 2 >= a && MODALS.has(tokens.l(i - 2)))) && !MODAL_NOT.has(tokens.l(i))) return true;
  if (n > 7) return false;
  if (lc === 111) return n === 2 && tokens.firstCode(p) === 116 && tokens.len(i) >= 3 && tokens.len(i) <= 11 && (SPEECH_INFINITIVES.has(tokens.l(i)) || isVerbOnlyBase(tokens.row(i)));
  if (lc === 114) return n === 5 && negatedAux(tokens, i, a, 'never');
  if (lc !== 116) return false;
  if (n === 3) return negatedAux(tokens, i, a, 'not');
  // "didn't", "doesn’t", "don't": an apostrophe before the final t (the string is built only then)
  if (n < 5) return false;
  const ap = tokens.code(p, n - 2);
  return (ap === 39 || ap === 8217) && AUX.has(tokens.l(p));
}

/** Modal auxiliaries before a base-form cue ("would say", "won't discuss"). */
const MODALS = new Set(['will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'cannot', 'won’t', "won't", 'wouldn’t', "wouldn't", 'couldn’t', "couldn't", 'can’t', "can't", 'shouldn’t', "shouldn't"]);

/** Base forms with a sense besides speech under a modal ("the court will decide the case", "you will find it"). */
const MODAL_NOT = new Set(['decide', 'find', 'assume', 'learn', 'see', 'know', 'show']);

/** "did not say", "does never …": token i-1 is `neg` after an auxiliary. */
function negatedAux(tokens: TokenList, i: number, a: number, neg: string): boolean {
  if (i - 2 < a || tokens.l(i - 1) !== neg) return false;
  const q = i - 2;
  return tokens.k(q) === 'w' && tokens.len(q) <= 7 && AUX.has(tokens.l(q));
}

function nextColon(tokens: TokenList, i: number, b: number): boolean {
  for (let j = i; j < b && j - i < 6; j++) if (tokens.is(j, ':') || tokens.is(j, ',')) return j > i;
  return false;
}

/** Words before a "that" that make it no relative pronoun ("so that", "now that", "said that"). */
const NOT_ANTECEDENTS = new Set(['so', 'now', 'such', 'given', 'except', 'in', 'is', 'was', 'are', 'were', 'be', 'and', 'but', 'or', 'of', 'that', 'than', 'like', 'all']);

/**
 * "a group that endorsed Sanders", "polls that show him leading", "an ad that attacks Clinton": a cue
 * after a relative "that" whose antecedent is a noun (a plural one before a base form); not "That said,".
 */
function relativeThat(tokens: TokenList, i: number, u: Unit, f: CueForm): boolean {
  if (i - 2 < u.a || i + 1 >= u.b) return false;
  const p = i - 1;
  if (tokens.len(p) !== 4 || tokens.l(p) !== 'that' || f.words[0].endsWith('ing')) return false;
  const n = i + 1;
  if (tokens.k(n) === 'p' && !tokens.is(n, ':')) return false;
  const a = i - 2;
  if (tokens.k(a) !== 'w' || tokens.q(a) >= 0 || NOT_ANTECEDENTS.has(tokens.l(a)) || cuesForToken(tokens.row(a))) return false;
  return !f.base || (tokens.len(a) > 3 && tokens.lastCode(a) === 115 && !tokens.l(a).endsWith('ss'));
}

/** "Jan Brewer, an early supporter of Trump, calls the issue …": an -s form after the comma closing an appositive of a capitalised name, an object or a clause after it. */
function afterAppositive(tokens: TokenList, i: number, u: Unit): boolean {
  if (i - 3 < u.a || i + 1 >= u.b || tokens.isNot(i - 1, ',') || tokens.q(i - 1) >= 0) return false;
  const nx = i + 1;
  if (!(tokens.k(nx) === 'w' || tokens.k(nx) === 'q') || tokens.l(nx) === 'and' || tokens.l(nx) === 'or') return false;
  for (let j = i - 3; j > u.a && i - j <= 25; j--) {
    if (tokens.q(j) >= 0 || tokens.is(j, ';') || tokens.is(j, '.')) return false;
    if (tokens.is(j, ',')) return tokens.cap(j - 1) && tokens.k(j - 1) === 'w';
  }
  return false;
}

/** "show that women …", "states that same-sex couples …": a "that" and the subject of a clause right after the word at i make it a verb. */
function thatClause(tokens: TokenList, i: number, u: Unit): boolean {
  // "Trump’s claim that …" is the noun
  if (i + 2 >= u.b || (i > u.a && tokens.k(i - 1) === 's')) return false;
  const t = i + 1;
  return tokens.len(t) === 4 && tokens.l(t) === 'that' && tokens.q(t) < 0 && opensClause(tokens, i + 2, i + 3 < u.b ? i + 3 : -1);
}

/** A quotation mark right after token i (", “…”" or ": “…”" too) or among the four tokens before it. */
function quoteNear(tokens: TokenList, i: number, u: Unit): boolean {
  for (let j = i + 1; j < u.b && j <= i + 2; j++) {
    if (tokens.k(j) === 'q') return true;
    if (tokens.isNot(j, ',') && tokens.isNot(j, ':')) break;
  }
  for (let j = i - 1; j >= u.a && j >= i - 4; j--) if (tokens.k(j) === 'q') return true;
  return false;
}

const NO_HITS: readonly CueHit[] = [];

/** Token shape bit (tokenShapes()): a word outside quotations that may start a cue (a cue word's shape, or, lowercase, a base form after an auxiliary, a light verb, "of"). */
export const CUE_CANDIDATE = 1;
/** Token shape bit: a token that may set a flag of unitDrafts()' first pass (a possessive, a colon, a word of a shape it asks about). */
export const FLAG_CANDIDATE = 2;
/** Token shape bit: punctuation or a quotation mark (where a content may be cut). */
export const PUNCT = 4;
/** Token shape bit: a quotation mark that belongs to a quotation. */
export const QUOTE_MARK = 8;
/** Token shape bit: a lowercase word inside a quotation with the shape of a CUES word. */
export const QUOTED_CUE = 16;
/** Token shape bit: a token inside a quotation. */
export const IN_QUOTE = 32;
/** Token shape bit: a word of 6 to 11 characters in -s starting with p to t (the heads of a "key statements" list). */
export const KEY_HEAD = 64;

/**
 * Finds the cues of a unit (outside quotes), longest form first, never overlapping (most units have none: no list is made for them).
 * `shapes` holds the tokenShapes() bits: only CUE_CANDIDATE tokens are read.
 */
export function cuesIn(tokens: TokenList, u: Unit, shapes: Uint8Array, headline = false): readonly CueHit[] {
  let hits: CueHit[] | null = null;
  for (let i = u.a; i < u.b; i++) {
    // a cue starting at a token of another shape needs that shape in shapes.ts' tokenShapes() too
    if ((shapes[i] & CUE_CANDIDATE) === 0) continue;
    const t = i;
    if (tokens.k(t) !== 'w' || tokens.q(t) >= 0) continue;
    let forms = claimCuesForToken(tokens.row(t));
    if (!forms && tokens.cap(t)) continue;
    // after a negated auxiliary or "to" (read from the previous token's shape first: most words build no string here)
    const p = i > u.a ? i - 1 : -1;
    const plc = tokens.has(p) && tokens.k(p) === 'w' && tokens.len(p) <= 9 ? tokens.lastCode(p) : 0;
    const aux = (plc === 116 || plc === 114 || plc === 111 || plc === 108 || plc === 100 || plc === 110 || plc === 121) && auxBefore(tokens, i, u.a) && !NEGATED_BELIEF.has(tokens.l(t));
    if (!forms && aux && !tokens.cap(t)) forms = auxBaseCue(tokens.l(t));
    const found = hits ? hits.length : 0;
    if (forms) for (const f of forms) {
      const n = f.words.length;
      if (i + n > u.b) continue;
      let ok = true;
      // the length first: the next word's string is built only when it may match
      for (let j = 1; j < n && ok; j++) ok = tokens.len(i + j) === f.words[j].length && tokens.l(i + j) === f.words[j] && tokens.q(i + j) < 0;
      if (!ok) continue;
      const sentenceStart = i === u.a || tokens.k(i - 1) !== 'w';
      // a title-case headline: "New Poll Shows Minor Bump For Clinton"
      // (multi-word cues too, "Trump Calls On Obama To Resign", but no gerunds; base forms after a plural, "Some Say", "Polls Show")
      // "Mexico Will Pay, Says Trump": an inverted cue after a comma, a name after it
      const titleCase = headline && i > u.a && (tokens.cap(i - 1) || (tokens.is(i - 1, ',') && i + 1 < u.b && tokens.cap(i + 1) && !f.base)) && (f.base ? f.lemma !== 'want' : n === 1 || !f.words[0].endsWith('ing'));
      // "Said Ellis: …", "Continued Stone: …": an inverted cue opening the sentence
      const saidName = sentenceStart && f.kind === 'verb' && n === 1 && !f.base && (tokens.l(t) === 'said' || tokens.l(t) === 'says' || tokens.l(t).endsWith('ed')) && nextColon(tokens, i + 1, u.b);
      if (tokens.cap(t) && !titleCase && !(f.kind === 'according' && sentenceStart) && !saidName) continue;
      const prev = i > u.a ? i - 1 : -1;
      const w0 = f.words[0];
      if (tokens.has(prev) && tokens.k(prev) === 'w' && f.kind === 'verb' && n === 1) {
        // "was reported by the Post" is kept (its content is the subject); other passives are no cues
        if (PASSIVE.has(tokens.l(prev)) && n === 1 && w0.endsWith('ed') && !(i + 1 < u.b && tokens.l(i + 1) === 'by')) {
          if (tokens.l(prev) !== 'get' && tokens.l(prev) !== 'got' && !NOT_PASSIVE.has(f.lemma)) {
            (hits ??= []).push({ a: i, b: i + 1, form: f, passive: true });
            break;
          }
          continue;
        }
        // "Trump is demanding that …" counts; "guarantees that it was demanding from Washington" does not
        const progressive = BE.has(tokens.l(prev)) && i + 1 < u.b && ((!PROGRESSIVE_SKIP.has(f.lemma) && !GERUND_PREPS.has(tokens.l(i + 1)) && tokens.k(i + 1) === 'w') || tokens.l(i + 1) === 'that' || (tokens.l(i + 1) === 'to' && ING_TO.has(f.lemma)));
        if (w0.endsWith('ing') && ((GERUND_PREPS.has(tokens.l(prev)) && !(GERUND_LEADS.has(tokens.l(prev)) && i - 1 > u.a && !COGNITION_ING.has(f.lemma))) || (BE.has(tokens.l(prev)) && !progressive && w0 !== 'saying' && w0 !== 'telling'))) continue;
        // "some say", "many believe": a quantifier standing alone is the subject of a speech verb's base form
        if ((f.plural || f.base || w0.endsWith('ed') || w0.endsWith('ing')) && DETERMINERS.has(tokens.l(prev)) && !(f.base && QUANTIFIERS.has(tokens.l(prev)) && SAY_BASES.has(f.lemma)) && !relativeThat(tokens, i, u, f) && !(QUANTIFIERS.has(tokens.l(prev)) && !(i - 2 >= u.a && DETERMINERS.has(tokens.l(i - 2))) && thatClause(tokens, i, u))) continue;
      }
      // "Mexicans often say", "they now believe": an adverb between the subject and the base form
      const sj = tokens.has(prev) && tokens.k(prev) === 'w' && i - 2 >= u.a && (BASE_ADVERBS.has(tokens.l(prev)) || (tokens.len(prev) > 5 && tokens.lastCode(prev) === 121 && tokens.l(prev).endsWith('ly'))) ? i - 2 : i - 1;
      const subj = sj >= u.a ? sj : -1;
      if (f.base && !aux && !(tokens.has(prev) && !tokens.l(prev).endsWith('est') && thatClause(tokens, i, u)) && !(tokens.has(subj) && (SAY_BASES.has(f.lemma) || f.verbOnly) && anySubject(tokens, sj, i, u)) && !(sj === i - 1 && relativeThat(tokens, i, u, f)) && (!tokens.has(subj) || !(tokens.l(subj) === 'they' || tokens.l(subj) === 'we' || tokens.l(subj) === 'i' || tokens.l(subj) === 'you' || (tokens.k(subj) === 'w' && (tokens.l(subj).endsWith('s') || BASE_SUBJECTS.has(tokens.l(subj)) || BEFORE_BASE.has(tokens.l(subj)))) || tokens.k(subj) === 'n' || pluralNames(tokens, sj, u.a) || pluralBeforeName(tokens, sj, u.a) || (sj === i - 1 && baseAfterComma(tokens, i, u, f))))) continue;
      // "38 percent support", "majority support" are a poll's noun; "Do you support X?" asks
      if (f.base && f.lemma === 'support' && tokens.has(subj) && (tokens.k(subj) !== 'w' || tokens.l(subj) === 'percent' || tokens.l(subj) === 'majority' || (sj > u.a && tokens.k(sj - 1) === 'w' && AUX.has(tokens.l(sj - 1))))) continue;
      // "security guarantees", "media reports": a plural noun, not a verb, unless a subject stands before it
      if (f.plural && (!VERB_S.has(w0) || (tokens.has(prev) && tokens.k(prev) === 's')) && !(tokens.has(prev) && tokens.k(prev) === 'w' && (tokens.cap(prev) || SUBJECT_WORDS.has(tokens.l(prev)) || (tokens.len(prev) > 4 && tokens.l(prev).endsWith('ly')))) && !afterAppositive(tokens, i, u)) continue;
      // "the United States", "the Paris attacks": a capitalised modifier after a determiner makes a noun compound
      // ("The Vatican says", "The Times reports that" name a source: -s forms that are never nouns, or a clause after)
      if (f.plural && (tokens.has(prev) && tokens.cap(prev)) && i - 2 >= u.a && (tokens.l(i - 2) === 'the' || tokens.l(i - 2) === 'a') && !VERB_ONLY_S.has(w0) && !(VERB_S.has(w0) && thatClause(tokens, i, u))) continue;
      // "compared to 2023" is a preposition, not a comparison someone made
      if ((f.lemma === 'compare' || f.lemma === 'liken') && i + 1 < u.b && (tokens.l(i + 1) === 'to' || tokens.l(i + 1) === 'with')) continue;
      // ", talking about X" after a statement names its topic; "is talking about X" attributes X
      if (f.lemma === 'talking about' && (tokens.has(prev) && tokens.is(prev, ','))) continue;
      // "the early states", "Western states": a noun unless a clause follows ("the report states that …")
      if (w0 === 'states' && !(i + 1 < u.b && (tokens.l(i + 1) === 'that' || tokens.is(i + 1, ':') || tokens.k(i + 1) === 'q'))) continue;
      // "That said, …" concedes, it reports nothing
      if (w0 === 'said' && tokens.has(prev) && tokens.len(prev) === 4 && tokens.l(prev) === 'that' && (i - 1 === u.a || tokens.k(i - 2) !== 'w') && i + 1 < u.b && tokens.is(i + 1, ',')) continue;
      // "the sign read “…”", "“…,” the email read": "read" reports words only next to a quotation
      if (f.lemma === 'read' && !quoteNear(tokens, i, u)) continue;
      // "continued" is a cue only as "X continued:" or ""…," he continued."
      if (f.lemma === 'continue' && i + 1 < u.b && !(tokens.is(i + 1, ':') || tokens.is(i + 1, ',') || tokens.is(i + 1, '.')) && !saidName) continue;
      (hits ??= []).push({ a: i, b: i + n, form: f });
      i += n - 1;
      break;
    }
    // "made comments about X", "gave a speech on X": a light verb and a speech noun
    if ((hits ? hits.length : 0) === found) {
      if (lightShape(tokens, t)) {
        const h = lightVerbCue(tokens, i, u);
        if (h) {
          (hits ??= []).push(h);
          i = h.b - 1;
        }
      } else if (tokens.len(t) === 2 && tokens.firstCode(t) === 111 && (tokens.code(t, 1) | 32) === 102) {
        // "is a vocal advocate of": found at its "of", after the unit's last cue
        const h = holderCue(tokens, i, u, hits ? hits[hits.length - 1].b : u.a);
        if (h) (hits ??= []).push(h);
      }
    }
  }
  return hits ?? NO_HITS;
}
