import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { mergeByCue, nameTokens, speakerMatches, withThat } from '../eval/section-claims';

const TEXT = [
  'WASHINGTON (Reuters) - The senator spoke on Tuesday.',
  '',
  '"We will not back down," Smith said. "This fight is far from over."',
  '',
  'Smith said that the bill would pass. Jones said it would fail.',
  '',
].join('\n');

describe('claims grouped into attributions for PolNeAR scoring', () => {
  const a = analyze(TEXT);
  const at = (s: string) => TEXT.indexOf(s);

  it('scores the two pieces of an interrupted quotation as one attribution from the first piece to the last', () => {
    const pieces = a.claims.filter((c) => c.text.startsWith('"'));
    expect(pieces.map((c) => c.text)).toEqual(['"We will not back down,"', '"This fight is far from over."']);
    expect(pieces[0].cue).toEqual(pieces[1].cue);
    const merged = mergeByCue(a.claims);
    const first = a.claims.indexOf(pieces[0]);
    const end = at('"This fight') + '"This fight is far from over."'.length;
    expect(merged[0]).toEqual({ start: at('"We will'), end, claim: first });
    expect(TEXT.slice(merged[0].start, merged[0].end)).toBe('"We will not back down," Smith said. "This fight is far from over."');
  });

  it('keeps claims with different cues apart, and claims without a cue each on its own', () => {
    const merged = mergeByCue(a.claims);
    expect(merged.map((m) => TEXT.slice(m.start, m.end))).toEqual([
      '"We will not back down," Smith said. "This fight is far from over."',
      'the bill would pass',
      'it would fail',
    ]);
    expect(merged.map((m) => m.claim)).toEqual([0, 2, 3]);
    const cueless = [
      { start: 0, end: 5, cue: null },
      { start: 10, end: 15, cue: null },
    ];
    expect(mergeByCue(cueless)).toEqual([
      { start: 0, end: 5, claim: 0 },
      { start: 10, end: 15, claim: 1 },
    ]);
  });

  it('moves a complementizer "that" into the content only for the diagnostic convention', () => {
    const c = a.claims.find((x) => x.text === 'the bill would pass')!;
    expect(TEXT.slice(withThat(TEXT, c).start, c.end)).toBe('that the bill would pass');
    const j = a.claims.find((x) => x.text === 'it would fail')!;
    expect(withThat(TEXT, j)).toMatchObject({ start: j.start, end: j.end });
  });

  it('matches speakers by a shared capitalised name token', () => {
    expect(nameTokens('Sen. Bernie Sanders')).toEqual(['Sen.', 'Bernie', 'Sanders'].map((w) => w.replace(/\.$/, '')));
    expect(speakerMatches('Bernie Sanders', 'the Vermont senator, Sanders')).toBe(true);
    expect(speakerMatches('Hillary Clinton', 'He')).toBe(false);
  });
});
