import type { Analysis, Claim } from '../../core/types';
import { formatCalendarValue } from './dateText';
import { cueWord, officialRole, speakerName, speakerOf } from './describe';
import type { LineIndex } from './lineIndex';

/** Export formats of "Export Claims…". */
export type ExportFormat = 'json' | 'csv' | 'markdown' | 'webannotation' | 'brat';

/** File extension per format. */
export const EXPORT_EXTENSION: Record<ExportFormat, string> = {
  json: 'json', csv: 'csv', markdown: 'md', webannotation: 'jsonld', brat: 'ann',
};

/** What an export needs to know about the document. */
export interface ExportSource {
  /** Document URI as a string (the annotation target). */
  uri: string;
  /** File name shown in citations. */
  fileName: string;
  text: string;
  lines: LineIndex;
  analysis: Analysis;
}

/** One claim as flat, serialisable data. */
export interface ClaimRecord {
  id: string;
  speaker: string;
  speakerTitle: string | null;
  source: string | null;
  anonymous: boolean;
  cue: string | null;
  stance: string;
  content: string;
  date: string | null;
  start: number;
  end: number;
  line: number;
  column: number;
}

function claimDate(analysis: Analysis, c: Claim): string | null {
  return c.date !== null ? (analysis.dates[c.date]?.value ?? null) : null;
}

/** Flattens the claims of an analysis into records (1-based line and column). */
export function claimRecords(src: ExportSource): ClaimRecord[] {
  return src.analysis.claims.map((c) => {
    const pos = src.lines.positionAt(c.start);
    const o = speakerOf(src.analysis, c);
    return {
      id: c.id, speaker: speakerName(src.analysis, c), speakerTitle: o ? officialRole(o) : null,
      source: c.source?.text ?? null, anonymous: c.anonymous, cue: c.cue?.text ?? null, stance: c.stance,
      content: c.text, date: claimDate(src.analysis, c), start: c.start, end: c.end, line: pos.line + 1, column: pos.character + 1,
    };
  });
}

/** "“…” — Antony Blinken, US Secretary of State (said), sample.article, line 5, February 7, 2022". */
export function citation(src: ExportSource, index: number): string {
  const c = src.analysis.claims[index];
  if (!c) return '';
  const r = claimRecords({ ...src, analysis: { ...src.analysis, claims: [c] } })[0];
  const when = formatCalendarValue(r.date) ?? formatCalendarValue(src.analysis.published);
  const datePart = when ? `, ${r.date ? '' : 'published '}${when}` : '';
  const content = r.content.replace(/\s+/g, ' ').trim();
  const cue = cueWord(c);
  return `“${content}” — ${r.speaker}${r.speakerTitle ? `, ${r.speakerTitle}` : ''}${cue ? ` (${cue})` : ''}, ${src.fileName}, line ${r.line}${datePart}`;
}

/** JSON: the document, its publication date and one object per claim. */
export function toJSON(src: ExportSource): string {
  return `${JSON.stringify({ document: src.uri, published: src.analysis.published, claims: claimRecords(src) }, null, 2)}\n`;
}

/** A CSV cell: quoted when needed; cells that a spreadsheet would run as a formula get a leading apostrophe. */
export function csvCell(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS: (keyof ClaimRecord)[] = ['id', 'speaker', 'speakerTitle', 'source', 'anonymous', 'cue', 'stance', 'content', 'date', 'line', 'column', 'start', 'end'];

/** CSV (RFC 4180, CRLF line ends) with a header row and one row per claim. */
export function toCSV(src: ExportSource): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const r of claimRecords(src)) rows.push(CSV_COLUMNS.map((k) => csvCell(r[k])).join(','));
  return `${rows.join('\r\n')}\r\n`;
}

function mdInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|#~&]/g, (c) => `\\${c}`);
}

/** Markdown: one block quote per claim with its citation. */
export function toMarkdown(src: ExportSource): string {
  const out = [`# Claims in ${mdInline(src.fileName)}`, ''];
  const pub = formatCalendarValue(src.analysis.published);
  if (pub) out.push(`Published ${pub}.`, '');
  src.analysis.claims.forEach((_, i) => {
    const r = claimRecords({ ...src, analysis: { ...src.analysis, claims: [src.analysis.claims[i]] } })[0];
    out.push(`> ${mdInline(r.content)}`, '', `— ${mdInline(citation(src, i).replace(/^“[\s\S]*” — /, ''))}${r.anonymous ? ' *(anonymous source)*' : ''}`, '');
  });
  return `${out.join('\n')}`;
}

/** Counts Unicode code points before each UTF-16 offset (Web Annotation and brat count code points). */
export function codePointOffsets(text: string, offsets: readonly number[]): Map<number, number> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map<number, number>();
  let cp = 0;
  let i = 0;
  for (const target of sorted) {
    const t = Math.max(0, Math.min(target, text.length));
    while (i < t) {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      cp++;
    }
    out.set(target, cp);
  }
  return out;
}

/** W3C Web Annotation (JSON-LD) collection: one annotation per claim, TextQuote + TextPosition selectors. */
export function toWebAnnotation(src: ExportSource): string {
  const { text, analysis } = src;
  const cps = codePointOffsets(text, analysis.claims.flatMap((c) => [c.start, c.end]));
  const items = claimRecords(src).map((r, i) => {
    const c = analysis.claims[i];
    const body: Record<string, string>[] = [
      { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: `${r.speaker}${r.speakerTitle ? `, ${r.speakerTitle}` : ''}${r.cue ? ` (${r.cue})` : ''}` },
      { type: 'TextualBody', purpose: 'tagging', value: `stance:${r.stance}` },
    ];
    if (r.anonymous) body.push({ type: 'TextualBody', purpose: 'tagging', value: 'anonymous-source' });
    return {
      id: `${src.uri}#claim-${c.start}-${c.end}`,
      type: 'Annotation',
      motivation: 'describing',
      body,
      target: {
        source: src.uri,
        selector: [
          { type: 'TextQuoteSelector', exact: text.slice(c.start, c.end), prefix: text.slice(Math.max(0, c.start - 32), c.start), suffix: text.slice(c.end, c.end + 32) },
          { type: 'TextPositionSelector', start: cps.get(c.start) ?? 0, end: cps.get(c.end) ?? 0 },
        ],
      },
    };
  });
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${src.uri}#claims`,
    type: 'AnnotationCollection',
    label: `Claims in ${src.fileName}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** brat standoff (.ann) for the document's text: Claim, Cue and Source entities, relations, stance attributes. */
export function toBrat(src: ExportSource): string {
  const { text, analysis } = src;
  const spans = analysis.claims.flatMap((c) => [c, c.cue, c.source].filter((s) => s !== null)).flatMap((s) => [s.start, s.end]);
  const lineBreaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineBreaks.push(i, i + 1);
  const cps = codePointOffsets(text, [...spans, ...lineBreaks]);
  const cp = (o: number) => cps.get(o) ?? 0;
  const out: string[] = [];
  let t = 0;
  let r = 0;
  let a = 0;
  let n = 0;
  const entity = (type: string, start: number, end: number): string => {
    const frags: string[] = [];
    let s = start;
    for (let nl = text.indexOf('\n', s); nl !== -1 && nl < end; nl = text.indexOf('\n', s)) {
      if (nl > s) frags.push(`${cp(s)} ${cp(nl)}`);
      s = nl + 1;
    }
    if (end > s) frags.push(`${cp(s)} ${cp(end)}`);
    const id = `T${++t}`;
    out.push(`${id}\t${type} ${frags.join(';')}\t${text.slice(start, end).replace(/[\r\n]+/g, ' ')}`);
    return id;
  };
  analysis.claims.forEach((c, i) => {
    if (c.end <= c.start) return;
    const claimId = entity('Claim', c.start, c.end);
    out.push(`A${++a}\tStance ${claimId} ${c.stance}`);
    if (c.anonymous) out.push(`A${++a}\tAnonymous ${claimId}`);
    if (c.cue && c.cue.end > c.cue.start) out.push(`R${++r}\tCue Arg1:${claimId} Arg2:${entity('Cue', c.cue.start, c.cue.end)}`);
    if (c.source && c.source.end > c.source.start) out.push(`R${++r}\tSource Arg1:${claimId} Arg2:${entity('Source', c.source.start, c.source.end)}`);
    const speaker = claimRecords({ ...src, analysis: { ...analysis, claims: [analysis.claims[i]] } })[0].speaker;
    out.push(`#${++n}\tAnnotatorNotes ${claimId}\t${speaker.replace(/[\r\n]+/g, ' ')}`);
  });
  return out.length ? `${out.join('\n')}\n` : '';
}

/** Renders an export in the chosen format. */
export function renderExport(format: ExportFormat, src: ExportSource): string {
  switch (format) {
    case 'json':
      return toJSON(src);
    case 'csv':
      return toCSV(src);
    case 'markdown':
      return toMarkdown(src);
    case 'webannotation':
      return toWebAnnotation(src);
    default:
      return toBrat(src);
  }
}
