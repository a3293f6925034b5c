import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { analysisKey, readLexicon, readSettings } from '../../src/vscode/model/settings';

const from = (values: Record<string, unknown>) => (key: string) => values[key];

describe('lexicon settings', () => {
  it('keeps valid titles and officials', () => {
    const { lexicon, problems } = readLexicon(from({
      'lexicon.titles': ['ombudsperson', ' hetman '],
      'lexicon.officials': [{ name: 'Marta Kõiv', title: 'Foreign Minister', org: 'Estlandia' }],
    }));
    expect(problems).toEqual([]);
    expect(lexicon.titles).toEqual(['ombudsperson', 'hetman']);
    expect(lexicon.officials).toEqual([{ name: 'Marta Kõiv', title: 'Foreign Minister', org: 'Estlandia' }]);
  });

  it('drops invalid entries, says which, and keeps the rest', () => {
    const { lexicon, problems } = readLexicon(from({
      'lexicon.titles': ['ombudsperson', 42, '', null],
      'lexicon.officials': [null, { title: 'Minister' }, { name: 'Kõiv' }, { name: 'Johan Ek', title: 7 }],
    }));
    expect(lexicon.titles).toEqual(['ombudsperson']);
    expect(lexicon.officials).toEqual([{ name: 'Johan Ek', title: undefined, org: undefined }]);
    expect(problems).toHaveLength(6);
    expect(problems[0]).toContain('articleLens.lexicon.titles[1]');
    expect(problems[3]).toContain('articleLens.lexicon.officials[0]');
  });

  it('reports a setting of the wrong shape instead of throwing', () => {
    const settings = readSettings(from({ 'lexicon.titles': 'minister', 'lexicon.officials': { name: 'A B' } }));
    expect(settings.lexicon).toEqual({ titles: [], officials: [] });
    expect(settings.problems).toHaveLength(2);
  });

  it('is part of the analysis cache key', () => {
    const a = readSettings(from({}));
    const b = readSettings(from({ 'lexicon.officials': [{ name: 'Marta Kõiv' }] }));
    expect(analysisKey(a)).not.toBe(analysisKey(b));
  });

  it('reaches the core: a known official is found by surname alone', () => {
    const text = 'Kõiv told reporters on Friday that the talks would go on.';
    const { lexicon } = readLexicon(from({ 'lexicon.officials': [{ name: 'Marta Kõiv', title: 'Foreign Minister', org: 'Estlandia' }] }));
    const withLexicon = analyze(text, { published: '2025-03-14', lexicon });
    const official = withLexicon.officials.find((o) => o.name === 'Marta Kõiv');
    expect(official?.title).toBe('Foreign Minister');
    expect(official?.mentions.some((m) => m.text === 'Kõiv')).toBe(true);
    expect(withLexicon.claims[0]?.speaker).toBe('Marta Kõiv');
  });
});
