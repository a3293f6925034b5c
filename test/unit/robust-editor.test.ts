/**
 * Odd files in the editor, on the adapter's pure modules: the size cap and binary gate, line
 * endings, a BOM, emoji, combining marks and right-to-left text before a span (positions must land
 * on the right characters, counted in UTF-16 units like VS Code), and invalid settings.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { AnalyzeOptions } from '../../src/core/types';
import { hoverAt } from '../../src/vscode/model/hover';
import { LineIndex } from '../../src/vscode/model/lineIndex';
import { gateMessage, gateText, readSettings } from '../../src/vscode/model/settings';
import { semanticTokens } from '../../src/vscode/model/tokens';
import { violations } from '../fuzz/invariants';

/** VS Code's view of a text: lines split at \r\n, \r or \n; positions in UTF-16 units. */
function vscodeLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Decodes semantic tokens into the text each one covers, using VS Code's line split. */
function tokenTexts(text: string, data: Uint32Array): string[] {
  const lines = vscodeLines(text);
  const out: string[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push(lines[line].slice(char, char + data[i + 2]));
  }
  return out;
}

const PREFIXES: Record<string, string> = {
  'emoji': '👨‍👩‍👧 🇷🇺 😀 ',
  'combining marks': 'Zürich (Zu\u0308rich), cafe\u0301, Z\u0335\u0336 ',
  'right-to-left text': 'قال الوزير \u202Eabc\u202C שלום ',
  'a BOM and zero-width characters': '\uFEFF\u200B\u200D ',
  'replacement characters from invalid UTF-8': '\uFFFD\uFFFD caf\uFFFD ',
};

const BODY = 'Kremlin spokesman Dmitry Peskov said on Monday that "the talks will go on," and Peskov added more.';

describe('positions after odd characters land on the right text', () => {
  for (const [what, prefix] of Object.entries(PREFIXES)) {
    for (const eol of ['\n', '\r\n']) {
      it(`${what}, ${JSON.stringify(eol)} line ends`, () => {
        const text = `Headline ${prefix}${eol}${eol}${prefix}${BODY}${eol}${prefix}${BODY}`;
        const a = analyze(text, { published: '2022-02-07' });
        expect(violations(text, a)).toEqual([]);
        expect(a.quotes.map((q) => q.text)).toEqual(['"the talks will go on,"', '"the talks will go on,"']);
        expect(a.dates.map((d) => d.text)).toEqual(['Monday', 'Monday']);
        const lines = new LineIndex(text);
        const vs = vscodeLines(text);
        for (const span of [...a.quotes, ...a.dates, ...a.officials.flatMap((o) => o.mentions)]) {
          const p = lines.positionAt(span.start);
          const q = lines.positionAt(span.end);
          expect(p.line).toBe(q.line);
          expect(vs[p.line].slice(p.character, q.character)).toBe(span.text);
          expect(lines.offsetAt(p)).toBe(span.start);
        }
        const shown = tokenTexts(text, semanticTokens(a, lines, () => true));
        expect(shown).toContain('Monday');
        expect(shown).toContain('Peskov');
        const monday = text.lastIndexOf('Monday');
        expect(hoverAt(a, monday + 2, lines)).toMatchObject({ start: monday, end: monday + 6 });
      });
    }
  }

  it('a line index never places a position inside a CRLF pair', () => {
    const text = 'a\r\nbb\r\n\r\nccc';
    const li = new LineIndex(text);
    expect(li.lineCount).toBe(4);
    expect([0, 1, 2, 3].map((l) => text.slice(li.lineStart(l), li.lineEnd(l)))).toEqual(['a', 'bb', '', 'ccc']);
    expect(li.offsetAt({ line: 0, character: 99 })).toBe(1);
    expect(li.positionAt(2)).toEqual({ line: 0, character: 2 });
  });
});

describe('huge and binary documents: the gate', () => {
  it('NUL characters mean binary; the message says so', () => {
    const g = gateText('PDF\u0000\u0001stream', 2048, false);
    expect(g.kind).toBe('binary');
    expect(gateMessage(g)).toMatch(/binary/);
    expect(gateText('x\u0000', 2048, true).kind).toBe('binary');
  });

  it('above the cap: a visible message naming the size, the limit, the setting and "Analyse Anyway"', () => {
    const text = 'a'.repeat(3 * 1024 * 1024);
    const g = gateText(text, 2048, false);
    expect(g).toEqual({ kind: 'too-large', sizeKB: 3072, limitKB: 2048 });
    const m = gateMessage(g);
    expect(m).toContain('3072 KB');
    expect(m).toContain('2048 KB');
    expect(m).toContain('articleLens.maxFileSizeKB');
    expect(m).toContain('Analyse Anyway');
    expect(gateText(text, 2048, true).kind).toBe('ok');
    expect(gateText('a'.repeat(2048 * 1024), 2048, false).kind).toBe('ok');
  });

  it('invalid settings fall back to defaults and floors', () => {
    const junk: Record<string, unknown> = {
      'highlight.enabled': 'yes', debounceMs: -5, maxFileSizeKB: Number.NaN, publishedFallback: 'last Tuesday',
      'claims.groupBy': '<img>', 'claims.sortBy': 7, 'claims.followCursor': null, 'diagnostics.unbalancedQuote': 'fatal',
    };
    const s = readSettings((k) => junk[k]);
    expect(s.highlight.enabled).toBe(true);
    expect(s.debounceMs).toBe(50);
    expect(s.maxFileSizeKB).toBe(2048);
    expect(s.publishedFallback).toBeNull();
    expect(s.groupBy).toBe('speaker');
    expect(s.sortBy).toBe('position');
    expect(s.followCursor).toBe(true);
    expect(s.diagnostics.unbalancedQuote).toBe('warning');
    expect(readSettings((k) => ({ maxFileSizeKB: 0, debounceMs: 1e9 } as Record<string, unknown>)[k])).toMatchObject({ maxFileSizeKB: 1, debounceMs: 5000 });
  });
});

describe('user lexicon entries: invalid ones are skipped, the defaults keep working', () => {
  const TEXT = 'US Secretary of State Antony Blinken said on Monday that talks would resume. The hetman Ivan Mazepa said so.';
  const baseline = analyze(TEXT);
  const blinken = (o: { officials: { name: string; title: string | null }[] }) => o.officials.find((x) => x.name === 'Antony Blinken');

  it.each([
    ['officials: [null]', { officials: [null] }],
    ['officials: a string', { officials: 'Dmitry Peskov' }],
    ['officials: numbers and empty objects', { officials: [5, {}, { name: 5 }, { name: '   ' }] }],
    ['titles: a number', { titles: 5 }],
    ['titles: a string', { titles: 'hetman' }],
    ['titles: junk entries', { titles: [null, 5, {}, '', '  '] }],
    ['regex metacharacters', { titles: ['*+?(['], officials: [{ name: '((( [' }] }],
  ])('%s', (_what, lexicon) => {
    const a = analyze(TEXT, { lexicon: lexicon as unknown as AnalyzeOptions['lexicon'] });
    expect(violations(TEXT, a)).toEqual([]);
    expect(blinken(a)).toEqual(blinken(baseline));
    for (const o of a.officials) {
      expect(o.title === null || typeof o.title === 'string').toBe(true);
      expect(o.org === null || typeof o.org === 'string').toBe(true);
    }
  });

  it('valid entries next to junk still apply; non-string titles and orgs never reach the data', () => {
    const a = analyze(TEXT, { lexicon: { titles: [null, 'hetman'], officials: [{ name: 'Ivan Mazepa', title: 7, org: {} }] } as unknown as AnalyzeOptions['lexicon'] });
    const mazepa = a.officials.find((o) => o.name === 'Ivan Mazepa');
    expect(mazepa?.title === null || typeof mazepa?.title === 'string').toBe(true);
    expect(mazepa?.org === null || typeof mazepa?.org === 'string').toBe(true);
    const b = analyze(TEXT, { lexicon: { titles: [null, 'hetman'] } as unknown as AnalyzeOptions['lexicon'] });
    expect(b.officials.find((o) => o.name === 'Ivan Mazepa')?.title).toBe('hetman');
  });
});
