/**
 * Bench tasks that run in a fresh child process (`dist/bench.js --child <task> <arg>`): memory
 * (clean heap and RSS figures), the linear-cost series and the pathological shapes (a hang or a
 * quadratic blow-up is cut off by the parent's timeout instead of stalling the report).
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import type { AnalyzeOptions } from '../../src/core/types';
import { bigDocument, bytesOf, loadCorpus } from './corpus';
import { gc, now, time } from './measure';
import { buildShape, type Shape } from './shapes';

/** The JSON a child prints on its last stdout line. */
export interface ChildResult {
  bytes: number;
  ms?: number[];
  heapRetained?: number;
  heapGrowth?: number;
  rssPeakGrowth?: number;
  quotes?: number;
  dates?: number;
}

function warmUp(): ReturnType<typeof loadCorpus> {
  const docs = loadCorpus();
  for (const d of docs.slice(0, 200)) analyze(d.text, { published: d.published ?? undefined });
  return docs;
}

/** Peak memory for one document read from `file`; the child loads nothing else, so its peak RSS is clean. */
function memory(file: string, options: AnalyzeOptions = {}): ChildResult {
  const text = readFileSync(file, 'utf8');
  for (let i = 0; i < 20; i++) analyze(text.slice(i * 20000, (i + 1) * 20000), options);
  gc();
  const rss0 = process.resourceUsage().maxRSS * 1024;
  const rssNow = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const result = analyze(text, options);
  const heap1 = process.memoryUsage().heapUsed;
  const rss1 = process.resourceUsage().maxRSS * 1024;
  gc();
  const heap2 = process.memoryUsage().heapUsed;
  return {
    bytes: bytesOf(text),
    heapGrowth: heap1 - heap0,
    heapRetained: heap2 - heap0,
    rssPeakGrowth: Math.max(0, Math.max(rss1, rss0) - rssNow),
    quotes: result.quotes.length,
    dates: result.dates.length,
  };
}

function linear(mb: number): ChildResult {
  const docs = warmUp();
  const text = bigDocument(docs, mb * 1e6);
  const runs = mb >= 8 ? 2 : 3;
  return { bytes: bytesOf(text), ms: time(() => analyze(text), runs) };
}

function shape(name: Shape): ChildResult {
  const docs = warmUp();
  const text = buildShape(name, docs);
  const t = now();
  const result = analyze(text);
  const first = now() - t;
  return { bytes: bytesOf(text), ms: [first, ...time(() => analyze(text), 1)], quotes: result.quotes.length, dates: result.dates.length };
}

/** Runs one child task and returns its result. */
export function runChild(task: string, arg: string): ChildResult {
  if (task === 'memory') return memory(arg);
  if (task === 'memory-foundation') return memory(arg, { layers: { people: false, claims: false } });
  if (task === 'linear') return linear(Number(arg));
  if (task === 'shape') return shape(arg as Shape);
  throw new Error(`unknown bench task ${task}`);
}
