/**
 * Trailing boilerplate of agency copy: "Read more on the site →", "Reporting by … Editing by …",
 * "© 2022 …", "Follow us on …", "Our Standards: …", "… contributed to this report."
 */
import type { Span } from '../types';

const MAX_BOILERPLATE = 400;
const PREFIXES = [
  'read more', 'read the full', 'read also', 'reporting by', 'additional reporting by', 'writing by', 'editing by',
  'edited by', 'compiled by', 'research by', 'graphic by', 'graphics by', 'production by', '©', '(c)', 'copyright',
  'all rights reserved', 'follow us', 'follow @', 'our standards:', 'subscribe', 'sign up', 'click here', 'share this',
  'share on', 'related:', 'advertisement', 'more from', 'see also', '→', '>>',
];
const NETWORK = /\b(?:twitter|facebook|telegram|instagram|linkedin|tiktok|youtube|threads|bluesky)\b/i;
const RULE = /^[_*=\-–—~#]{3,}$/;
const CONTRIBUTED = /\b(?:contributed (?:to )?(?:this|the) (?:report|story)|contributed reporting)\b/i;

function startsWithPrefix(head: string): boolean {
  const s = head.startsWith('(') ? head.slice(1) : head;
  return PREFIXES.some((p) => s.startsWith(p) && !(/[a-z]$/.test(p) && /[a-z]/.test(s.charAt(p.length))));
}

/** True when the paragraph is agency boilerplate rather than article text. */
export function isBoilerplate(text: string, para: Span): boolean {
  const length = para.end - para.start;
  if (length > MAX_BOILERPLATE || length <= 0) return false;
  const s = text.slice(para.start, para.end);
  const head = s.slice(0, 40).toLowerCase();
  if (startsWithPrefix(head)) return true;
  if (head.startsWith('follow ') && NETWORK.test(s.slice(0, 120))) return true;
  return RULE.test(s) || (length <= 200 && CONTRIBUTED.test(s));
}
