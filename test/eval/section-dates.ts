/** The "dates" section of `npm run eval`: TempEval-3 TimeBank + AQUAINT, Article Lens and its peers, and throughput. */
import * as chrono from 'chrono-node';
import { findDates } from '../../src/core/dates';
import { parseStructure } from '../../src/core/structure';
import { DATE_HEADER, dateRow, loadTempEval, scoreDates, type DateSystem, type TimeDoc } from './tempeval';
import { DATE_PEERS } from './baselines';
import { fmt, table } from './table';

/** Article Lens's dates layer as a TempEval system: the document's DCT is the publication time. */
export const articleLensDates: DateSystem = (text, dct) =>
  findDates(text, { structure: parseStructure(text), published: dct });

function timeIt(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** MB/s of findDates (structure parsed beforehand) and of chrono.parse on the same texts: best of three passes after a warm-up. */
export function throughput(docs: TimeDoc[]): { lens: number; chrono: number; mb: number } {
  const texts = docs.map((d) => d.text);
  const structures = texts.map((t) => parseStructure(t));
  const mb = texts.reduce((a, t) => a + t.length, 0) / 1e6;
  const ref = new Date(Date.UTC(1998, 0, 1, 12));
  const lens = () => texts.forEach((t, i) => findDates(t, { structure: structures[i], published: '1998-01-01' }));
  const chr = () => texts.forEach((t) => chrono.parse(t, ref));
  timeIt(lens);
  timeIt(chr);
  let a = Infinity;
  let b = Infinity;
  for (let k = 0; k < 3; k++) {
    a = Math.min(a, timeIt(lens));
    b = Math.min(b, timeIt(chr));
  }
  return { lens: mb / (a / 1000), chrono: mb / (b / 1000), mb };
}

/** Returns the Markdown of the dates section. */
export async function run(): Promise<string> {
  const docs = loadTempEval();
  if (docs.length === 0) return '## Dates\n\nTempEval-3 data not found under ../shared/data/tempeval3.\n';
  const gold = docs.reduce((n, d) => n + d.gold.length, 0);
  const rows = [dateRow('Article Lens', scoreDates(docs, articleLensDates))];
  for (const peer of DATE_PEERS) rows.push(dateRow(peer.name, scoreDates(docs, (t, dct) => peer.run(t, dct))));
  const speed = throughput(docs);
  const out = [
    '## Dates',
    '',
    table(`TempEval-3 TimeBank + AQUAINT (${docs.length} documents, ${gold} TIMEX3; targets: strict F1 ≥ 0.85, relaxed F1 ≥ 0.92, value F1 ≥ 0.82)`, DATE_HEADER, rows),
    table('Dates throughput on the TempEval-3 text (same run, per document)', ['system', 'MB/s', 'ratio'], [
      ['Article Lens findDates', speed.lens.toFixed(1), fmt(speed.lens / speed.chrono)],
      ['chrono-node parse', speed.chrono.toFixed(1), fmt(1)],
    ]),
  ];
  return out.join('\n');
}
