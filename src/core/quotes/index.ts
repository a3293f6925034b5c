import type { ArticleStructure, Quote } from '../types';

/** STUB (to be replaced): direct quotes. */
export function findQuotes(_text: string, _structure: ArticleStructure): Quote[] {
  return [];
}
