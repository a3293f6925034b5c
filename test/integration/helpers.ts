/**
 * Shared helpers of the extension-host suite: where the articles are, opening them as
 * `article`, the analysis the core gives for the same text, and condition waits.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';

/** The repository root (this suite is bundled to out/test/index.js). */
export const REPO = path.resolve(__dirname, '..', '..');
/** The seed article: research material beside the repository, opened read-only. */
export const SEED = path.resolve(REPO, '..', 'shared', 'seed', '000_fed997a1ab6c9c49.txt');
/** The sample article shipped with the extension. */
export const SAMPLE = path.join(REPO, 'media', 'sample.article');
/** Fixtures written for these tests. */
export const FIXTURES = path.join(REPO, 'test', 'fixtures');

export const EXTENSION_ID = 'article-lens.article-lens';

/** Activates the extension and returns whatever `activate` returned. */
export async function activateExtension(): Promise<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  return ext.activate();
}

/** Opens a file as a News Article in an editor (the way "Treat This File as an Article" does). */
export async function openArticle(file: string): Promise<vscode.TextEditor> {
  await activateExtension();
  let doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  if (doc.languageId !== 'article') doc = await vscode.languages.setTextDocumentLanguage(doc, 'article');
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Opens untitled text as a News Article. */
export async function openUntitledArticle(content: string): Promise<vscode.TextEditor> {
  await activateExtension();
  const doc = await vscode.workspace.openTextDocument({ language: 'article', content });
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** What the core gives for the document's text (the extension's analysis with default settings). */
export function analysisOf(doc: vscode.TextDocument): Analysis {
  return analyze(doc.getText(), {});
}

/** The position of the `nth` occurrence of `needle` in the document (+ `delta` characters). */
export function positionOf(doc: vscode.TextDocument, needle: string, nth = 0, delta = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${nth + 1}) is not in ${doc.uri.fsPath}`);
  }
  return doc.positionAt(at + delta);
}

/** Polls until `probe` gives a value (not undefined/false) or fails with what was seen last. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v as T;
      last = v;
    } catch (err) {
      last = err instanceof Error ? err.message : err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The text of hover contents (MarkdownString or MarkedString). */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}

/** A decoded semantic token. */
export interface DecodedToken {
  line: number;
  char: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

/** The document's semantic tokens, decoded with the provider's legend. */
export async function semanticTokensOf(doc: vscode.TextDocument): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
  if (!legend || !tokens) return [];
  const out: DecodedToken[] = [];
  let line = 0;
  let char = 0;
  const d = tokens.data;
  for (let i = 0; i + 4 < d.length; i += 5) {
    line += d[i];
    char = d[i] === 0 ? char + d[i + 1] : d[i + 1];
    const modifiers = legend.tokenModifiers.filter((_, bit) => (d[i + 4] & (1 << bit)) !== 0);
    const range = new vscode.Range(line, char, line, char + d[i + 2]);
    out.push({ line, char, length: d[i + 2], type: legend.tokenTypes[d[i + 3]], modifiers, text: doc.getText(range) });
  }
  return out;
}

/** Sets a user setting and returns a function that restores the previous value. */
export async function setSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('articleLens');
  const before = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration('articleLens').update(key, before, vscode.ConfigurationTarget.Global);
  };
}

/** Closes every editor, discarding edits of untitled documents (no save dialog). */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.window.showTextDocument(vscode.window.visibleTextEditors[0].document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
