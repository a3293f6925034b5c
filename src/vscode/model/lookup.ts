import type { Analysis, Official, PersonMention, Span } from '../../core/types';

/**
 * Index of the span containing `offset` in spans sorted by start and not overlapping, or -1.
 * A span contains the offsets from `start` to `end` inclusive, so a cursor just after a word hits it.
 */
export function indexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found !== -1 && offset <= spans[found].end ? found : -1;
}

/** Index of the innermost span containing `offset` in spans that may nest or overlap (linear). */
export function innermostAt(spans: readonly Span[], offset: number): number {
  let best = -1;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.start <= offset && offset <= s.end && (best === -1 || s.end - s.start < spans[best].end - spans[best].start)) best = i;
  }
  return best;
}

/**
 * Index of the next span (start after `offset`) or previous span (start before `offset`), wrapping
 * around the document; -1 when there are none. `spans` must be sorted by start.
 */
export function stepIndex(spans: readonly Span[], offset: number, direction: 1 | -1): number {
  if (spans.length === 0) return -1;
  if (direction === 1) {
    for (let i = 0; i < spans.length; i++) if (spans[i].start > offset) return i;
    return 0;
  }
  for (let i = spans.length - 1; i >= 0; i--) if (spans[i].start < offset) return i;
  return spans.length - 1;
}

/** Spans sorted by start (then by end), copied. */
export function sortedByStart<T extends Span>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The official mentioned at `offset`, with that mention. */
export function officialAt(analysis: Analysis, offset: number): { official: Official; mention: PersonMention } | null {
  for (const official of analysis.officials) {
    for (const mention of official.mentions) if (mention.start <= offset && offset <= mention.end) return { official, mention };
  }
  return null;
}

/** Where an official is introduced: the mention with the full title, else the first mention by name, else the first. */
export function definingMention(official: Official): PersonMention | null {
  const byStart = [...official.mentions].sort((a, b) => a.start - b.start);
  return byStart.find((m) => m.titled) ?? byStart.find((m) => m.kind === 'name') ?? byStart[0] ?? null;
}
