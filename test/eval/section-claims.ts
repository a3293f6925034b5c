/**
 * The "claims" section of `npm run eval`: attributed statements on PolNeAR dev, and the speakers of
 * direct quotes. Gold claims: every attribution of the article's (lowest-id) annotator file, content
 * from its first to its last character. Gold quotes: content pieces that begin with a quote mark.
 * Speakers are scored where the gold Source text holds a capitalised name token (../shared/data/README.md).
 */
import { analyze, type Analysis } from '../../src/core';
import { matchSpans, microPRF, type EvalSpan, type MatchResult } from './match';
import { loadPolnear, type PolnearDoc, type PolnearSpan } from './polnear';
import { fmt, table } from './table';

const QUOTE_OPEN = '"\u201C\u201D\u00AB\u201E\u2018';
/** Capitalised words that are not names (sentence-initial determiners and pronouns). */
const NOT_NAME = new Set(['The', 'A', 'An', 'He', 'She', 'They', 'It', 'We', 'I', 'His', 'Her', 'Their', 'Its', 'This', 'That', 'These', 'Those', 'One', 'Some', 'Many', 'Most', 'Both', 'Other', 'Others']);

/** The capitalised name tokens of a source text ("Sen. Bernie Sanders" → Sen, Bernie, Sanders). */
export function nameTokens(s: string | null): string[] {
  if (!s) return [];
  return s
    .split(/[^\p{L}\p{N}'’.-]+/u)
    .map((w) => w.replace(/(?:['’]s|['’.])$/u, ''))
    .filter((w) => /^\p{Lu}/u.test(w) && !NOT_NAME.has(w));
}

/** True when the predicted speaker shares a capitalised name token with the gold source text. */
export function speakerMatches(predicted: string | null, goldSource: string): boolean {
  const g = new Set(nameTokens(goldSource));
  return nameTokens(predicted).some((w) => g.has(w));
}

/**
 * The content with a complementizer "that" directly before it included: PolNeAR's annotators keep it
 * in the Content ("said [that X]"), the project's gold guide leaves it out ("said that [X]").
 */
export function withThat(text: string, s: EvalSpan): EvalSpan {
  let i = s.start;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  if (i >= 4 && text.slice(i - 4, i).toLowerCase() === 'that' && !/\p{L}/u.test(text[i - 5] ?? ' ')) return { start: i - 4, end: s.end };
  return s;
}

/**
 * Claims that share one cue merged into the hull of their contents: an interrupted or continued
 * quotation ("A," she said. "B.") is one attribution with a discontiguous content in PolNeAR, two
 * claims in the project's gold guide.
 */
export function mergeByCue(claims: Array<EvalSpan & { cue: EvalSpan | null }>): EvalSpan[] {
  const byCue = new Map<string, EvalSpan>();
  const out: EvalSpan[] = [];
  for (const c of claims) {
    if (!c.cue) {
      out.push({ start: c.start, end: c.end });
      continue;
    }
    const k = `${c.cue.start}:${c.cue.end}`;
    const prev = byCue.get(k);
    if (prev) {
      prev.start = Math.min(prev.start, c.start);
      prev.end = Math.max(prev.end, c.end);
    } else {
      const span = { start: c.start, end: c.end };
      byCue.set(k, span);
      out.push(span);
    }
  }
  return out;
}

const hull = (spans: PolnearSpan[]): EvalSpan => ({ start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) });
const overlaps = (a: EvalSpan, b: EvalSpan) => Math.min(a.end, b.end) > Math.max(a.start, b.start);

interface Tally {
  ok: number;
  n: number;
}

/** Runs the section; returns Markdown. */
export async function run(): Promise<string> {
  let docs: PolnearDoc[];
  try {
    docs = loadPolnear('dev');
  } catch (err) {
    return `## Claims (PolNeAR dev)\n\nNot run: ${err instanceof Error ? err.message : String(err)}\n`;
  }
  const overlap: MatchResult[] = [];
  const exact: MatchResult[] = [];
  const exactThat: MatchResult[] = [];
  const convOverlap: MatchResult[] = [];
  const convExact: MatchResult[] = [];
  const cue: Tally = { ok: 0, n: 0 };
  const speaker: Tally = { ok: 0, n: 0 };
  const quoteMatch: MatchResult[] = [];
  const quoteSpeaker: Tally = { ok: 0, n: 0 };
  let goldCount = 0;
  for (const doc of docs) {
    let a: Analysis;
    try {
      a = analyze(doc.text);
    } catch {
      continue;
    }
    const gold = doc.attributions.map((x) => hull(x.content));
    goldCount += gold.length;
    const pred = a.claims.map((c) => ({ start: c.start, end: c.end }));
    exact.push(matchSpans(pred, gold, { exact: true, text: doc.text }));
    exactThat.push(matchSpans(pred.map((p) => withThat(doc.text, p)), gold, { exact: true, text: doc.text }));
    const merged = mergeByCue(a.claims).map((p) => withThat(doc.text, p));
    convOverlap.push(matchSpans(merged, gold));
    convExact.push(matchSpans(merged, gold, { exact: true, text: doc.text }));
    const m = matchSpans(pred, gold);
    overlap.push(m);
    for (const [p, g] of m.pairs) {
      const c = a.claims[p];
      const att = doc.attributions[g];
      cue.n++;
      if (c.cue && att.cue?.some((s) => overlaps(s, c.cue!))) cue.ok++;
      if (nameTokens(att.sourceText).length) {
        speaker.n++;
        if (speakerMatches(c.speaker, att.sourceText)) speaker.ok++;
      }
    }
    // direct quotes: content pieces beginning with a quote mark
    const gq: Array<EvalSpan & { source: string }> = [];
    for (const att of doc.attributions) for (const s of att.content) if (QUOTE_OPEN.includes(doc.text[s.start] ?? '')) gq.push({ ...s, source: att.sourceText });
    const pq = a.quotes.filter((q) => q.kind === 'speech');
    const qm = matchSpans(pq, gq);
    quoteMatch.push(qm);
    for (const [p, g] of qm.pairs) {
      if (!nameTokens(gq[g].source).length) continue;
      quoteSpeaker.n++;
      if (speakerMatches(pq[p].speaker, gq[g].source)) quoteSpeaker.ok++;
    }
  }
  const o = microPRF(overlap);
  const e = microPRF(exact);
  const et = microPRF(exactThat);
  const co = microPRF(convOverlap);
  const ce = microPRF(convExact);
  const acc = (t: Tally) => `${fmt(t.n ? t.ok / t.n : NaN)} (${t.ok}/${t.n})`;
  const q = microPRF(quoteMatch);
  return [
    '## Claims (PolNeAR dev)',
    '',
    `${docs.length} articles, ${goldCount} attributions (lowest annotator id per article). Cue: the predicted cue overlaps the gold cue; speaker: shares a capitalised name token with the gold Source (named sources only); both among overlap-matched claims.`,
    '',
    table('PolNeAR dev — claims', ['system', 'overlap P', 'overlap R', 'overlap F1', 'exact P', 'exact R', 'exact F1', 'cue', 'speaker'], [
      ['Article Lens', o.p, o.r, o.f1, e.p, e.r, e.f1, acc(cue), acc(speaker)],
    ]),
    'Diagnostics (not the scored figures): the same predictions under PolNeAR\'s own conventions, where the project\'s gold guide differs — a complementizer "that" before the content belongs to the content, and claims sharing one cue (an interrupted or continued quotation) are one attribution spanning all its pieces.',
    '',
    table('PolNeAR dev — claims under PolNeAR conventions (diagnostic)', ['system', 'convention', 'overlap P', 'overlap R', 'overlap F1', 'exact P', 'exact R', 'exact F1'], [
      ['Article Lens', '"that" kept', o.p, o.r, o.f1, et.p, et.r, et.f1],
      ['Article Lens', '"that" kept, same-cue claims merged', co.p, co.r, co.f1, ce.p, ce.r, ce.f1],
    ]),
    table('PolNeAR dev — direct-quote speakers', ['system', 'quotes matched (overlap)', 'gold quotes', 'speaker accuracy (named gold sources)'], [
      ['Article Lens', String(q.tp), String(q.gold), acc(quoteSpeaker)],
    ]),
  ].join('\n');
}
