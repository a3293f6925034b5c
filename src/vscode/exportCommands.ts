import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import type { AnalysisCache, AnalysisEntry } from './cache';
import { isClaimNode } from './claimsView';
import { claimIndexAt } from './model/claimsTree';
import { citation, EXPORT_EXTENSION, renderExport, type ExportFormat, type ExportSource } from './model/exportFormats';

const FORMATS: { label: string; detail: string; format: ExportFormat; language: string }[] = [
  { label: 'JSON', detail: 'One object per claim', format: 'json', language: 'json' },
  { label: 'CSV', detail: 'Spreadsheet rows (formula-safe)', format: 'csv', language: 'plaintext' },
  { label: 'Markdown', detail: 'Block quotes with citations', format: 'markdown', language: 'markdown' },
  { label: 'W3C Web Annotation (JSON-LD)', detail: 'TextQuoteSelector + TextPositionSelector', format: 'webannotation', language: 'json' },
  { label: 'brat standoff (.ann)', detail: 'Claim, Cue and Source entities with relations', format: 'brat', language: 'plaintext' },
];

function baseName(uri: vscode.Uri): string {
  const parts = uri.path.split('/');
  return parts[parts.length - 1] || 'article';
}

function source(entry: AnalysisEntry): ExportSource | undefined {
  if (!entry.analysis) return undefined;
  return { uri: entry.uri.toString(), fileName: baseName(entry.uri), text: entry.text, lines: entry.lines, analysis: entry.analysis };
}

/** "Export Claims…" (five formats, to an editor or a file) and "Copy Claim as Citation". */
export function registerExportCommands(active: ActiveArticle, cache: AnalysisCache): vscode.Disposable {
  const current = (): AnalysisEntry | undefined => {
    const doc = active.document;
    return doc ? (cache.get(doc) ?? cache.peek(doc.uri)) : undefined;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('articleLens.exportClaims', async (formatArg?: unknown, targetArg?: unknown) => {
      // A view-title button passes the tree's selected item: only a known format name or target counts.
      const format = FORMATS.find((f) => f.format === formatArg)?.format;
      const target: 'editor' | vscode.Uri | undefined = targetArg === 'editor' ? 'editor' : targetArg instanceof vscode.Uri ? targetArg : undefined;
      const entry = current();
      const src = entry && source(entry);
      if (!entry || !src) {
        void vscode.window.showWarningMessage(entry?.message || 'Open a news article to export its claims.');
        return undefined;
      }
      const chosen = format ? FORMATS.find((f) => f.format === format) : await vscode.window.showQuickPick(FORMATS, { title: 'Export Claims As' });
      if (!chosen) return undefined;
      const content = renderExport(chosen.format, src);
      let where = target;
      if (!where) {
        const pick = await vscode.window.showQuickPick([{ label: 'Open in a New Editor', value: 'editor' as const }, { label: 'Save to File…', value: 'file' as const }], { title: 'Export Claims To' });
        if (!pick) return undefined;
        if (pick.value === 'editor') where = 'editor';
        else {
          const name = baseName(entry.uri).replace(/\.[^.]*$/, '');
          const defaultUri = entry.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(entry.uri, '..', `${name}.claims.${EXPORT_EXTENSION[chosen.format]}`);
          where = await vscode.window.showSaveDialog({ defaultUri, title: 'Export Claims' });
          if (!where) return undefined;
        }
      }
      if (where === 'editor') {
        const doc = await vscode.workspace.openTextDocument({ language: chosen.language, content });
        await vscode.window.showTextDocument(doc, { preview: false });
        return doc.uri;
      }
      await vscode.workspace.fs.writeFile(where, new TextEncoder().encode(content));
      void vscode.window.showInformationMessage(`Exported ${src.analysis.claims.length} claims to ${baseName(where)}.`);
      return where;
    }),
    vscode.commands.registerCommand('articleLens.copyClaimCitation', async (node?: unknown) => {
      const entry = current();
      const src = entry && source(entry);
      if (!entry || !src) return;
      let index = isClaimNode(node) ? node.index : -1;
      const editor = vscode.window.activeTextEditor;
      if (index < 0 && editor && editor.document.uri.toString() === entry.uri.toString()) {
        index = claimIndexAt(src.analysis, editor.document.offsetAt(editor.selection.active));
      }
      if (index < 0) {
        void vscode.window.showInformationMessage('Put the cursor in a claim, or use the Claims panel, to copy a citation.');
        return;
      }
      const text = citation(src, index);
      await vscode.env.clipboard.writeText(text);
      void vscode.window.setStatusBarMessage('Article Lens: citation copied', 3000);
    }),
  );
}
