import * as vscode from 'vscode';
import type { AnalysisCache, AnalysisEntry } from './cache';
import { hostTasks } from './model/taskEmitter';
import { collectProblems, type Problem } from './model/problems';
import { hostProfile } from './profile';

const SEVERITY: Record<Problem['severity'], vscode.DiagnosticSeverity> = {
  hint: vscode.DiagnosticSeverity.Hint,
  information: vscode.DiagnosticSeverity.Information,
  warning: vscode.DiagnosticSeverity.Warning,
  error: vscode.DiagnosticSeverity.Error,
};

/** Diagnostics made per turn; a large article's thousands are made in several turns, then set at once. */
const PER_TURN = 500;

/** Problems from the analysis: unattributed quotes, anonymous sources, unbalanced quote marks. */
export function registerDiagnostics(cache: AnalysisCache): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('articleLens');
  /** The entry whose diagnostics are being made, by document; a newer one supersedes it. */
  const making = new Map<string, AnalysisEntry>();
  const current = (entry: AnalysisEntry) => making.get(entry.uri.toString()) === entry;
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
    const problems = hostProfile.time('diagnostics', () => collectProblems(analysis, cache.currentSettings.diagnostics));
    const out: vscode.Diagnostic[] = [];
    for (let i = 0; i < problems.length; i += PER_TURN) {
      if (i > 0) await hostTasks.run(() => undefined);
      if (!current(entry) || doc.version !== entry.version) return;
      hostProfile.time('diagnostics', () => {
        for (const p of problems.slice(i, i + PER_TURN)) {
          const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end)), p.message, SEVERITY[p.severity]);
          d.source = 'Article Lens';
          d.code = p.code;
          out.push(d);
        }
      });
    }
    if (!current(entry)) return;
    making.delete(id);
    if (doc.isClosed || doc.version !== entry.version) return;
    hostProfile.time('diagnostics: set', () => collection.set(entry.uri, out));
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
