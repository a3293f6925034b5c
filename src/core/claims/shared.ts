/**
 * Helpers shared by the attribution patterns: quotation ends, trimming, where a content starts after
 * its cue ("said that X", "offered him to X", "told reporters X", "told host Y how X").
 */
import { cuesFor, geoOf, OBJECT_FIRST, ROLE_HEADS } from '../lexicon';
import type { Quote } from '../types';
import type { Token } from '../people';
import { npToComma, possessive, type Source } from './source';
import type { CueHit } from './units';

/** Cues that need a person as their source (beliefs, intentions, "called for"). */
export const COGNITION = new Set(['spoke', 'talked', 'question', 'discuss', 'disclose', 'characterize', 'characterise', 'describe', 'label', 'dub', 'compare', 'liken', 'endorse', 'echo', 'praise', 'hail', 'laud', 'welcome', 'defend', 'support', 'back', 'worry', 'lament', 'bemoan', 'downplay', 'oppose', 'brand', 'lash', 'called for', 'calls for', 'called on', 'calls on', 'call', 'decline', 'continue', 'believe', 'think', 'know', 'hope', 'expect', 'fear', 'want', 'estimate', 'predict', 'forecast', 'suppose', 'guess', 'assume', 'feel', 'reckon', 'wonder', 'consider', 'agree', 'plan', 'prefer', 'conclude', 'find', 'see', 'seek', 'refuse']);
/** Beliefs that a group holds as well as a person ("Republicans think", "many believe", "analysts agreed"). */
const GROUP_COGNITION = new Set(['believe', 'think', 'know', 'hope', 'expect', 'fear', 'want', 'agree', 'worry', 'support', 'oppose', 'feel', 'suppose', 'assume', 'consider', 'wonder', 'predict', 'estimate', 'forecast', 'conclude', 'find', 'see']);
/** Findings reported by a document rather than a person ("A 2014 study found", "the poll concluded"). */
const FINDING = new Set(['find', 'conclude', 'estimate', 'predict', 'forecast']);
const EVIDENCE = new Set(['study', 'report', 'poll', 'survey', 'research', 'analysis', 'inquiry', 'investigation', 'paper', 'review', 'audit', 'judge', 'court', 'panel', 'data', 'census', 'probe', 'assessment', 'evaluation', 'experiment', 'test', 'jury']);
const GROUP_WORDS = new Set(['they', 'we', 'i', 'you', 'many', 'some', 'most', 'others', 'few', 'all', 'both', 'everyone', 'nobody', 'anyone', 'people', 'police', 'majority', 'half', 'third', 'percent']);
const NOT_PLURAL = new Set(['its', 'his', 'this', 'was', 'has', 'is', 'us', 'as', 'does', 'news', 'politics', 'ms', 'mrs', 'mr', 'us', 'states', 'campus', 'bus', 'status', 'thus', 'less', 'series']);

/** A non-person source that may still hold a belief or report a finding: a group ("analysts", "many") or, for findings, a study. */
export function groupSource(tokens: Token[], a: number, b: number, lemma: string): boolean {
  if (!GROUP_COGNITION.has(lemma) || b <= a) return false;
  let e = b - 1;
  while (e > a && tokens[e].k !== 'w') e--;
  const t = tokens[e];
  if (t.k !== 'w') return false;
  if (FINDING.has(lemma)) {
    for (let i = a; i < b && i - a < 12; i++) if (EVIDENCE.has(tokens[i].l) || (tokens[i].l.endsWith('s') && EVIDENCE.has(tokens[i].l.slice(0, -1)))) return true;
  }
  if (GROUP_WORDS.has(t.l)) return true;
  return t.len > 3 && t.l.endsWith('s') && !t.l.endsWith('ss') && !t.l.endsWith('ics') && !NOT_PLURAL.has(t.l) && t.k === 'w' && !(t.cap && e === a && b - a === 1 && tokens[e].l.endsWith('’s'));
}

const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who']);
/** Cognition cues with a literal sense for things ("the bridge found its place", "the road continued"): an unnamed source must be a pronoun or a group. */
const LITERAL = new Set(['find', 'see', 'back', 'continue', 'call', 'decline', 'feel', 'seek', 'refuse', 'know', 'spoke', 'talked', 'compare', 'liken', 'conclude']);

/**
 * Whether a source may hold a belief, a wish or a stance (cues in COGNITION): a person, an
 * organisation ("the NAACP called for"), a pronoun, a group, a work ("the film explains"); a
 * country by metonymy ("Russia sees …") only as a group holding a belief.
 */
export function beliefSource(tokens: Token[], s: Source, lemma: string): boolean {
  if (s.kind === 'person' || s.kind === 'anon') return true;
  if (s.kind === 'org' && (s.b - s.a > 1 || !geoOf(tokens[s.a].l))) return true;
  if (s.kind === 'none' && s.b > s.a && (PRONOUN_SOURCES.has(tokens[s.b - 1].l) || !LITERAL.has(lemma))) return true;
  // "the mayor called the plan a disaster": a role noun stands for a person
  if (s.kind === 'none' && s.b > s.a && ROLE_HEADS.has(tokens[s.b - 1].l)) return true;
  // "the campaign refused to answer", "an outside group backing Rubio", "his mother refused": people and their bodies
  if (s.kind === 'none' && s.b > s.a && HUMAN_HEADS.has(tokens[s.b - 1].l)) return true;
  return groupSource(tokens, s.a, s.b, lemma);
}

/** Heads of noun phrases that name people or the bodies they act through. */
const HUMAN_HEADS = new Set(['campaign', 'campaigns', 'group', 'groups', 'government', 'governments', 'administration', 'department', 'departments', 'agency', 'agencies', 'committee', 'party', 'employee', 'employees', 'officials', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'family', 'people', 'residents', 'workers', 'members', 'leaders', 'activists', 'critics', 'supporters', 'donors', 'delegates', 'lawmakers', 'senators', 'democrats', 'republicans', 'conservatives', 'liberals', 'candidates', 'organization', 'organizations', 'union', 'unions', 'company', 'companies', 'team', 'staff', 'aides', 'man', 'woman', 'friends', 'parents', 'protesters', 'states', 'countries', 'nations', 'council', 'board', 'court', 'judge']);

/** Words that open an indirect question after a cue ('told host X how …'). */
export const WH = new Set(['how', 'what', 'why', 'whether', 'if', 'where', 'when', 'who']);
/** Words of the recipient after 'told' ('told reporters', 'told a news conference'). */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Words of a hearer after which an article still belongs to it ("told a conference in the capital"). */
const HEARER_LINKS = new Set(['the', 'a', 'an', 'in', 'to']);
export const TELL_OBJECT = new Set(['reporters', 'journalists', 'the', 'a', 'media', 'press', 'news', 'conference', 'briefing', 'correspondent', 'correspondents', 'audience', 'lawmakers', 'parliament', 'him', 'her', 'them', 'us', 'me', 'interviewer', 'radio', 'television', 'tv', 'channel', 'newspaper', 'agency', 'crowd', 'supporters', 'students', 'congress', 'an', 'interview', 'in', 'to']);

/** The speech quotation whose closing mark is token i, or null. */
export function isSpeechQuoteEnd(tokens: Token[], i: number, quotes: readonly Quote[]): Quote | null {
  const t = tokens[i];
  if (!t || t.k !== 'q' || t.q < 0) return null;
  const q = quotes[t.q];
  return q && q.kind === 'speech' && q.end === t.e ? q : null;
}

/** Punctuation trimmed from the ends of a content. */
export const TRIM = new Set([',', '.', ';', ':', '—', '–', '-', '―']);

/** Token end of [a, b) without trailing punctuation outside quotations. */
export function trimEnd(tokens: Token[], a: number, b: number): number {
  while (b > a && tokens[b - 1].k === 'p' && tokens[b - 1].q < 0 && TRIM.has(tokens[b - 1].t)) b--;
  return b;
}

/** Pronoun and expletive subjects that open a clause ("he", "there"). */
export const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);
/** Subject pronouns that can stand for a speaker. */
export const PERSONAL_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Finite auxiliaries that open a clause between a cue and a later "that". */
const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'does', 'did', 'do', 'needs']);

const SUBJECT_OPENERS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this', 'these', 'those', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'no', 'many', 'most', 'all', 'every', 'each', 'one', 'two', 'three', 'few', 'several', 'any', 'if', 'when', 'while', 'because', 'in', 'despite', 'although', 'as', 'once', 'after', 'before', 'without', 'unless', 'even', 'not', 'only', 'more', 'less', 'nobody', 'nothing', 'everyone', 'everything', 'anyone', 'somebody', 'someone', 'people', 'americans']);

/** Whether the words after a "that" open a clause with a subject ("that the plan …", "that Trump …"), not a relative clause's verb ("that showed …"). */
export function opensClause(t: Token, next: Token | null): boolean {
  if (t.k === 'q' || t.k === 'n' || t.cap || SUBJECT_OPENERS.has(t.l)) return true;
  // a plural or mass noun subject: "that voters are …", "that money was …"
  return !!next && next.k === 'w' && FINITE_AUX.has(next.l);
}

/** Words of a parenthetical between a cue and its "that" ("noted, however, that"). */
const PARENTHETICAL = new Set(['however', 'in', 'for', 'nevertheless', 'also', 'again', 'moreover', 'meanwhile', 'though', 'at', 'once', 'among', 'as', 'therefore', 'thus', 'instead', 'still', 'too']);

/** A one-word cue verb ("says", "believes"), which opens a clause of its own. */
function verbCue(w: string): boolean {
  const forms = cuesFor(w);
  if (forms) for (const f of forms) if (f.words.length === 1) return true;
  return false;
}

/** Prepositions that open an adjunct between a cue and its content ("said via email that", "says of Clinton, “…”"). */
const ADJUNCT_PREPS = new Set(['via', 'at', 'in', 'on', 'of', 'under', 'during', 'after', 'before', 'from', 'with', 'outside', 'inside', 'through', 'over', 'while', 'about']);

/** After a prepositional adjunct right after the cue: where a "that" clause or a quotation after a comma starts, or -1. */
function afterAdjunct(tokens: Token[], i: number, end: number): number {
  if (i >= end || tokens[i].k !== 'w' || !ADJUNCT_PREPS.has(tokens[i].l)) return -1;
  for (let j = i + 1; j < end && j - i < 20; j++) {
    const t = tokens[j];
    if (t.k === 'q') {
      if (t.q >= 0 && tokens[j - 1].q !== t.q && (tokens[j - 1].is(',') || tokens[j - 1].is(':'))) return j;
      continue;
    }
    if (t.k === 'p' && (t.is('.') || t.is(';') || t.is('?') || t.is('!'))) return -1;
    if (t.k !== 'w') continue;
    if (t.l === 'that') {
      // "said via email that, "Of course …""
      if (j + 2 < end && tokens[j + 1].is(',') && tokens[j + 2].k === 'q') return j + 2;
      return j + 1 < end && (tokens[j + 1].k === 'w' || tokens[j + 1].k === 'q' || tokens[j + 1].k === 'n') ? j + 1 : -1;
    }
    // "admitted under Warren’s grilling he hadn’t …": the clause starts at its subject pronoun
    if (CLAUSE_SUBJECTS.has(t.l) && t.l !== 'it' && t.l !== 'there' && j > i + 1 && tokens[j - 1].k === 'w') return j;
    if (CLAUSE_SUBJECTS.has(t.l) || FINITE_AUX.has(t.l) || verbCue(t.l)) return -1;
  }
  return -1;
}

/**
 * "urged voters to turn out", "asked for volunteers to help": a bare object before the infinitive is
 * part of the content; after an adjunct or punctuation ("told supporters at a rally to …", "offered
 * me this - to …") the content is the infinitive.
 */
function objectStart(tokens: Token[], i: number, to: number): number {
  const a = tokens[i].l === 'for' && i + 1 < to ? i + 1 : i;
  for (let k = a; k < to; k++) if (tokens[k].k !== 'w' || ADJUNCT_PREPS.has(tokens[k].l)) return to;
  return a;
}

/** Where the content of a cue starts. */
export function contentStart(tokens: Token[], h: CueHit, b: number, end: number): number {
  let i = h.b;
  const lim = Math.min(end, i + 12);
  if (h.form.kind === 'according') {
    i = npToComma(tokens, h.b, b);
    if (i < b && tokens[i].is(',')) i++;
    return i;
  }
  const adj = afterAdjunct(tokens, i, end);
  if (adj >= 0) return adj;
  if (OBJECT_FIRST.has(h.form.lemma)) {
    for (let j = i; j < lim; j++) {
      const t = tokens[j];
      if (t.l === 'that' || t.k === 'q' || t.is(':')) break;
      // "told POLITICO he planned to stay", "asked workers if they planned to": a clause before the infinitive
      if (j > i && t.k === 'w' && (CLAUSE_SUBJECTS.has(t.l) || FINITE_AUX.has(t.l) || WH.has(t.l))) break;
      if (t.l === 'to' && j + 1 < end && ((tokens[j + 1].k === 'w' && !tokens[j + 1].cap && !NOT_INFINITIVE.has(tokens[j + 1].l)) || tokens[j + 1].k === 'q') && j > i) return objectStart(tokens, i, j);
    }
  }
  if (h.form.lemma === 'tell' || OBJECT_FIRST.has(h.form.lemma)) {
    // "told host Alex Marlow on Thursday how surprised he is": the content starts at the wh-word
    for (let j = i; j < lim; j++) {
      const t = tokens[j];
      if (t.k === 'q' || t.is(',') || t.is(':') || t.l === 'that') break;
      if (WH.has(t.l) && j > i) return j;
    }
  }
  if (h.form.lemma === 'tell') {
    const from = i;
    while (i < lim && tokens[i].k === 'w' && (tokens[i].cap || TELL_OBJECT.has(tokens[i].l)) && tokens[i].l !== 'that') {
      // "told CNN the race was close", "told reporters a deal was near": an article after the hearer opens the content
      if (i > from && ARTICLES.has(tokens[i].l) && !HEARER_LINKS.has(tokens[i - 1].l)) break;
      i++;
    }
  }
  // "said, twice, that …", "said, without evidence, that …": a short parenthetical before "that"
  if (i + 2 < end && tokens[i].is(',')) {
    for (let j = i + 2; j < end && j - i <= 5; j++) {
      const t = tokens[j];
      if (t.k !== 'w' && t.isNot(',')) break;
      if (t.is(',') && j + 1 < end && tokens[j + 1].l === 'that' && tokens[j + 1].q < 0 && j + 2 < end && tokens[j + 2].k !== 'p') return j + 2;
    }
  }
  // "said — on Twitter, as it happens — that …": a parenthetical between dashes before the content
  if (i + 3 < end && tokens[i].k === 'p' && tokens[i].q < 0 && (DASHES.has(tokens[i].t) || tokens[i].t === '--')) {
    for (let j = i + 2; j < end && j - i <= 12; j++) {
      const t = tokens[j];
      if (t.k === 'q' || t.is('.')) break;
      if (t.k !== 'p' || t.t !== tokens[i].t) continue;
      if (j + 2 < end && tokens[j + 1].l === 'that' && tokens[j + 1].q < 0) return j + 2;
      break;
    }
  }
  for (let j = i; j < lim; j++) {
    const t = tokens[j];
    // a complementizer "that" opens a clause; a final demonstrative ("could change that") does not
    if (t.len === 4 && t.l === 'that' && t.q < 0 && j + 1 < end && (tokens[j + 1].k === 'w' || tokens[j + 1].k === 'q' || tokens[j + 1].k === 'n')) {
      // "called for contestants to wear dresses that showed …": after a noun, "that" + a verb is a relative clause
      if (j === i || opensClause(tokens[j + 1], j + 2 < end ? tokens[j + 2] : null)) return j + 1;
      break;
    }
    if (j > i && t.l === 'to' && tokens[j + 1]?.k === 'w' && !tokens[j + 1].cap && !TELL_OBJECT.has(tokens[j + 1].l)) break;
    // "wrote to Sanders’ office that …": a plural possessive's apostrophe is no quotation mark
    if ((t.k === 'q' && !(tokens[i].l === 'to' && possessive(tokens, j) && tokens[j - 1].k === 'w')) || t.is(':')) break;
    // "says they both share the belief that …": a clause starts before any "that"
    if (t.k === 'w' && (CLAUSE_SUBJECTS.has(t.l) || (j > i && (FINITE_AUX.has(t.l) || verbCue(t.l))))) break;
    // "noted, however, that …", "said, in particular, that …"
    if (t.is(',') && !(j === i && j + 1 < end && PARENTHETICAL.has(tokens[j + 1].l))) {
      if (j > i && PARENTHETICAL.has(tokens[i + 1]?.l ?? '') && tokens[i].is(',')) continue;
      break;
    }
  }
  while (i < end && (tokens[i].is(':') || tokens[i].is(',') || tokens[i].is('—') || tokens[i].is('-'))) i++;
  if (h.form.kind === 'verb') i = skipTimeAdjunct(tokens, i, end);
  // "warned against X", "complained about X", "blamed him for X": the content is the preposition's object
  if (h.form.kind === 'verb' && i + 1 < end && tokens[i].k === 'w' && TOPIC_PREPS.has(tokens[i].l) && tokens[i + 1].k !== 'p') i++;
  // "responded to requests for comment", "pleaded to the charge": the object of "to", not an infinitive
  else if (i + 1 < end && tokens[i].len === 2 && tokens[i].l === 'to' && ((TO_OBJECT.has(h.form.lemma) && nounAfterTo(tokens[i + 1])) || (h.form.kind === 'verb' && (tokens[i + 1].k === 'n' || NOT_INFINITIVE.has(tokens[i + 1].l))))) i++;
  // "spoke (out on Tuesday) about the death of …": the topic follows the preposition
  if (h.form.lemma === 'spoke' || h.form.lemma === 'talked') {
    for (let j = i; j < Math.min(end, i + 5); j++) if ((tokens[j].l === 'about' || tokens[j].l === 'of') && !(j > 0 && tokens[j - 1].l === 'condition')) return j + 1;
  }
  return i;
}

/** Words after "to" that make it a preposition, not an infinitive ("warned against cuts to the budget"). */
const NOT_INFINITIVE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'him', 'them', 'us', 'me', 'all', 'any', 'some', 'both', 'each']);

/** Cues whose "to" takes what is answered or admitted ("responded to the report"), not an infinitive. */
const TO_OBJECT = new Set(['respond', 'reply', 'object', 'plead', 'admit', 'apologize', 'testify', 'confess']);

/** A word after "to" that opens a noun phrase: a name, a determiner, a number, a participle or plural ("to emailed questions", "to requests"). */
function nounAfterTo(t: Token): boolean {
  if (t.k === 'n') return true;
  if (t.k !== 'w') return false;
  return t.cap || NOT_INFINITIVE.has(t.l) || (t.len > 4 && t.lastCode === 100 && t.l.endsWith('ed')) || (t.len > 4 && t.lastCode === 115 && !t.l.endsWith('ss') && !t.l.endsWith('us'));
}

/** Prepositions that link a cue to its topic ("worried about", "warned against"). */
const TOPIC_PREPS = new Set(['about', 'against', 'for', 'of', 'over', 'upon', 'with', 'on']);

const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);
const TIME_ADVERBS = new Set(['today', 'yesterday', 'tonight', 'earlier', 'later', 'again', 'also', 'repeatedly', 'recently', 'previously', 'publicly', 'privately', 'then', 'once', 'now', 'afterward', 'afterwards']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter']);

/** "said on Monday he would …", "said last week the plan …": a time adjunct right after the cue is not content. */
function skipTimeAdjunct(tokens: Token[], i: number, end: number): number {
  for (let n = 0; n < 3 && i < end; n++) {
    const t = tokens[i];
    if (t.k !== 'w' || t.q >= 0) break;
    if (TIME_ADVERBS.has(t.l) || DAYS.has(t.l)) i++;
    else if ((t.l === 'on' || t.l === 'late' || t.l === 'early') && i + 1 < end && DAYS.has(tokens[i + 1].l)) i += 2;
    else if ((t.l === 'last' || t.l === 'this' || t.l === 'earlier' || t.l === 'later') && i + 1 < end && TIME_NOUNS.has(tokens[i + 1].l)) i += 2;
    else break;
    while (i < end && (tokens[i].l === 'morning' || tokens[i].l === 'night' || tokens[i].l === 'afternoon' || tokens[i].l === 'evening')) i++;
  }
  return i;
}

/** Dashes that attribute in headlines ('… — Putin') and after quotations. */
export const DASHES = new Set(['—', '–', '-', '―']);
