/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analysisOf, closeAll, openArticle, SAMPLE, SEED, semanticTokensOf, setSetting, waitFor, type DecodedToken } from './helpers';

function tokensIn(tokens: DecodedToken[], doc: vscode.TextDocument, start: number, end: number): DecodedToken[] {
  return tokens.filter((t) => {
    const s = doc.offsetAt(new vscode.Position(t.line, t.char));
    return s < end && s + t.length > start;
  });
}

describe('Language and semantic tokens', () => {
  after(closeAll);

  it('opens .article files as "article" and .txt ones through "Treat This File as an Article"', async () => {
    const sample = await vscode.workspace.openTextDocument(vscode.Uri.file(SAMPLE));
    assert.equal(sample.languageId, 'article');
    const seed = await vscode.workspace.openTextDocument(vscode.Uri.file(SEED));
    await vscode.window.showTextDocument(seed);
    assert.equal(seed.languageId, 'plaintext');
    await vscode.commands.executeCommand('articleLens.treatAsArticle', seed.uri);
    await waitFor('the seed to become an article', () => vscode.window.activeTextEditor?.document.languageId === 'article');
  });

  it('gives a token to every official mention, date and quote of the seed that the analysis finds', async () => {
    const { document: doc } = await openArticle(SEED);
    const a = analysisOf(doc);
    const tokens = await waitFor('semantic tokens of the seed', async () => {
      const t = await semanticTokensOf(doc);
      return t.length > 0 && t;
    });
    for (const o of a.officials) {
      for (const m of o.mentions) {
        const hit = tokensIn(tokens, doc, m.start, m.end).filter((t) => t.type === 'official' || t.type === 'officialMention');
        assert.ok(hit.length > 0, `no official token on "${m.text}" (${o.name})`);
      }
    }
    for (const d of a.dates) {
      assert.ok(tokensIn(tokens, doc, d.start, d.end).some((t) => t.type === 'date'), `no date token on "${d.text}"`);
    }
    for (const q of a.quotes) {
      assert.ok(tokensIn(tokens, doc, q.start, q.end).some((t) => t.type === 'quote'), `no quote token on ${q.text.slice(0, 40)}`);
    }
    // Known facts of the seed.
    const blinken = tokens.find((t) => t.text.includes('Antony Blinken') && t.modifiers.includes('declaration'));
    assert.ok(blinken, `the full-title mention of Antony Blinken is not a declaration token: ${JSON.stringify(tokens.filter((t) => t.text.includes('Blinken')))}`);
    const empty = tokens.find((t) => t.type === 'quote' && t.text.includes('empty and groundless'));
    assert.ok(empty, 'the quote "empty and groundless" has no quote token');
    assert.ok(empty.modifiers.includes('attributed'), `"empty and groundless" should be attributed, modifiers: ${empty.modifiers}`);
    const cue = tokens.find((t) => t.type === 'claimCue' && t.text === 'slammed');
    assert.ok(cue, 'the cue "slammed" has no claimCue token');
    assert.ok(cue.modifiers.includes('negative'), `"slammed" should be negative, modifiers: ${cue.modifiers}`);
    const rel = tokens.filter((t) => t.type === 'date' && t.modifiers.includes('relative'));
    assert.ok(rel.some((t) => t.text.includes('Monday')), `"on Monday" should be a relative date: ${JSON.stringify(rel.map((t) => t.text))}`);
  });

  it('layer toggles remove their tokens and the master toggle removes all', async () => {
    const { document: doc } = await openArticle(SAMPLE);
    const count = (tokens: DecodedToken[], type: string) => tokens.filter((t) => t.type === type).length;
    const before = await waitFor('tokens of the sample', async () => {
      const t = await semanticTokensOf(doc);
      return t.length > 0 && t;
    });
    assert.ok(count(before, 'official') > 0 && count(before, 'date') > 0 && count(before, 'quote') > 0, 'sample lacks officials, dates or quotes tokens');
    await vscode.commands.executeCommand('articleLens.toggleOfficials');
    try {
      const t = await waitFor('official tokens to go', async () => {
        const t = await semanticTokensOf(doc);
        return count(t, 'official') + count(t, 'officialMention') === 0 && t;
      });
      assert.ok(count(t, 'date') > 0, 'dates went with the officials');
      assert.equal(vscode.workspace.getConfiguration('articleLens').get('highlight.officials'), false);
    } finally {
      await vscode.commands.executeCommand('articleLens.toggleOfficials');
    }
    await waitFor('official tokens back', async () => count(await semanticTokensOf(doc), 'official') > 0);
    const restore = await setSetting('highlight.enabled', false);
    try {
      await waitFor('no tokens with the master switch off', async () => (await semanticTokensOf(doc)).length === 0);
    } finally {
      await restore();
    }
    await waitFor('tokens back', async () => (await semanticTokensOf(doc)).length === before.length);
  });
});
