import type { ArticleStructure } from './types';

/** STUB (to be replaced): finds the article layout. */
export function parseStructure(text: string): ArticleStructure {
  const paragraphs = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length, role: 'body' as const });
  }
  return { headline: null, header: null, section: null, timestamp: null, lead: null, dateline: null, boilerplate: [], paragraphs };
}
