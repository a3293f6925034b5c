import type { Analysis, Span } from '../../core/types';
import type { LineIndex } from './lineIndex';
import type { Layer } from './settings';

/** Semantic token types, in legend order (contributed in package.json). */
export const TOKEN_TYPES = ['official', 'officialMention', 'date', 'quote', 'claimCue'] as const;
/** Semantic token modifiers, in legend order (`declaration` is a standard modifier). */
export const TOKEN_MODIFIERS = [
  'declaration', 'speaker', 'relative', 'attributed', 'unattributed', 'neutral', 'emphatic', 'contested', 'negative',
] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** One highlighted range before encoding; `mods` is the modifier bit set (see {@link modifierBits}). */
export interface RawToken extends Span {
  type: TokenType;
  mods: number;
}

const TYPE_INDEX = Object.fromEntries(TOKEN_TYPES.map((t, i) => [t, i])) as Record<TokenType, number>;
const MOD_BIT = Object.fromEntries(TOKEN_MODIFIERS.map((m, i) => [m, 1 << i])) as Record<TokenModifier, number>;

/** The bit set of a list of modifiers. */
export function modifierBits(modifiers: readonly TokenModifier[]): number {
  let b = 0;
  for (const m of modifiers) b |= MOD_BIT[m];
  return b;
}

/** The tokens an analysis gives for the visible layers, possibly overlapping (quotes contain others). */
export function collectTokens(analysis: Analysis, visible: (layer: Layer) => boolean): { containers: RawToken[]; inner: RawToken[] } {
  const containers: RawToken[] = [];
  const inner: RawToken[] = [];
  if (visible('quotes')) {
    for (const q of analysis.quotes) {
      const mods = q.kind === 'speech' ? (q.speaker ? MOD_BIT.attributed : MOD_BIT.unattributed) : 0;
      containers.push({ start: q.start, end: q.end, type: 'quote', mods });
    }
  }
  if (visible('dates')) {
    for (const d of analysis.dates) inner.push({ start: d.start, end: d.end, type: 'date', mods: d.relative ? MOD_BIT.relative : 0 });
  }
  if (visible('officials')) {
    const sources = new Set<number>();
    for (const c of analysis.claims) if (c.source && c.speakerId) sources.add(c.source.start);
    for (const o of analysis.officials) {
      for (const m of o.mentions) {
        const mods = (m.titled ? MOD_BIT.declaration : 0) | (sources.has(m.start) ? MOD_BIT.speaker : 0);
        inner.push({ start: m.start, end: m.end, type: m.kind === 'name' ? 'official' : 'officialMention', mods });
      }
    }
  }
  if (visible('claims')) {
    for (const c of analysis.claims) if (c.cue) inner.push({ start: c.cue.start, end: c.cue.end, type: 'claimCue', mods: MOD_BIT[c.stance] });
  }
  return { containers, inner };
}

/** Flattens tokens so none overlap: inner tokens win and cut holes into the containers around them. */
export function flattenTokens(containers: RawToken[], inner: RawToken[], length: number): RawToken[] {
  const clamp = (n: number) => (n < 0 ? 0 : n > length ? length : n);
  const sortedInner = inner.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawToken[] = [];
  let lastEnd = -1;
  for (const t of sortedInner) {
    const start = clamp(t.start);
    const end = clamp(t.end);
    if (end <= start || start < lastEnd) continue;
    kept.push(start === t.start && end === t.end ? t : { start, end, type: t.type, mods: t.mods });
    lastEnd = end;
  }
  const out: RawToken[] = [];
  let k = 0;
  lastEnd = -1;
  const sortedContainers = containers.slice().sort((a, b) => a.start - b.start);
  const push = (c: RawToken, start: number, end: number) => out.push({ start, end, type: c.type, mods: c.mods });
  for (const c of sortedContainers) {
    const cEnd = clamp(c.end);
    let pos = Math.max(clamp(c.start), lastEnd);
    while (k < kept.length && kept[k].end <= pos) k++;
    for (let j = k; j < kept.length && kept[j].start < cEnd; j++) {
      if (kept[j].start > pos) push(c, pos, kept[j].start);
      pos = Math.max(pos, kept[j].end);
    }
    if (pos < cEnd) push(c, pos, cEnd);
    lastEnd = Math.max(lastEnd, cEnd);
  }
  if (out.length === 0) return kept;
  return mergeSorted(kept, out.sort((a, b) => a.start - b.start));
}

function mergeSorted(a: RawToken[], b: RawToken[]): RawToken[] {
  const out: RawToken[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) out[n++] = a[i].start <= b[j].start ? a[i++] : b[j++];
  while (i < a.length) out[n++] = a[i++];
  while (j < b.length) out[n++] = b[j++];
  return out;
}

/**
 * Encodes non-overlapping tokens (sorted by start) in the LSP/VS Code relative format
 * `[deltaLine, deltaStart, length, type, modifiers]*`, splitting tokens at line ends.
 */
export function encodeTokens(tokens: readonly RawToken[], lines: LineIndex): Uint32Array {
  const data = new Uint32Array(tokens.length * 5 + 64);
  let buf = data;
  let n = 0;
  let prevLine = 0;
  let prevChar = 0;
  let line = 0;
  for (const t of tokens) {
    if (lines.lineStart(line) > t.start) line = lines.lineOf(t.start);
    while (line + 1 < lines.lineCount && lines.lineStart(line + 1) <= t.start) line++;
    const type = TYPE_INDEX[t.type];
    for (let l = line; l < lines.lineCount && lines.lineStart(l) < t.end; l++) {
      const ls = lines.lineStart(l);
      const from = l === line ? t.start : ls;
      const to = Math.min(t.end, lines.lineEnd(l));
      if (to <= from) continue;
      const char = from - ls;
      if (n + 5 > buf.length) {
        const bigger = new Uint32Array(buf.length * 2);
        bigger.set(buf);
        buf = bigger;
      }
      buf[n++] = l - prevLine;
      buf[n++] = l === prevLine ? char - prevChar : char;
      buf[n++] = to - from;
      buf[n++] = type;
      buf[n++] = t.mods;
      prevLine = l;
      prevChar = char;
    }
  }
  return buf.subarray(0, n);
}

/** Collects, flattens and encodes the semantic tokens of an analysis. */
export function semanticTokens(analysis: Analysis, lines: LineIndex, visible: (layer: Layer) => boolean): Uint32Array {
  const { containers, inner } = collectTokens(analysis, visible);
  return encodeTokens(flattenTokens(containers, inner, lines.text.length), lines);
}
