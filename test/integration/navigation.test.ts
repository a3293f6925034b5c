/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { csvRecords } from '../support/csv';
import { analysisOf, closeAll, openArticle, SAMPLE, SEED, waitFor } from './helpers';

function offsets(editor: vscode.TextEditor): [number, number] {
  return [editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)];
}

describe('Navigation and export commands', () => {
  after(closeAll);

  it('next/previous claim select the claims in reading order', async () => {
    const editor = await openArticle(SEED);
    const a = analysisOf(editor.document);
    // From the very start of the text, "next" goes to the first claim that starts after it.
    const starts = a.claims.filter((c) => c.start > 0).sort((x, y) => x.start - y.start);
    assert.ok(starts.length >= 3, 'the seed should have at least three claims');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      const before = offsets(editor).join();
      await vscode.commands.executeCommand('articleLens.nextClaim');
      await waitFor(`the selection to move (next claim #${i + 1})`, () => offsets(editor).join() !== before);
      seen.push(offsets(editor)[0]);
    }
    assert.deepEqual(seen, starts.slice(0, 3).map((c) => c.start), 'nextClaim did not visit the first three claims in order');
    const here = offsets(editor).join();
    await vscode.commands.executeCommand('articleLens.previousClaim');
    await waitFor('previous claim', () => offsets(editor).join() !== here);
    assert.deepEqual(offsets(editor), [starts[1].start, starts[1].end]);
  });

  it('next quote selects the next quotation', async () => {
    const editor = await openArticle(SEED);
    const a = analysisOf(editor.document);
    const q = [...a.quotes].sort((x, y) => x.start - y.start);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('articleLens.nextQuote');
    await waitFor('the first quote to be selected', () => offsets(editor)[0] === q[0].start);
    assert.equal(editor.document.getText(editor.selection), q[0].text);
  });

  it('Export Claims as CSV opens a document with a header and one row per claim', async () => {
    for (const file of [SEED, SAMPLE]) {
      const editor = await openArticle(file);
      const a = analysisOf(editor.document);
      const uri = await vscode.commands.executeCommand<vscode.Uri>('articleLens.exportClaims', 'csv', 'editor');
      assert.ok(uri, 'export returned no document');
      const doc = await vscode.workspace.openTextDocument(uri);
      const rows = csvRecords(doc.getText());
      assert.equal(rows[0][0], 'id', `unexpected header ${rows[0]}`);
      assert.equal(rows.length - 1, a.claims.length, `${path.basename(file)}: ${rows.length - 1} rows for ${a.claims.length} claims`);
      const speaker = rows[0].indexOf('speaker');
      const content = rows[0].indexOf('content');
      if (file === SEED) {
        const row = rows.find((r) => r[content]?.includes('empty and groundless'));
        assert.ok(row, 'no CSV row has "empty and groundless"');
        assert.equal(row[speaker], 'Dmitry Peskov');
      }
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('Export Claims as JSON and Web Annotation agree with the analysis, and saving to a file writes it', async () => {
    const editor = await openArticle(SEED);
    const a = analysisOf(editor.document);
    const jsonUri = await vscode.commands.executeCommand<vscode.Uri>('articleLens.exportClaims', 'json', 'editor');
    const json = JSON.parse((await vscode.workspace.openTextDocument(jsonUri)).getText());
    const records = Array.isArray(json) ? json : json.claims;
    assert.ok(Array.isArray(records), 'JSON export has no claims array');
    assert.equal(records.length, a.claims.length);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(editor.document);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-export-'));
    try {
      const target = vscode.Uri.file(path.join(dir, 'seed.claims.jsonld'));
      await vscode.commands.executeCommand('articleLens.exportClaims', 'webannotation', target);
      const ld = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));
      const items: { target: { selector: { type: string }[] } }[] = ld.items ?? ld.first?.items ?? (Array.isArray(ld) ? ld : []);
      assert.equal(items.length, a.claims.length, 'one annotation per claim');
      const types = new Set(items.flatMap((i) => (Array.isArray(i.target.selector) ? i.target.selector : [i.target.selector]).map((s) => s.type)));
      assert.ok(types.has('TextQuoteSelector') && types.has('TextPositionSelector'), `selectors: ${[...types]}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Copy Claim as Citation copies the claim under the cursor with its speaker', async () => {
    const editor = await openArticle(SEED);
    const pos = editor.document.positionAt(editor.document.getText().indexOf('empty and groundless'));
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('articleLens.copyClaimCitation');
    const text = await waitFor('the clipboard to hold a citation', async () => (await vscode.env.clipboard.readText()) || undefined);
    assert.match(text, /Dmitry Peskov/);
    assert.match(text, /empty and groundless/);
  });
});
