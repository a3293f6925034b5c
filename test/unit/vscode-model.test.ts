import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCalendarValue, distanceFromPublication, describeResolution, describeTimexValue } from '../../src/vscode/model/dateText';
import { gateMessage, gateText, analysisKey, layerVisible, readSettings } from '../../src/vscode/model/settings';
import { LineIndex } from '../../src/vscode/model/lineIndex';
import { indexAt, stepIndex, definingMention, officialAt } from '../../src/vscode/model/lookup';
import { buildOutline, statusText, statusTooltip } from '../../src/vscode/model/outline';
import { collectProblems } from '../../src/vscode/model/problems';
import { at, fixtureAnalysis, TEXT } from './vscode-fixture';

const modelDir = path.resolve(__dirname, '../../src/vscode/model');

describe('adapter model boundary', () => {
  it('no model module imports vscode (they are tested without it)', () => {
    for (const f of readdirSync(modelDir)) {
      const src = readFileSync(path.join(modelDir, f), 'utf8');
      expect(src, f).not.toMatch(/from\s+['"]vscode['"]|require\(['"]vscode['"]\)/);
    }
  });
});

describe('LineIndex', () => {
  it('maps offsets to lines and back, CRLF included', () => {
    const li = new LineIndex('ab\r\ncd\nef');
    expect(li.lineCount).toBe(3);
    expect(li.positionAt(0)).toEqual({ line: 0, character: 0 });
    expect(li.positionAt(4)).toEqual({ line: 1, character: 0 });
    expect(li.positionAt(8)).toEqual({ line: 2, character: 1 });
    expect(li.lineEnd(0)).toBe(2);
    expect(li.offsetAt({ line: 1, character: 1 })).toBe(5);
    expect(li.positionAt(999)).toEqual({ line: 2, character: 2 });
    expect(li.positionAt(-5)).toEqual({ line: 0, character: 0 });
  });
});

describe('settings', () => {
  it('applies defaults, the debounce floor and rejects bad values', () => {
    const raw: Record<string, unknown> = { debounceMs: 1, 'claims.groupBy': 'nonsense', publishedFallback: 'yesterday', 'diagnostics.unbalancedQuote': 'off' };
    const s = readSettings((k) => raw[k]);
    expect(s.debounceMs).toBe(50);
    expect(s.groupBy).toBe('speaker');
    expect(s.publishedFallback).toBeNull();
    expect(s.diagnostics.unbalancedQuote).toBe('off');
    expect(s.maxFileSizeKB).toBe(2048);
  });
  it('the master switch hides every layer; only analysis settings change the cache key', () => {
    const off = readSettings((k) => (k === 'highlight.enabled' ? false : undefined));
    expect(layerVisible(off, 'quotes')).toBe(false);
    const on = readSettings(() => undefined);
    expect(layerVisible(on, 'dates')).toBe(true);
    expect(analysisKey(off)).toBe(analysisKey(on));
    expect(analysisKey(readSettings((k) => (k === 'publishedFallback' ? '2024-05-01' : undefined)))).not.toBe(analysisKey(on));
  });
});

describe('gate', () => {
  it('refuses binary text and large text unless overridden, with a visible reason', () => {
    expect(gateText('a\u0000b', 10, true).kind).toBe('binary');
    const big = 'x'.repeat(3 * 1024 + 1);
    const r = gateText(big, 3, false);
    expect(r).toEqual({ kind: 'too-large', sizeKB: 4, limitKB: 3 });
    expect(gateMessage(r)).toContain('Analyse Anyway');
    expect(gateText(big, 3, true).kind).toBe('ok');
  });
});

describe('dates in words', () => {
  it('formats calendar values with the weekday', () => {
    expect(formatCalendarValue('2022-02-07')).toBe('Monday, February 7, 2022');
    expect(formatCalendarValue('2022-02')).toBe('February 2022');
    expect(formatCalendarValue('2022-W06')).toBe('week 6 of 2022');
    expect(formatCalendarValue('2022-02-07T21:37')).toBe('Monday, February 7, 2022 at 21:37');
    expect(formatCalendarValue('P3D')).toBeNull();
    expect(formatCalendarValue('2022-13-01')).toBeNull();
  });
  it('says how far a date is from publication', () => {
    expect(distanceFromPublication('2022-02-04', '2022-02-07T21:37')).toBe('3 days before publication');
    expect(distanceFromPublication('2022-02-06', '2022-02-07')).toBe('the day before publication');
    expect(distanceFromPublication('2022-02-07', '2022-02-07')).toBe('on the day of publication');
    expect(distanceFromPublication('2022-03-01', '2022-02-28')).toBe('the day after publication');
    expect(distanceFromPublication('2021-12', '2022-02-07')).toBe('2 months before publication');
    expect(distanceFromPublication('2022-02-07', null)).toBeNull();
    expect(describeResolution('tense-past')).toContain('past');
  });
  it('puts non-calendar TIMEX values in words', () => {
    expect(describeTimexValue('PAST_REF')).toBe('some time before publication');
    expect(describeTimexValue('PRESENT_REF')).toBe('now (the time of publication)');
    expect(describeTimexValue('P3D')).toBe('3 days');
    expect(describeTimexValue('P1W')).toBe('1 week');
    expect(describeTimexValue('PT2H')).toBe('2 hours');
    expect(describeTimexValue('PT30M')).toBe('30 minutes');
    expect(describeTimexValue('P2M')).toBe('2 months');
    expect(describeTimexValue('PXY')).toBe('some years');
    expect(describeTimexValue('2022-02-07')).toBeNull();
  });
});

describe('lookups', () => {
  const spans = [{ start: 0, end: 3 }, { start: 5, end: 9 }, { start: 12, end: 14 }];
  it('finds the span at an offset, end inclusive', () => {
    expect(indexAt(spans, 6)).toBe(1);
    expect(indexAt(spans, 9)).toBe(1);
    expect(indexAt(spans, 10)).toBe(-1);
  });
  it('steps to the next and previous span, wrapping around', () => {
    expect(stepIndex(spans, 5, 1)).toBe(2);
    expect(stepIndex(spans, 13, 1)).toBe(0);
    expect(stepIndex(spans, 5, -1)).toBe(0);
    expect(stepIndex(spans, 0, -1)).toBe(2);
    expect(stepIndex([], 0, 1)).toBe(-1);
  });
  it('resolves a later mention to the full-title mention', () => {
    const a = fixtureAnalysis();
    const hit = officialAt(a, at('Varenko', 2).start + 2);
    expect(hit?.official.name).toBe('Ilya Varenko');
    expect(definingMention(hit!.official)?.text).toBe('Deputy Minister Ilya Varenko');
  });
});

describe('problems', () => {
  it('reports unattributed quotes, anonymous sources and unbalanced marks at their severities', () => {
    const a = fixtureAnalysis();
    a.claims.pop();
    const p = collectProblems(a, { unattributedQuote: 'information', anonymousSource: 'warning', unbalancedQuote: 'error' });
    expect(p.map((x) => [x.code, TEXT.slice(x.start, x.end), x.severity])).toEqual([
      ['unattributed-quote', '"=SUM(A1)"', 'information'],
      ['unbalanced-quote', '"', 'error'],
    ]);
    const b = fixtureAnalysis();
    expect(collectProblems(b, { unattributedQuote: 'information', anonymousSource: 'warning', unbalancedQuote: 'error' }).map((x) => [x.code, TEXT.slice(x.start, x.end)])).toEqual([
      ['anonymous-source', 'sources'],
      ['unbalanced-quote', '"'],
    ]);
    expect(collectProblems(a, { unattributedQuote: 'off', anonymousSource: 'off', unbalancedQuote: 'off' })).toEqual([]);
  });
});

describe('outline and status', () => {
  it('lists headline, header, dateline and claims in reading order', () => {
    const a = fixtureAnalysis();
    const o = buildOutline(a);
    expect(o.map((i) => i.kind)).toEqual(['headline', 'section', 'dateline', 'claim', 'claim', 'claim']);
    expect(o[2].detail).toBe('TASS');
    expect(o[3].name).toMatch(/^Ilya Varenko said: /);
    expect(statusText(a)).toBe('1 official · 3 claims');
    expect(statusTooltip(a)).toContain('3 quotations (2 without a named speaker), 2 dates, 1 claim from anonymous sources');
  });
});
