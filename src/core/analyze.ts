import type { Analysis, AnalyzeOptions } from './types';
import { parseStructure } from './structure';
import { resolvePublished } from './published';
import { findQuotes } from './quotes';
import { findDates } from './dates';
import { findOfficials } from './people';
import { findClaims } from './claims';

/**
 * Analyses one article: its layout, direct quotes, dates, officials and claims.
 * Pure and deterministic: the same text and options always give the same result.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const layers = { quotes: true, dates: true, people: true, claims: true, ...options.layers };
  const structure = parseStructure(text);
  const { published, source } = resolvePublished(text, structure, options);
  const quotes = layers.quotes ? findQuotes(text, structure) : [];
  const dates = layers.dates ? findDates(text, { structure, published }) : [];
  const officials = layers.people ? findOfficials(text, { structure, quotes, lexicon: options.lexicon, keepTokens: layers.claims }) : [];
  const claims = layers.claims ? findClaims(text, { structure, quotes, dates, officials }) : [];
  return {
    length: text.length,
    published,
    publishedSource: source,
    structure,
    quotes,
    dates,
    officials,
    claims,
    notices: [],
  };
}
