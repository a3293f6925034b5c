/**
 * The reference time of an article: the header's timestamp ("February 07, 2022, 21:37" →
 * "2022-02-07T21:37"), else a dateline date that carries a year ("LONDON 1996-08-30"), else the
 * caller's option. With `overridePublished` the option wins.
 */
import type { AnalyzeOptions, ArticleStructure } from './types';
import { daysInMonth, timestampToIso } from './structure/timestamp';

const ISO_REFERENCE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Validates and normalises an ISO date or date-time ("2022-02-07", "2022-02-07T21:37:05Z") to
 * "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (the clock time as written, the zone dropped); null if invalid.
 */
export function parseIsoReference(s: string): string | null {
  if (typeof s !== 'string' || s.length > 40) return null;
  const m = ISO_REFERENCE.exec(s.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return date;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59)) return null;
  return `${date}T${m[4]}:${m[5]}`;
}

/** The publication time written in the article itself: header timestamp, else a dated dateline. */
export function publishedFromText(text: string, structure: ArticleStructure): string | null {
  const ts = structure.timestamp;
  if (ts && ts.end <= text.length) {
    const iso = timestampToIso(text.slice(ts.start, ts.end));
    if (iso) return iso;
  }
  const date = structure.dateline?.date;
  if (date && date.end <= text.length) return timestampToIso(text.slice(date.start, date.end));
  return null;
}

/** The reference time, from the header's timestamp or the options (see module doc). */
export function resolvePublished(
  text: string,
  structure: ArticleStructure,
  options: AnalyzeOptions,
): { published: string | null; source: 'header' | 'option' | null } {
  const option = options.published ? parseIsoReference(options.published) : null;
  if (option && options.overridePublished) return { published: option, source: 'option' };
  const header = publishedFromText(text, structure);
  if (header) return { published: header, source: 'header' };
  return option ? { published: option, source: 'option' } : { published: null, source: null };
}
