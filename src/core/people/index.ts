import type { ArticleStructure, Official, Quote } from '../types';

/** What people finding needs besides the text. */
export interface PeopleContext {
  structure: ArticleStructure;
  quotes: Quote[];
}

/** STUB (to be replaced by the officials issue): named people and their roles. */
export function findOfficials(_text: string, _ctx: PeopleContext): Official[] {
  return [];
}
