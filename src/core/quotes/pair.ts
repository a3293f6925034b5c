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
import { isMarkChar, type Mark } from './marks';
import { isWhite } from './segments';

/** A paired quotation before classification. */
export interface RawQuote {
  start: number;
  end: number;
  open: Mark;
  close: Mark | null;
  multiParagraph: boolean;
  nested: Span[];
}

interface Open {
  open: Mark;
  nested: Span[];
  multi: boolean;
  innerD: Mark | null;
  innerS: Mark | null;
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

/** Pairs `marks` (from `scanMarks`, same `segments`) into ordered, disjoint quotations. Linear. */
export function pairMarks(text: string, segments: readonly Span[], marks: readonly Mark[]): RawQuote[] {
  const out: RawQuote[] = [];
  // doubles left in the segment from each mark on (inclusive): parity tells nesting from a missing close
  const remain = new Int32Array(marks.length);
  for (let i = marks.length - 1, count = 0; i >= 0; i--) {
    if (i === marks.length - 1 || marks[i + 1].seg !== marks[i].seg) count = 0;
    if (marks[i].double) count++;
    remain[i] = count;
  }
  // whether a single closing mark follows in the segment before the next double mark
  const laterClose = new Uint8Array(marks.length);
  for (let i = marks.length - 1, seen = 0; i >= 0; i--) {
    if (i === marks.length - 1 || marks[i + 1].seg !== marks[i].seg || marks[i + 1].double) seen = 0;
    laterClose[i] = seen;
    if (!marks[i].double && marks[i].dir === 'close') seen = 1;
  }
  // students’ union: a plural possessive, not the closing mark, when a later one can close
  const possessive = (m: Mark, idx: number) => {
    if (!laterClose[idx]) return false;
    const prev = text.charCodeAt(m.pos - 1);
    const after = text.charCodeAt(m.pos + m.len + 1);
    return (prev === 115 || prev === 83) && isWhite(text.charCodeAt(m.pos + m.len)) && after >= 97 && after <= 122;
  };
  const emit = (q: Open, end: number, close: Mark | null) => {
    const inner = q.open.pos + q.open.len;
    const contentEnd = close ? close.pos : end;
    if (!hasContent(text, inner, contentEnd)) return;
    out.push({ start: q.open.pos, end, open: q.open, close, multiParagraph: q.multi, nested: q.nested });
  };
  let cur: Open | null = null;
  let topS: Mark | null = null;
  let i = 0;
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    topS = null;
    for (; i < marks.length && marks[i].seg === k; i++) {
      const m = marks[i];
      if (!m.double) {
        if (cur) {
          if (m.dir === 'open' || (m.dir === 'either' && !cur.innerS)) cur.innerS = m;
          else if (cur.innerS && !possessive(m, i)) {
            cur.nested.push({ start: cur.innerS.pos, end: m.pos + m.len });
            cur.innerS = null;
          }
        } else if (m.dir === 'open') {
          topS = m;
        } else if (topS && m.dir === 'close' && !possessive(m, i)) {
          out.push({ start: topS.pos, end: m.pos + m.len, open: topS, close: m, multiParagraph: false, nested: [] });
          topS = null;
        }
        continue;
      }
      if (!cur) {
        if (m.dir !== 'close') {
          cur = { open: m, nested: [], multi: false, innerD: null, innerS: null };
          topS = null;
        }
        continue;
      }
      if (cur.innerD) {
        if (m.style === cur.innerD.style) {
          if (m.dir !== 'open') {
            cur.nested.push({ start: cur.innerD.pos, end: m.pos + m.len });
            cur.innerD = null;
            continue;
          }
          if (m.style !== cur.open.style) {
            cur.innerD = m;
            continue;
          }
        }
        cur.innerD = null;
      }
      if (m.style !== cur.open.style) {
        // another style inside: an opener nests (“…” in «…» or in "…"); a straight/curly closer
        // closes the quote (sloppy copy), a guillemet one is a stray
        if (m.dir === 'open' || (m.dir === 'either' && (m.style === 'guillemet' || cur.open.style === 'guillemet'))) {
          cur.innerD = m;
          continue;
        }
        if (m.style === 'guillemet' || cur.open.style === 'guillemet') continue;
      }
      const german = cur.open.code === 0x201e && m.code === 0x201c;
      if (m.dir === 'open' && !german) {
        if (remain[i] >= 3 && remain[i] % 2 === 1) {
          cur.innerD = m;
          continue;
        }
        emit(cur, trimEnd(text, cur.open.pos, m.pos), null);
        cur = { open: m, nested: [], multi: false, innerD: null, innerS: null };
        continue;
      }
      cur.innerS = null;
      emit(cur, m.pos + m.len, m);
      cur = null;
    }
    if (!cur) continue;
    cur.innerD = null;
    cur.innerS = null;
    const next = segments[k + 1];
    const nm = i < marks.length ? marks[i] : null;
    if (next && nm && nm.seg === k + 1 && nm.double && nm.dir !== 'close' && (nm.style === cur.open.style || (nm.style !== 'guillemet' && cur.open.style !== 'guillemet'))
      && nm.pos === firstNonWhite(text, next)) {
      cur.multi = true;
      i++;
      continue;
    }
    emit(cur, trimEnd(text, cur.open.pos, seg.end), null);
    cur = null;
  }
  return out;
}
