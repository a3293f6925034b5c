import type { Analysis } from '../../core/types';
import { cueWord, speakerName, excerpt } from './describe';

/** Symbol kinds used by the outline (mapped to `vscode.SymbolKind` by the adapter). */
export type OutlineKind = 'headline' | 'dateline' | 'claim' | 'section';

/** One outline entry. */
export interface OutlineItem {
  name: string;
  detail: string;
  kind: OutlineKind;
  start: number;
  end: number;
  /** Where the name is (selection range). */
  nameStart: number;
  nameEnd: number;
}

/** Claims listed in the Outline; past this, one entry says how many more there are. */
export const OUTLINE_MAX_CLAIMS = 1000;

/**
 * The outline of an article: headline, header, dateline, then the claims in reading order. Past
 * `maxClaims` claims, one last entry says how many more there are and spans them (the Claims panel
 * lists them all): an outline of ten thousand entries helps nobody and holds the editor up.
 */
export function buildOutline(analysis: Analysis, maxClaims = Infinity): OutlineItem[] {
  const s = analysis.structure;
  const out: OutlineItem[] = [];
  if (s.headline) out.push({ name: excerpt(s.headline.text, 100) || 'Headline', detail: 'headline', kind: 'headline', start: s.headline.start, end: s.headline.end, nameStart: s.headline.start, nameEnd: s.headline.end });
  if (s.header) out.push({ name: excerpt(s.header.text, 100) || 'Header', detail: 'section and time', kind: 'section', start: s.header.start, end: s.header.end, nameStart: s.header.start, nameEnd: s.header.end });
  if (s.dateline) out.push({ name: excerpt(s.dateline.text, 100) || 'Dateline', detail: s.dateline.agencyName ?? 'dateline', kind: 'dateline', start: s.dateline.start, end: s.dateline.end, nameStart: s.dateline.start, nameEnd: s.dateline.end });
  const claims = analysis.claims.length > maxClaims ? [...analysis.claims].sort((a, b) => a.start - b.start) : analysis.claims;
  const shown = Math.min(claims.length, Math.max(0, maxClaims));
  for (let i = 0; i < shown; i++) {
    const c = claims[i];
    const start = Math.min(c.start, c.cue?.start ?? c.start, c.source?.start ?? c.start);
    const end = Math.max(c.end, c.cue?.end ?? c.end, c.source?.end ?? c.end);
    out.push({
      name: `${speakerName(analysis, c)}${cueWord(c) ? ` ${cueWord(c)}` : ''}: ${excerpt(c.text, 60)}`,
      detail: c.stance, kind: 'claim', start, end, nameStart: c.start, nameEnd: c.end,
    });
  }
  if (shown < claims.length) {
    const rest = claims.slice(shown);
    let start = Infinity;
    let end = 0;
    for (const c of rest) {
      start = Math.min(start, c.start, c.cue?.start ?? c.start, c.source?.start ?? c.start);
      end = Math.max(end, c.end, c.cue?.end ?? c.end, c.source?.end ?? c.end);
    }
    const n = rest.length.toLocaleString('en-US');
    out.push({ name: `… ${n} more claim${rest.length === 1 ? '' : 's'} (the Claims panel lists them all)`, detail: `outline shows the first ${shown}`,
      kind: 'section', start, end, nameStart: rest[0].start, nameEnd: rest[0].end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Status bar text: "4 officials · 10 claims". */
export function statusText(analysis: Analysis): string {
  const o = analysis.officials.length;
  const c = analysis.claims.length;
  return `${o} official${o === 1 ? '' : 's'} · ${c} claim${c === 1 ? '' : 's'}`;
}

/** Status bar tooltip: what else the analysis found. */
export function statusTooltip(analysis: Analysis): string {
  const q = analysis.quotes.length;
  let unattributed = 0;
  for (const x of analysis.quotes) if (x.kind === 'speech' && !x.speaker) unattributed++;
  const d = analysis.dates.length;
  let anonymous = 0;
  for (const c of analysis.claims) if (c.anonymous) anonymous++;
  return [
    `Article Lens: ${statusText(analysis)}`,
    `${q} quotation${q === 1 ? '' : 's'} (${unattributed} without a named speaker), ${d} date${d === 1 ? '' : 's'}, ${anonymous} claim${anonymous === 1 ? '' : 's'} from anonymous sources`,
    'Click to show the Claims panel.',
  ].join('\n');
}
