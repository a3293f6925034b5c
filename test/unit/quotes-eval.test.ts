import { describe, expect, it } from 'vitest';
import { contentPieces, goldQuotePieces } from '../eval/section-quotes';
import type { PolnearDoc } from '../eval/polnear';

const span = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length };
};

describe('PolNeAR quote scoring: content pieces', () => {
  it('joins brat fragments separated only by spaces on one line', () => {
    const text = '“We lost. We will win next time,” she said.';
    const pieces = contentPieces(text, [span(text, '“We lost.'), span(text, 'We will win next time,”')]);
    expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual(['“We lost. We will win next time,”']);
  });

  it('keeps fragments apart across the attribution or a line break', () => {
    const text = '“We lost,” she said, “but we will win.”\n“Next time.”';
    const pieces = contentPieces(text, [span(text, '“We lost,”'), span(text, '“but we will win.”'), span(text, '“Next time.”')]);
    expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual(['“We lost,”', '“but we will win.”', '“Next time.”']);
  });

  it('takes gold quotes from the joined pieces', () => {
    const text = 'Then: “A plan. It works,” he said, adding that it was cheap.';
    const doc: PolnearDoc = {
      id: 'x', text, annotator: 'a',
      attributions: [
        { source: null, cue: null, content: [span(text, '“A plan.'), span(text, 'It works,”')], sourceText: '', cueText: '', contentText: '' },
        { source: null, cue: null, content: [span(text, 'it was cheap')], sourceText: '', cueText: '', contentText: '' },
      ],
    };
    const { gold, unquoted } = goldQuotePieces(doc);
    expect(gold.map((g) => text.slice(g.start, g.end))).toEqual(['“A plan. It works,”']);
    expect(unquoted.map((g) => text.slice(g.start, g.end))).toEqual(['it was cheap']);
  });
});
