/**
 * Helpers shared by the attribution patterns: quotation ends, trimming, where a content starts after
 * its cue ("said that X", "offered him to X", "told reporters X", "told host Y how X").
 */
import { cuesFor, geoOf, OBJECT_FIRST, ROLE_HEADS } from '../lexicon';
import type { Quote } from '../types';
import type { TokenList } from '../people/token-list';
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
export function groupSource(tokens: TokenList, a: number, b: number, lemma: string): boolean {
  if (!GROUP_COGNITION.has(lemma) || b <= a) return false;
  let e = b - 1;
  while (e > a && tokens.k(e) !== 'w') e--;
  if (tokens.k(e) !== 'w') return false;
  if (FINDING.has(lemma)) {
    for (let i = a; i < b && i - a < 12; i++) if (EVIDENCE.has(tokens.l(i)) || (tokens.l(i).endsWith('s') && EVIDENCE.has(tokens.l(i).slice(0, -1)))) return true;
  }
  if (GROUP_WORDS.has(tokens.l(e))) return true;
  return tokens.len(e) > 3 && tokens.l(e).endsWith('s') && !tokens.l(e).endsWith('ss') && !tokens.l(e).endsWith('ics') && !NOT_PLURAL.has(tokens.l(e)) && tokens.k(e) === 'w' && !(tokens.cap(e) && e === a && b - a === 1 && tokens.l(e).endsWith('’s'));
}

const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who']);
/** Cognition cues with a literal sense for things ("the bridge found its place", "the road continued"): an unnamed source must be a pronoun or a group. */
const LITERAL = new Set(['find', 'see', 'back', 'continue', 'call', 'decline', 'feel', 'seek', 'refuse', 'know', 'spoke', 'talked', 'compare', 'liken', 'conclude']);

/**
 * Whether a source may hold a belief, a wish or a stance (cues in COGNITION): a person, an
 * organisation ("the NAACP called for"), a pronoun, a group, a work ("the film explains"); a
 * country by metonymy ("Russia sees …") only as a group holding a belief.
 */
export function beliefSource(tokens: TokenList, s: Source, lemma: string): boolean {
  if (s.kind === 'person' || s.kind === 'anon') return true;
  if (s.kind === 'org' && (s.b - s.a > 1 || !geoOf(tokens.l(s.a)))) return true;
  if (s.kind === 'none' && s.b > s.a && (PRONOUN_SOURCES.has(tokens.l(s.b - 1)) || !LITERAL.has(lemma))) return true;
  // "the mayor called the plan a disaster": a role noun stands for a person
  if (s.kind === 'none' && s.b > s.a && ROLE_HEADS.has(tokens.l(s.b - 1))) return true;
  // "the campaign refused to answer", "an outside group backing Rubio", "his mother refused": people and their bodies
  if (s.kind === 'none' && s.b > s.a && HUMAN_HEADS.has(tokens.l(s.b - 1))) return true;
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
export function isSpeechQuoteEnd(tokens: TokenList, i: number, quotes: readonly Quote[]): Quote | null {
  if (!tokens.has(i) || tokens.k(i) !== 'q' || tokens.q(i) < 0) return null;
  const q = quotes[tokens.q(i)];
  return q && q.kind === 'speech' && q.end === tokens.e(i) ? q : null;
}

/** Punctuation trimmed from the ends of a content. */
export const TRIM = new Set([',', '.', ';', ':', '—', '–', '-', '―']);

/** Token end of [a, b) without trailing punctuation outside quotations. */
export function trimEnd(tokens: TokenList, a: number, b: number): number {
  while (b > a && tokens.k(b - 1) === 'p' && tokens.q(b - 1) < 0 && TRIM.has(tokens.t(b - 1))) b--;
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
export function opensClause(tokens: TokenList, t: number, next: number): boolean {
  if (tokens.k(t) === 'q' || tokens.k(t) === 'n' || tokens.cap(t) || SUBJECT_OPENERS.has(tokens.l(t))) return true;
  // a plural or mass noun subject: "that voters are …", "that money was …"
  return !!tokens.has(next) && tokens.k(next) === 'w' && FINITE_AUX.has(tokens.l(next));
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
function afterAdjunct(tokens: TokenList, i: number, end: number): number {
  if (i >= end || tokens.k(i) !== 'w' || !ADJUNCT_PREPS.has(tokens.l(i))) return -1;
  for (let j = i + 1; j < end && j - i < 20; j++) {
    if (tokens.k(j) === 'q') {
      if (tokens.q(j) >= 0 && tokens.q(j - 1) !== tokens.q(j) && (tokens.is(j - 1, ',') || tokens.is(j - 1, ':'))) return j;
      continue;
    }
    if (tokens.k(j) === 'p' && (tokens.is(j, '.') || tokens.is(j, ';') || tokens.is(j, '?') || tokens.is(j, '!'))) return -1;
    if (tokens.k(j) !== 'w') continue;
    if (tokens.l(j) === 'that') {
      // "said via email that, "Of course …""
      if (j + 2 < end && tokens.is(j + 1, ',') && tokens.k(j + 2) === 'q') return j + 2;
      return j + 1 < end && (tokens.k(j + 1) === 'w' || tokens.k(j + 1) === 'q' || tokens.k(j + 1) === 'n') ? j + 1 : -1;
    }
    // "admitted under Warren’s grilling he hadn’t …": the clause starts at its subject pronoun
    if (CLAUSE_SUBJECTS.has(tokens.l(j)) && tokens.l(j) !== 'it' && tokens.l(j) !== 'there' && j > i + 1 && tokens.k(j - 1) === 'w') return j;
    if (CLAUSE_SUBJECTS.has(tokens.l(j)) || FINITE_AUX.has(tokens.l(j)) || verbCue(tokens.l(j))) return -1;
  }
  return -1;
}

/**
 * "urged voters to turn out", "asked for volunteers to help": a bare object before the infinitive is
 * part of the content; after an adjunct or punctuation ("told supporters at a rally to …", "offered
 * me this - to …") the content is the infinitive.
 */
function objectStart(tokens: TokenList, i: number, to: number): number {
  const a = tokens.l(i) === 'for' && i + 1 < to ? i + 1 : i;
  for (let k = a; k < to; k++) if (tokens.k(k) !== 'w' || ADJUNCT_PREPS.has(tokens.l(k))) return to;
  return a;
}

/** Where the content of a cue starts. */
export function contentStart(tokens: TokenList, h: CueHit, b: number, end: number): number {
  let i = h.b;
  const lim = Math.min(end, i + 12);
  if (h.form.kind === 'according') {
    i = npToComma(tokens, h.b, b);
    if (i < b && tokens.is(i, ',')) i++;
    return i;
  }
  const adj = afterAdjunct(tokens, i, end);
  if (adj >= 0) return adj;
  if (OBJECT_FIRST.has(h.form.lemma)) {
    for (let j = i; j < lim; j++) {
      if (tokens.l(j) === 'that' || tokens.k(j) === 'q' || tokens.is(j, ':')) break;
      // "told POLITICO he planned to stay", "asked workers if they planned to": a clause before the infinitive
      if (j > i && tokens.k(j) === 'w' && (CLAUSE_SUBJECTS.has(tokens.l(j)) || FINITE_AUX.has(tokens.l(j)) || WH.has(tokens.l(j)))) break;
      if (tokens.l(j) === 'to' && j + 1 < end && ((tokens.k(j + 1) === 'w' && !tokens.cap(j + 1) && !NOT_INFINITIVE.has(tokens.l(j + 1))) || tokens.k(j + 1) === 'q') && j > i) return objectStart(tokens, i, j);
    }
  }
  if (h.form.lemma === 'tell' || OBJECT_FIRST.has(h.form.lemma)) {
    // "told host Alex Marlow on Thursday how surprised he is": the content starts at the wh-word
    for (let j = i; j < lim; j++) {
      if (tokens.k(j) === 'q' || tokens.is(j, ',') || tokens.is(j, ':') || tokens.l(j) === 'that') break;
      if (WH.has(tokens.l(j)) && j > i) return j;
    }
  }
  if (h.form.lemma === 'tell') {
    const from = i;
    while (i < lim && tokens.k(i) === 'w' && (tokens.cap(i) || TELL_OBJECT.has(tokens.l(i))) && tokens.l(i) !== 'that') {
      // "told CNN the race was close", "told reporters a deal was near": an article after the hearer opens the content
      if (i > from && ARTICLES.has(tokens.l(i)) && !HEARER_LINKS.has(tokens.l(i - 1))) break;
      i++;
    }
  }
  // "said, twice, that …", "said, without evidence, that …": a short parenthetical before "that"
  if (i + 2 < end && tokens.is(i, ',')) {
    for (let j = i + 2; j < end && j - i <= 5; j++) {
      if (tokens.k(j) !== 'w' && tokens.isNot(j, ',')) break;
      if (tokens.is(j, ',') && j + 1 < end && tokens.l(j + 1) === 'that' && tokens.q(j + 1) < 0 && j + 2 < end && tokens.k(j + 2) !== 'p') return j + 2;
    }
  }
  // "said — on Twitter, as it happens — that …": a parenthetical between dashes before the content
  if (i + 3 < end && tokens.k(i) === 'p' && tokens.q(i) < 0 && (DASHES.has(tokens.t(i)) || tokens.t(i) === '--')) {
    for (let j = i + 2; j < end && j - i <= 12; j++) {
      if (tokens.k(j) === 'q' || tokens.is(j, '.')) break;
      if (tokens.k(j) !== 'p' || tokens.t(j) !== tokens.t(i)) continue;
      if (j + 2 < end && tokens.l(j + 1) === 'that' && tokens.q(j + 1) < 0) return j + 2;
      break;
    }
  }
  for (let j = i; j < lim; j++) {
    // a complementizer "that" opens a clause; a final demonstrative ("could change that") does not
    if (tokens.len(j) === 4 && tokens.l(j) === 'that' && tokens.q(j) < 0 && j + 1 < end && (tokens.k(j + 1) === 'w' || tokens.k(j + 1) === 'q' || tokens.k(j + 1) === 'n')) {
      // "called for contestants to wear dresses that showed …": after a noun, "that" + a verb is a relative clause
      if (j === i || opensClause(tokens, j + 1, j + 2 < end ? j + 2 : -1)) return j + 1;
      break;
    }
    if (j > i && tokens.l(j) === 'to' && (tokens.has(j + 1) && tokens.k(j + 1) === 'w') && !tokens.cap(j + 1) && !TELL_OBJECT.has(tokens.l(j + 1))) break;
    // "wrote to Sanders’ office that …": a plural possessive's apostrophe is no quotation mark
    if ((tokens.k(j) === 'q' && !(tokens.l(i) === 'to' && possessive(tokens, j) && tokens.k(j - 1) === 'w')) || tokens.is(j, ':')) break;
    // "says they both share the belief that …": a clause starts before any "that"
    if (tokens.k(j) === 'w' && (CLAUSE_SUBJECTS.has(tokens.l(j)) || (j > i && (FINITE_AUX.has(tokens.l(j)) || verbCue(tokens.l(j)))))) break;
    // "noted, however, that …", "said, in particular, that …"
    if (tokens.is(j, ',') && !(j === i && j + 1 < end && PARENTHETICAL.has(tokens.l(j + 1)))) {
      if (j > i && PARENTHETICAL.has((tokens.has(i + 1) ? tokens.l(i + 1) : '')) && tokens.is(i, ',')) continue;
      break;
    }
  }
  while (i < end && (tokens.is(i, ':') || tokens.is(i, ',') || tokens.is(i, '—') || tokens.is(i, '-'))) i++;
  if (h.form.kind === 'verb') i = skipTimeAdjunct(tokens, i, end);
  // "warned against X", "complained about X", "blamed him for X": the content is the preposition's object
  if (h.form.kind === 'verb' && i + 1 < end && tokens.k(i) === 'w' && TOPIC_PREPS.has(tokens.l(i)) && tokens.k(i + 1) !== 'p') i++;
  // "responded to requests for comment", "pleaded to the charge": the object of "to", not an infinitive
  else if (i + 1 < end && tokens.len(i) === 2 && tokens.l(i) === 'to' && ((TO_OBJECT.has(h.form.lemma) && nounAfterTo(tokens, i + 1)) || (h.form.kind === 'verb' && (tokens.k(i + 1) === 'n' || NOT_INFINITIVE.has(tokens.l(i + 1)))))) i++;
  // "spoke (out on Tuesday) about the death of …": the topic follows the preposition
  if (h.form.lemma === 'spoke' || h.form.lemma === 'talked') {
    for (let j = i; j < Math.min(end, i + 5); j++) if ((tokens.l(j) === 'about' || tokens.l(j) === 'of') && !(j > 0 && tokens.l(j - 1) === 'condition')) return j + 1;
  }
  return i;
}

/** Words after "to" that make it a preposition, not an infinitive ("warned against cuts to the budget"). */
const NOT_INFINITIVE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'him', 'them', 'us', 'me', 'all', 'any', 'some', 'both', 'each']);

/** Cues whose "to" takes what is answered or admitted ("responded to the report"), not an infinitive. */
const TO_OBJECT = new Set(['respond', 'reply', 'object', 'plead', 'admit', 'apologize', 'testify', 'confess']);

/** A word after "to" that opens a noun phrase: a name, a determiner, a number, a participle or plural ("to emailed questions", "to requests"). */
function nounAfterTo(tokens: TokenList, t: number): boolean {
  if (tokens.k(t) === 'n') return true;
  if (tokens.k(t) !== 'w') return false;
  return tokens.cap(t) || NOT_INFINITIVE.has(tokens.l(t)) || (tokens.len(t) > 4 && tokens.lastCode(t) === 100 && tokens.l(t).endsWith('ed')) || (tokens.len(t) > 4 && tokens.lastCode(t) === 115 && !tokens.l(t).endsWith('ss') && !tokens.l(t).endsWith('us'));
}

/** Prepositions that link a cue to its topic ("worried about", "warned against"). */
const TOPIC_PREPS = new Set(['about', 'against', 'for', 'of', 'over', 'upon', 'with', 'on']);

const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);
const TIME_ADVERBS = new Set(['today', 'yesterday', 'tonight', 'earlier', 'later', 'again', 'also', 'repeatedly', 'recently', 'previously', 'publicly', 'privately', 'then', 'once', 'now', 'afterward', 'afterwards']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter']);

/** "said on Monday he would …", "said last week the plan …": a time adjunct right after the cue is not content. */
function skipTimeAdjunct(tokens: TokenList, i: number, end: number): number {
  for (let n = 0; n < 3 && i < end; n++) {
    const t = i;
    if (tokens.k(t) !== 'w' || tokens.q(t) >= 0) break;
    if (TIME_ADVERBS.has(tokens.l(t)) || DAYS.has(tokens.l(t))) i++;
    else if ((tokens.l(t) === 'on' || tokens.l(t) === 'late' || tokens.l(t) === 'early') && i + 1 < end && DAYS.has(tokens.l(i + 1))) i += 2;
    else if ((tokens.l(t) === 'last' || tokens.l(t) === 'this' || tokens.l(t) === 'earlier' || tokens.l(t) === 'later') && i + 1 < end && TIME_NOUNS.has(tokens.l(i + 1))) i += 2;
    else break;
    while (i < end && (tokens.l(i) === 'morning' || tokens.l(i) === 'night' || tokens.l(i) === 'afternoon' || tokens.l(i) === 'evening')) i++;
  }
  return i;
}

/** Dashes that attribute in headlines ('… — Putin') and after quotations. */
export const DASHES = new Set(['—', '–', '-', '―']);
