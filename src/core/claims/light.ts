/**
 * Light verbs with a speech noun: "made comments about X", "gave a speech on X", "issued a warning
 * that X", "took a swipe at X". The verb, the noun and its link word make one multi-word cue.
 */
import { ShapeFilter, type CueForm } from '../lexicon/cues';
import type { Stance } from '../types';
import type { TokenList } from '../people/token-list';
import type { CueHit, Unit } from './units';

/** Light verbs, each form. */
const LIGHT = new Set([
  'made', 'make', 'makes', 'making', 'gave', 'give', 'gives', 'giving', 'delivered', 'deliver', 'delivers', 'delivering',
  'issued', 'issue', 'issues', 'issuing', 'took', 'take', 'takes', 'taking',
]);

/** Speech nouns and their stance. */
const NOUNS = new Map<string, Stance>();
const add = (words: string, stance: Stance) => {
  for (const w of words.split(' ')) NOUNS.set(w, stance);
};
add('comment comments remark remarks statement statements argument arguments promise promises mention reference references ' +
  'prediction predictions announcement apology speech speeches address answer observation admission declaration suggestion ' +
  'proposal pitch plea appeal assessment description account preview defense defence endorsement nod shout-out testimonial testimonials', 'neutral');
add('pledge pledges vow vows warning warnings assurance assurances guarantee commitment', 'emphatic');
add('claim claims allegation allegations assertion assertions', 'contested');
add('accusation accusations attack attacks condemnation criticism critique denunciation threat threats insult insults ' +
  'shot shots swipe swipes jab jabs dig digs potshot potshots', 'negative');
/** The shots "took" takes ("took a swipe at"); the other nouns go with make, give, deliver, issue. */
const TAKEN = new Set(['shot', 'shots', 'swipe', 'swipes', 'jab', 'jabs', 'dig', 'digs', 'potshot', 'potshots']);
/** Words linking the noun to its content ("about X", "that X", ": X"); "to" and "at" only after some nouns ("a promise to", "a swipe at", not "a speech to"). */
const LINKS = new Set(['about', 'on', 'of', 'that', 'for', 'against', 'over', 'regarding']);
const TO_NOUNS = new Set(['promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'commitment', 'threat', 'threats', 'appeal', 'plea', 'reference', 'references', 'nod', 'proposal', 'mention']);
/** Words that may stand between the verb and the noun. */
const MODIFIER_STOP = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'for', 'of', 'about', 'as', 'if', 'when', 'it', 'him', 'her', 'them', 'clear', 'sure', 'up', 'out', 'place', 'part']);

const forms = new Map<string, CueForm>();
function formOf(words: string[], stance: Stance): CueForm {
  const key = words.join(' ');
  let f = forms.get(key);
  if (!f) {
    f = { words, stance, kind: 'verb', lemma: key, base: false, plural: false };
    if (forms.size < 10_000) forms.set(key, f);
  }
  return f;
}

/** Nouns of a stance someone holds, with "of" ("a staunch opponent of X", "an early backer of Y"). */
const HOLDERS = new Map<string, Stance>([
  ['supporter', 'neutral'], ['supporters', 'neutral'], ['proponent', 'neutral'], ['proponents', 'neutral'], ['advocate', 'neutral'], ['advocates', 'neutral'],
  ['backer', 'neutral'], ['backers', 'neutral'], ['champion', 'neutral'], ['defender', 'neutral'], ['defenders', 'neutral'], ['admirer', 'neutral'], ['admirers', 'neutral'], ['fan', 'neutral'], ['fans', 'neutral'],
  ['opponent', 'negative'], ['opponents', 'negative'], ['critic', 'negative'], ['critics', 'negative'], ['foe', 'negative'], ['foes', 'negative'], ['skeptic', 'contested'], ['skeptics', 'contested'],
]);
/** Words between "is" and the noun that end the phrase ("disliked by supporters of", "confident despite …"). */
const HOLDER_STOP = new Set(['not', 'and', 'but', 'that', 'who', 'to', 'in', 'for', 'with', 'by', 'despite', 'how', 'what', 'from', 'among']);
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'been', 'remains', 'remained', 'remain', 'became', 'becomes']);

const HOLDER_SHAPES = new ShapeFilter(HOLDERS.keys());

/**
 * "Mr. Ryan is a vocal advocate of X", "He has been a dogged defender of Y": at the "of" (token j) after a
 * holder noun, the "be" or "remain" before it, after token `from` (the end of the unit's last cue). The cue runs from it to the "of".
 */
export function holderCue(tokens: TokenList, j: number, u: Unit, from: number): CueHit | null {
  const noun = j - 1;
  if (j - 2 < u.a || j + 1 >= u.b || tokens.k(noun) !== 'w' || !HOLDER_SHAPES.passes(tokens.row(noun))) return null;
  const stance = HOLDERS.get(tokens.l(noun));
  if (stance === undefined) return null;
  for (let i = j - 2; i >= from && i >= u.a && j - i <= 9; i--) {
    if (tokens.q(i) >= 0 || (tokens.k(i) !== 'w' && tokens.k(i) !== 's' && !tokens.is(i, ','))) return null;
    if (tokens.k(i) !== 'w') continue;
    if (beShape(tokens, i) && BE_FORMS.has(tokens.l(i))) {
      for (let k = i + 1; k < j - 1; k++) if (tokens.k(k) === 'w' && HOLDER_STOP.has(tokens.l(k))) return null;
      const words: string[] = [];
      for (let k = i; k <= j; k++) words.push(tokens.l(k));
      return { a: i, b: j + 1, form: formOf(words, stance) };
    }
  }
  return null;
}

/** Whether a word token may be a form of "be", "remain" or "become" opening a stance noun (is, was, are, were, been, remain…, beca…). */
function beShape(tokens: TokenList, t: number): boolean {
  const n = tokens.len(t);
  if (tokens.cap(t) || n < 2 || n > 8) return false;
  const fc = tokens.firstCode(t);
  const lc = tokens.lastCode(t);
  const c1 = tokens.code(t, 1) | 32;
  if (n === 2) return fc === 105 && lc === 115;
  if (n === 3) return (fc === 119 && c1 === 97 && lc === 115) || (fc === 97 && c1 === 114 && lc === 101);
  if (n === 4) return (fc === 119 && c1 === 101 && lc === 101) || (fc === 98 && c1 === 101 && lc === 110);
  return n >= 6 && c1 === 101 && ((fc === 114 && (tokens.code(t, 2) | 32) === 109) || (fc === 98 && (tokens.code(t, 2) | 32) === 99));
}

/** Whether the noun at token i follows a light verb that makes it a cue of its own ("issued a warning that"). */
export function afterLightVerb(tokens: TokenList, i: number, u: Unit): boolean {
  for (let j = i - 1; j >= u.a && i - j <= 6; j--) {
    if (tokens.k(j) === 'p' || tokens.q(j) >= 0) return false;
    if (tokens.k(j) === 'w' && lightShape(tokens, j) && LIGHT.has(tokens.l(j))) return lightVerbCue(tokens, j, u)?.b === i + 2;
  }
  return false;
}

/** Whether a word token may be a light verb (length and first letter before its string is built). */
export function lightShape(tokens: TokenList, t: number): boolean {
  const n = tokens.len(t);
  const fc = tokens.firstCode(t);
  if (n < 4 || n > 10 || tokens.cap(t)) return false;
  // the second and third letters too: mad-/mak-, gav-/giv-, del-, iss-, tak-/too- (not "that", "debate", "island")
  const c1 = tokens.code(t, 1) | 32;
  const c2 = tokens.code(t, 2) | 32;
  if (fc === 109) return c1 === 97 && (c2 === 100 || c2 === 107);
  if (fc === 103) return (c1 === 97 || c1 === 105) && c2 === 118;
  if (fc === 100) return c1 === 101 && c2 === 108;
  if (fc === 105) return c1 === 115 && c2 === 115;
  return fc === 116 && ((c1 === 97 && c2 === 107) || (c1 === 111 && c2 === 111));
}

/** The light-verb cue starting at word token i ("made" … "comments about"), or null. */
export function lightVerbCue(tokens: TokenList, i: number, u: Unit): CueHit | null {
  if (!LIGHT.has(tokens.l(i))) return null;
  const took = tokens.firstCode(i) === 116;
  for (let j = i + 1; j < u.b && j - i <= 6; j++) {
    if (tokens.q(j) >= 0 || (tokens.k(j) !== 'w' && tokens.k(j) !== 'n' && tokens.k(j) !== 's')) return null;
    if (tokens.k(j) !== 'w') continue;
    const stance = NOUNS.get(tokens.l(j));
    if (stance !== undefined && (took ? TAKEN.has(tokens.l(j)) : !TAKEN.has(tokens.l(j)))) {
      const link = j + 1 < u.b ? j + 1 : -1;
      if (!tokens.has(link) || tokens.q(link) >= 0) return null;
      // "made the following comment: …", "comments about X"
      const colon = tokens.k(link) === 'p' && tokens.is(link, ':');
      if (!colon && !(tokens.k(link) === 'w' && (LINKS.has(tokens.l(link)) || (tokens.l(link) === 'to' && TO_NOUNS.has(tokens.l(j))) || (tokens.l(link) === 'at' && took)))) return null;
      const words: string[] = [];
      for (let k = i; k <= j + 1; k++) words.push(tokens.l(k));
      return { a: i, b: j + 2, form: formOf(words, stance) };
    }
    if (MODIFIER_STOP.has(tokens.l(j))) return null;
  }
  return null;
}
