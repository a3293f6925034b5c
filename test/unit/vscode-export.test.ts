import { describe, expect, it } from 'vitest';
import { citation, codePointOffsets, csvCell, renderExport, toBrat, toCSV, toJSON, toMarkdown, toWebAnnotation, type ExportSource } from '../../src/vscode/model/exportFormats';
import { LineIndex } from '../../src/vscode/model/lineIndex';
import { fixtureAnalysis, TEXT } from './vscode-fixture';
import { csvRecords } from '../support/csv';

const src = (): ExportSource => ({ uri: 'file:///news/harbour.article', fileName: 'harbour.article', text: TEXT, lines: new LineIndex(TEXT), analysis: fixtureAnalysis() });

describe('export', () => {
  it('JSON has one record per claim with speaker, cue, stance and 1-based position', () => {
    const data = JSON.parse(toJSON(src()));
    expect(data.published).toBe('2025-03-04T14:05');
    expect(data.claims).toHaveLength(3);
    expect(data.claims[1]).toMatchObject({ speaker: 'Ilya Varenko', speakerTitle: 'Deputy Minister', cue: 'denied', stance: 'negative', content: 'the report', line: 7, column: 16 });
    expect(data.claims[0].date).toBe('2025-03-03');
  });
  it('CSV quotes fields and defuses spreadsheet formulas', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell(null)).toBe('');
    const rows = csvRecords(toCSV(src()));
    expect(rows).toHaveLength(4);
    expect(rows[0][0]).toBe('id');
    const content = rows[0].indexOf('content');
    expect(rows[3][content]).toBe('"=SUM(A1)" was written on a wall');
    expect(rows[3][rows[0].indexOf('anonymous')]).toBe('true');
  });
  it('Markdown quotes each claim with a citation', () => {
    const md = toMarkdown(src());
    expect(md).toContain('# Claims in harbour.article');
    expect(md).toContain('> "the talks \\[will\\] resume."');
    expect(md).toContain('— Ilya Varenko, Deputy Minister (said), harbour.article, line 5, Monday, March 3, 2025');
    expect(md).toContain('*(anonymous source)*');
  });
  it('a citation names file, line, speaker and title, cue and date', () => {
    expect(citation(src(), 1)).toBe('“the report” — Ilya Varenko, Deputy Minister (denied), harbour.article, line 7, published Tuesday, March 4, 2025 at 14:05');
    expect(citation(src(), 99)).toBe('');
  });
  it('Web Annotation JSON-LD targets each claim by quote and by code-point position', () => {
    const doc = JSON.parse(toWebAnnotation(src()));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    const items = doc.first.items;
    expect(items).toHaveLength(3);
    const [quote, position] = items[1].target.selector;
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: 'the report' });
    expect(TEXT.slice(0, TEXT.indexOf('the report')).endsWith(quote.prefix)).toBe(true);
    // the headline's em dash is one code unit; no astral characters before, so positions equal offsets
    expect(position).toEqual({ type: 'TextPositionSelector', start: TEXT.indexOf('the report'), end: TEXT.indexOf('the report') + 10 });
    expect(items[1].body[0].value).toBe('Ilya Varenko, Deputy Minister (denied)');
  });
  it('counts code points, not UTF-16 units', () => {
    const text = 'a😀b😀c';
    const m = codePointOffsets(text, [0, 1, 3, 6, 99]);
    expect([m.get(0), m.get(1), m.get(3), m.get(6), m.get(99)]).toEqual([0, 1, 2, 4, 5]);
  });
  it('brat standoff has Claim, Cue and Source entities with relations and stance attributes', () => {
    const ann = toBrat(src()).trim().split('\n');
    const t1 = ann[0].split('\t');
    expect(t1[0]).toBe('T1');
    expect(t1[1]).toBe(`Claim ${TEXT.indexOf('"the talks')} ${TEXT.indexOf('"the talks') + 26}`);
    expect(t1[2]).toBe('"the talks [will] resume."');
    expect(ann).toContain('A1\tStance T1 neutral');
    expect(ann.some((l) => /^R\d+\tCue Arg1:T1 Arg2:T2$/.test(l))).toBe(true);
    expect(ann.some((l) => /^A\d+\tAnonymous T\d+$/.test(l))).toBe(true);
    for (const line of ann.filter((l) => l.startsWith('T'))) {
      const [, typeAndSpan, covered] = line.split('\t');
      const [, s, e] = typeAndSpan.split(' ');
      expect(TEXT.slice(Number(s), Number(e))).toBe(covered);
    }
  });
  it('brat splits a span crossing a line break into fragments', () => {
    const text = 'x "one\ntwo" y';
    const a = { ...fixtureAnalysis(), claims: [{ ...fixtureAnalysis().claims[2], start: 2, end: 11, text: text.slice(2, 11), cue: null, source: null, quotes: [] }] };
    expect(toBrat({ ...src(), text, lines: new LineIndex(text), analysis: a }).split('\n')[0]).toBe('T1\tClaim 2 6;7 11\t"one two"');
  });
  it('renders every format without throwing on an empty analysis', () => {
    const empty = { ...src(), analysis: { ...fixtureAnalysis(), claims: [] } };
    for (const f of ['json', 'csv', 'markdown', 'webannotation', 'brat'] as const) expect(typeof renderExport(f, empty)).toBe('string');
  });
});
