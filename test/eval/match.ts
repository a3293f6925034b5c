/**
 * Span matching as ../shared/data/README.md scores it: one-to-one, greedy, largest overlap first.
 * "Exact" compares offsets after trimming whitespace and punctuation outside the quote marks.
 */

export interface EvalSpan {
  start: number;
  end: number;
}

export interface MatchResult {
  /** Pairs [predictedIndex, goldIndex]. */
  pairs: Array<[number, number]>;
  predicted: number;
  gold: number;
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

/** Quotation marks of every style the core knows (quotes.ts marks), never trimmed. */
const QUOTE_MARKS = '"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201A\u201B\u2039\u203A\'`';
/** Whitespace and punctuation; symbols such as `$` or `%` belong to the span. */
const TRIMMABLE = /[\s\p{P}]/u;

function trimmable(ch: string): boolean {
  return !QUOTE_MARKS.includes(ch) && TRIMMABLE.test(ch);
}

/** Trims whitespace and punctuation (but not quote marks) from both ends of a span. */
export function trimSpan(text: string, s: EvalSpan): EvalSpan {
  let { start, end } = s;
  while (start < end && trimmable(text[start])) start++;
  while (end > start && trimmable(text[end - 1])) end--;
  return { start, end };
}

function overlap(a: EvalSpan, b: EvalSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Greedy one-to-one matching, largest overlap first. With `exact`, two spans match only when their
 * trimmed offsets are identical (pass `text` for trimming).
 */
export function matchSpans(pred: EvalSpan[], gold: EvalSpan[], opts: { exact?: boolean; text?: string } = {}): MatchResult {
  const norm = (s: EvalSpan) => (opts.exact && opts.text !== undefined ? trimSpan(opts.text, s) : s);
  const P = pred.map(norm);
  const G = gold.map(norm);
  const candidates: Array<[number, number, number]> = [];
  for (let i = 0; i < P.length; i++) {
    for (let j = 0; j < G.length; j++) {
      if (opts.exact) {
        if (P[i].start === G[j].start && P[i].end === G[j].end) candidates.push([G[j].end - G[j].start + 1, i, j]);
      } else {
        const o = overlap(P[i], G[j]);
        if (o > 0) candidates.push([o, i, j]);
      }
    }
  }
  return greedyPairs(candidates, pred.length, gold.length);
}

/**
 * One-to-one matching from scored candidates `[score, predictedIndex, goldIndex]`: highest score first
 * (ties by index), each prediction and each gold span used at most once.
 */
export function greedyPairs(candidates: Array<[number, number, number]>, predicted: number, gold: number): MatchResult {
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    pairs.push([i, j]);
  }
  return { pairs, predicted, gold };
}

/** Precision, recall and F1 from counts. */
export function prf(tp: number, predicted: number, gold: number): PRF {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, tp, predicted, gold };
}

/** Sums per-document match results into one PRF (micro average). */
export function microPRF(results: MatchResult[]): PRF {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const r of results) {
    tp += r.pairs.length;
    predicted += r.predicted;
    gold += r.gold;
  }
  return prf(tp, predicted, gold);
}

/** Words of a title or name: possessives dropped, lower-cased. */
function words(s: string): string[] {
  return s
    .replace(/['\u2019]s\b/gi, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The README's title rule: correct when the words shared with the gold title are at least half the
 * longer title's words (possessives dropped, words compared by their first five letters):
 * "Russia’s leader" matches "Russian leader".
 */
export function titleMatches(predicted: string | null, gold: string | null): boolean {
  if (!predicted || !gold) return false;
  const p = words(predicted).map((w) => w.slice(0, 5));
  const g = words(gold).map((w) => w.slice(0, 5));
  if (!p.length || !g.length) return false;
  const pool = [...g];
  let shared = 0;
  for (const w of p) {
    const i = pool.indexOf(w);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return shared * 2 >= Math.max(p.length, g.length);
}

/** The surname of a name: its last word, possessive dropped, lower-cased ("" when none). */
export function surname(name: string): string {
  const w = words(name);
  return w[w.length - 1] ?? '';
}

/**
 * Whether a predicted source names the gold one: equal after normalising case, apostrophes and
 * possessives, or one's words end the other's ("Putin" / "Vladimir Putin", "Foreign Ministry" /
 * "Russian Foreign Ministry"). Two nulls (no named source) agree.
 */
export function sameName(predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  const p = words(predicted);
  const g = words(gold);
  if (!p.length || !g.length) return false;
  const [short, long] = p.length <= g.length ? [p, g] : [g, p];
  return short.every((w, i) => long[long.length - short.length + i] === w);
}

/** A comparison key for names and titles: words joined by one space, possessives dropped, lower-cased. */
export function nameKey(s: string | null): string | null {
  return s === null ? null : words(s).join(' ');
}
