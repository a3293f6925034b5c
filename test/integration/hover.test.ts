/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analysisOf, closeAll, hoverText, openArticle, positionOf, SAMPLE, SEED, waitFor } from './helpers';

async function hoverAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hoverText(hovers ?? []);
}

describe('Hovers, definitions, references and the outline', () => {
  after(closeAll);

  it('a later surname mention of Blinken shows his full name and title', async () => {
    const { document: doc } = await openArticle(SEED);
    // "— Blinken" in the headline: a surname-only mention.
    const text = await waitFor('a hover on "Blinken"', async () => (await hoverAt(doc, positionOf(doc, '— Blinken', 0, 3))) || undefined);
    assert.match(text, /Antony Blinken/);
    assert.match(text, /US Secretary of State/);
    const a = analysisOf(doc);
    const blinken = a.officials.find((o) => o.name === 'Antony Blinken');
    assert.ok(blinken, 'the analysis has no Antony Blinken');
    assert.match(text, new RegExp(`${blinken.mentions.length} mention`), `hover should count ${blinken.mentions.length} mentions: ${text}`);
  });

  it('the seed names four officials, each hover giving the title', async () => {
    const { document: doc } = await openArticle(SEED);
    const a = analysisOf(doc);
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Antony Blinken', 'Dmitry Peskov', 'Jens Stoltenberg', 'Josep Borrell']);
    for (const o of a.officials) {
      const m = o.mentions.find((x) => x.kind === 'name') ?? o.mentions[0];
      const text = await hoverAt(doc, doc.positionAt(m.end - 2));
      assert.ok(text.includes(o.name), `hover on "${m.text}" lacks ${o.name}: ${text}`);
      if (o.title) assert.ok(text.includes(o.title), `hover on "${m.text}" lacks the title "${o.title}": ${text}`);
    }
  });

  it('the quote "empty and groundless" is attributed to Dmitry Peskov, Kremlin spokesman', async () => {
    const { document: doc } = await openArticle(SEED);
    const text = await hoverAt(doc, positionOf(doc, 'empty and groundless', 0, 3));
    assert.match(text, /Dmitry Peskov/);
    assert.match(text, /Kremlin spokesman/);
    const a = analysisOf(doc);
    const claim = a.claims.find((c) => c.text.includes('empty and groundless'));
    assert.ok(claim, 'no claim contains "empty and groundless"');
    assert.equal(claim.speakerId, 'dmitry-peskov');
  });

  it('a date hover gives the calendar date with its weekday', async () => {
    const { document: doc } = await openArticle(SEED);
    const text = await hoverAt(doc, positionOf(doc, 'December 17, 2021', 0, 2));
    assert.match(text, /2021/);
    assert.match(text, /Friday/, `December 17, 2021 was a Friday: ${text}`);
    assert.match(text, /before publication/, text);
  });

  it('hover text from the article is escaped and no command link is trusted', async () => {
    const { document: doc } = await openArticle(SEED);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'empty and groundless', 0, 3));
    for (const h of hovers) for (const c of h.contents) {
      if (typeof c !== 'string' && 'isTrusted' in c) assert.ok(!c.isTrusted, 'hover markdown is trusted');
    }
  });

  it('Go to Definition from a surname goes to the full-title mention', async () => {
    const { document: doc } = await openArticle(SEED);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, '— Blinken', 0, 3));
    assert.equal(defs.length, 1, `expected one definition, got ${defs.length}`);
    const d = defs[0];
    const range = 'targetRange' in d ? d.targetRange : d.range;
    assert.equal(doc.getText(range), 'US Secretary of State Antony Blinken');
    assert.ok(range.start.isEqual(positionOf(doc, 'US Secretary of State Antony Blinken')), 'definition is not the first full-title mention');
  });

  it('Find All References lists every mention of the official', async () => {
    const { document: doc } = await openArticle(SEED);
    const a = analysisOf(doc);
    const peskov = a.officials.find((o) => o.id === 'dmitry-peskov');
    assert.ok(peskov);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'Dmitry Peskov', 0, 8));
    assert.deepEqual(refs.map((r) => doc.offsetAt(r.range.start)).sort((x, y) => x - y), peskov.mentions.map((m) => m.start).sort((x, y) => x - y));
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, positionOf(doc, 'Dmitry Peskov', 0, 8));
    assert.equal(highlights.length, peskov.mentions.length);
  });

  it('the Outline has the headline, the dateline and one entry per claim', async () => {
    for (const file of [SEED, SAMPLE]) {
      const { document: doc } = await openArticle(file);
      const a = analysisOf(doc);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      const claims = symbols.filter((s) => s.kind === vscode.SymbolKind.Key);
      assert.equal(claims.length, a.claims.length, `${file}: ${claims.length} claim symbols, the analysis has ${a.claims.length}`);
      assert.ok(a.structure.headline, `${file}: no headline`);
      assert.ok(symbols.some((s) => s.kind === vscode.SymbolKind.String && a.structure.headline!.text.startsWith(s.name.replace(/…$/, ''))), `${file}: no headline symbol`);
      if (a.structure.dateline) assert.ok(symbols.some((s) => s.kind === vscode.SymbolKind.Event), `${file}: no dateline symbol`);
    }
  });

  it('the sample: a later "Lindqvist" shows the Foreign Minister', async () => {
    const { document: doc } = await openArticle(SAMPLE);
    const text = await hoverAt(doc, positionOf(doc, 'Lindqvist said.', 0, 3));
    assert.match(text, /Erik Lindqvist/);
    assert.match(text, /Foreign Minister/);
  });
});
