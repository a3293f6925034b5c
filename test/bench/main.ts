/**
 * `npm run bench`: throughput of the full analysis and of chrono-node alone on the same real news
 * text in the same run, latency for a typical article and a 1 MB document, peak memory, the
 * linear-cost series and pathological shapes. Prints Markdown tables.
 * `npm run bench -- --quick` stops after throughput and latency.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { analyze } from '../../src/core/analyze';
import type { AnalyzeOptions } from '../../src/core/types';
import { table } from '../eval/table';
import { bigDocument, bytesOf, loadCorpus, type Doc } from './corpus';
import { f, hasGc, mbps, median, now, time } from './measure';
import { editorRows } from './editor';
import { SHAPES } from './shapes';
import { runChild, type ChildResult } from './tasks';

const CHILD_TIMEOUT_MS = 60_000;
const ROUNDS = 3;
type Layers = NonNullable<AnalyzeOptions['layers']>;

function child(task: string, arg: string): ChildResult | string {
  const r = spawnSync(process.execPath, ['--expose-gc', process.argv[1], '--child', task, arg], {
    encoding: 'utf8', timeout: CHILD_TIMEOUT_MS, maxBuffer: 1 << 24,
  });
  if (r.error || r.status !== 0) {
    const why = r.signal === 'SIGTERM' ? `timed out after ${CHILD_TIMEOUT_MS / 1000} s` : (r.stderr || String(r.error)).split('\n')[0];
    return `failed: ${why}`;
  }
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as ChildResult;
}

function pass(docs: Doc[], fn: (d: Doc) => unknown): number {
  const t = now();
  for (const d of docs) fn(d);
  return now() - t;
}

/** The layers of the foundation issue (no people, no claims). */
const FOUNDATION: Layers = { quotes: true, dates: true, people: false, claims: false };

const options = (d: Doc, layers?: Layers): AnalyzeOptions => ({ published: d.published ?? undefined, layers });
const chronoRef = (d: Doc) => new Date(`${d.published ?? '2020-01-01'}T12:00:00`);

/** Headline figures, for the targets table. */
const figures: { mbps?: number; ratio?: number; oneMb?: number; memory?: number; linear?: number } = {};

function throughput(docs: Doc[], bytes: number): string[] {
  for (const d of docs.slice(0, 100)) {
    analyze(d.text, options(d));
    chrono.parse(d.text, chronoRef(d));
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    theirs.push(pass(docs, (d) => chrono.parse(d.text, chronoRef(d))));
    ours.push(pass(docs, (d) => analyze(d.text, options(d))));
  }
  const a = mbps(bytes, median(ours));
  const c = mbps(bytes, median(theirs));
  figures.mbps = a;
  figures.ratio = a / c;
  const off = { quotes: false, dates: false, people: false, claims: false };
  const layerRows: Array<[string, Layers]> = [
    ['structure only', off], ['structure + quotes', { ...off, quotes: true }], ['structure + dates', { ...off, dates: true }],
    ['structure + people', { ...off, people: true }],
    ['foundation: structure + quotes + dates', FOUNDATION], ['foundation + people (no claims)', { claims: false }], ['all layers', {}],
  ];
  // the layers take turns within each round, so that a load change on the machine touches them alike
  const layerMs = layerRows.map((): number[] => []);
  for (let r = 0; r < ROUNDS; r++) layerRows.forEach(([, layers], k) => layerMs[k].push(pass(docs, (d) => analyze(d.text, options(d, layers)))));
  const perLayer = layerRows.map(([name], k) => {
    const ms = median(layerMs[k]);
    const m = mbps(bytes, ms);
    return [name, f(m), f(ms / (bytes / 1e6)), `${f(m / c, 2)}×`];
  });
  return [
    table(`Throughput on ${docs.length} real news documents, ${f(bytes / 1e6, 2)} MB (median of ${ROUNDS} passes)`, ['system', 'MB/s', 'target'], [
      ['Article Lens analyze(), all layers', f(a), '≥ 25'],
      ['chrono-node parse() alone, same chunks', f(c), ''],
      ['ratio Article Lens / chrono-node', `${f(a / c, 2)}×`, '≥ 2×'],
    ]),
    table(`Throughput per layer (median of ${ROUNDS} passes, the layer sets taking turns)`, ['layers', 'MB/s', 'ms/MB', '× chrono-node'], perLayer),
  ];
}

function latency(docs: Doc[]): string {
  const perDoc = docs.map((d) => time(() => analyze(d.text, options(d)), 1)[0]);
  const sizes = docs.map((d) => bytesOf(d.text));
  const big = bigDocument(docs, 1e6);
  analyze(big);
  const runs = time(() => analyze(big), 7);
  figures.oneMb = median(runs);
  const foundationRuns = time(() => analyze(big, { layers: FOUNDATION }), 7);
  return table('Latency', ['case', 'size', 'median ms', 'max ms', 'target'], [
    [`typical article (median of ${docs.length})`, `${f(median(sizes) / 1000)} KB`, f(median(perDoc), 2), f(Math.max(...perDoc), 1), ''],
    ['1 MB document (median of 7 runs)', `${f(bytesOf(big) / 1e6, 2)} MB`, f(median(runs), 1), f(Math.max(...runs), 1), '< 50 ms'],
    ['1 MB document, foundation layers only', `${f(bytesOf(big) / 1e6, 2)} MB`, f(median(foundationRuns), 1), f(Math.max(...foundationRuns), 1), '< 50 ms'],
  ]);
}

function memory(docs: Doc[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'article-lens-bench-'));
  const file = join(dir, 'doc.txt');
  writeFileSync(file, bigDocument(docs, 1e6));
  const r = child('memory', file);
  const fr = child('memory-foundation', file);
  rmSync(dir, { recursive: true, force: true });
  if (typeof r === 'string') figures.memory = NaN;
  if (typeof r === 'string') return table('Memory (1 MB document)', ['measure', 'result'], [['analysis', r]]);
  figures.memory = (r.rssPeakGrowth ?? NaN) / r.bytes;
  const x = (n = 0) => `${f(n / r.bytes, 1)}×`;
  const mb = (n = 0) => f(n / 1e6, 1);
  const cells = (key: 'rssPeakGrowth' | 'heapGrowth' | 'heapRetained') => [mb(r[key]), x(r[key]),
    typeof fr === 'string' ? fr : mb(fr[key]), typeof fr === 'string' ? '' : x(fr[key])];
  return table(`Memory for a ${f(r.bytes / 1e6, 2)} MB document (fresh process each${hasGc() ? ', global.gc' : ', no --expose-gc'})`,
    ['measure', 'all layers MB', '× input', 'foundation MB', '× input', 'target'], [
      ['peak RSS above RSS before the analysis (upper bound)', ...cells('rssPeakGrowth'), '< 10×'],
      ['heap growth during the analysis (no GC forced)', ...cells('heapGrowth'), ''],
      ['heap retained by the result (after GC)', ...cells('heapRetained'), ''],
    ]);
}

function linear(): string {
  const rows: Array<Array<string>> = [];
  const ms = new Map<number, number>();
  for (const mb of [1, 2, 4, 8]) {
    const r = child('linear', String(mb));
    if (typeof r === 'string') {
      rows.push([`${mb} MB`, r, '', '']);
      continue;
    }
    ms.set(mb, Math.min(...(r.ms ?? [NaN])));
    rows.push([`${mb} MB`, f(ms.get(mb) ?? NaN, 1), f(mbps(r.bytes, ms.get(mb) ?? NaN)), `${f((ms.get(mb) ?? NaN) / (ms.get(1) ?? NaN), 2)}×`]);
  }
  figures.linear = (ms.get(8) ?? NaN) / (ms.get(1) ?? NaN);
  rows.push(['8 MB / 1 MB', `${f(figures.linear, 2)}×`, '', 'target ≤ 9×']);
  return table('Linear cost (real text, fresh process per size, best of 3 runs — 2 at 8 MB — to damp machine load)', ['size', 'ms', 'MB/s', '× 1 MB time'], rows);
}

function shapes(normalMsPerMb: number): string {
  const rows = SHAPES.map((shape) => {
    const r = child('shape', shape);
    if (typeof r === 'string') return [shape, '', r, '', ''];
    const ms = Math.min(...(r.ms ?? [NaN]));
    return [shape, `${f(r.bytes / 1e6, 2)} MB`, f(ms, 1), f(mbps(r.bytes, ms)), `${f(ms / ((r.bytes / 1e6) * normalMsPerMb), 1)}×`];
  });
  return table('Pathological shapes (fresh process each, best of 2 runs)', ['shape', 'size', 'ms', 'MB/s', '× time of normal text'], rows);
}

function targets(): string {
  const row = (name: string, value: number | undefined, shown: string, target: string, ok: (v: number) => boolean) =>
    [name, value === undefined || !Number.isFinite(value) ? '—' : shown, target, value === undefined ? 'not measured' : Number.isFinite(value) && ok(value) ? 'met' : 'NOT MET'];
  return table('Targets', ['figure', 'measured', 'target', ''], [
    row('all layers, MB/s', figures.mbps, f(figures.mbps ?? NaN), '≥ 25', (v) => v >= 25),
    row('Article Lens / chrono-node', figures.ratio, `${f(figures.ratio ?? NaN, 2)}×`, '≥ 2×', (v) => v >= 2),
    row('1 MB document, ms', figures.oneMb, f(figures.oneMb ?? NaN), '< 50', (v) => v < 50),
    row('peak memory / input', figures.memory, `${f(figures.memory ?? NaN)}×`, '< 10×', (v) => v < 10),
    row('8 MB time / 1 MB time', figures.linear, `${f(figures.linear ?? NaN, 2)}×`, '≤ 9×', (v) => v <= 9),
  ]);
}

function main(): void {
  const [, , flag, task, arg] = process.argv;
  if (flag === '--child') {
    console.log(JSON.stringify(runChild(task, arg ?? '')));
    return;
  }
  const started = now();
  const docs = loadCorpus();
  const bytes = docs.reduce((n, d) => n + bytesOf(d.text), 0);
  const out = [`# Article Lens bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, node ${process.version}, ${cpus().length} CPUs, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`, ''];
  out.push(...throughput(docs, bytes));
  out.push(latency(docs));
  out.push(table('Editor (1 MB document)', ['measure', 'ms', 'target'], editorRows(bigDocument(docs, 1e6))));
  if (flag !== '--quick') {
    out.push(memory(docs));
    const big = bigDocument(docs, 1e6);
    const normalMsPerMb = median(time(() => analyze(big), 3)) / (bytesOf(big) / 1e6);
    out.push(linear());
    out.push(shapes(normalMsPerMb));
  }
  out.push(targets());
  out.push(`Corpus: TASS, PolNeAR dev+train, TempEval-3 (tags stripped), CoNLL-2003 dev, read from ../shared/data. MB = 10^6 bytes of UTF-8. Bench took ${f((now() - started) / 1000)} s.`);
  console.log(out.join('\n'));
}

try {
  main();
} catch (err) {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
