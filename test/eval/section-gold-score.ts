/**
 * Scoring of every layer against the hand-made gold files, as ../shared/data/README.md describes it,
 * plus the "reproduced exactly" check (every gold item matched exactly with equal value/speaker/cue,
 * and no extra prediction) with a short list of what differs.
 */
import type { GoldDoc } from './gold';
import { matchSpans, microPRF, nameKey, prf, sameName, surname, titleMatches, type EvalSpan, type MatchResult, type PRF } from './match';

/** A count of correct items among those scored. */
export interface Ratio {
  ok: number;
  n: number;
}

/** Predictions of one system on one document, in the shapes every layer is scored in. */
export interface Predicted {
  /** Quotes; `speaker` undefined when the system does not attribute quotes. */
  quotes?: Array<EvalSpan & { speaker?: string | null }>;
  /** Dates of type DATE or TIME only (the gold lists no others). */
  dates?: Array<EvalSpan & { value: string | null }>;
  /** Officials (people with a title); `mentions` are name mentions only. */
  officials?: Array<{ name: string; title: string | null; mentions: EvalSpan[] }>;
  /** Mentions of people when the system gives no officials (a people peer). */
  people?: EvalSpan[];
  claims?: Array<EvalSpan & { cue: string | null; speaker: string | null }>;
}

export interface Scored {
  doc: GoldDoc;
  pred: Predicted;
}

/** A ratio as a number (NaN when nothing was scored). */
export const ratio = (r: Ratio): number => (r.n ? r.ok / r.n : NaN);

function add(into: Ratio, ok: boolean): void {
  into.n++;
  if (ok) into.ok++;
}

/** Value F1 and the like: pairs of a match whose predicate holds count as true positives. */
function keyedPRF(results: Array<{ m: MatchResult; ok: (p: number, g: number) => boolean }>): PRF {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const { m, ok } of results) {
    tp += m.pairs.filter(([p, g]) => ok(p, g)).length;
    predicted += m.predicted;
    gold += m.gold;
  }
  return prf(tp, predicted, gold);
}

/** Quotes: exact and overlap P/R/F1, speaker accuracy among overlap-matched pairs. */
export function scoreQuotes(items: Scored[]) {
  const exact: MatchResult[] = [];
  const overlap: MatchResult[] = [];
  const speaker: Ratio = { ok: 0, n: 0 };
  for (const { doc, pred } of items) {
    const q = pred.quotes ?? [];
    exact.push(matchSpans(q, doc.quotes, { exact: true, text: doc.text }));
    const m = matchSpans(q, doc.quotes);
    overlap.push(m);
    for (const [p, g] of m.pairs) if (q[p].speaker !== undefined) add(speaker, sameName(q[p].speaker ?? null, doc.quotes[g].speaker));
  }
  return { exact: microPRF(exact), overlap: microPRF(overlap), speaker };
}

/** Dates: strict (exact) and relaxed (overlap) span P/R/F1; value F1 over relaxed matches with identical values. */
export function scoreDates(items: Scored[]) {
  const strict: MatchResult[] = [];
  const relaxed: Array<{ m: MatchResult; ok: (p: number, g: number) => boolean }> = [];
  for (const { doc, pred } of items) {
    const d = pred.dates ?? [];
    strict.push(matchSpans(d, doc.dates, { exact: true, text: doc.text }));
    relaxed.push({ m: matchSpans(d, doc.dates), ok: (p, g) => d[p].value !== null && d[p].value === doc.dates[g].value });
  }
  return { strict: microPRF(strict), relaxed: microPRF(relaxed.map((r) => r.m)), value: keyedPRF(relaxed) };
}

/** Official mentions (overlap P/R/F1); distinct officials by surname (P/R/F1) and title accuracy among them. */
export function scoreOfficials(items: Scored[]) {
  const mentions: MatchResult[] = [];
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const title: Ratio = { ok: 0, n: 0 };
  for (const { doc, pred } of items) {
    const spans = pred.people ?? (pred.officials ?? []).flatMap((o) => o.mentions);
    mentions.push(matchSpans(spans, doc.officials.flatMap((o) => o.mentions)));
    if (!pred.officials) continue;
    predicted += pred.officials.length;
    gold += doc.officials.length;
    const used = new Set<number>();
    for (const o of pred.officials) {
      const g = doc.officials.findIndex((x, i) => !used.has(i) && surname(x.name) === surname(o.name));
      if (g < 0) continue;
      used.add(g);
      tp++;
      if (doc.officials[g].title !== null) add(title, titleMatches(o.title, doc.officials[g].title));
    }
  }
  return { mentions: microPRF(mentions), distinct: prf(tp, predicted, gold), title, hasOfficials: items.some((i) => i.pred.officials) };
}

const cueKey = (s: string | null) => (s === null ? null : s.toLowerCase().replace(/\s+/g, ' ').trim());

/** Claims: content overlap and exact P/R/F1; cue and speaker agreement among overlap-matched pairs. */
export function scoreClaims(items: Scored[]) {
  const overlap: MatchResult[] = [];
  const exact: MatchResult[] = [];
  const cue: Ratio = { ok: 0, n: 0 };
  const speaker: Ratio = { ok: 0, n: 0 };
  for (const { doc, pred } of items) {
    const c = pred.claims ?? [];
    exact.push(matchSpans(c, doc.claims, { exact: true, text: doc.text }));
    const m = matchSpans(c, doc.claims);
    overlap.push(m);
    for (const [p, g] of m.pairs) {
      add(cue, cueKey(c[p].cue) === cueKey(doc.claims[g].cue));
      add(speaker, sameName(c[p].speaker, doc.claims[g].speaker));
    }
  }
  return { overlap: microPRF(overlap), exact: microPRF(exact), cue, speaker };
}

const clip = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 37)}…` : s);

/**
 * What keeps one layer of one document from being reproduced exactly: missed gold items, extra
 * predictions, and exact matches whose key (value, speaker, cue) differs. Empty when exact.
 */
function differences<P extends EvalSpan, G extends EvalSpan>(
  text: string,
  pred: P[],
  gold: G[],
  key: { name: string; p: (x: P) => string | null; g: (x: G) => string | null } | null,
): string[] {
  const m = matchSpans(pred, gold, { exact: true, text });
  const out: string[] = [];
  const seenP = new Set(m.pairs.map(([p]) => p));
  const seenG = new Set(m.pairs.map(([, g]) => g));
  gold.forEach((g, i) => seenG.has(i) || out.push(`missed ${clip(text.slice(g.start, g.end))}`));
  pred.forEach((p, i) => seenP.has(i) || out.push(`extra ${clip(text.slice(p.start, p.end))}`));
  if (key) {
    for (const [p, g] of m.pairs) {
      const a = key.p(pred[p]);
      const b = key.g(gold[g]);
      if (a !== b) out.push(`${key.name} of ${clip(text.slice(gold[g].start, gold[g].end))}: ${a} ≠ ${b}`);
    }
  }
  return out;
}

/** Per layer, what differs from the gold of one document (an empty list: reproduced exactly). */
export function exactness(doc: GoldDoc, pred: Predicted): Record<'quotes' | 'dates' | 'officials' | 'claims', string[]> {
  const t = doc.text;
  const quotes = differences(t, pred.quotes ?? [], doc.quotes, { name: 'speaker', p: (q) => nameKey(q.speaker ?? null), g: (q) => nameKey(q.speaker) });
  const dates = differences(t, pred.dates ?? [], doc.dates, { name: 'value', p: (d) => d.value, g: (d) => d.value });
  const predOfficials = pred.officials ?? [];
  const officials = differences(
    t,
    predOfficials.flatMap((o) => o.mentions.map((m) => ({ ...m, who: o.name }))),
    doc.officials.flatMap((o) => o.mentions.map((m) => ({ ...m, who: o.name }))),
    { name: 'person', p: (m) => nameKey(m.who), g: (m) => nameKey(m.who) },
  );
  for (const g of doc.officials) {
    const o = predOfficials.find((x) => nameKey(x.name) === nameKey(g.name));
    if (!o) officials.push(`no official ${clip(g.name)}`);
    else if (nameKey(o.title) !== nameKey(g.title)) officials.push(`title of ${clip(g.name)}: ${o.title} ≠ ${g.title}`);
  }
  for (const o of predOfficials) if (!doc.officials.some((g) => nameKey(g.name) === nameKey(o.name))) officials.push(`extra official ${clip(o.name)}`);
  const claims = differences(t, pred.claims ?? [], doc.claims, {
    name: 'cue/speaker',
    p: (c) => `${cueKey(c.cue)}/${nameKey(c.speaker)}`,
    g: (c) => `${cueKey(c.cue)}/${nameKey(c.speaker)}`,
  });
  return { quotes, dates, officials, claims };
}
