/**
 * Paragraph splitting: runs of non-blank lines, for LF, CRLF, CR and mixed line endings.
 * A block whose lines read as paragraphs of their own (one-line-per-paragraph copy: no line continues
 * in lowercase, and at least half end a sentence, a title or a dateline) is split into lines.
 */
import type { Span } from '../types';

/** True for the horizontal whitespace a "blank" line may contain. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0xfeff || c === 0x85
    || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
    || c === 0x3000 || c === 0x1680;
}

function isLower(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xdf) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Characters that end a line that is a paragraph of its own: sentence ends, closing quotes, digits, arrows. */
function endsParagraph(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb
    || c === 41 || c === 93 || c === 58 || c === 59 || c === 0x2192 || (c >= 48 && c <= 57);
}

function hasLowercase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isLower(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The block of non-blank lines being read: its first start and last end, and its lines while they may
 * still be paragraphs of their own. A class rather than closures made per call, so that optimised code
 * keeps its call targets from text to text.
 */
class Block {
  first = -1;
  last = -1;
  lines: number[] | null = null;
  breaks = 0;
  terminal = 0;

  constructor(private readonly text: string, private readonly out: Span[]) {}

  flush(): void {
    if (this.first < 0) return;
    const lines = this.lines;
    if (lines && this.breaks > 0 && this.terminal >= 0.5 * this.breaks) {
      for (let k = 0; k < lines.length; k += 2) this.out.push({ start: lines[k], end: lines[k + 1] });
    } else {
      this.out.push({ start: this.first, end: this.last });
    }
    this.first = -1;
  }

  addLine(s: number, e: number): void {
    const text = this.text;
    if (this.first < 0) {
      this.first = s;
      this.lines = [];
      this.breaks = 0;
      this.terminal = 0;
    } else if (this.lines) {
      this.breaks++;
      if (isLower(text.charCodeAt(s))) this.lines = null;
      else if (endsParagraph(text.charCodeAt(this.last - 1)) || !hasLowercase(text, this.lines[this.lines.length - 2], this.last)) this.terminal++;
    }
    this.lines?.push(s, e);
    this.last = e;
  }
}

/**
 * One Block kept for the life of the module: when every Block has died, a full garbage collection drops
 * the class's hidden class and the code compiled against it, which V8 then compiles again for the next text.
 */
const KEEP_BLOCK = new Block('', []);
void KEEP_BLOCK;

/** Splits `text` into paragraphs (trimmed of surrounding whitespace), in order. Linear time. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  const block = new Block(text, out);
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  let pos = 0;
  while (pos < n) {
    if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf('\n', pos);
    if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    let lineEnd = n;
    if (nextLf !== -1) lineEnd = nextLf;
    if (nextCr !== -1 && nextCr < lineEnd) lineEnd = nextCr;
    let s = pos;
    while (s < lineEnd && isSpace(text.charCodeAt(s))) s++;
    if (s === lineEnd) {
      block.flush();
    } else {
      let e = lineEnd;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      block.addLine(s, e);
    }
    pos = lineEnd + (lineEnd + 1 < n && text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  block.flush();
  return out;
}
