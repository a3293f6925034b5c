import type { ArticleStructure, Claim, DateMention, Official, Quote } from '../types';

/** What attribution needs besides the text. Attribution also sets `speaker` on `quotes`. */
export interface ClaimsContext {
  structure: ArticleStructure;
  quotes: Quote[];
  dates: DateMention[];
  officials: Official[];
}

/** STUB (to be replaced by the officials issue): attributed statements. */
export function findClaims(_text: string, _ctx: ClaimsContext): Claim[] {
  return [];
}
