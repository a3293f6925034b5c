import * as vscode from 'vscode';
import type { AnalysisCache } from './cache';
import { collectProblems, type Problem } from './model/problems';
import { hostProfile } from './profile';

const SEVERITY: Record<Problem['severity'], vscode.DiagnosticSeverity> = {
  hint: vscode.DiagnosticSeverity.Hint,
  information: vscode.DiagnosticSeverity.Information,
  warning: vscode.DiagnosticSeverity.Warning,
  error: vscode.DiagnosticSeverity.Error,
};

/** Problems from the analysis: unattributed quotes, anonymous sources, unbalanced quote marks. */
export function registerDiagnostics(cache: AnalysisCache): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('articleLens');
  return vscode.Disposable.from(
    collection,
    cache.onDidChangeAnalysis((entry) => hostProfile.time('diagnostics', () => {
      if (!entry.analysis) {
        collection.delete(entry.uri);
        return;
      }
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === entry.uri.toString());
      if (!doc || doc.version !== entry.version) return;
      collection.set(entry.uri, collectProblems(entry.analysis, cache.currentSettings.diagnostics).map((p) => {
        const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end)), p.message, SEVERITY[p.severity]);
        d.source = 'Article Lens';
        d.code = p.code;
        return d;
      }));
    })),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
  );
}
