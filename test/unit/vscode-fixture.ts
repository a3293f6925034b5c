import type { Analysis, Claim, DateMention, Official, Quote, TextSpan } from '../../src/core/types';

/** A short article written for the adapter tests, with a hand-made analysis of it. */
export const TEXT = [
  'Harbour talks to resume — Varenko',
  '',
  'World March 04, 2025, 14:05',
  '',
  'OSLO, March 4. /TASS/. Deputy Minister Ilya Varenko said on Monday that "the talks [will] resume."',
  '',
  'Varenko denied the report. "=SUM(A1)" was written on a wall, sources said.',
  'He said "never closed',
].join('\n');

/** The span of the `n`-th occurrence of `s` in TEXT. */
export function at(s: string, n = 0): TextSpan {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = TEXT.indexOf(s, i + 1);
    if (i < 0) throw new Error(`not in fixture: ${s}`);
  }
  return { start: i, end: i + s.length, text: s };
}

function quote(s: string, speaker: string | null, unbalanced = false): Quote {
  return { ...at(s), kind: 'speech', speaker, open: s[0], close: unbalanced ? null : s[s.length - 1], unbalanced, multiParagraph: false, nested: [] };
}

function date(s: string, value: string | null, relative: boolean, resolution: DateMention['resolution']): DateMention {
  return { ...at(s), type: 'DATE', value, relative, resolution };
}

/** The analysis of TEXT. */
export function fixtureAnalysis(): Analysis {
  const varenko: Official = {
    id: 'ilya-varenko', name: 'Ilya Varenko', title: 'Deputy Minister', org: null,
    mentions: [
      { ...at('Deputy Minister Ilya Varenko'), kind: 'name', titled: true },
      { ...at('Varenko', 2), kind: 'name' },
      { ...at('He'), kind: 'pronoun' },
    ],
  };
  const quotes = [quote('"the talks [will] resume."', 'Ilya Varenko'), quote('"=SUM(A1)"', null), quote('"never closed', null, true)];
  const dates = [date('March 4', '2025-03-04', true, 'dateline'), date('Monday', '2025-03-03', true, 'tense-past')];
  const claim = (id: string, content: string, cue: string, extra: Partial<Claim>): Claim => ({
    id, ...at(content), cue: at(cue), speaker: null, speakerId: null, source: null, anonymous: false, stance: 'neutral', quotes: [], date: null, ...extra,
  });
  const claims: Claim[] = [
    claim('c1', '"the talks [will] resume."', 'said', { speaker: 'Ilya Varenko', speakerId: 'ilya-varenko', source: at('Deputy Minister Ilya Varenko'), quotes: [0], date: 1 }),
    claim('c2', 'the report', 'denied', { speaker: 'Ilya Varenko', speakerId: 'ilya-varenko', source: at('Varenko', 2), stance: 'negative' }),
    claim('c3', '"=SUM(A1)" was written on a wall', 'said', { source: at('sources'), anonymous: true, quotes: [1] }),
  ];
  return {
    length: TEXT.length, published: '2025-03-04T14:05', publishedSource: 'header',
    structure: {
      headline: at('Harbour talks to resume — Varenko'), header: at('World March 04, 2025, 14:05'), section: at('World'),
      timestamp: at('March 04, 2025, 14:05'), lead: null,
      dateline: { ...at('OSLO, March 4. /TASS/.'), place: at('OSLO'), date: at('March 4'), agency: at('/TASS/.'), agencyName: 'TASS' },
      boilerplate: [], paragraphs: [],
    },
    quotes, dates, officials: [varenko], claims, notices: [],
  };
}
