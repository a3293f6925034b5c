import type { AnalyzeOptions, ArticleStructure } from './types';

/** STUB (to be replaced): the reference time, from the header's timestamp or the options. */
export function resolvePublished(
  _text: string,
  _structure: ArticleStructure,
  options: AnalyzeOptions,
): { published: string | null; source: 'header' | 'option' | null } {
  return options.published ? { published: options.published, source: 'option' } : { published: null, source: null };
}
