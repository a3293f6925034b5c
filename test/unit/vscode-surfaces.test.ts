import { describe, expect, it } from 'vitest';
import { buildClaimsTree, claimIndexAt, claimsMessage } from '../../src/vscode/model/claimsTree';
import { hoverAt } from '../../src/vscode/model/hover';
import { LineIndex } from '../../src/vscode/model/lineIndex';
import { escapeMarkdown, excerpt } from '../../src/vscode/model/describe';
import { buildOfficials, buildTimeline, describeTimelineNode, sentenceAround } from '../../src/vscode/model/otherTrees';
import { collectTokens, encodeTokens, flattenTokens, modifierBits, semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES, type RawToken } from '../../src/vscode/model/tokens';
import { at, fixtureAnalysis, TEXT } from './vscode-fixture';

const lines = new LineIndex(TEXT);
const all = () => true;

/** Decodes VS Code's relative token encoding back to absolute [text, type, modifiers]. */
function decode(data: Uint32Array, text = TEXT): [string, string, string[]][] {
  const li = new LineIndex(text);
  const out: [string, string, string[]][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const start = li.lineStart(line) + char;
    const mods = TOKEN_MODIFIERS.filter((_, b) => data[i + 4] & (1 << b));
    out.push([text.slice(start, start + data[i + 2]), TOKEN_TYPES[data[i + 3]], [...mods]]);
  }
  return out;
}

describe('semantic tokens', () => {
  it('encodes officials, dates, quotes and cues without overlaps; inner tokens cut holes in quotes', () => {
    const tokens = decode(semanticTokens(fixtureAnalysis(), lines, all));
    expect(tokens).toContainEqual(['Deputy Minister Ilya Varenko', 'official', ['declaration', 'speaker']]);
    expect(tokens).toContainEqual(['Varenko', 'official', ['speaker']]);
    expect(tokens).toContainEqual(['He', 'officialMention', []]);
    expect(tokens).toContainEqual(['Monday', 'date', ['relative']]);
    expect(tokens).toContainEqual(['denied', 'claimCue', ['negative']]);
    expect(tokens).toContainEqual(['"the talks [will] resume."', 'quote', ['attributed']]);
    expect(tokens).toContainEqual(['"=SUM(A1)"', 'quote', ['unattributed']]);
  });
  it('respects layer toggles', () => {
    const tokens = decode(semanticTokens(fixtureAnalysis(), lines, (l) => l === 'dates'));
    expect(tokens.map((t) => t[1])).toEqual(['date', 'date']);
    expect(semanticTokens(fixtureAnalysis(), lines, () => false).length).toBe(0);
  });
  it('splits a container around inner tokens and across lines', () => {
    const text = 'a "b Mon\nday c" d';
    const li = new LineIndex(text);
    const q: RawToken = { start: 2, end: 15, type: 'quote', mods: 0 };
    const d: RawToken = { start: 5, end: 12, type: 'date', mods: modifierBits(['relative']) };
    const flat = flattenTokens([q], [d], text.length);
    expect(flat.map((t) => text.slice(t.start, t.end))).toEqual(['"b ', 'Mon\nday', ' c"']);
    expect(decode(encodeTokens(flat, li), text).map((t) => t[0])).toEqual(['"b ', 'Mon', 'day', ' c"']);
  });
  it('drops overlapping inner tokens and clamps out-of-range spans', () => {
    const flat = flattenTokens([], [
      { start: 0, end: 5, type: 'official', mods: 0 },
      { start: 3, end: 8, type: 'date', mods: 0 },
      { start: 90, end: 120, type: 'date', mods: 0 },
    ], 100);
    expect(flat.map((t) => [t.start, t.end])).toEqual([[0, 5], [90, 100]]);
  });
  it('collects one container per quote', () => {
    expect(collectTokens(fixtureAnalysis(), all).containers).toHaveLength(3);
  });
});

describe('hovers', () => {
  it('escapes Markdown so article text cannot link, embed HTML or emphasise', () => {
    expect(escapeMarkdown('[x](command:evil) <img src=x> *b* https://a.b, ok')).toBe('\\[x\\]\\(command\\:evil\\) \\<img src\\=x\\> \\*b\\* https\\:\\/\\/a\\.b, ok');
    expect(escapeMarkdown('a\nb')).toBe('a b');
    expect(excerpt('one two three four', 10)).toBe('one two…');
  });
  it('shows an official with title, mentions and attributed claims', () => {
    const h = hoverAt(fixtureAnalysis(), at('Varenko', 2).start + 1, lines)!;
    expect(TEXT.slice(h.start, h.end)).toBe('Varenko');
    expect(h.markdown).toContain('**Ilya Varenko** — Deputy Minister');
    expect(h.markdown).toContain('3 mentions (2 by name)');
    expect(h.markdown).toContain('Claims attributed (2)');
    expect(h.markdown).toContain('*denied*: the report (Ln 7)');
  });
  it('shows a claim cue with speaker, stance and the date of the statement', () => {
    const h = hoverAt(fixtureAnalysis(), at('said').start, lines)!;
    expect(h.markdown).toContain('**Claim** by Ilya Varenko, Deputy Minister');
    expect(h.markdown).toContain('Said: Monday, March 3, 2025');
  });
  it('shows a date with weekday, distance from publication and how it was resolved', () => {
    const h = hoverAt(fixtureAnalysis(), at('Monday').start, lines)!;
    expect(h.markdown).toContain('**Monday, March 3, 2025**');
    expect(h.markdown).toContain('the day before publication');
    expect(h.markdown).toContain('resolved to the past by the tense');
  });
  it('shows a quote speaker with title and cue, escaped; and unattributed ones', () => {
    const a = fixtureAnalysis();
    const h = hoverAt(a, at('talks', 1).start, lines)!;
    expect(h.markdown).toContain('**Quote** — Ilya Varenko, Deputy Minister');
    expect(h.markdown).toContain('Cue: *said*');
    const u = hoverAt(a, at('SUM').start, lines)!;
    expect(u.markdown).toContain('unattributed: anonymous source (“sources”)');
    expect(hoverAt(a, at('never').start, lines)!.markdown).toContain('closing quotation mark is missing');
    expect(hoverAt(a, at('Harbour').start, lines)).toBeNull();
  });
});

describe('Claims tree', () => {
  const a = fixtureAnalysis();
  it('groups by speaker with counts, stable ids and parents', () => {
    const t = buildClaimsTree(a, lines, { groupBy: 'speaker', sortBy: 'position', filter: '' }, 'doc#');
    expect(t.roots.map((r) => [r.label, r.description])).toEqual([
      ['Ilya Varenko', 'Deputy Minister · 2 claims'], ['Anonymous source', '1 claim'],
    ]);
    const first = t.roots[0];
    if (first.kind !== 'group') throw new Error('group expected');
    expect(first.children[0].parent).toBe(first);
    expect(first.children[0].description).toBe('Ln 5, Col 73');
    expect(first.children[0].id).toBe(`doc#claim:${a.claims[0].start}-${a.claims[0].end}`);
    const again = buildClaimsTree(a, lines, { groupBy: 'speaker', sortBy: 'position', filter: '' }, 'doc#');
    expect(again.roots.map((r) => r.id)).toEqual(t.roots.map((r) => r.id));
  });
  it('groups by stance, lists flat by position, sorts by cue', () => {
    const byStance = buildClaimsTree(a, lines, { groupBy: 'stance', sortBy: 'position', filter: '' });
    expect(byStance.roots.map((r) => r.label)).toEqual(['Neutral', 'Negative']);
    const flat = buildClaimsTree(a, lines, { groupBy: 'position', sortBy: 'cue', filter: '' });
    expect(flat.roots.map((r) => (r.kind === 'claim' ? r.claim.id : ''))).toEqual(['c2', 'c1', 'c3']);
    expect(flat.roots[0].label).toBe('Ilya Varenko · denied: the report');
  });
  it('filters with a visible message', () => {
    const t = buildClaimsTree(a, lines, { groupBy: 'speaker', sortBy: 'position', filter: 'DENIED' });
    expect([t.shown, t.total]).toEqual([1, 3]);
    expect(claimsMessage(t, 'DENIED')).toBe('Filtered by "DENIED": 1 of 3 claims. Clear the filter to see all.');
    expect(claimsMessage(buildClaimsTree({ ...a, claims: [] }, lines, { groupBy: 'speaker', sortBy: 'position', filter: '' }), '')).toMatch(/No attributed claims/);
  });
  it('leaves a punctuation-only cue (a headline\'s "—") out of labels and hovers', () => {
    const b = fixtureAnalysis();
    b.claims[1].cue = { ...b.claims[1].cue!, text: '—' };
    const t = buildClaimsTree(b, lines, { groupBy: 'position', sortBy: 'position', filter: '' });
    expect(t.roots[1].label).toBe('Ilya Varenko · the report');
    const h = hoverAt(b, at('Varenko', 2).start, lines)!;
    expect(h.markdown).toContain('- the report (Ln 7)');
  });
  it('finds the claim under the cursor, its cue and source included', () => {
    expect(claimIndexAt(a, at('denied').start)).toBe(1);
    expect(claimIndexAt(a, at('wall').start)).toBe(2);
    expect(claimIndexAt(a, 0)).toBe(-1);
  });
});

describe('Officials and Timeline', () => {
  it('lists officials with role and mentions', () => {
    const [o] = buildOfficials(fixtureAnalysis(), lines);
    expect(o.description).toBe('Deputy Minister · 3 mentions');
    expect(o.mentions.map((m) => m.description)).toEqual(['full title · Ln 5, Col 24', 'Ln 7, Col 1', 'pronoun · Ln 8, Col 1']);
  });
  it('orders dates chronologically with the sentence around them', () => {
    const t = buildTimeline(fixtureAnalysis()).map((n) => describeTimelineNode(n, TEXT, lines));
    expect(t.map((n) => n.label)).toEqual(['Monday, March 3, 2025', 'Tuesday, March 4, 2025']);
    expect(t[0].tooltip).toContain('Deputy Minister Ilya Varenko said on Monday');
    expect(t[0].tooltip).toContain('(Ln 5, Col 61)');
    expect(sentenceAround('One. Two three. Four', 7, 10)).toBe('Two three.');
    expect(sentenceAround('Alpha beta gamma delta date here.', 23, 27, 12)).toBe('…delta date here.');
    expect(sentenceAround('Date alpha beta gamma delta epsilon.', 0, 4, 14)).toBe('Date alpha beta…');
    expect(sentenceAround('', 0, 0)).toBe('');
  });
});
