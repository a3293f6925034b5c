/**
 * Light verbs with a speech noun: "made comments about X", "gave a speech on X", "issued a warning
 * that X", "took a swipe at X". The verb, the noun and its link word make one multi-word cue.
 */
import type { CueForm } from '../lexicon';
import type { Stance } from '../types';
import type { Token } from '../people';
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

/** "Mr. Ryan is a vocal advocate of X", "He has been a dogged defender of Y": the subject holds a stance on what follows "of". */
export function holderCue(tokens: Token[], i: number, u: Unit): CueHit | null {
  const v = tokens[i];
  if (!BE_FORMS.has(v.l)) return null;
  for (let j = i + 1; j < u.b - 2 && j - i <= 7; j++) {
    const t = tokens[j];
    if (t.q >= 0 || (t.k !== 'w' && t.k !== 's' && !t.is(','))) return null;
    if (t.k !== 'w') continue;
    const stance = HOLDERS.get(t.l);
    if (stance !== undefined) {
      const link = tokens[j + 1];
      if (link.k !== 'w' || link.l !== 'of' || link.q >= 0) return null;
      const words: string[] = [];
      for (let k = i; k <= j + 1; k++) words.push(tokens[k].l);
      return { a: i, b: j + 2, form: formOf(words, stance) };
    }
    if (HOLDER_STOP.has(t.l)) return null;
  }
  return null;
}

/** Whether a word token may be a form of "be" or "remain" opening a stance noun ("is", "was", "been", "remains"). */
export function beShape(t: Token): boolean {
  const n = t.len;
  const fc = t.firstCode;
  return !t.cap && ((n === 2 && fc === 105) || (n === 3 && (fc === 119 || fc === 97)) || (n === 4 && (fc === 119 || fc === 98)) || (n >= 6 && n <= 8 && (fc === 114 || fc === 98)));
}

/** Whether the noun at token i follows a light verb that makes it a cue of its own ("issued a warning that"). */
export function afterLightVerb(tokens: Token[], i: number, u: Unit): boolean {
  for (let j = i - 1; j >= u.a && i - j <= 6; j--) {
    const t = tokens[j];
    if (t.k === 'p' || t.q >= 0) return false;
    if (t.k === 'w' && lightShape(t) && LIGHT.has(t.l)) return lightVerbCue(tokens, j, u)?.b === i + 2;
  }
  return false;
}

/** Whether a word token may be a light verb (length and first letter before its string is built). */
export function lightShape(t: Token): boolean {
  const n = t.len;
  const fc = t.firstCode;
  if (n < 4 || n > 10 || t.cap) return false;
  // the second letter too: ma-, ga-/gi-, de-, is-, ta-/to- (not "that", "then", "this", "did")
  const c1 = t.code(1) | 32;
  return ((fc === 109 || fc === 116) && c1 === 97) || (fc === 103 && (c1 === 97 || c1 === 105)) || (fc === 100 && c1 === 101) || (fc === 105 && c1 === 115) || (fc === 116 && c1 === 111);
}

/** The light-verb cue starting at word token i ("made" … "comments about"), or null. */
export function lightVerbCue(tokens: Token[], i: number, u: Unit): CueHit | null {
  const v = tokens[i];
  if (!LIGHT.has(v.l)) return null;
  const took = v.firstCode === 116;
  for (let j = i + 1; j < u.b && j - i <= 6; j++) {
    const t = tokens[j];
    if (t.q >= 0 || (t.k !== 'w' && t.k !== 'n' && t.k !== 's')) return null;
    if (t.k !== 'w') continue;
    const stance = NOUNS.get(t.l);
    if (stance !== undefined && (took ? TAKEN.has(t.l) : !TAKEN.has(t.l))) {
      const link = j + 1 < u.b ? tokens[j + 1] : null;
      if (!link || link.q >= 0) return null;
      // "made the following comment: …", "comments about X"
      const colon = link.k === 'p' && link.is(':');
      if (!colon && !(link.k === 'w' && (LINKS.has(link.l) || (link.l === 'to' && TO_NOUNS.has(t.l)) || (link.l === 'at' && took)))) return null;
      const words: string[] = [];
      for (let k = i; k <= j + 1; k++) words.push(tokens[k].l);
      return { a: i, b: j + 2, form: formOf(words, stance) };
    }
    if (MODIFIER_STOP.has(t.l)) return null;
  }
  return null;
}
