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
 * The system's claims grouped into attributions, as PolNeAR counts them: claims that share one cue
 * (an interrupted or continued quotation, "A," she said. "B.") are one attribution whose content runs
 * from the first piece's first character to the last piece's last — the same hull the gold side takes
 * of a discontiguous Content. The project's gold guide keeps the pieces as separate claims; scored one
 * by one, the second piece of every correctly split quotation would count as a wrong claim.
 * `claim` is the index of the group's first claim (its cue and speaker are the group's).
 */
export function mergeByCue(claims: Array<EvalSpan & { cue: EvalSpan | null }>): Array<EvalSpan & { claim: number }> {
  const byCue = new Map<string, EvalSpan & { claim: number }>();
  const out: Array<EvalSpan & { claim: number }> = [];
  claims.forEach((c, claim) => {
    const k = c.cue ? `${c.cue.start}:${c.cue.end}` : '';
    const prev = k ? byCue.get(k) : undefined;
    if (prev) {
      prev.start = Math.min(prev.start, c.start);
      prev.end = Math.max(prev.end, c.end);
      return;
    }
    const span = { start: c.start, end: c.end, claim };
    if (k) byCue.set(k, span);
    out.push(span);
  });
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
  const pieceOverlap: MatchResult[] = [];
  const pieceExact: MatchResult[] = [];
  const thatOverlap: MatchResult[] = [];
  const thatExact: MatchResult[] = [];
  const cue: Tally = { ok: 0, n: 0 };
  const speaker: Tally = { ok: 0, n: 0 };
  const quoteMatch: MatchResult[] = [];
  const quoteSpeaker: Tally = { ok: 0, n: 0 };
  let goldCount = 0;
  let claimCount = 0;
  for (const doc of docs) {
    let a: Analysis;
    try {
      a = analyze(doc.text);
    } catch {
      continue;
    }
    const gold = doc.attributions.map((x) => hull(x.content));
    goldCount += gold.length;
    claimCount += a.claims.length;
    const pieces = a.claims.map((c) => ({ start: c.start, end: c.end }));
    pieceOverlap.push(matchSpans(pieces, gold));
    pieceExact.push(matchSpans(pieces, gold, { exact: true, text: doc.text }));
    const pred = mergeByCue(a.claims);
    exact.push(matchSpans(pred, gold, { exact: true, text: doc.text }));
    const withThatSpans = pred.map((p) => withThat(doc.text, p));
    thatOverlap.push(matchSpans(withThatSpans, gold));
    thatExact.push(matchSpans(withThatSpans, gold, { exact: true, text: doc.text }));
    const m = matchSpans(pred, gold);
    overlap.push(m);
    for (const [p, g] of m.pairs) {
      const c = a.claims[pred[p].claim];
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
  const po = microPRF(pieceOverlap);
  const pe = microPRF(pieceExact);
  const to = microPRF(thatOverlap);
  const te = microPRF(thatExact);
  const acc = (t: Tally) => `${fmt(t.n ? t.ok / t.n : NaN)} (${t.ok}/${t.n})`;
  const q = microPRF(quoteMatch);
  return [
    '## Claims (PolNeAR dev)',
    '',
    `${docs.length} articles, ${goldCount} attributions (lowest annotator id per article); Article Lens made ${claimCount} claims, ${o.predicted} attributions. An attribution is scored as one span on both sides: a gold Content from its first to its last character, and the system's claims that share one cue (the pieces of an interrupted quotation) from the first piece to the last. Cue: the predicted cue overlaps the gold cue; speaker: shares a capitalised name token with the gold Source (named sources only); both among overlap-matched attributions.`,
    '',
    table('PolNeAR dev — claims', ['system', 'overlap P', 'overlap R', 'overlap F1', 'exact P', 'exact R', 'exact F1', 'cue', 'speaker'], [
      ['Article Lens', o.p, o.r, o.f1, e.p, e.r, e.f1, acc(cue), acc(speaker)],
    ]),
    'Diagnostics (not the scored figures): each claim scored on its own (the second piece of an interrupted quotation then counts as a wrong claim), and the attributions under PolNeAR\'s content convention, where the project\'s gold guide differs — a complementizer "that" before the content belongs to the content.',
    '',
    table('PolNeAR dev — claims, other counting (diagnostic)', ['system', 'counting', 'overlap P', 'overlap R', 'overlap F1', 'exact P', 'exact R', 'exact F1'], [
      ['Article Lens', 'each claim on its own', po.p, po.r, po.f1, pe.p, pe.r, pe.f1],
      ['Article Lens', 'attributions, "that" kept in the content', to.p, to.r, to.f1, te.p, te.r, te.f1],
    ]),
    table('PolNeAR dev — direct-quote speakers', ['system', 'quotes matched (overlap)', 'gold quotes', 'speaker accuracy (named gold sources)'], [
      ['Article Lens', String(q.tp), String(q.gold), acc(quoteSpeaker)],
    ]),
  ].join('\n');
}
