/**
 * The "quotes" section of `npm run eval`: direct quotes on PolNeAR dev, scored as
 * ../shared/data/README.md says:
 * - gold = every piece of an attribution's Content that begins with a quote mark (a discontiguous
 *   content `"A," he said, "B."` gives two pieces; PolNeAR annotates a multi-paragraph quote as one
 *   piece per paragraph, so a predicted multi-paragraph quote is scored as its per-paragraph pieces;
 *   brat fragments separated only by spaces on one line are one piece, see `contentPieces`);
 * - a predicted quote lying inside an attributed content that is not itself quoted is not counted
 *   either way, nor is a quote the system marks as a term (scare quotes);
 * - exact (offsets equal after trimming whitespace and punctuation outside the marks) and overlap
 *   P/R/F1, one-to-one greedy matching, micro-averaged over documents.
 */
import { analyze } from '../../src/core/analyze';
import { segmentsOf } from '../../src/core/quotes';
import type { Quote, Span } from '../../src/core/types';
import { matchSpans, microPRF, trimSpan, type MatchResult, type PRF } from './match';
import { loadPolnear, type PolnearDoc } from './polnear';
import { fmt, table } from './table';
import { compromiseQuotes } from './baselines';

/** Characters that make a content piece a direct quote when it begins with one. */
const QUOTE_START = new Set(['"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u201F', '\u2018', '\u2019', "'", '`']);

/**
 * The pieces of a Content: its brat fragments, except that fragments separated only by spaces on
 * the same line (or touching) are one piece of text. Annotators' fragments often break a quote
 * between two sentences at a single space (`“A. ⟧ ⟦B,” he said`); that is no interruption, unlike
 * the attribution in `"A," he said, "B."` or a paragraph break, which still separate pieces.
 */
export function contentPieces(text: string, content: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const f of content) {
    const prev = out[out.length - 1];
    if (prev && f.start >= prev.end && /^[^\S\r\n]*$/.test(text.slice(prev.end, f.start))) prev.end = Math.max(prev.end, f.end);
    else out.push({ start: f.start, end: f.end });
  }
  return out;
}

/** The gold quote pieces of one document (deduplicated) and its unquoted content pieces. */
export function goldQuotePieces(doc: PolnearDoc): { gold: Span[]; unquoted: Span[] } {
  const gold = new Map<string, Span>();
  const unquoted: Span[] = [];
  for (const a of doc.attributions) {
    for (const piece of contentPieces(doc.text, a.content)) {
      if (piece.end <= piece.start) continue;
      if (QUOTE_START.has(doc.text[piece.start])) gold.set(`${piece.start}:${piece.end}`, piece);
      else unquoted.push(piece);
    }
  }
  return { gold: [...gold.values()].sort((a, b) => a.start - b.start), unquoted };
}

/** A multi-paragraph quote as the per-paragraph pieces PolNeAR annotates; other quotes as they are. */
export function quotePieces(text: string, quotes: readonly Quote[], segments: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const q of quotes) {
    if (!q.multiParagraph) {
      out.push({ start: q.start, end: q.end });
      continue;
    }
    for (const s of segments) {
      if (s.end <= q.start || s.start >= q.end) continue;
      let start = Math.max(s.start, q.start);
      while (start < q.end && /\s/.test(text[start])) start++;
      let end = Math.min(s.end, q.end);
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}

/** Drops predictions lying inside an unquoted attributed content unless they overlap a gold quote. */
export function countable(pred: Span[], gold: Span[], unquoted: Span[]): Span[] {
  return pred.filter((p) => {
    const inside = unquoted.some((u) => u.start <= p.start && p.end <= u.end);
    return !inside || gold.some((g) => g.start < p.end && p.start < g.end);
  });
}

/** Article Lens's quote spans as scored on PolNeAR: analyze()'s quotes (as the CLI gives them, kinds after attribution), terms left out, multi-paragraph quotes by paragraph. */
export function articleLensSpans(text: string): Span[] {
  const a = analyze(text);
  const quotes = a.quotes.filter((q) => q.kind !== 'term');
  return quotePieces(text, quotes, segmentsOf(text, a.structure.paragraphs));
}

interface SystemScore {
  name: string;
  exact: PRF;
  overlap: PRF;
}

type Peer = (text: string) => Span[];

function score(docs: PolnearDoc[], name: string, system: Peer): SystemScore {
  const exact: MatchResult[] = [];
  const overlap: MatchResult[] = [];
  for (const doc of docs) {
    const { gold, unquoted } = goldQuotePieces(doc);
    const pred = countable(system(doc.text), gold, unquoted);
    exact.push(matchSpans(pred, gold, { exact: true, text: doc.text }));
    overlap.push(matchSpans(pred, gold));
  }
  return { name, exact: microPRF(exact), overlap: microPRF(overlap) };
}

/** The quotes section: PolNeAR dev, Article Lens and the compromise baseline. */
export async function run(): Promise<string> {
  let docs: PolnearDoc[];
  try {
    docs = loadPolnear('dev');
  } catch (err) {
    return `### Direct quotes — PolNeAR dev\n\nPolNeAR not found (${err instanceof Error ? err.message : String(err)}).\n`;
  }
  const systems: Array<[string, Peer]> = [
    ['Article Lens', articleLensSpans],
    ['compromise', compromiseQuotes],
  ];
  const scores = systems.map(([name, run]) => score(docs, name, run));
  const g = scores[0].exact.gold;
  const rows = scores.map((s) => [
    s.name, s.exact.p, s.exact.r, s.exact.f1, s.overlap.p, s.overlap.r, s.overlap.f1, String(s.exact.predicted),
  ]);
  let open = 0;
  for (const doc of docs) {
    for (const piece of goldQuotePieces(doc).gold) {
      const t = trimSpan(doc.text, piece);
      if (!QUOTE_START.has(doc.text[t.end - 1])) open++;
    }
  }
  return table(
    `Direct quotes — PolNeAR dev (${docs.length} articles, ${g} gold quotes)`,
    ['system', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1', 'counted predictions'],
    rows,
  ) + [
    '',
    'Gold: Content pieces beginning with a quote mark (a multi-paragraph quote is one piece per paragraph, so a',
    'predicted one is scored by paragraph; brat fragments split only by spaces on a line are one piece).',
    'Not counted: predictions inside an unquoted attributed content, terms.',
    `${open} of ${g} gold pieces (${fmt(open / g)}) do not end with a quote mark: bar the inner paragraphs of`,
    'multi-paragraph quotes, the annotated content runs past the quote or stops inside it (no exact match).',
    '',
  ].join('\n');
}
