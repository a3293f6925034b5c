/** What the worker prepares for the surfaces equals what the host would compute itself. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { LineIndex } from '../../src/vscode/model/lineIndex';
import { buildTimeline, timelineOrder } from '../../src/vscode/model/otherTrees';
import { buildOutline, OUTLINE_MAX_CLAIMS } from '../../src/vscode/model/outline';
import {
  isPreparedView, prepareView, preparedOf, preparedOutline, preparedProblem, PROBLEM_INTS, viewKey, viewOptions, type ViewOptions,
} from '../../src/vscode/model/prepared';
import { collectProblems } from '../../src/vscode/model/problems';
import { readSettings } from '../../src/vscode/model/settings';
import { semanticTokens } from '../../src/vscode/model/tokens';
import { answerPacked, PendingReplies } from '../../src/vscode/workerProtocol';

const SAMPLE = readFileSync(path.resolve(__dirname, '../../media/sample.article'), 'utf8');
const TEXT = `${SAMPLE}\r\n\r\nSources said “the 😀 talks é\u0301 failed.\r\nHe denied it.`;
const defaults = readSettings(() => undefined);
const pos = (lines: LineIndex, start: number, end: number) => {
  const a = lines.positionAt(start);
  const b = lines.positionAt(end);
  return [a.line, a.character, b.line, b.character];
};

describe('prepareView', () => {
  const a = analyze(TEXT, {});
  const lines = new LineIndex(TEXT);

  it('gives the semantic tokens, diagnostics and Outline the host computes, positions as line/character', () => {
    for (const view of [viewOptions(defaults, OUTLINE_MAX_CLAIMS), { layers: ['dates', 'claims'], diagnostics: { unattributedQuote: 'off', anonymousSource: 'error', unbalancedQuote: 'hint' }, outlineMaxClaims: 3 } satisfies ViewOptions]) {
      const v = prepareView(a, TEXT, view);
      expect(isPreparedView(v)).toBe(true);
      expect([...v.tokens]).toEqual([...semanticTokens(a, lines, (l) => view.layers.includes(l))]);
      const problems = collectProblems(a, view.diagnostics);
      expect(problems.length).toBeGreaterThan(0);
      expect(v.problems.length / PROBLEM_INTS).toBe(problems.length);
      problems.forEach((p, i) => expect(preparedProblem(v, i)).toEqual({ range: pos(lines, p.start, p.end), code: p.code, severity: p.severity, message: p.message }));
      const outline = buildOutline(a, view.outlineMaxClaims);
      expect(preparedOutline(v)).toEqual(outline.map((o) => ({ name: o.name, detail: o.detail, kind: o.kind, range: pos(lines, o.start, o.end), nameRange: pos(lines, o.nameStart, o.nameEnd) })));
      expect([...v.timeline]).toEqual(timelineOrder(a));
      expect(buildTimeline(a, 'x#', v.timeline)).toEqual(buildTimeline(a, 'x#'));
      const given = new LineIndex(TEXT, v.lines);
      for (let o = 0; o <= TEXT.length; o += 7) expect(given.positionAt(o)).toEqual(lines.positionAt(o));
    }
  });

  it('a LineIndex given wrong line starts computes its own', () => {
    for (const wrong of [Int32Array.of(0, 5), Int32Array.of(1), new Int32Array(0), Int32Array.from({ length: lines.lineCount + 1 }, (_, i) => (i === 0 ? 0 : lines.lineStart(i - 1) + 1))]) {
      const x = new LineIndex(TEXT, wrong);
      expect(x.lineCount).toBe(lines.lineCount);
      for (let o = 0; o <= TEXT.length; o += 11) expect(x.positionAt(o)).toEqual(lines.positionAt(o));
    }
  });

  it('is keyed by the settings it depends on', () => {
    const on = viewOptions(defaults, 1000);
    expect(on.layers).toEqual(['quotes', 'dates', 'officials', 'claims']);
    const off = viewOptions({ ...defaults, highlight: { ...defaults.highlight, enabled: false } }, 1000);
    expect(off.layers).toEqual([]);
    expect(viewKey(on)).not.toBe(viewKey(off));
    expect(viewKey(on)).not.toBe(viewKey({ ...on, diagnostics: { ...on.diagnostics, anonymousSource: 'off' } }));
    expect(viewKey(on)).not.toBe(viewKey({ ...on, outlineMaxClaims: 10 }));
    expect(viewKey(on)).toBe(viewKey({ ...on, layers: [...on.layers].reverse() }));
  });

  it('travels with the reply of a request that asks for it, and only then', async () => {
    const p = new PendingReplies((fn) => Promise.resolve().then(fn));
    const view = viewOptions(defaults, OUTLINE_MAX_CLAIMS);
    const withView = await p.request(TEXT, {}, (req) => queueMicrotask(() => p.settle(answerPacked(analyze, req).reply)), view);
    expect(preparedOf(withView)?.key).toBe(viewKey(view));
    expect([...preparedOf(withView)!.tokens]).toEqual([...semanticTokens(withView, lines, () => true)]);
    const without = await p.request(TEXT, {}, (req) => queueMicrotask(() => p.settle(answerPacked(analyze, req).reply)));
    expect(preparedOf(without)).toBeUndefined();
    const bad = await p.request(TEXT, {}, (req) => queueMicrotask(() => p.settle({ ...answerPacked(analyze, req).reply, prepared: { key: 'x' } as never })), view);
    expect(preparedOf(bad)).toBeUndefined();
  });
});
