/**
 * Hostile mutations of real article text for the property and fuzz runs: splices from other
 * articles, duplicated and deleted ranges, quote marks, apostrophes, emoji, combining marks,
 * right-to-left text, NUL, CR, BOM, lone surrogates, capitalised runs and huge lines.
 */
import fc from 'fast-check';
import type { AnalyzeOptions } from '../../src/core/types';

/** Short strings that stress the analysis when dropped anywhere in a text. */
export const HOSTILE = [
  '"', '“', '”', '«', '»', '„', '‘', '’', "'", '``', "''", '"""', '“‘', '’”', '« ', ' »', '’s', 'n’t', '’90s',
  '😀', '👨‍👩‍👧', '🇷🇺', '\u{1F600}"', 'e\u0301', '\u0301', '\u0300\u0301\u0302', 'Z\u0335\u0336',
  '\u202E', '\u202D', '\u200F', '\u200B', '\u2066', 'قال الوزير', 'אמר השר', '\u0000', '\r', '\r\n', '\n\r', '\uFEFF',
  '\uD83D', '\uDE00', '\u2028', '\u2029', '\t', '\u00A0', '…', '—', ' – ', '/TASS/.', '(Reuters) -', '(AP) —',
  'said', ' told reporters', 'according to', 'on Monday', 'last week', 'February 30, 2022', '31/12/1999', '25:99',
  'Mr.', 'Dr. ', 'President', 'Secretary of State', 'U.S.', '[x](command:foo)', '<img src=x onerror=alert(1)>',
  '$(zap)', '=cmd|', '+1', '-2', '@SUM(1)', '\n\n', ' ',
];

/** One mutation, with positions as fractions of the text length so they fit any text. */
export type Mutation =
  | { op: 'insert'; at: number; what: string; times: number }
  | { op: 'splice'; at: number; from: number; len: number }
  | { op: 'duplicate'; at: number; len: number; times: number }
  | { op: 'delete'; at: number; len: number }
  | { op: 'capitalise'; at: number; len: number }
  | { op: 'upper'; at: number; len: number }
  | { op: 'oneLine'; at: number; len: number }
  | { op: 'crlf' }
  | { op: 'hugeLine'; at: number; size: number };

const frac = fc.double({ min: 0, max: 1, noNaN: true });
const len = fc.integer({ min: 0, max: 2000 });

/** A mutation of any kind, weighted towards small local damage. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('insert' as const), at: frac, what: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 6 })), times: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('splice' as const), at: frac, from: frac, len }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: frac, len, times: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: frac, len }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('capitalise' as const), at: frac, len }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('upper' as const), at: frac, len }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('oneLine' as const), at: frac, len }) },
  { weight: 1, arbitrary: fc.constant({ op: 'crlf' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('hugeLine' as const), at: frac, size: fc.integer({ min: 1000, max: 30000 }) }) },
);

const pos = (text: string, f: number) => Math.min(text.length, Math.floor(f * (text.length + 1)));

/** Applies one mutation; `donor` is another real text to splice from. */
export function applyMutation(text: string, m: Mutation, donor: string): string {
  switch (m.op) {
    case 'insert': {
      const i = pos(text, m.at);
      return text.slice(0, i) + m.what.repeat(m.times) + text.slice(i);
    }
    case 'splice': {
      const i = pos(text, m.at);
      const j = pos(donor, m.from);
      return text.slice(0, i) + donor.slice(j, j + m.len) + text.slice(i);
    }
    case 'duplicate': {
      const i = pos(text, m.at);
      const piece = text.slice(i, i + m.len);
      return text.slice(0, i) + piece.repeat(m.times + 1) + text.slice(i + m.len);
    }
    case 'delete': {
      const i = pos(text, m.at);
      return text.slice(0, i) + text.slice(i + m.len);
    }
    case 'capitalise':
    case 'upper':
    case 'oneLine': {
      const i = pos(text, m.at);
      const mid = text.slice(i, i + m.len);
      const changed = m.op === 'upper' ? mid.toUpperCase()
        : m.op === 'oneLine' ? mid.replace(/[\r\n]+/g, ' ')
          : mid.replace(/\b\p{Ll}/gu, (ch) => ch.toUpperCase());
      return text.slice(0, i) + changed + text.slice(i + m.len);
    }
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'hugeLine': {
      const i = pos(text, m.at);
      const words = (text.slice(0, 2000).replace(/\s+/g, ' ') || 'word ').padEnd(20, ' x');
      return text.slice(0, i) + words.repeat(Math.ceil(m.size / words.length)).slice(0, m.size) + text.slice(i);
    }
  }
}

/** Analysis options, valid and invalid. */
export const optionsArb: fc.Arbitrary<AnalyzeOptions> = fc.record({
  published: fc.option(fc.constantFrom('2022-02-07', '2022-02-07T21:37', '1998-01-08', '2016-02-29', 'not a date', '2022-02-30', '', '9999-12-31T23:59'), { nil: undefined }),
  overridePublished: fc.option(fc.boolean(), { nil: undefined }),
}, { requiredKeys: [] });

/** A real text picked by index, mutated by up to `maxMutations` mutations. */
export function mutatedArticle(texts: readonly string[], maxMutations: number): fc.Arbitrary<string> {
  return fc.tuple(fc.nat(texts.length - 1), fc.nat(texts.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: maxMutations }))
    .map(([a, b, ms]) => ms.reduce((t, m) => applyMutation(t, m, texts[b]), texts[a]));
}

/** Synthetic articles assembled from hostile pieces, article furniture and random graphemes. */
export const piecesArb: fc.Arbitrary<string> = fc.array(fc.oneof(
  fc.constantFrom(...HOSTILE, 'WASHINGTON, February 7. /TASS/.', 'World February 07, 2022, 21:37', 'Read more on the site →',
    'Secretary of State Antony Blinken', 'Blinken', 'he said', 'last Monday', 'will meet on Friday', '2022', 'He', 'The'),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
), { maxLength: 60 }).map((a) => a.join(''));
