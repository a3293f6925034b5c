import type { ArticleStructure, DateMention } from '../types';

/** What date resolution needs besides the text. */
export interface DateContext {
  structure: ArticleStructure;
  /** Reference time, ISO "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"; null when unknown. */
  published: string | null;
}

/** STUB (to be replaced): calendar-anchorable expressions. */
export function findDates(_text: string, _ctx: DateContext): DateMention[] {
  return [];
}
