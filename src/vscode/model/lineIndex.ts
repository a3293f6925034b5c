/** A zero-based line/character position, like `vscode.Position` but plain data. */
export interface LineCol {
  line: number;
  character: number;
}

/**
 * Maps UTF-16 offsets to line/character positions of a text (lines end at `\n`; a `\r` before it
 * stays on its line, as in VS Code). Built once per text in a single linear scan.
 */
export class LineIndex {
  private readonly starts: ArrayLike<number>;

  /** `starts`: the offsets where lines start ({@link lineStarts} of `text`), when already known. */
  constructor(readonly text: string, starts?: ArrayLike<number>) {
    this.starts = starts && areLineStarts(text, starts) ? starts : lineStarts(text);
  }

  /** Number of lines. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where `line` starts (clamped). */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset just past the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    let end = l + 1 < this.starts.length ? this.starts[l + 1] - 1 : this.text.length;
    if (end > this.starts[l] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The line containing `offset` (clamped into the text). */
  lineOf(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Line/character of an offset (clamped into the text). */
  positionAt(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line] };
  }

  /** Offset of a line/character position (clamped). */
  offsetAt(pos: LineCol): number {
    const start = this.lineStart(pos.line);
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }
}

/** The offsets where the lines of `text` start (after each `\n`), as a typed array. */
export function lineStarts(text: string): Int32Array {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  const starts = new Int32Array(n);
  let k = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

/** Whether `starts` are exactly the line starts of `text` (a check in one pass, no allocation). */
function areLineStarts(text: string, starts: ArrayLike<number>): boolean {
  if (starts.length === 0 || starts[0] !== 0) return false;
  let k = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (k >= starts.length || starts[k++] !== i + 1) return false;
  return k === starts.length;
}
