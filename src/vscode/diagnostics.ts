import * as vscode from 'vscode';
import type { AnalysisCache, AnalysisEntry } from './cache';
import { hostTasks } from './model/taskEmitter';
import { preparedProblem, PROBLEM_INTS } from './model/prepared';
import { collectProblems, type Problem } from './model/problems';
import { hostProfile } from './profile';

const SEVERITY: Record<Problem['severity'], vscode.DiagnosticSeverity> = {
  hint: vscode.DiagnosticSeverity.Hint,
  information: vscode.DiagnosticSeverity.Information,
  warning: vscode.DiagnosticSeverity.Warning,
  error: vscode.DiagnosticSeverity.Error,
};

/** A turn making diagnostics stops after this long (checked every {@link CHECK_EVERY}); the rest wait for a later turn. */
const TURN_MS = 6;
const CHECK_EVERY = 100;

/** Diagnostics per collection. */
export const PER_COLLECTION = 400;

/** Diagnostic collections `name`, `name-2`, `name-3`…, each holding one slice of a document's diagnostics. */
class SplitCollection implements vscode.Disposable {
  private readonly parts: vscode.DiagnosticCollection[] = [];

  constructor(private readonly name: string) {
    this.parts.push(vscode.languages.createDiagnosticCollection(name));
  }

  /** Sets slice `k` of the document's diagnostics. */
  set(k: number, uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    while (this.parts.length <= k) this.parts.push(vscode.languages.createDiagnosticCollection(`${this.name}-${this.parts.length + 1}`));
    this.parts[k].set(uri, diagnostics);
  }

  /** Removes the document's diagnostics from slice `k` on. */
  clearFrom(k: number, uri: vscode.Uri): void {
    for (let i = k; i < this.parts.length; i++) if (this.parts[i].has(uri)) this.parts[i].delete(uri);
  }

  delete(uri: vscode.Uri): void {
    this.clearFrom(0, uri);
  }

  dispose(): void {
    for (const c of this.parts) c.dispose();
  }
}

/**
 * Problems from the analysis: unattributed quotes, anonymous sources, unbalanced quote marks. A large
 * article's thousands are made in several turns (from the positions the worker prepared, else from
 * offsets), then set in slices of {@link PER_COLLECTION}, one per turn.
 */
export function registerDiagnostics(cache: AnalysisCache): vscode.Disposable {
  const collection = new SplitCollection('articleLens');
  /** The entry whose diagnostics are being made, by document; a newer one supersedes it. */
  const making = new Map<string, AnalysisEntry>();
  const current = (entry: AnalysisEntry) => making.get(entry.uri.toString()) === entry;
  const diagnostic = (range: vscode.Range, message: string, severity: Problem['severity'], code: string) => {
    const d = new vscode.Diagnostic(range, message, SEVERITY[severity]);
    d.source = 'Article Lens';
    d.code = code;
    return d;
  };
  const update = async (entry: AnalysisEntry) => {
    const id = entry.uri.toString();
    const analysis = entry.analysis;
    if (!analysis) {
      making.delete(id);
      collection.delete(entry.uri);
      return;
    }
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === id);
    if (!doc || doc.version !== entry.version) return;
    making.set(id, entry);
    const prepared = cache.prepared(entry);
    let count: number;
    let make: (i: number) => vscode.Diagnostic;
    if (prepared) {
      count = prepared.problems.length / PROBLEM_INTS;
      make = (i) => {
        const p = preparedProblem(prepared, i);
        return diagnostic(new vscode.Range(...p.range), p.message, p.severity, p.code);
      };
    } else {
      const problems = hostProfile.time('diagnostics', () => collectProblems(analysis, cache.currentSettings.diagnostics));
      count = problems.length;
      make = (i) => {
        const p = problems[i];
        return diagnostic(new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end)), p.message, p.severity, p.code);
      };
    }
    const out: vscode.Diagnostic[] = [];
    let i = 0;
    while (i < count) {
      if (i > 0) await hostTasks.run(() => undefined);
      if (!current(entry) || doc.version !== entry.version) return;
      hostProfile.time('diagnostics', () => {
        const t0 = performance.now();
        while (i < count) {
          const stop = Math.min(count, i + CHECK_EVERY);
          for (; i < stop; i++) out.push(make(i));
          if (performance.now() - t0 >= TURN_MS) break;
        }
      });
    }
    // One collection per slice, set one per turn: a single `set` of thousands holds the host while it converts them all.
    for (let k = 0; k * PER_COLLECTION < out.length || k === 0; k++) {
      if (k > 0) await hostTasks.run(() => undefined);
      if (!current(entry) || doc.isClosed || doc.version !== entry.version) return;
      hostProfile.time('diagnostics: set', () => collection.set(k, entry.uri, out.slice(k * PER_COLLECTION, (k + 1) * PER_COLLECTION)));
    }
    making.delete(id);
    collection.clearFrom(Math.max(1, Math.ceil(out.length / PER_COLLECTION)), entry.uri);
  };
  return vscode.Disposable.from(
    collection,
    cache.onDidChangeAnalysis((entry) => void update(entry)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      making.delete(d.uri.toString());
      collection.delete(d.uri);
    }),
  );
}
