/**
 * The CLI's output contract: the fields other tools rely on come first, with fixed names and
 * meanings; extra fields follow them.
 */
import type { Analysis, ArticleStructure, Span, TextSpan } from '../core/types';

const span = (s: TextSpan) => ({ start: s.start, end: s.end, text: s.text });
const maybe = (s: TextSpan | null | undefined) => (s ? span(s) : null);
const range = (s: Span) => ({ start: s.start, end: s.end });

function structure(s: ArticleStructure) {
  const d = s.dateline;
  return {
    headline: maybe(s.headline),
    header: maybe(s.header),
    section: maybe(s.section),
    timestamp: maybe(s.timestamp),
    lead: maybe(s.lead),
    dateline: d ? { ...span(d), place: maybe(d.place), date: maybe(d.date), agency: maybe(d.agency), agencyName: d.agencyName } : null,
    boilerplate: s.boilerplate.map(span),
    paragraphs: s.paragraphs.map((p) => ({ start: p.start, end: p.end, role: p.role })),
  };
}

/** Projects one analysis onto the contract object: file, published, quotes, dates, officials, claims, then extras. */
export function toContract(file: string, a: Analysis) {
  return {
    file,
    published: a.published,
    quotes: a.quotes.map((q) => ({
      start: q.start, end: q.end, text: q.text, speaker: q.speaker,
      kind: q.kind, unbalanced: q.unbalanced, multiParagraph: q.multiParagraph,
    })),
    dates: a.dates.map((d) => ({
      start: d.start, end: d.end, text: d.text, value: d.value, type: d.type,
      relative: d.relative, resolution: d.resolution,
    })),
    officials: a.officials.map((o) => ({
      name: o.name, title: o.title, org: o.org,
      mentions: o.mentions.filter((m) => m.kind === 'name').map(span),
      id: o.id,
      references: o.mentions.filter((m) => m.kind !== 'name').map((m) => ({ ...span(m), kind: m.kind })),
    })),
    claims: a.claims.map((c) => ({
      start: c.start, end: c.end, text: c.text, cue: maybe(c.cue), speaker: c.speaker,
      id: c.id, speakerId: c.speakerId, source: maybe(c.source), anonymous: c.anonymous, stance: c.stance,
      quotes: c.quotes, date: c.date,
    })),
    publishedSource: a.publishedSource,
    length: a.length,
    structure: structure(a.structure),
    notices: a.notices.map((n) => ({ ...range(n), code: n.code, message: n.message })),
  };
}

/** One contract object. */
export type ContractResult = ReturnType<typeof toContract>;
