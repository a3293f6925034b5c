/**
 * Pairs quote marks into quotations, paragraph by paragraph, in one pass over the marks.
 * - Double marks make the top-level quotes; a quote still open at the end of a paragraph continues
 *   when the next paragraph begins with an opening mark (the multi-paragraph convention), else it
 *   is unbalanced and ends with its paragraph.
 * - Single marks inside a double quote (and “…” inside «…», « » inside “…”) are nested quotes.
 * - Single marks outside double quotes make a quote only when closed in the same paragraph
 *   (headline style ‘…’); an unclosed one is an apostrophe-like stray and is dropped.
 */
import type { Span } from '../types';
import { CLOSE, EITHER, GUILLEMET, isMarkChar, type MarkList, OPEN } from './marks';
import { isWhite } from './segments';

/** A paired quotation before classification; `open` and `close` index the marks (-1: none). */
export interface RawQuote {
  start: number;
  end: number;
  open: number;
  close: number;
  multiParagraph: boolean;
  nested: Span[];
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isWhite(text.charCodeAt(end - 1))) end--;
  return end;
}

function firstNonWhite(text: string, seg: Span): number {
  let i = seg.start;
  while (i < seg.end && isWhite(text.charCodeAt(i))) i++;
  return i;
}

/** True when text between a and b holds something other than whitespace and quote marks. */
function hasContent(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (!isWhite(c) && !isMarkChar(c)) return true;
  }
  return false;
}

/** Per-mark arrays of pairMarks(), reused from text to text (every entry below the mark count is written before it is read). */
let scratch = { remain: new Int32Array(64), laterClose: new Uint8Array(64) };

function scratchOf(n: number): typeof scratch {
  // grown for a huge text, the arrays are replaced by small ones at the next call instead of being kept
  if (scratch.remain.length < n || scratch.remain.length > Math.max(1 << 16, n * 4)) scratch = { remain: new Int32Array(Math.max(64, n * 2)), laterClose: new Uint8Array(Math.max(64, n * 2)) };
  return scratch;
}

/** The state of pairMarks() between marks: the open quote (`cur`, -1: none) and what is open inside it. */
class Pairing {
  cur = -1;
  nested: Span[] = [];
  multi = false;
  innerD = -1;
  innerS = -1;
}

/** One Pairing for every text (its class keeps one hidden class, and the code compiled against it, from text to text). */
const PAIRING = new Pairing();

function markEnd(mpos: Int32Array, marks: MarkList, m: number): number {
  return mpos[m] + marks.len(m);
}

/** students’ union: a plural possessive, not the closing mark, when a later one can close. */
function possessive(text: string, mpos: Int32Array, marks: MarkList, laterClose: Uint8Array, m: number): boolean {
  if (!laterClose[m]) return false;
  const prev = text.charCodeAt(mpos[m] - 1);
  const e = markEnd(mpos, marks, m);
  const after = text.charCodeAt(e + 1);
  return (prev === 115 || prev === 83) && isWhite(text.charCodeAt(e)) && after >= 97 && after <= 122;
}

/** Closes the open quote at `quoteEnd` (by mark `close`, or -1), kept when it holds anything. */
function emit(st: Pairing, out: RawQuote[], text: string, mpos: Int32Array, marks: MarkList, quoteEnd: number, close: number): void {
  const cur = st.cur;
  if (hasContent(text, markEnd(mpos, marks, cur), close >= 0 ? mpos[close] : quoteEnd)) {
    out.push({ start: mpos[cur], end: quoteEnd, open: cur, close, multiParagraph: st.multi, nested: st.nested });
  }
  st.cur = st.innerD = st.innerS = -1;
}

/** Opens a quote at mark `m`. */
function openAt(st: Pairing, m: number): void {
  st.cur = m;
  st.nested = [];
  st.multi = false;
  st.innerD = st.innerS = -1;
}

/** Pairs `marks` (from `scanMarks`, same `segments`) into ordered, disjoint quotations. Linear. */
export function pairMarks(text: string, segments: readonly Span[], marks: MarkList): RawQuote[] {
  const out: RawQuote[] = [];
  const n = marks.length;
  const mpos = marks.pos;
  const mseg = marks.seg;
  // remain: doubles left in the segment from each mark on (inclusive), parity tells nesting from a missing
  // close; laterClose: whether a single closing mark follows in the segment before the next double mark
  const { remain, laterClose } = scratchOf(n);
  for (let i = n - 1, count = 0, seen = 0; i >= 0; i--) {
    if (i === n - 1 || mseg[i + 1] !== mseg[i]) count = seen = 0;
    else if (marks.double(i + 1)) seen = 0;
    if (marks.double(i)) count++;
    remain[i] = count;
    laterClose[i] = seen;
    if (!marks.double(i) && marks.dir(i) === CLOSE) seen = 1;
  }
  const st = PAIRING;
  st.cur = st.innerD = st.innerS = -1;
  st.nested = [];
  st.multi = false;
  let i = 0;
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    let topS = -1;
    for (; i < n && mseg[i] === k; i++) {
      const dir = marks.dir(i);
      if (!marks.double(i)) {
        if (st.cur >= 0) {
          if (dir === OPEN || (dir === EITHER && st.innerS < 0)) st.innerS = i;
          else if (st.innerS >= 0 && !possessive(text, mpos, marks, laterClose, i)) {
            st.nested.push({ start: mpos[st.innerS], end: markEnd(mpos, marks, i) });
            if (st.innerD > st.innerS) st.innerD = -1; // a double opened inside it can no longer close (it would cross)
            st.innerS = -1;
          }
        } else if (dir === OPEN) {
          topS = i;
        } else if (topS >= 0 && dir === CLOSE && !possessive(text, mpos, marks, laterClose, i)) {
          out.push({ start: mpos[topS], end: markEnd(mpos, marks, i), open: topS, close: i, multiParagraph: false, nested: [] });
          topS = -1;
        }
        continue;
      }
      if (st.cur < 0) {
        if (dir !== CLOSE) {
          openAt(st, i);
          topS = -1;
        }
        continue;
      }
      const style = marks.style(i);
      const curStyle = marks.style(st.cur);
      if (st.innerD >= 0) {
        if (style === marks.style(st.innerD)) {
          if (dir !== OPEN) {
            st.nested.push({ start: mpos[st.innerD], end: markEnd(mpos, marks, i) });
            if (st.innerS > st.innerD) st.innerS = -1;
            st.innerD = -1;
            continue;
          }
          if (style !== curStyle) {
            st.innerD = i;
            continue;
          }
        }
        st.innerD = -1;
      }
      if (style !== curStyle) {
        // another style inside: an opener nests (“…” in «…» or in "…"); a straight/curly closer
        // closes the quote (sloppy copy), a guillemet one is a stray
        const guillemets = style === GUILLEMET || curStyle === GUILLEMET;
        if (dir === OPEN || (dir === EITHER && guillemets)) {
          st.innerD = i;
          continue;
        }
        if (guillemets) continue;
      }
      const german = marks.code[st.cur] === 0x201e && marks.code[i] === 0x201c;
      if (dir === OPEN && !german) {
        if (remain[i] >= 3 && remain[i] % 2 === 1) {
          st.innerD = i;
          continue;
        }
        emit(st, out, text, mpos, marks, trimEnd(text, mpos[st.cur], mpos[i]), -1);
        openAt(st, i);
        continue;
      }
      emit(st, out, text, mpos, marks, markEnd(mpos, marks, i), i);
    }
    if (st.cur < 0) continue;
    st.innerD = st.innerS = -1;
    const next = segments[k + 1];
    if (next && i < n && mseg[i] === k + 1 && marks.double(i) && marks.dir(i) !== CLOSE
      && (marks.style(i) === marks.style(st.cur) || (marks.style(i) !== GUILLEMET && marks.style(st.cur) !== GUILLEMET))
      && mpos[i] === firstNonWhite(text, next)) {
      st.multi = true;
      i++;
      continue;
    }
    emit(st, out, text, mpos, marks, trimEnd(text, mpos[st.cur], seg.end), -1);
  }
  st.nested = [];
  return out;
}
