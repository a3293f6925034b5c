/** Quotes of short test texts without any article layout (shared by the quotes unit tests). */
import { findQuotes } from '../../src/core/quotes';
import type { ArticleStructure, Paragraph, Quote } from '../../src/core/types';

/** An article structure with nothing found but the given paragraphs. */
export function bareStructure(paragraphs: Paragraph[] = []): ArticleStructure {
  return { headline: null, header: null, section: null, timestamp: null, lead: null, dateline: null, boilerplate: [], paragraphs };
}

/** The quotes of `text` read as plain text. */
export const quotesOf = (text: string): Quote[] => findQuotes(text, bareStructure());
