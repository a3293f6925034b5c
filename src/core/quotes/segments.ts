/**
 * The regions a quotation may not silently cross: the article's paragraphs, or blank-line separated
 * blocks when the structure gives none. Text outside every paragraph is split on blank lines too.
 */
import type { Span } from '../types';

/** Whitespace as far as quote-mark context is concerned (incl. NBSP and the Unicode spaces). */
export function isWhite(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isLineWhite(c: number): boolean {
  return isWhite(c) && c !== 10 && c !== 13;
}

/** Pushes the blank-line separated blocks of text[start, end), trimmed, onto `out`. Linear. */
function pushBlocks(text: string, start: number, end: number, out: Span[]): void {
  let blockStart = -1;
  let blockEnd = -1;
  let i = start;
  while (i < end) {
    let j = i;
    while (j < end && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
    let a = i;
    while (a < j && isLineWhite(text.charCodeAt(a))) a++;
    let b = j;
    while (b > a && isLineWhite(text.charCodeAt(b - 1))) b--;
    if (a < b) {
      if (blockStart < 0) blockStart = a;
      blockEnd = b;
    } else if (blockStart >= 0) {
      out.push({ start: blockStart, end: blockEnd });
      blockStart = -1;
    }
    i = j;
    if (i < end && text.charCodeAt(i) === 13 && i + 1 < end && text.charCodeAt(i + 1) === 10) i += 2;
    else if (i < end) i++;
  }
  if (blockStart >= 0) out.push({ start: blockStart, end: blockEnd });
}

/**
 * Ordered, disjoint, non-empty segments covering every non-blank part of `text`: the given paragraphs
 * (clipped and de-overlapped), plus the blank-line blocks of any text they leave out.
 */
/* a module function, not a closure made per call: optimised code keeps its call target from text to text */
function clipTo(x: number, n: number): number {
  return Math.max(0, Math.min(n, x | 0));
}

export function segmentsOf(text: string, paragraphs: readonly Span[]): Span[] {
  const n = text.length;
  /* the paragraphs of parseStructure() come clipped and in order: no copy to sort then */
  let ordered = true;
  for (let i = 0, s0 = -1, e0 = -1; i < paragraphs.length && ordered; i++) {
    const s = clipTo(paragraphs[i].start, n);
    const e = clipTo(paragraphs[i].end, n);
    if (e <= s) continue;
    ordered = s > s0 || (s === s0 && e >= e0);
    s0 = s;
    e0 = e;
  }
  const paras = ordered ? paragraphs : paragraphs
    .map((p) => ({ start: clipTo(p.start, n), end: clipTo(p.end, n) }))
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  let at = 0;
  for (const p of paras) {
    const ps = clipTo(p.start, n);
    const pe = clipTo(p.end, n);
    if (pe <= ps) continue;
    const start = Math.max(ps, at);
    if (pe <= start) continue;
    if (start > at) pushBlocks(text, at, start, out);
    out.push({ start, end: pe });
    at = pe;
  }
  if (at < n) pushBlocks(text, at, n, out);
  return out;
}
