/** Tense around a time expression: the nearest past or future cue in its sentence. */
import { FUTURE_CUES, NOT_PAST_ED, PAST_CUES } from './lexicon';
import { isAlnum, lowerWord } from './tokens';
import { lowerHash, WordFilter } from '../lexicon/filter';

const REPORTING = new Set(['said', 'told', 'added', 'noted', 'stressed', 'announced', 'stated', 'reported', 'says', 'say', 'according']);
const MAX = 140;
const BEFORE_FUTURE = new Set(['by', 'until', 'till', 'before']);
/** "set to resume Monday", "planned to leave on Thursday": the plan points forward. */
const PLAN = new Set(['set', 'planned', 'plans', 'planning', 'scheduled', 'due', 'expected', 'going', 'agreed', 'decided', 'promised', 'pledged', 'vowed', 'intends', 'intended', 'hopes', 'hoped', 'wants', 'wanted', 'ready', 'likely', 'poised', 'slated', 'supposed']);
const AS_FUTURE = new Set(['early', 'soon']);
const PAST_AUX = new Set(['had', 'been']);
const AUX_BE = new Set(['be', 'been', 'being', 'is', 'are']);
/** Past cues that are no participles: "is since …" stays past. */
const PAST_ADVERBS = new Set(['since', 'ago', 'last', 'earlier', 'previous', 'previously', 'yesterday']);
const PAST_CUES_STRONG = new Set(['was', 'were', 'had', 'did', 'said', 'told']);

function prevLower(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && !isAlnum(text.charCodeAt(e - 1))) {
    if (pos - e > 3) return '';
    e--;
  }
  let a = e;
  while (a > 0 && isAlnum(text.charCodeAt(a - 1))) a--;
  return e - a > 0 && e - a < 8 ? lowerWord(text, a, e) : '';
}
const WEAK = new Set(['would', 'could', 'might', 'to']);
/** Present-tense verbs of scheduled events: "The Senate votes Tuesday", "talks resume on Monday" (news present = the coming day). */
const SCHEDULED = new Set([
  'meet', 'meets', 'resume', 'resumes', 'vote', 'votes', 'convene', 'convenes', 'reconvene', 'reconvenes', 'arrive', 'arrives',
  'travel', 'travels', 'visit', 'visits', 'return', 'returns', 'depart', 'departs', 'leave', 'leaves', 'go', 'goes', 'face', 'faces',
  'host', 'hosts', 'testify', 'testifies', 'decide', 'decides', 'rule', 'rules', 'kick', 'kicks', 'reopen', 'reopens', 'close', 'closes',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 's', 'no', 'next', 'last']);
const TAKE_EFFECT = /\b(?:take|takes|taking|go|goes|going|come|comes|coming) (?:into )?$/;

/** Every word scan() looks up; a word outside it matters only as an -ed past or a 'll future. */
const CUE_FILTER = new WordFilter([...FUTURE_CUES, ...PAST_CUES, ...BEFORE_FUTURE, ...SCHEDULED, 'to', 'as', 'effect']);

/** True when text[…, b) ends with "ed" or "'ll" (any case). */
function endsWithEdOrLl(text: string, b: number): boolean {
  const y = text.charCodeAt(b - 1) | 32;
  const x = text.charCodeAt(b - 2) | 32;
  return (y === 100 && x === 101) || (y === 108 && x === 108 && text.charCodeAt(b - 3) === 39);
}

function cue(word: string, capital: boolean): -1 | 1 | 0 {
  if (FUTURE_CUES.has(word)) return 1;
  if (PAST_CUES.has(word)) return -1;
  if (!capital && word.length >= 5 && word.endsWith('ed') && !NOT_PAST_ED.has(word)) return -1;
  return 0;
}

function boundary(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c === 10) return text.charCodeAt(p + 1) === 10 || text.charCodeAt(p - 1) === 10;
  if (c === 33 || c === 63 || c === 59) return true;
  if (c === 46) {
    const n = text.charCodeAt(p + 1);
    const n2 = text.charCodeAt(p + 2);
    return (n === 32 || n === 10) && n2 >= 65 && n2 <= 90 && !(text.charCodeAt(p - 2) === 32 || text.charCodeAt(p - 2) === 46);
  }
  return false;
}

/** ASCII letters, digits and the apostrophe: the characters of a word the scan reads. */
const WORDISH = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORDISH[c] = isAlnum(c) || c === 39 ? 1 : 0;
const wordish = (c: number): boolean => c < 128 && WORDISH[c] === 1;

/** Scans words from `from` in direction `step`; returns [cue, distance in words] of the best cue. */
function scan(text: string, from: number, step: 1 | -1): [number, number] {
  /* cue: -1 past, 1 future, 0.5 weak future */
  let p = from;
  let words = 0;
  const stop = step > 0 ? Math.min(text.length, from + MAX) : Math.max(0, from - MAX);
  while (step > 0 ? p < stop : p > stop) {
    const at = step > 0 ? p : p - 1;
    /* a sentence boundary is never a word character */
    if (!wordish(text.charCodeAt(at))) {
      if (boundary(text, at)) break;
      p += step;
      continue;
    }
    let a = at;
    let b = at + 1;
    if (step > 0) while (b < text.length && wordish(text.charCodeAt(b))) b++;
    else while (a > 0 && wordish(text.charCodeAt(a - 1))) a--;
    words++;
    const first = text.charCodeAt(a);
    const len = b - a;
    if (len < 2 || len > 12 || (first >= 65 && first <= 90 && len > 5) || (first >= 48 && first <= 57)) {
      p = step > 0 ? b : a;
      continue;
    }
    /* most words are no cue: turned away by the filter without building their string */
    const h = lowerHash(text, a, b);
    if (!CUE_FILTER.maybe(h) && !endsWithEdOrLl(text, b)) {
      p = step > 0 ? b : a;
      continue;
    }
    const w = lowerWord(text, a, b, h);
    if (step < 0 && w === 'to' && words <= 6 && PLAN.has(prevLower(text, a))) {
      return [/\bhad\b/.test(text.slice(Math.max(0, a - 25), a)) ? -1 : 1, words];
    }
    if (step < 0 && words <= 3 && w === 'effect' && TAKE_EFFECT.test(text.slice(Math.max(0, a - 16), a).toLowerCase())) return [1, words];
    if (step < 0 && words <= 3 && SCHEDULED.has(w) && !DETERMINERS.has(prevLower(text, a))) return [1, words];
    const k = words === 1 && step < 0 && BEFORE_FUTURE.has(w)
      ? (w === 'until' || w === 'till' ? 1 : 0.5)
      : words === 1 && step < 0 && w === 'as' && AS_FUTURE.has(prevLower(text, a)) ? 1 : cue(w.endsWith("'ll") ? "'ll" : w, first >= 65 && first <= 90 && words > 0);
    if (k === -1 && step < 0 && !PAST_CUES_STRONG.has(w) && !PAST_ADVERBS.has(w) && AUX_BE.has(prevLower(text, a))) {
      p = a;
      continue;
    }
    if (k > 0 && w === 'next' && text.startsWith(' to ', b)) {
      p = step > 0 ? b : a;
      continue;
    }
    if (k > 0 && (PAST_AUX.has(prevLower(text, a)) || /\bhad\b/.test(text.slice(Math.max(0, a - 20), a)))) return [-1, words];
    if (k !== 0) {
      const penalty = REPORTING.has(w) ? (step > 0 ? 8 : 0) : WEAK.has(w) ? 2 : 0;
      return [k === 1 && WEAK.has(w) ? (w === 'would' ? 0.75 : 0.5) : k, words + penalty];
    }
    p = step > 0 ? b : a;
  }
  return [0, Infinity];
}

/** "In January, …" / "On Monday, …": the date opens the sentence and the main verb's tense is its own. */
function lead(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && text.charCodeAt(p) === 32) p--;
  const e = p + 1;
  while (p >= 0 && isAlnum(text.charCodeAt(p))) p--;
  const w = text.slice(p + 1, e);
  if (w !== 'In' && w !== 'On') return false;
  let q = p;
  while (q >= 0 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 34)) q--;
  return q < 0 || text.charCodeAt(q) === 46 || text.charCodeAt(q) === 10;
}

function sinceBefore(text: string, start: number): boolean {
  return prevLower(text, start) === 'since';
}

/** -1 past (-1.5: certainly past), +1 future (0.5: a weak future cue such as "would" or "by"), null when the sentence gives no cue. */
export function tenseAt(text: string, start: number, end: number): number | null {
  if ((text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) && text.charCodeAt(end + 1) === 115) return -1;
  const [l, ld] = scan(text, start, -1);
  const [r, rd] = scan(text, end, 1);
  if (l === 0 && r === 0) return lead(text, start) ? -1.5 : null;
  const k = ld <= rd ? l : r;
  if (k === -1 && (lead(text, start) || sinceBefore(text, start) || (ld <= rd && (ld === 1 || (ld === 2 && (prevLower(text, start) === 'on' || prevLower(text, start) === 'in')))))) return -1.5;
  return k === 0 ? null : k;
}
