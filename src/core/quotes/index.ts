/**
 * Direct quotes: straight, curly, guillemet and low-9 marks; quotes interrupted by their attribution;
 * multi-paragraph quotes; partial and nested quotes; unbalanced marks bounded to their paragraph;
 * scare quotes told apart as `kind: 'term'`. Linear in the text length.
 */
import type { ArticleStructure, Quote, Span } from '../types';
import { segmentsOf } from './segments';
import { scanMarks } from './marks';
import { pairMarks } from './pair';
import { classifyQuote, isProse, MAX_TERM_LENGTH } from './kind';
import { isAttributeValue, isHeadingQuote, isHeadlineLabel } from './heading';
import { MORE_SPEECH_VERBS, SPEECH_AFTER, SPEECH_VERBS } from './lexicon';
import { isBylinedTitle, isQuotedSubject, isTitleBeforeHead, isTitleWithApposition, isWorkTitle, markTitleLists } from './title';

export { segmentsOf } from './segments';

/** Longest content of a closed quote that may be a sub-head, a title or a name. */
const MAX_NAMED_LENGTH = 120;

/** Whether a closed quote is a sub-head or the title or name of something (see heading.ts, title.ts). */
function isNamed(text: string, start: number, end: number, innerStart: number, innerEnd: number, para: Span, prev: Span | undefined): boolean {
  if (innerEnd - innerStart > MAX_NAMED_LENGTH) return false;
  return isHeadingQuote(text, start, end, innerStart, innerEnd, para, prev)
    || isWorkTitle(text, start, innerStart, innerEnd, para)
    || isBylinedTitle(text, end, innerStart, innerEnd, para)
    || isTitleBeforeHead(text, end, innerStart, innerEnd, para)
    || isTitleWithApposition(text, end, innerStart, innerEnd, para)
    || isQuotedSubject(text, start, end, innerStart, innerEnd, para);
}

/** A speech verb before a quote or after it: says, calls, declares, told … */
function isSpeechWord(w: string): boolean {
  return (SPEECH_VERBS.has(w) && w !== 'as' && w !== 'that') || SPEECH_AFTER.has(w) || MORE_SPEECH_VERBS.has(w);
}

function isSingleMark(c: number): boolean {
  return c === 39 || c === 0x2018;
}

/**
 * Whether the text quotes speech in double marks and uses single ones at top level only the way
 * headlines and decks do (Trailing, Cruz lobs 'Hail Carly' pass): more top-level quotes open with a
 * double mark than with a single one. British-style text, quoting in single marks, answers no.
 */
function singleMarksAreHeadlineStyle(text: string, raw: ReturnType<typeof pairMarks>, marks: ReturnType<typeof scanMarks>): boolean {
  let single = 0;
  let double = 0;
  for (const r of raw) {
    if (isSingleMark(text.charCodeAt(r.start)) && marks.len(r.open) === 1) single++;
    else double++;
  }
  return single > 0 && double > single;
}

/* Whether the paragraph of the quote being classified reads as prose, asked at most once per paragraph:
   module state and a module function rather than a closure made per quote. */
let proseText = '';
let prosePara: Span | null = null;
let proseVal: boolean | null = null;

function proseOf(): boolean {
  return (proseVal ??= prosePara !== null && isProse(proseText, prosePara));
}

/**
 * Finds the direct quotations of `text`, ordered and disjoint. Each span runs from the opening mark
 * to the closing one (both included); an unbalanced quote ends with its paragraph (or right before
 * the next opening mark in it) and has `close: null`. `speaker` is left null (the claims layer sets it).
 */
export function findQuotes(text: string, structure: ArticleStructure): Quote[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const segments = segmentsOf(text, structure?.paragraphs ?? []);
  const marks = scanMarks(text, segments);
  const raw = pairMarks(text, segments, marks);
  const headline = structure?.headline ?? null;
  let singleHeads: boolean | null = null;
  const out: Quote[] = [];
  const inner: Span[] = [];
  let seg = 0;
  proseText = text;
  proseVal = null;
  for (let q = 0; q < raw.length; q++) {
    const r = raw[q];
    while (seg < segments.length - 1 && segments[seg].end <= r.start) {
      seg++;
      proseVal = null;
    }
    const innerStart = marks.pos[r.open] + marks.len(r.open);
    const innerEnd = r.close >= 0 ? marks.pos[r.close] : r.end;
    const para = segments[seg];
    prosePara = para;
    inner.push({ start: innerStart, end: innerEnd });
    const closed = r.close >= 0 && !r.multiParagraph;
    const short = closed && innerEnd - innerStart <= MAX_TERM_LENGTH;
    const inHeadline = headline !== null && r.start >= headline.start && r.end <= headline.end;
    const headStyle = inHeadline || (closed && isSingleMark(text.charCodeAt(r.start)) && innerStart - r.start === 1
      && (singleHeads ??= singleMarksAreHeadlineStyle(text, raw, marks)));
    const label = isAttributeValue(text, r.start) || (closed && (isNamed(text, r.start, r.end, innerStart, innerEnd, para, segments[seg - 1])
      || (headStyle && innerEnd - innerStart <= MAX_NAMED_LENGTH && isHeadlineLabel(text, r.start, r.end, inHeadline ? headline : para, isSpeechWord))));
    const kind = label ? 'term' : short ? classifyQuote(text, r.start, r.end, innerStart, innerEnd, para, proseOf) : 'speech';
    out.push({
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      kind,
      speaker: null,
      open: text.slice(r.start, innerStart),
      close: r.close >= 0 ? text.slice(innerEnd, r.end) : null,
      unbalanced: r.close < 0,
      multiParagraph: r.multiParagraph,
      nested: r.nested,
    });
  }
  proseText = '';
  prosePara = null;
  markTitleLists(text, out, inner);
  return out;
}
