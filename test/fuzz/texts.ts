/**
 * Real article texts for the property and fuzz runs, read at test time from ../shared (never
 * copied into the repository): the bench corpus (TASS, PolNeAR, TempEval-3 stripped of its tags,
 * CoNLL-2003) and the seed article.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../bench/corpus';

/** ../shared beside the repository root. */
export const SHARED = resolve(__dirname, '../../../shared');

/** Every real text, in a fixed order; `limit` keeps the first n (sources interleaved). */
export function realTexts(limit = Infinity): string[] {
  const seedDir = join(SHARED, 'seed');
  const seed = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedDir, f), 'utf8')) : [];
  return [...seed, ...loadCorpus().map((d) => d.text)].slice(0, limit);
}
