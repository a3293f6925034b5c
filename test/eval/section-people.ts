/**
 * The "people" section of `npm run eval`: person names on CoNLL-2003 dev (`eng.testa`, PER).
 * A predicted mention matches a PER span when both end at the same offset and the prediction starts
 * at or before it (a title before the name is allowed); plain overlap is given too. One-to-one,
 * greedy, largest overlap first (../shared/data/README.md).
 */
import { analyze } from '../../src/core';
import { compromisePeople } from './baselines';
import { loadConll, type ConllDoc } from './conll';
import { greedyPairs, matchSpans, microPRF, type EvalSpan, type MatchResult, type PRF } from './match';
import { table } from './table';

/** Article Lens: every name mention of every official or person. */
export function articleLensPeople(text: string): EvalSpan[] {
  const a = analyze(text, { layers: { dates: false, claims: false } });
  return a.officials.flatMap((o) => o.mentions.filter((m) => m.kind === 'name').map((m) => ({ start: m.start, end: m.end })));
}

/** One-to-one greedy matching under the CoNLL rule: same end, prediction starts at or before gold. */
export function matchEndAligned(pred: EvalSpan[], gold: EvalSpan[]): MatchResult {
  const cands: Array<[number, number, number]> = [];
  for (let i = 0; i < pred.length; i++) {
    for (let j = 0; j < gold.length; j++) {
      if (pred[i].end === gold[j].end && pred[i].start <= gold[j].start) cands.push([gold[j].end - gold[j].start, i, j]);
    }
  }
  return greedyPairs(cands, pred.length, gold.length);
}

/** Scores one system on the documents. */
export function scorePeople(docs: ConllDoc[], system: (text: string) => EvalSpan[]): { rule: PRF; overlap: PRF } {
  const rule: MatchResult[] = [];
  const overlap: MatchResult[] = [];
  for (const d of docs) {
    const pred = system(d.text);
    rule.push(matchEndAligned(pred, d.people));
    overlap.push(matchSpans(pred, d.people));
  }
  return { rule: microPRF(rule), overlap: microPRF(overlap) };
}

/** Runs the section; returns Markdown. */
export async function run(): Promise<string> {
  let docs: ConllDoc[];
  try {
    docs = loadConll();
  } catch (err) {
    return `## People (CoNLL-2003 dev)\n\nNot run: ${err instanceof Error ? err.message : String(err)}\n`;
  }
  const gold = docs.reduce((n, d) => n + d.people.length, 0);
  const systems: Array<[string, (t: string) => EvalSpan[]]> = [
    ['Article Lens', articleLensPeople],
    ['compromise people()', compromisePeople],
  ];
  const rows = systems.map(([name, f]) => {
    const s = scorePeople(docs, f);
    return [name, s.rule.p, s.rule.r, s.rule.f1, s.overlap.p, s.overlap.r, s.overlap.f1, String(s.rule.predicted)];
  });
  return [
    '## People (CoNLL-2003 dev)',
    '',
    `${docs.length} documents, ${gold} PER spans (\`eng.testa\`). Match: same end, prediction starts at or before the gold start.`,
    '',
    table('CoNLL-2003 dev — people', ['system', 'P', 'R', 'F1', 'overlap P', 'overlap R', 'overlap F1', 'predicted'], rows),
  ].join('\n');
}
