import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { CLAIMS_DISJOINT, violations } from '../fuzz/invariants';
import { mutatedArticle, optionsArb, piecesArb } from '../fuzz/mutate';
import { realTexts } from '../fuzz/texts';
import type { AnalyzeOptions } from '../../src/core/types';
import { buildClaimsTree } from '../../src/vscode/model/claimsTree';
import { renderExport, type ExportFormat } from '../../src/vscode/model/exportFormats';
import { hoverAt } from '../../src/vscode/model/hover';
import { LineIndex } from '../../src/vscode/model/lineIndex';
import { buildOfficials } from '../../src/vscode/model/otherTrees';
import { buildOutline } from '../../src/vscode/model/outline';
import { collectProblems } from '../../src/vscode/model/problems';
import { readSettings } from '../../src/vscode/model/settings';
import { semanticTokens } from '../../src/vscode/model/tokens';

/** Analyses twice: no throw, every invariant, the same result both times. */
function check(text: string, options: AnalyzeOptions = {}): void {
  const a = analyze(text, options);
  expect(violations(text, a)).toEqual([]);
  expect(analyze(text, options)).toEqual(a);
}

const TEXTS = realTexts(120);

describe('analyze() on hostile text (short run; `npm run fuzz` runs 100,000+)', () => {
  it('real articles pass every invariant as they are', () => {
    expect(TEXTS.length).toBeGreaterThan(50);
    for (const t of TEXTS.slice(0, 40)) check(t);
  });

  it('mutated real articles: never throws, offsets in bounds and on boundaries, layers ordered and disjoint, deterministic', () => {
    fc.assert(fc.property(mutatedArticle(TEXTS, 6), optionsArb, (text, options) => check(text, options)), { numRuns: 200 });
  }, 120_000);

  it('every editor surface and export copes with the analysis of a mutated article', () => {
    const settings = readSettings(() => undefined);
    fc.assert(fc.property(mutatedArticle(TEXTS, 4), fc.double({ min: 0, max: 1, noNaN: true }), (text, at) => {
      const a = analyze(text);
      const lines = new LineIndex(text);
      const data = semanticTokens(a, lines, () => true);
      let line = 0;
      let char = 0;
      for (let i = 0; i < data.length; i += 5) {
        line += data[i];
        char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
        expect(lines.lineStart(line) + char + data[i + 2]).toBeLessThanOrEqual(lines.lineEnd(line));
      }
      const offset = Math.floor(at * text.length);
      for (const o of [offset, ...a.claims.slice(0, 3).flatMap((c) => [c.start, c.cue?.start ?? c.start])]) hoverAt(a, o, lines);
      for (const groupBy of ['speaker', 'position', 'stance'] as const) buildClaimsTree(a, lines, { groupBy, sortBy: 'speaker', filter: '' });
      buildOfficials(a, lines);
      buildOutline(a);
      collectProblems(a, settings.diagnostics);
      const src = { uri: 'untitled:x', fileName: 'x', text, lines, analysis: a };
      for (const f of ['json', 'csv', 'markdown', 'webannotation', 'brat'] as ExportFormat[]) renderExport(f, src);
    }), { numRuns: 60 });
  }, 120_000);

  it('articles assembled from hostile pieces', () => {
    fc.assert(fc.property(piecesArb, optionsArb, (text, options) => check(text, options)), { numRuns: 300 });
  });

  it('claims may nest (a reported clause inside a longer one) but stay ordered by start', () => {
    expect(CLAIMS_DISJOINT).toBe(false);
    const a = analyze('Clinton had told police that she did not want the escort, but the NYPD overruled that request, officials said.');
    for (let i = 1; i < a.claims.length; i++) expect(a.claims[i].start).toBeGreaterThanOrEqual(a.claims[i - 1].start);
  });

  it('single layers, empty and degenerate texts', () => {
    for (const t of ['', ' ', '\n', '\uFEFF', '\u0000', '\uD83D', '\uDE00\uD83D', '"', '“', '\r\n\r\n', 'A', '😀'.repeat(50)]) check(t);
    for (const layer of ['quotes', 'dates', 'people', 'claims'] as const) check(TEXTS[0], { layers: { [layer]: false } });
  });

  it("a role reference is not listed again inside the same official's titled mention", () => {
    const text = 'The former chairman of President Barack Obama’s council said the plan failed. The chairman said more.';
    check(text);
  });

  it('one stretch of text is one mention of a person, even in a capitalised run', () => {
    check('Clinton’S L President Bl Clinton');
    check('TOLD REPORTER TOLD EPO');
    check('the company chief executive,Ga\n\nO,Dec 6');
    check('Tp,The Pcan Nominee.\nW');
  });

  it('nested quotes inside a quote never cross each other, even with mismatched marks', () => {
    check('“‘o“s’ ” “');
    check('“="“d ‘”’');
    const [q] = analyze('«He said ‘we want “a wall’ and more,» she said.').quotes;
    expect(q.text).toBe('«He said ‘we want “a wall’ and more,»');
    expect(q.nested).toEqual([{ start: 9, end: 26 }]);
  });
});
