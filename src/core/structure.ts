/**
 * The article layout of agency copy: headline, header line (section + timestamp), lead, dateline,
 * body paragraphs and trailing boilerplate. Plain news text gets body paragraphs only.
 */
import type { ArticleStructure, Dateline, Paragraph, ParagraphRole, Span, TextSpan } from './types';
import { splitParagraphs } from './structure/paragraphs';
import { matchHeader, type HeaderMatch } from './structure/header';
import { matchDateline } from './structure/dateline';
import { isBoilerplate } from './structure/boilerplate';

const HEADER_WITHIN = 3;
const DATELINE_WITHIN = 5;
const MAX_HEADLINE = 300;
const MAX_BOILERPLATE_PARAS = 8;

function textSpan(text: string, s: Span): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

function singleLine(text: string, s: Span): boolean {
  if (s.end - s.start > MAX_HEADLINE) return false;
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
  }
  return true;
}

/** A first line that reads as a title: short, and either unpunctuated or in title case. */
function looksLikeTitle(text: string, s: Span, next: Span | undefined): boolean {
  if (!next || !singleLine(text, s) || s.end - s.start > 200) return false;
  const line = text.slice(s.start, s.end);
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 30) return false;
  if (!/[.!?;,]$/.test(line)) return next.end - next.start > line.length;
  const long = words.filter((w) => /^[\p{L}]{4,}/u.test(w));
  const capital = long.filter((w) => /^\p{Lu}/u.test(w));
  return long.length >= 2 && capital.length >= 0.7 * long.length;
}

function findHeader(text: string, paras: Span[]): { index: number; match: HeaderMatch } | null {
  for (let i = 0; i < Math.min(HEADER_WITHIN, paras.length); i++) {
    const match = matchHeader(text, paras[i]);
    if (match) return { index: i, match };
  }
  return null;
}

function findDateline(text: string, paras: Span[], from: number): { index: number; dateline: Dateline } | null {
  let weak: { index: number; dateline: Dateline } | null = null;
  for (let i = from; i < Math.min(from + DATELINE_WITHIN, paras.length); i++) {
    const m = matchDateline(text, paras[i]);
    if (m?.strong) return { index: i, dateline: m.dateline };
    if (m && !weak) weak = { index: i, dateline: m.dateline };
  }
  return weak;
}

/** Finds the article layout. Linear in the text, never throws; plain text gives body paragraphs only. */
export function parseStructure(text: string): ArticleStructure {
  const spans = splitParagraphs(text);
  const roles: ParagraphRole[] = spans.map(() => 'body');
  const header = findHeader(text, spans);
  const dateline = findDateline(text, spans, header ? header.index + 1 : 0);
  const d = dateline?.index ?? -1;

  let headline: TextSpan | null = null;
  const first = spans[0];
  if (header ? header.index >= 1 : d >= 1 ? singleLine(text, first) : d < 0 && looksLikeTitle(text, first ?? { start: 0, end: 0 }, spans[1])) {
    headline = textSpan(text, first);
    roles[0] = 'headline';
  }
  if (header) roles[header.index] = 'header';

  let lead: TextSpan | null = null;
  const leadFrom = header ? header.index + 1 : headline ? 1 : -1;
  let leadTo = -1;
  if (header && d > leadFrom) leadTo = d - 1;
  else if (header && d < 0 && spans.length > leadFrom + 1) leadTo = leadFrom;
  else if (!header && headline && d === 2 && !/^by\s/i.test(text.slice(spans[1].start, spans[1].start + 3))) leadTo = 1;
  if (leadFrom >= 0 && leadTo >= leadFrom) {
    for (let i = leadFrom; i <= leadTo; i++) roles[i] = 'lead';
    lead = textSpan(text, { start: spans[leadFrom].start, end: spans[leadTo].end });
  }

  const boilerplate: TextSpan[] = [];
  const firstBody = Math.max(0, d, leadTo, header?.index ?? -1, headline ? 0 : -1) + 1;
  for (let i = spans.length - 1; i >= Math.max(firstBody, spans.length - MAX_BOILERPLATE_PARAS); i--) {
    if (!isBoilerplate(text, spans[i])) break;
    roles[i] = 'boilerplate';
    boilerplate.unshift(textSpan(text, spans[i]));
  }

  const paragraphs: Paragraph[] = spans.map((s, i) => ({ start: s.start, end: s.end, role: roles[i] }));
  return {
    headline,
    header: header ? textSpan(text, spans[header.index]) : null,
    section: header?.match.section ?? null,
    timestamp: header?.match.timestamp ?? null,
    lead,
    dateline: dateline?.dateline ?? null,
    boilerplate,
    paragraphs,
  };
}
