/**
 * Runs INSIDE the extension host (loaded as `extensionTestsPath` by test/e2e/stall.ts): measures the
 * host's longest event-loop stall (gaps of a 1 ms interval timer) from opening a 1 MB article until
 * every surface has rendered (status bar, Claims tree children, diagnostics, semantic tokens), and
 * which surface took what (the extension's own per-surface timings, `ArticleLensApi.profile`).
 * Reports figures; asserts nothing about timing. The baseline is the same text opened as plain text.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { ArticleLensApi } from '../../src/vscode/activate';
import { threadCpuMs } from '../../src/vscode/profile';
import { bigArticle } from './bigArticle';

/** Must match test/e2e/stall.ts. */
export const STALL_MARK = '[article-lens-stall]';
const REPO = path.resolve(__dirname, '..', '..');
const ROUNDS = Number(process.env.ARTICLE_LENS_STALL_ROUNDS ?? 3);
/** Stalls at least this long are listed. */
const LIST_MS = 50;

interface Gap {
  at: number;
  ms: number;
  /** This thread's CPU time during the gap (-1 when unknown): far below `ms` when the OS ran other processes meanwhile. */
  cpu: number;
}

const cpuNow = () => (threadCpuMs ? threadCpuMs() : -1);

/** A 1 ms interval timer on this thread; each gap longer than the tick is a stall. Also notes garbage collections. */
class StallProbe {
  private last = performance.now();
  private lastCpu = cpuNow();
  private readonly gaps: Gap[] = [];
  readonly gcs: { at: number; ms: number; kind: string }[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as { detail?: { kind?: number } }).detail?.kind;
      if (e.duration >= 5) this.gcs.push({ at: e.startTime, ms: e.duration, kind: kind === 4 ? 'major' : kind === 1 ? 'minor' : kind === 8 ? 'incremental' : 'weak' });
    }
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }
  private readonly timer = setInterval(() => {
    const now = performance.now();
    const cpu = cpuNow();
    if (now - this.last > 5) this.gaps.push({ at: this.last, ms: now - this.last, cpu: cpu >= 0 ? cpu - this.lastCpu : -1 });
    this.last = now;
    this.lastCpu = cpu;
  }, 1);

  /** The stalls since `from`, longest first. */
  since(from: number): Gap[] {
    return this.gaps.filter((g) => g.at >= from).sort((a, b) => b.ms - a.ms);
  }

  stop(): void {
    this.observer.disconnect();
    clearInterval(this.timer);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, probe: () => boolean, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** One measured opening of an article: the stalls and the surfaces' timings. */
export interface Round {
  longest: number;
  /** CPU time of this thread during the longest stall. */
  longestCpu: number;
  /** The most CPU time in any one stall. */
  maxCpu: number;
  /** The longest stall from the worker's reply on (0 for plain text). */
  afterReply: number;
  /** From opening until every surface had rendered. */
  renderedMs: number;
  /** This thread's CPU time in that while (VS Code's work and ours; -1 when unknown). */
  cpuUntilRendered: number;
  stalls: string[];
  surfaces: { label: string; calls: number; totalMs: number; maxMs: number; maxCpuMs: number }[];
}

async function openAndMeasure(api: ArticleLensApi, probe: StallProbe, file: string, article: boolean): Promise<Round> {
  const profile = api.profile;
  profile.reset();
  await sleep(300);
  const t0 = performance.now();
  const cpu0 = cpuNow();
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc, { preview: false });
  if (article) {
    const seen = (label: string) => profile.surfaces().some((s) => s.label === label && s.calls > 0);
    const arrived = () => profile.marks().some((m) => m.label === 'analysis arrived');
    const after = (label: string) => {
      const a = profile.marks().find((m) => m.label === 'analysis arrived')?.at ?? Infinity;
      return profile.marks().some((m) => m.label === label && m.at > a);
    };
    await waitFor('the analysis', arrived);
    await waitFor('diagnostics', () => vscode.languages.getDiagnostics(doc.uri).length > 0);
    await waitFor('the status bar', () => seen('status bar'));
    await waitFor('the Claims tree children', () => after('claims: children of a group') || after('claims: roots'));
    await waitFor('semantic tokens', () => seen('semantic tokens'));
  }
  const renderedMs = performance.now() - t0;
  const cpuUntilRendered = cpu0 >= 0 ? cpuNow() - cpu0 : -1;
  await sleep(1500);
  const marks = profile.marks();
  const slow = profile.slow();
  const stalls = probe.since(t0);
  const rel = (at: number) => `+${Math.round(at - t0)}`;
  const listed = stalls.filter((g) => g.ms >= LIST_MS).sort((a, b) => a.at - b.at).map((g) => {
    const inside = [...slow.map((b) => ({ ...b })), ...probe.gcs.map((x) => ({ label: `GC ${x.kind}`, at: x.at, ms: x.ms, cpuMs: -1 }))]
      .filter((b) => b.at >= g.at - 1 && b.at < g.at + g.ms).sort((a, b) => a.at - b.at)
      .map((b) => `${b.label} ${b.ms.toFixed(0)}${b.cpuMs >= 0 ? `/cpu ${b.cpuMs.toFixed(0)}` : ''}`);
    const markIn = marks.filter((m) => m.at >= g.at - 1 && m.at <= g.at + g.ms + 2).map((m) => m.label);
    return `${g.ms.toFixed(0)} ms (cpu ${g.cpu.toFixed(0)}) at ${rel(g.at)} ms${inside.length ? ` [${inside.join(', ')}]` : ''}${markIn.length ? ` (${[...new Set(markIn)].join(', ')})` : ''}`;
  });
  const arrived = marks.find((m) => m.label === 'analysis arrived');
  if (arrived) listed.push(`analysis arrived at ${rel(arrived.at)} ms`);
  // From the worker's reply on, the host runs our code: the longest stall in that window (ending by the end of the measurement).
  const after = arrived ? stalls.filter((g) => g.at + g.ms >= arrived.at) : [];
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  await sleep(500);
  return {
    longest: stalls[0]?.ms ?? 0, longestCpu: stalls[0]?.cpu ?? 0, maxCpu: Math.max(0, ...stalls.map((g) => g.cpu)),
    afterReply: after[0]?.ms ?? 0,
    renderedMs, cpuUntilRendered, stalls: listed, surfaces: profile.surfaces(),
  };
}

/** The entry point VS Code calls. */
export async function run(): Promise<void> {
  const log = (line: string) => console.log(`${STALL_MARK} ${line}`);
  const ext = vscode.extensions.getExtension('article-lens.article-lens');
  if (!ext) throw new Error('Article Lens is not installed in this VS Code');
  const api = (await ext.activate()) as ArticleLensApi;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-stall-'));
  const sample = fs.readFileSync(path.join(REPO, 'media', 'sample.article'), 'utf8');
  const big = bigArticle(sample);
  fs.writeFileSync(path.join(dir, 'warm.article'), sample);
  for (let i = 0; i < ROUNDS; i++) {
    fs.writeFileSync(path.join(dir, `big-${i}.txt`), big);
    fs.writeFileSync(path.join(dir, `big-${i}.article`), big);
  }
  const probe = new StallProbe();
  try {
    await vscode.commands.executeCommand('articleLens.claims.focus');
    const warm = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, 'warm.article')));
    await vscode.window.showTextDocument(warm);
    await waitFor('the sample\'s diagnostics', () => vscode.languages.getDiagnostics(warm.uri).length > 0);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const plain: number[] = [];
    const plainCpu: number[] = [];
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const p = await openAndMeasure(api, probe, path.join(dir, `big-${i}.txt`), false);
      plain.push(p.longest);
      plainCpu.push(p.maxCpu);
      log(`plain text round ${i + 1} (Article Lens idle): longest stall ${p.longest.toFixed(0)} ms (cpu ${p.longestCpu.toFixed(0)}); ${p.stalls.join('; ') || 'none over 50 ms'}`);
      const r = await openAndMeasure(api, probe, path.join(dir, `big-${i}.article`), true);
      rounds.push(r);
      log(`article round ${i + 1}: longest stall ${r.longest.toFixed(0)} ms (cpu ${r.longestCpu.toFixed(0)}; most cpu in one stall ${r.maxCpu.toFixed(0)}), all surfaces rendered after ${r.renderedMs.toFixed(0)} ms (host thread CPU ${r.cpuUntilRendered.toFixed(0)} ms); ${r.stalls.join('; ')}`);
    }
    const labels = [...new Set(rounds.flatMap((r) => r.surfaces.map((s) => s.label)))];
    const worst = labels.map((label) => {
      const xs = rounds.map((r) => r.surfaces.find((s) => s.label === label)).filter((s) => s !== undefined);
      return { label, maxMs: Math.max(...xs.map((s) => s.maxMs)), maxCpuMs: Math.max(...xs.map((s) => s.maxCpuMs)), totalMs: Math.max(...xs.map((s) => s.totalMs)), calls: Math.max(...xs.map((s) => s.calls)) };
    }).sort((a, b) => b.maxMs - a.maxMs);
    log(`longest stall per opening: article ${rounds.map((r) => r.longest.toFixed(0)).join(', ')} ms; plain text ${plain.map((x) => x.toFixed(0)).join(', ')} ms`);
    log(`longest stall from the reply on, per opening: article ${rounds.map((r) => r.afterReply.toFixed(0)).join(', ')} ms`);
    log(`most CPU in one stall per opening: article ${rounds.map((r) => r.maxCpu.toFixed(0)).join(', ')} ms; plain text ${plainCpu.map((x) => x.toFixed(0)).join(', ')} ms`);
    log(`${big.length} chars; per surface (worst of ${ROUNDS}): longest block / its most CPU / total / calls`);
    for (const s of worst) log(`  ${s.label.padEnd(34)} ${s.maxMs.toFixed(1).padStart(7)} ms ${s.maxCpuMs.toFixed(1).padStart(7)} ms ${s.totalMs.toFixed(1).padStart(8)} ms ${String(s.calls).padStart(6)}`);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const result = {
      chars: big.length,
      plain: Math.max(...plain),
      plainMedian: median(plain),
      longest: Math.max(...rounds.map((r) => r.longest)),
      openings: rounds.map((r) => Math.round(r.longest)),
      openingsCpu: rounds.map((r) => Math.round(r.maxCpu)),
      cpuUntilRendered: rounds.map((r) => Math.round(r.cpuUntilRendered)),
      afterReply: rounds.map((r) => Math.round(r.afterReply)),
      plainOpenings: plain.map((x) => Math.round(x)),
      plainCpu: plainCpu.map((x) => Math.round(x)),
      median: median(rounds.map((r) => r.longest)),
      rendered: Math.max(...rounds.map((r) => r.renderedMs)),
      surfaces: worst,
    };
    log(`RESULT ${JSON.stringify(result)}`);
  } finally {
    probe.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
