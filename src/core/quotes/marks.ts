/**
 * Quote-mark candidates in one linear scan, each with the direction its context allows.
 * Straight marks have no direction of their own: it comes from flanking (what is before and after),
 * as in CommonMark's delimiter runs. Apostrophes (doesn’t, ’90s, rock ’n’ roll, students’ …) are told
 * apart from single quotes here, so they never reach the pairing.
 */
import type { Span } from '../types';
import { isWhite } from './segments';

/**
 * Mark style. A closer comes from the quote's own style; an opener of another style inside a quote
 * starts a nested one (“…” in «…», “…” in "…"). Straight and curly may close each other (sloppy copy).
 */
export const STRAIGHT = 0;
export const CURLY = 1;
export const GUILLEMET = 2;

/** What a mark can do in its context. */
export const OPEN = 0;
export const CLOSE = 1;
export const EITHER = 2;
export const NONE = 3;

/**
 * The quote marks of a text, in order, as parallel typed arrays (no object per mark: a text may hold
 * millions of them). A double mark may be two characters ('' and ``).
 */
export class MarkList {
  length = 0;
  pos = new Int32Array(64);
  /** Index of the segment (paragraph) the mark lies in. */
  seg = new Int32Array(64);
  /** The mark's first character code. */
  code = new Uint16Array(64);
  /** bit 0: double; bit 1: two characters long; bits 2–3: style; bits 4–5: direction. */
  info = new Uint8Array(64);

  push(pos: number, len: number, double: boolean, style: number, dir: number, seg: number, code: number): void {
    if (dir === NONE) return;
    if (this.length === this.pos.length) this.grow();
    const i = this.length++;
    this.pos[i] = pos;
    this.seg[i] = seg;
    this.code[i] = code;
    this.info[i] = (double ? 1 : 0) | (len === 2 ? 2 : 0) | (style << 2) | (dir << 4);
  }

  len(i: number): number {
    return this.info[i] & 2 ? 2 : 1;
  }

  double(i: number): boolean {
    return (this.info[i] & 1) === 1;
  }

  style(i: number): number {
    return (this.info[i] >> 2) & 3;
  }

  dir(i: number): number {
    return (this.info[i] >> 4) & 3;
  }

  private grow(): void {
    const n = this.pos.length * 2;
    const pos = new Int32Array(n);
    pos.set(this.pos);
    const seg = new Int32Array(n);
    seg.set(this.seg);
    const code = new Uint16Array(n);
    code.set(this.code);
    const info = new Uint8Array(n);
    info.set(this.info);
    this.pos = pos;
    this.seg = seg;
    this.code = code;
    this.info = info;
  }
}

const MARK_RE = /["'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]/g;

/** True for the quote-mark characters this layer knows. */
export function isMarkChar(c: number): boolean {
  return c === 34 || c === 39 || c === 96 || (c >= 0x2018 && c <= 0x201f) || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a;
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

/** Letter, digit or combining mark. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (isWhite(c) || isMarkChar(c)) return false;
  return WORD_RE.test(String.fromCharCode(c));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Punctuation after which a mark opens: ( [ { — – / and other marks. */
function opensAfter(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 47 || isMarkChar(c);
}

/** Punctuation before which a mark closes: . , ; : ! ? ) ] } — – - … / and other marks. */
function closesBefore(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 125
    || c === 0x2014 || c === 0x2013 || c === 45 || c === 0x2026 || c === 47 || isMarkChar(c);
}

const ELISIONS = new Set(['em', 'n', 'til', 'tis', 'twas', 'cause', 'bout', 'cept', 'nuff', 'ol']);
const CLITICS = new Set(['s', 'd', 'll', 're', 've', 't', 'm']);

/** The lower-cased letters right after `at` (at most 6), if followed by a non-letter. */
function shortWordAt(text: string, at: number, end: number): string | null {
  let j = at;
  while (j < end && j - at <= 6) {
    const c = text.charCodeAt(j);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    j++;
  }
  if (j === at || j - at > 5) return null;
  if (j < end && isWordChar(text.charCodeAt(j))) return null;
  return text.slice(at, j).toLowerCase();
}

/** Whether a single mark at [pos, pos+1) is an apostrophe rather than a quote mark. */
function isApostrophe(text: string, pos: number, segStart: number, segEnd: number): boolean {
  const prev = pos > segStart ? text.charCodeAt(pos - 1) : 32;
  const next = pos + 1 < segEnd ? text.charCodeAt(pos + 1) : 32;
  if (isWordChar(prev) && isWordChar(next)) return true;
  if (!isWordChar(prev) && isDigit(next)) {
    // ’90s, '16, ’20: a two-digit year
    const d2 = pos + 2 < segEnd ? text.charCodeAt(pos + 2) : 32;
    const d3 = pos + 3 < segEnd ? text.charCodeAt(pos + 3) : 32;
    if (isDigit(d2) && !isDigit(d3)) return true;
  }
  if (isWordChar(next)) {
    const w = shortWordAt(text, pos + 1, segEnd);
    if (w !== null && !isWordChar(prev)) {
      if (ELISIONS.has(w)) return true; // ’em, ’til, 'cause, ’n’
      if (CLITICS.has(w) && !isWhite(prev)) return true; // "Dune"’s, (…)’s
    }
  }
  if ((prev === 110 || prev === 78) && pos - 2 >= segStart && (text.charCodeAt(pos - 2) === 39 || text.charCodeAt(pos - 2) === 0x2019 || text.charCodeAt(pos - 2) === 0x2018)) {
    const before = pos - 3 >= segStart ? text.charCodeAt(pos - 3) : 32;
    if (!isWordChar(before)) return true; // the second mark of ’n’
  }
  return false;
}

function flankDir(lf: boolean, rf: boolean): number {
  if (lf && !rf) return OPEN;
  if (rf && !lf) return CLOSE;
  return EITHER;
}

/** The list scanMarks() fills: one per process, its arrays reused from text to text. */
let scratch: MarkList | null = null;
/** Capacity (marks) above which the scratch list is dropped rather than reused. */
const SCRATCH_KEEP = 1 << 16;

/**
 * All quote marks of `text` inside `segments` (ordered, disjoint), in order. Linear in the text length:
 * one regex pass over a single character class, constant work per mark. The list is valid until the
 * next call (its arrays are reused).
 */
export function scanMarks(text: string, segments: readonly Span[]): MarkList {
  // a list grown by a huge text is not kept beyond the next call
  if (!scratch || scratch.pos.length > SCRATCH_KEEP) scratch = new MarkList();
  const out = scratch;
  out.length = 0;
  if (segments.length === 0) return out;
  let seg = 0;
  const re = MARK_RE;
  re.lastIndex = 0;
  // test() with the g flag moves lastIndex past the match without allocating a match array
  while (re.test(text)) {
    const pos = re.lastIndex - 1;
    while (seg < segments.length && segments[seg].end <= pos) seg++;
    if (seg >= segments.length) break;
    const { start: s0, end: s1 } = segments[seg];
    if (pos < s0) {
      re.lastIndex = s0;
      continue;
    }
    const c = text.charCodeAt(pos);
    let runEnd = pos + 1;
    if (c === 39 || c === 96) {
      while (runEnd < s1 && text.charCodeAt(runEnd) === c) runEnd++;
      re.lastIndex = runEnd;
    }
    const prev = pos > s0 ? text.charCodeAt(pos - 1) : 32;
    const next = runEnd < s1 ? text.charCodeAt(runEnd) : 32;
    const lf = !isWhite(next) && (isWhite(prev) || opensAfter(prev));
    const rf = !isWhite(prev) && (isWhite(next) || closesBefore(next));
    const fd = flankDir(lf, rf);
    if (c === 39 || c === 96) {
      const n = runEnd - pos;
      if (n === 1) {
        if (c === 39 && !isApostrophe(text, pos, s0, s1)) out.push(pos, 1, false, STRAIGHT, fd === EITHER ? NONE : fd, seg, c);
        continue;
      }
      const doubleDir = c === 96 ? OPEN : fd;
      const singleDir = c === 96 ? NONE : fd === EITHER ? NONE : fd;
      let p = pos;
      if (n % 2 === 1 && fd === CLOSE) {
        out.push(p, 1, false, STRAIGHT, singleDir, seg, c);
        p++;
      }
      while (p + 1 < runEnd) {
        out.push(p, 2, true, STRAIGHT, doubleDir, seg, c);
        p += 2;
      }
      if (p < runEnd) out.push(p, 1, false, STRAIGHT, singleDir, seg, c);
      continue;
    }
    switch (c) {
      case 34:
        out.push(pos, 1, true, STRAIGHT, fd, seg, c);
        break;
      case 0x201c: // “ opens, or closes German „…“
        out.push(pos, 1, true, CURLY, fd === CLOSE ? CLOSE : OPEN, seg, c);
        break;
      case 0x201d: // ” closes, or opens Swedish ”…” (and a stray ” between spaces may open)
        out.push(pos, 1, true, CURLY, fd === CLOSE ? CLOSE : fd, seg, c);
        break;
      case 0x201e:
      case 0x201f:
        out.push(pos, 1, true, CURLY, OPEN, seg, c);
        break;
      case 0xab: // « opens, or closes Danish/German »…«
        out.push(pos, 1, true, GUILLEMET, fd === CLOSE ? CLOSE : OPEN, seg, c);
        break;
      case 0xbb:
        out.push(pos, 1, true, GUILLEMET, fd === OPEN ? OPEN : CLOSE, seg, c);
        break;
      case 0x2039:
        out.push(pos, 1, false, GUILLEMET, fd === CLOSE ? CLOSE : OPEN, seg, c);
        break;
      case 0x203a:
        out.push(pos, 1, false, GUILLEMET, fd === OPEN ? OPEN : CLOSE, seg, c);
        break;
      default: {
        // ‘ ’ ‚ ‛
        if (isApostrophe(text, pos, s0, s1)) break;
        if (c === 0x2018 || c === 0x201a || c === 0x201b) out.push(pos, 1, false, CURLY, fd === CLOSE ? CLOSE : OPEN, seg, c);
        else out.push(pos, 1, false, CURLY, fd === OPEN ? NONE : CLOSE, seg, c);
      }
    }
  }
  return out;
}
