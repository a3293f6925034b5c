/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { PER_COLLECTION } from '../../src/vscode/diagnostics';
import { LineIndex } from '../../src/vscode/model/lineIndex';
import { buildOutline, OUTLINE_MAX_CLAIMS } from '../../src/vscode/model/outline';
import { collectProblems } from '../../src/vscode/model/problems';
import { readSettings } from '../../src/vscode/model/settings';
import { semanticTokens } from '../../src/vscode/model/tokens';
import { analysisOf, closeAll, FIXTURES, openArticle, openUntitledArticle, positionOf, SEED, semanticTokensOf, setSetting, waitFor } from './helpers';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Article Lens');
}

function code(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

describe('Diagnostics, settings and documents of every kind', () => {
  after(closeAll);

  it('reports unattributed quotes, anonymous sources and unbalanced quote marks as the analysis finds them', async () => {
    const { document: doc } = await openArticle(path.join(FIXTURES, 'problems.article'));
    const a = analysisOf(doc);
    const want = new Set<string>();
    for (const q of a.quotes) {
      if (q.unbalanced) want.add(`unbalanced-quote@${q.start}`);
      else if (q.kind === 'speech' && !q.speaker) want.add(`unattributed-quote@${q.start}`);
    }
    for (const c of a.claims) if (c.anonymous) want.add(`anonymous-source@${(c.source ?? c.cue ?? c).start}`);
    for (const n of a.notices) if (n.code !== 'truncated') want.add(`${n.code}@${n.start}`);
    assert.ok([...want].some((k) => k.startsWith('unbalanced-quote')) && [...want].some((k) => k.startsWith('unattributed-quote')),
      `the fixture should give an unbalanced and an unattributed quote: ${[...want]}`);
    const diags = await waitFor('diagnostics of problems.article', () => {
      const d = ours(doc.uri);
      return d.length === want.size && d;
    });
    assert.deepEqual(new Set(diags.map((d) => `${code(d)}@${doc.offsetAt(d.range.start)}`)), want);
    const unbalanced = diags.find((d) => code(d) === 'unbalanced-quote')!;
    assert.equal(unbalanced.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(unbalanced.range.start.isEqual(positionOf(doc, '"the harbour will')), `unbalanced mark at ${JSON.stringify(unbalanced.range.start)}`);
  });

  it('a kind set to "off" disappears and a severity setting applies', async () => {
    const { document: doc } = await openArticle(path.join(FIXTURES, 'problems.article'));
    await waitFor('diagnostics', () => ours(doc.uri).some((x) => code(x) === 'unattributed-quote'));
    const restoreOff = await setSetting('diagnostics.unattributedQuote', 'off');
    const restoreSev = await setSetting('diagnostics.unbalancedQuote', 'error');
    try {
      await waitFor('unattributed quotes to go and the unbalanced mark to be an error', () => {
        const d = ours(doc.uri);
        return !d.some((x) => code(x) === 'unattributed-quote')
          && d.some((x) => code(x) === 'unbalanced-quote' && x.severity === vscode.DiagnosticSeverity.Error);
      });
    } finally {
      await restoreOff();
      await restoreSev();
    }
    await waitFor('unattributed quotes back', () => ours(doc.uri).some((x) => code(x) === 'unattributed-quote'));
  });

  it('the seed has no unbalanced quote marks', async () => {
    const { document: doc } = await openArticle(SEED);
    await semanticTokensOf(doc);
    const a = analysisOf(doc);
    await waitFor('the seed\'s diagnostics to match its analysis', () => ours(doc.uri).filter((d) => code(d) === 'unbalanced-quote').length === a.quotes.filter((q) => q.unbalanced).length);
    assert.equal(ours(doc.uri).filter((d) => code(d) === 'unbalanced-quote').length, 0);
  });

  it('an article above the size cap is not analysed until "Analyse Anyway"', async () => {
    const restore = await setSetting('maxFileSizeKB', 1);
    try {
      const content = `${'Filler paragraph about harbours and ports. '.repeat(30)}\n\nMinister Anna Berg said "the port stays open."\n`;
      const { document: doc } = await openUntitledArticle(content);
      assert.equal((await semanticTokensOf(doc)).length, 0, 'an over-cap article got tokens');
      await vscode.commands.executeCommand('articleLens.analyseAnyway');
      await waitFor('tokens after Analyse Anyway', async () => (await semanticTokensOf(doc)).some((t) => t.type === 'quote'));
    } finally {
      await restore();
    }
  });

  it('untitled articles get hovers and re-analyse after an edit', async () => {
    const editor = await openUntitledArticle('Port talks\n\nOSLO, March 4. /TASS/. Deputy Minister Ilya Varenko said on Monday that "the talks will resume."\n');
    const doc = editor.document;
    const hover = async (needle: string) => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, needle, 0, 2));
      return h.flatMap((x) => x.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    assert.match(await hover('Varenko said'), /Deputy Minister/);
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\nVarenko added that "nothing is signed yet."\n'));
    const text = await waitFor('a hover on the new mention', async () => {
      const t = await hover('Varenko added');
      return /Ilya Varenko/.test(t) && t;
    });
    assert.match(text, /Deputy Minister/);
  });

  it('a long article: hundreds of diagnostics (set in slices), its semantic tokens and Outline, all where the core puts them', async () => {
    const fixture = readFileSync(path.join(FIXTURES, 'problems.article'), 'utf8');
    const { document: doc } = await openUntitledArticle(Array.from({ length: 300 }, () => fixture).join('\n\n'));
    const a = analysisOf(doc);
    const want = collectProblems(a, readSettings(() => undefined).diagnostics).map((p) => `${p.code}@${p.start}-${p.end}:${p.message}`);
    assert.ok(want.length > 2 * PER_COLLECTION, `the long article should give more than ${2 * PER_COLLECTION} problems, not ${want.length}`);
    const diags = await waitFor('every diagnostic of the long article', () => {
      const d = ours(doc.uri);
      return d.length === want.length && d;
    }, 30_000);
    assert.deepEqual(diags.map((d) => `${code(d)}@${doc.offsetAt(d.range.start)}-${doc.offsetAt(d.range.end)}:${d.message}`).sort(), [...want].sort());
    const lines = new LineIndex(doc.getText());
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
    assert.deepEqual([...tokens.data], [...semanticTokens(a, lines, () => true)]);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const range = (start: number, end: number) => [doc.positionAt(start), doc.positionAt(end)].map((p) => `${p.line}:${p.character}`).join('-');
    assert.deepEqual(symbols.map((s) => `${s.name}|${s.detail}|${range(doc.offsetAt(s.range.start), doc.offsetAt(s.range.end))}|${range(doc.offsetAt(s.selectionRange.start), doc.offsetAt(s.selectionRange.end))}`),
      buildOutline(a, OUTLINE_MAX_CLAIMS).map((o) => `${o.name}|${o.detail}|${range(o.start, o.end)}|${range(o.nameStart, o.nameEnd)}`));
  });
});
