/**
 * Speech nouns and what they are about: owned ("Trump’s claim that …", "his support for X") and without
 * a named owner ("amid allegations that the count was rigged", "growing criticism of the plan").
 */
import type { Stance } from '../types';
import type { TokenList } from '../people/token-list';
import { draft, type Draft } from './draft';
import { afterLightVerb } from './light';
import { FINITE } from './plan';
import { trimEnd } from './shared';
import { newSource, possessiveOwner, resolveSource, type SourceContext } from './source';
import { FLAG_CANDIDATE, type Unit } from './units';

/** Noun → the words that link it to its content, and its stance. */
const OPEN_NOUNS = new Map<string, [string[], Stance]>([
  ['allegations', [['of', 'that'], 'contested']],
  ['allegation', [['of', 'that'], 'contested']],
  ['accusations', [['of', 'that'], 'contested']],
  ['accusation', [['of', 'that'], 'contested']],
  ['criticism', [['of'], 'negative']],
  ['complaints', [['about', 'of', 'that'], 'negative']],
  ['concerns', [['that'], 'neutral']],
  ['warnings', [['that'], 'emphatic']],
  ['calls', [['for'], 'emphatic']],
  ['fears', [['that'], 'neutral']],
  ['assurances', [['that'], 'emphatic']],
  ['questions', [['about', 'over'], 'contested']],
  ['doubts', [['about', 'that', 'over'], 'contested']],
  ['assertion', [['that'], 'contested']],
  ['assertions', [['that'], 'contested']],
  ['suggestion', [['that'], 'neutral']],
  ['suggestions', [['that'], 'neutral']],
  ['speculation', [['that', 'about'], 'contested']],
  ['claims', [['that', 'of'], 'contested']],
  ['charges', [['that', 'of'], 'negative']],
  ['rumors', [['that', 'of', 'about'], 'contested']],
  ['demands', [['for', 'that'], 'emphatic']],
  ['endorsement', [['of'], 'neutral']],
  ['opposition', [['to'], 'negative']],
  ['praise', [['for'], 'neutral']],
  ['warning', [['that'], 'emphatic']],
]);

/** Bit masks of the first and last letters of the nouns above (a cheap shape test before any string is built). */
let firstMask = 0;
let lastMask = 0;
for (const k of OPEN_NOUNS.keys()) {
  firstMask |= 1 << (k.charCodeAt(0) - 97);
  lastMask |= 1 << (k.charCodeAt(k.length - 1) - 97);
}

/** Whether a word of length n with these first and last letter codes may be an open speech noun. */
export function openNounShape(fc: number, lc: number, n: number): boolean {
  return n >= 5 && n <= 12 && fc >= 97 && fc <= 122 && lc >= 97 && lc <= 122 && ((firstMask >> (fc - 97)) & 1) === 1 && ((lastMask >> (lc - 97)) & 1) === 1;
}

/** Words before "questions" that make them put to someone ("faced questions about", "amid new questions over"). */
const QUESTIONS_AFTER = new Set(['faced', 'face', 'faces', 'facing', 'raised', 'raise', 'raises', 'raising', 'amid', 'prompted', 'sparked', 'fueled', 'fuelled', 'new', 'fresh', 'growing', 'mounting', 'serious', 'lingering', 'persistent', 'renewed', 'dodged', 'fielded', 'deflected', 'answered', 'answer', 'answering', 'repeated', 'tough', 'pointed']);

/** Words before the noun that make it no speech act ("no complaints about"). */
const NOT_BEFORE = new Set(['no', 'without', 'answer', 'answered', 'answering', 'answers']);

/** Appends the claims of unowned speech nouns in the unit. */
/** Whether `noun` and the `link` after it have the shapes of an open speech noun and its link word (no string built). */
export function openNounAt(tokens: TokenList, noun: number, link: number): boolean {
  const lf = tokens.firstCode(link);
  if (tokens.k(link) !== 'w' || tokens.len(link) > 5 || tokens.len(link) < 2 || (lf !== 97 && lf !== 111 && lf !== 116 && lf !== 102)) return false;
  return tokens.k(noun) === 'w' && tokens.q(noun) < 0 && !tokens.cap(noun) && openNounShape(tokens.firstCode(noun), tokens.lastCode(noun), tokens.len(noun));
}

export function openNounCue(tokens: TokenList, u: Unit, out: Draft[], shapes: Uint8Array): void {
  for (let i = u.a + 1; i + 2 < u.b; i++) {
    // an open noun's shape is among the flag shapes (shapes.ts)
    if ((shapes[i] & FLAG_CANDIDATE) === 0) continue;
    const link = i + 1;
    // links start with a, o, t or f ("about", "over", "of", "that", "for"); nouns end in -s, -m or -n and start
    // with a, c, d, f or w ("allegations", "criticism"): the code checks spare building most strings
    if (!openNounAt(tokens, i, link)) continue;
    const entry = OPEN_NOUNS.get(tokens.l(i));
    if (!entry || !entry[0].includes(tokens.l(link))) continue;
    const prev = i - 1;
    if (tokens.k(prev) === 's' || NOT_BEFORE.has(tokens.l(prev))) continue;
    // "faced questions about X" is asked of someone; "broader questions about his integrity" is a topic
    if (tokens.l(i) === 'questions' && !QUESTIONS_AFTER.has(tokens.l(prev))) continue;
    // "issued a warning that …" is the light verb's cue
    if (afterLightVerb(tokens, i, u)) continue;
    const from = i + 2;
    let e = from;
    while (e < u.b && e - from < 60 && !(tokens.k(e) === 'p' && tokens.q(e) < 0 && (tokens.is(e, ',') || tokens.is(e, ';') || tokens.is(e, '.')))) e++;
    const b = trimEnd(tokens, from, e);
    if (b - from < 2) continue;
    out.push(draft(tokens.s(from), tokens.e(b - 1), { start: tokens.s(i), end: tokens.e(link) }, newSource(null, -1, false, i, i, 'none'), entry[1]));
  }
}

const POLL_HEADS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);
/** Words of a poll standing ("a decisive lead", "ahead", "fell to 10 percent"). */
const STANDING = new Set(['lead', 'leads', 'led', 'leading', 'ahead', 'behind', 'trail', 'trails', 'trailed', 'trailing', 'percent', 'points', 'point', 'first', 'second', 'third', 'tied', 'edge', 'advantage', 'fell', 'rose', 'gained', 'dropped', 'slipped', 'surged', 'climbed', 'support', 'favorability', 'approval', 'margin', 'clustered', 'stays', 'remains', 'remained', 'fare', 'fared', 'bump', 'gains', 'gain', 'gained', 'boost', 'surge', 'winner', 'won', 'beat', 'beats', 'topped', 'tops', 'better', 'worse', 'well', 'poorly']);
const POLL_SKIP = new Set(['the', 'a', 'an', 'latest', 'new', 'recent', 'national', 'public', 'opinion', 'same', 'this', 'that', 'its', 'their', 'most', 'early', 'several', 'two', 'three', 'many', 'some', 'statewide']);

/**
 * "Trump has a decisive lead in the polls", "she fell to 10 percent in the latest CNN/ORC poll": a poll
 * standing after the finding it reports. The content runs from the clause start to "in".
 */
export function pollTail(tokens: TokenList, u: Unit, out: Draft[]): void {
  for (let i = u.a + 3; i + 1 < u.b; i++) {
    if (tokens.k(i) !== 'w' || tokens.len(i) !== 2 || tokens.firstCode(i) !== 105 || tokens.l(i) !== 'in' || tokens.q(i) >= 0) continue;
    let j = i + 1;
    while (j < u.b && j - i <= 6 && tokens.k(j) === 'w' && !POLL_HEADS.has(tokens.l(j)) && (POLL_SKIP.has(tokens.l(j)) || tokens.cap(j) || tokens.l(j).includes('/') || (!FINITE.has(tokens.l(j)) && tokens.l(j) !== 'that' && tokens.l(j) !== 'which'))) j++;
    if (j >= u.b || !POLL_HEADS.has(tokens.l(j))) continue;
    // the clause: after the last comma or semicolon before "in" (not inside a quotation), else the unit start
    let a = i - 1;
    while (a > u.a && !(tokens.k(a - 1) === 'p' && tokens.q(a - 1) < 0 && (tokens.is(a - 1, ',') || tokens.is(a - 1, ';') || tokens.is(a - 1, ':'))) && i - a < 40) a--;
    if (tokens.k(a) === 'w' && (tokens.l(a) === 'but' || tokens.l(a) === 'and' || tokens.l(a) === 'while') && a + 1 < i) a++;
    const b = trimEnd(tokens, a, i);
    if (b - a < 3) continue;
    let standing = false;
    for (let k = a; k < b && !standing; k++) standing = STANDING.has(tokens.l(k));
    if (!standing) continue;
    out.push(draft(tokens.s(a), tokens.e(b - 1), { start: tokens.s(i), end: tokens.e(i) }, newSource(null, -1, false, i + 1, j + 1, 'none'), 'neutral'));
    return;
  }
}

const NOMINAL_CUES = new Set(['claim', 'claims', 'statement', 'statements', 'assertion', 'argument', 'remark', 'remarks', 'comment', 'comments', 'warning', 'promise', 'pledge', 'suggestion', 'insistence', 'contention', 'allegation', 'allegations', 'accusation', 'accusations', 'assurance', 'assurances', 'admission', 'belief', 'view']);

/** Stance nouns after a possessive and the words that link them to what they are about ("Trump’s attacks on him"). */
const STANCE_NOUNS = new Map<string, string[]>([
  ['attacks', ['on']], ['support', ['for', 'of']], ['opposition', ['to']], ['endorsement', ['of']], ['praise', ['for', 'of']],
  ['condemnation', ['of']], ['rejection', ['of']], ['defense', ['of']], ['defence', ['of']], ['proposal', ['to', 'for']], ['proposals', ['to', 'for']],
  ['decision', ['to', 'not']], ['pledge', ['to']], ['promise', ['to']], ['promises', ['to']], ['demand', ['for']], ['demands', ['for']],
  ['desire', ['to', 'for']], ['refusal', ['to']], ['denial', ['of']], ['characterization', ['of']], ['position', ['on']], ['stance', ['on']], ['vow', ['to']],
  ['comments', ['on', 'about']], ['comment', ['on', 'about']], ['remarks', ['on', 'about']], ['statement', ['about']], ['statements', ['about']],
  ['views', ['on', 'of']], ['view', ['of', 'on']], ['criticism', ['of']], ['attack', ['on']], ['call', ['for']], ['calls', ['for']],
  ['description', ['of']], ['assessment', ['of']], ['embrace', ['of']], ['push', ['for']], ['insistence', ['on']],
  ['accusations', ['of', 'against']], ['warnings', ['about', 'of']], ['backing', ['of']], ['tweets', ['about']], ['rhetoric', ['on', 'about']],
]);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** h, t or i: the first letters of POSSESSIVE_PRONOUNS (checked before building a word's string). */
const possessiveStart = (fc: number) => fc === 104 || fc === 116 || fc === 105;
const NEGATIVE_NOUNS = new Set(['attacks', 'attack', 'criticism', 'accusations', 'opposition', 'condemnation', 'rejection', 'refusal', 'denial']);

/** "Trump’s claim that there have been thousands of shootings": a possessed speech noun and its "that" clause. */
export function nominalCue(tokens: TokenList, u: Unit, sctx: SourceContext, out: Draft[]): void {
  const shapes = sctx.shapes;
  for (let i = u.a; i + 2 < u.b; i++) {
    // possessives and the possessive pronouns' shape are among the flag shapes (shapes.ts)
    if ((shapes[i] & FLAG_CANDIDATE) === 0) continue;
    // "his support for X": a possessive pronoun owns the noun as "Trump’s" does
    const pron = tokens.k(i) === 'w' && (tokens.len(i) === 3 || tokens.len(i) === 5) && (tokens.lastCode(i) === 115 || tokens.lastCode(i) === 114) && possessiveStart(tokens.firstCode(i)) && POSSESSIVE_PRONOUNS.has(tokens.l(i));
    if ((tokens.k(i) !== 's' && !pron) || tokens.q(i) >= 0 || (!pron && i === u.a)) continue;
    const noun = i + 1;
    if (tokens.k(noun) !== 'w') continue;
    const link = i + 2;
    // "Trump’s claim that …", "Trump’s attacks on him", "Clinton’s proposal to raise taxes"
    const thatClause = NOMINAL_CUES.has(tokens.l(noun)) && tokens.l(link) === 'that';
    const object = !thatClause && STANCE_NOUNS.get(tokens.l(noun))?.includes(tokens.l(link)) === true;
    if (!thatClause && !object) continue;
    const ms = pron ? i : sctx.mentionStart[i - 1];
    const a = ms >= 0 ? ms : tokens.cap(i - 1) ? i - 1 : -1;
    if (a < 0) continue;
    const source = pron ? possessiveOwner(sctx, i) : resolveSource(sctx, a, i);
    if (source.kind !== 'person' && source.kind !== 'org' && !pron) continue;
    const from = tokens.l(link) === 'to' ? i + 2 : i + 3;
    let e = from;
    while (e < u.b && !(tokens.k(e) === 'p' && tokens.q(e) < 0 && (tokens.is(e, ',') || tokens.is(e, ';') || tokens.is(e, '.')))) {
      // "His support for the bill is firm": the object ends before the verb of the sentence it opens
      if (object && e > from && tokens.k(e) === 'w' && FINITE.has(tokens.l(e))) break;
      e++;
    }
    const b = trimEnd(tokens, from, e);
    if (b - from < (object ? 1 : 2)) continue;
    const stance = tokens.l(noun).startsWith('claim') || tokens.l(noun).startsWith('alleg') || tokens.l(noun).startsWith('accus') ? 'contested' : NEGATIVE_NOUNS.has(tokens.l(noun)) ? 'negative' : 'neutral';
    out.push(draft(tokens.s(from), tokens.e(b - 1), { start: tokens.s(noun), end: object ? tokens.e(link) : tokens.e(noun) }, source, stance));
  }
}
