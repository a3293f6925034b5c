/**
 * Trailing boilerplate of agency copy: "Read more on the site →", "Reporting by … Editing by …",
 * "© 2022 …", "Follow us on …", "Our Standards: …", "… contributed to this report."
 */
import type { Span } from '../types';

const MAX_BOILERPLATE = 400;
const STARTS = new RegExp(
  [
    'read (?:more|the full|also)\\b',
    '\\(?(?:additional )?(?:reporting|writing|editing|edited|compiled|research|graphics?|production) by\\b',
    '(?:©|\\(c\\)|copyright\\b)',
    'all rights reserved',
    'follow (?:us|@|\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,3} on)\\b',
    'our standards:',
    '(?:subscribe|sign up|click here|share (?:this|on)|related:|advertisement|more from\\b|see also\\b)',
    '(?:→|>>)',
  ].join('|'),
  'iuy',
);
const RULE = /^[_*=\-–—~#]{3,}$/;
const CONTRIBUTED = /\b(?:contributed (?:to )?(?:this|the) (?:report|story)|contributed reporting)\b/i;

/** True when the paragraph is agency boilerplate rather than article text. */
export function isBoilerplate(text: string, para: Span): boolean {
  const length = para.end - para.start;
  if (length > MAX_BOILERPLATE) return false;
  STARTS.lastIndex = para.start;
  if (STARTS.test(text)) return true;
  const s = text.slice(para.start, para.end);
  return RULE.test(s) || (length <= 200 && CONTRIBUTED.test(s));
}
