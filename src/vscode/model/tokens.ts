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

/** One highlighted range before encoding. */
export interface RawToken extends Span {
  type: TokenType;
  modifiers: TokenModifier[];
}

function bits(modifiers: readonly TokenModifier[]): number {
  let b = 0;
  for (const m of modifiers) b |= 1 << TOKEN_MODIFIERS.indexOf(m);
  return b;
}

/** The tokens an analysis gives for the visible layers, possibly overlapping (quotes contain others). */
export function collectTokens(analysis: Analysis, visible: (layer: Layer) => boolean): { containers: RawToken[]; inner: RawToken[] } {
  const containers: RawToken[] = [];
  const inner: RawToken[] = [];
  if (visible('quotes')) {
    for (const q of analysis.quotes) {
      const mods: TokenModifier[] = q.kind === 'speech' ? [q.speaker ? 'attributed' : 'unattributed'] : [];
      containers.push({ start: q.start, end: q.end, type: 'quote', modifiers: mods });
    }
  }
  if (visible('dates')) {
    for (const d of analysis.dates) inner.push({ start: d.start, end: d.end, type: 'date', modifiers: d.relative ? ['relative'] : [] });
  }
  if (visible('officials')) {
    const sources = new Set<number>();
    for (const c of analysis.claims) if (c.source && c.speakerId) sources.add(c.source.start);
    for (const o of analysis.officials) {
      for (const m of o.mentions) {
        const mods: TokenModifier[] = [];
        if (m.titled) mods.push('declaration');
        if (sources.has(m.start)) mods.push('speaker');
        inner.push({ start: m.start, end: m.end, type: m.kind === 'name' ? 'official' : 'officialMention', modifiers: mods });
      }
    }
  }
  if (visible('claims')) {
    for (const c of analysis.claims) if (c.cue) inner.push({ start: c.cue.start, end: c.cue.end, type: 'claimCue', modifiers: [c.stance] });
  }
  return { containers, inner };
}

/** Flattens tokens so none overlap: inner tokens win and cut holes into the containers around them. */
export function flattenTokens(containers: RawToken[], inner: RawToken[], length: number): RawToken[] {
  const clamp = (t: RawToken): RawToken => ({ ...t, start: Math.max(0, Math.min(t.start, length)), end: Math.max(0, Math.min(t.end, length)) });
  const kept: RawToken[] = [];
  let lastEnd = -1;
  for (const t of inner.map(clamp).sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (t.end <= t.start || t.start < lastEnd) continue;
    kept.push(t);
    lastEnd = t.end;
  }
  const out: RawToken[] = [...kept];
  let k = 0;
  lastEnd = -1;
  for (const c of containers.map(clamp).sort((a, b) => a.start - b.start)) {
    let pos = Math.max(c.start, lastEnd);
    while (k < kept.length && kept[k].end <= pos) k++;
    for (let j = k; j < kept.length && kept[j].start < c.end; j++) {
      if (kept[j].start > pos) out.push({ ...c, start: pos, end: kept[j].start });
      pos = Math.max(pos, kept[j].end);
    }
    if (pos < c.end) out.push({ ...c, start: pos, end: c.end });
    lastEnd = Math.max(lastEnd, c.end);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Encodes non-overlapping tokens (sorted by start) in the LSP/VS Code relative format
 * `[deltaLine, deltaStart, length, type, modifiers]*`, splitting tokens at line ends.
 */
export function encodeTokens(tokens: readonly RawToken[], lines: LineIndex): Uint32Array {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const t of tokens) {
    const type = TOKEN_TYPES.indexOf(t.type);
    const mods = bits(t.modifiers);
    const first = lines.lineOf(t.start);
    const last = lines.lineOf(Math.max(t.start, t.end - 1));
    for (let line = first; line <= last; line++) {
      const from = line === first ? t.start : lines.lineStart(line);
      const to = Math.min(t.end, lines.lineEnd(line));
      if (to <= from) continue;
      const char = from - lines.lineStart(line);
      data.push(line - prevLine, line === prevLine ? char - prevChar : char, to - from, type, mods);
      prevLine = line;
      prevChar = char;
    }
  }
  return Uint32Array.from(data);
}

/** Collects, flattens and encodes the semantic tokens of an analysis. */
export function semanticTokens(analysis: Analysis, lines: LineIndex, visible: (layer: Layer) => boolean): Uint32Array {
  const { containers, inner } = collectTokens(analysis, visible);
  return encodeTokens(flattenTokens(containers, inner, lines.text.length), lines);
}
