/**
 * Editor figures for `npm run bench`: extension activation (cold load of dist/extension.js plus
 * `activate()`, in a fresh Node process with a stub `vscode` module), the worker round trip, the
 * extension host's longest stall while a 1 MB article opens in a real VS Code with every surface
 * rendering (`npm run bench:editor`, test/e2e/stall.ts: code-server, about 40 s; skipped with
 * ARTICLE_LENS_BENCH_EDITOR=0 or when code-server is not installed), and semantic tokens for a 1 MB
 * document (the adapter's work after analysis). Call {@link editorRows} from the bench's main.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { LineIndex } from '../../src/vscode/model/lineIndex';
import { semanticTokens } from '../../src/vscode/model/tokens';

/** Loads the extension bundle against a stub `vscode` and prints load and activate times as JSON. */
const ACTIVATION_PROBE = `
const Module = require('module');
const load = Module._load;
const h = { get: (t, p) => (p === 'then' ? undefined : new Proxy(function () {}, h)), apply: () => new Proxy(function () {}, h),
  construct: () => new Proxy(function () {}, h), set: () => true, defineProperty: () => true };
const names = ['ThemeIcon','ThemeColor','SemanticTokensLegend','SemanticTokens','MarkdownString','Hover','Range','Position','Selection','TreeItem',
  'TreeItemCollapsibleState','window','workspace','languages','commands','env','Uri','DiagnosticSeverity','SymbolKind','DocumentSymbol',
  'DocumentHighlight','DocumentHighlightKind','Location','StatusBarAlignment','OverviewRulerLane','DecorationRangeBehavior',
  'TextEditorRevealType','ConfigurationTarget','Diagnostic'];
const stub = {};
for (const n of names) stub[n] = new Proxy(function () {}, h);
stub.Disposable = class { static from() { return { dispose() {} }; } dispose() {} };
stub.EventEmitter = class { constructor() { this.event = () => ({ dispose() {} }); } fire() {} dispose() {} };
Module._load = function (req, ...rest) { return req === 'vscode' ? stub : load.call(this, req, ...rest); };
const t0 = performance.now();
const ext = require(process.argv[1]);
const t1 = performance.now();
ext.activate({ subscriptions: [], extensionUri: {} });
const t2 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, activate: t2 - t1 }));
`;

/**
 * Runs dist/worker.js as the extension does and records the longest stall of the calling thread (a
 * 1 ms interval timer) while the worker analyses the text given on stdin: what the extension host feels.
 */
const STALL_PROBE = `
const { Worker } = require('node:worker_threads');
const text = require('node:fs').readFileSync(0, 'utf8');
const w = new Worker(process.argv[1]);
let last = performance.now(), max = 0;
const t = setInterval(() => { const n = performance.now(); max = Math.max(max, n - last); last = n; }, 1);
const once = () => new Promise((res) => { w.once('message', res); w.postMessage({ id: 1, text, options: {} }); });
(async () => {
  await once();
  const stalls = [];
  for (let i = 0; i < 3; i++) {
    max = 0; last = performance.now();
    await once();
    await new Promise((r) => setTimeout(r, 5));
    stalls.push(max);
  }
  clearInterval(t);
  await w.terminate();
  console.log(JSON.stringify({ stall: Math.max(...stalls) }));
})();
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** The full measurement in code-server (test/e2e/stall.ts), when it can run here. */
function hostStallRows(root: string): string[][] {
  const what = 'extension host (code-server): longest stall opening a 1 MB article until every surface rendered';
  const cache = process.env.ARTICLE_LENS_CACHE ?? join(homedir(), '.cache', 'article-lens');
  if (process.env.ARTICLE_LENS_BENCH_EDITOR === '0' || !existsSync(join(cache, 'code-server-4.139.1', '.installed'))) {
    return [[what, 'n/a (`npm run bench:editor`)', '< 100']];
  }
  const r = spawnSync(process.execPath, [join(root, 'test', 'e2e', 'stall-run.mjs')], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  const file = join(root, 'test', 'e2e', 'results', 'stall.json');
  if (r.status !== 0 || !existsSync(file)) return [[what, `n/a (the run failed: ${(r.stderr || r.stdout || '').trim().split('\n').pop() ?? ''})`, '< 100']];
  const res = JSON.parse(readFileSync(file, 'utf8')) as { longest: number; median: number; plain: number; plainMedian: number; rendered: number; surfaces: { label: string; maxMs: number }[] };
  const top = res.surfaces.slice(0, 3).map((s) => `${s.label} ${s.maxMs.toFixed(0)}`).join(', ');
  return [
    [`${what} (worst of 3; median ${res.median.toFixed(0)})`, res.longest.toFixed(0), '< 100'],
    [`  longest blocks of the extension's own: ${top}`, '', ''],
    [`  the same text as plain text, Article Lens idle: VS Code alone (worst of 3; median ${res.plainMedian.toFixed(0)})`, res.plain.toFixed(0), ''],
    ['  from opening until every surface rendered', res.rendered.toFixed(0), ''],
  ];
}

/** Rows `[measure, ms, target]`; activation is "n/a" when dist/extension.js has not been built. */
export function editorRows(big: string, root = process.cwd(), rounds = 5): string[][] {
  const rows: string[][] = [];
  const bundle = join(root, 'dist', 'extension.js');
  if (existsSync(bundle)) {
    const runs: { load: number; activate: number }[] = [];
    for (let i = 0; i < rounds; i++) {
      const r = spawnSync(process.execPath, ['-e', ACTIVATION_PROBE, bundle], { encoding: 'utf8' });
      if (r.status === 0) runs.push(JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}'));
    }
    const total = median(runs.map((r) => r.load + r.activate));
    rows.push(['extension activation (load bundle + activate())', total.toFixed(1), '< 50']);
    rows.push(['  of which activate()', median(runs.map((r) => r.activate)).toFixed(1), '']);
  } else rows.push(['extension activation', 'n/a (run `npm run build` first)', '< 50']);
  const worker = join(root, 'dist', 'worker.js');
  if (existsSync(worker)) {
    for (const size of [1, 2]) {
      const text = big.repeat(size);
      const r = spawnSync(process.execPath, ['-e', STALL_PROBE, worker], { input: text, encoding: 'utf8', maxBuffer: 1 << 24 });
      const stall = r.status === 0 ? (JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { stall: number }).stall : NaN;
      rows.push([`worker round trip only: longest stall of the calling thread, ${(text.length / 1e6).toFixed(1)} M chars (worst of 3)`, stall.toFixed(1), '< 100']);
    }
  }
  rows.push(...hostStallRows(root));
  const analysis = analyze(big);
  const lines = new LineIndex(big);
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    count = semanticTokens(analysis, lines, () => true).length / 5;
    times.push(performance.now() - t);
  }
  rows.push([`semantic tokens, ${(big.length / 1e6).toFixed(2)} M chars (${count} tokens), after analysis`, median(times).toFixed(1), '< 50']);
  return rows;
}
