import type { Analysis, DateMention, Official, Quote } from '../../core/types';
import { distanceFromPublication, describeResolution, describeTimexValue, formatCalendarValue } from './dateText';
import { claimOfQuote, cueWord, officialRole, speakerName, speakerOf, STANCE_TEXT, escapeMarkdown as esc, excerpt } from './describe';
import type { LineIndex } from './lineIndex';

/** Hover content as Markdown in which all article text is escaped, with the range it applies to. */
export interface HoverContent {
  markdown: string;
  start: number;
  end: number;
}

const RULE = '\n\n---\n\n';

function officialSection(analysis: Analysis, o: Official, lines: LineIndex): string {
  const role = officialRole(o);
  const parts = [`**${esc(o.name)}**${role ? ` — ${esc(role)}` : ''}`];
  const names = o.mentions.filter((m) => m.kind === 'name').length;
  const n = o.mentions.length;
  parts.push(`${n} mention${n === 1 ? '' : 's'}${n !== names ? ` (${names} by name)` : ''}`);
  const claims = analysis.claims.filter((c) => c.speakerId === o.id);
  if (claims.length === 0) parts.push('No claims attributed.');
  else {
    const items = claims.slice(0, 8).map((c) => {
      const word = cueWord(c);
      const cue = word ? `*${esc(word)}*: ` : '';
      return `- ${cue}${esc(excerpt(c.text, 90))} (Ln ${lines.lineOf(c.start) + 1})`;
    });
    if (claims.length > 8) items.push(`- … and ${claims.length - 8} more`);
    parts.push(`Claims attributed (${claims.length}):\n\n${items.join('\n')}`);
  }
  return parts.join('\n\n');
}

function dateSection(analysis: Analysis, d: DateMention): string {
  const parts: string[] = [];
  const calendar = formatCalendarValue(d.value);
  const other = describeTimexValue(d.value);
  if (calendar) parts.push(`**${esc(calendar)}**`);
  else if (other) parts.push(`**${esc(other)}**${d.type === 'DURATION' ? ' (a duration)' : ''}`);
  else if (d.value) parts.push(`**${esc(d.value)}** (${d.type.toLowerCase()})`);
  else parts.push(`**${esc(d.text)}** — not resolved to a calendar date`);
  const distance = distanceFromPublication(d.value, analysis.published);
  const pub = formatCalendarValue(analysis.published);
  if (distance) parts.push(`${esc(distance)}${pub ? ` (published ${esc(pub)})` : ''}`);
  parts.push(`${d.relative ? 'Relative expression' : 'Explicit date'}: ${esc(describeResolution(d.resolution))}.`);
  return parts.join('\n\n');
}

function quoteSection(analysis: Analysis, qi: number): string {
  const q: Quote = analysis.quotes[qi];
  const ci = claimOfQuote(analysis, qi);
  const claim = ci >= 0 ? analysis.claims[ci] : undefined;
  const parts: string[] = [];
  if (q.kind === 'term') parts.push('**Term in quotation marks** — nobody is said to have uttered it');
  else {
    const official = claim ? speakerOf(analysis, claim) : analysis.officials.find((o) => o.name === q.speaker);
    const speaker = official?.name ?? q.speaker ?? claim?.speaker ?? null;
    const role = official ? officialRole(official) : null;
    if (speaker) parts.push(`**Quote** — ${esc(speaker)}${role ? `, ${esc(role)}` : ''}`);
    else if (claim?.anonymous) parts.push(`**Quote** — unattributed: anonymous source${claim.source ? ` (“${esc(claim.source.text)}”)` : ''}`);
    else parts.push('**Quote** — unattributed: the text names no speaker');
  }
  if (claim?.cue) parts.push(`Cue: *${esc(claim.cue.text)}* · Stance: ${esc(STANCE_TEXT[claim.stance])}`);
  if (q.unbalanced) parts.push('The closing quotation mark is missing.');
  return parts.join('\n\n');
}

function cueSection(analysis: Analysis, ci: number): string {
  const c = analysis.claims[ci];
  const official = speakerOf(analysis, c);
  const role = official ? officialRole(official) : null;
  const date = c.date !== null ? analysis.dates[c.date] : undefined;
  const when = date ? (formatCalendarValue(date.value) ?? describeTimexValue(date.value) ?? date.text) : null;
  return [
    `**Claim** by ${esc(speakerName(analysis, c))}${role ? `, ${esc(role)}` : ''}${c.anonymous ? ' (anonymous source)' : ''}`,
    `Stance: ${esc(STANCE_TEXT[c.stance])}${when ? ` · Said: ${esc(when)}` : ''}`,
    `> ${esc(excerpt(c.text, 200))}`,
  ].join('\n\n');
}

/** The hover at `offset`: official mention, date, claim cue and enclosing quote, innermost first. */
export function hoverAt(analysis: Analysis, offset: number, lines: LineIndex): HoverContent | null {
  const sections: string[] = [];
  let range: { start: number; end: number } | null = null;
  const take = (start: number, end: number) => {
    if (!range) range = { start, end };
  };
  for (const o of analysis.officials) {
    const m = o.mentions.find((x) => x.start <= offset && offset < x.end);
    if (m) {
      sections.push(officialSection(analysis, o, lines));
      take(m.start, m.end);
      break;
    }
  }
  const d = analysis.dates.find((x) => x.start <= offset && offset < x.end);
  if (d) {
    sections.push(dateSection(analysis, d));
    take(d.start, d.end);
  }
  const ci = analysis.claims.findIndex((c) => c.cue !== null && c.cue.start <= offset && offset < c.cue.end);
  if (ci >= 0) {
    sections.push(cueSection(analysis, ci));
    const cue = analysis.claims[ci].cue;
    if (cue) take(cue.start, cue.end);
  }
  const qi = analysis.quotes.findIndex((q) => q.start <= offset && offset < q.end);
  if (qi >= 0) {
    sections.push(quoteSection(analysis, qi));
    take(analysis.quotes[qi].start, analysis.quotes[qi].end);
  }
  if (!range) return null;
  const r: { start: number; end: number } = range;
  return { markdown: sections.join(RULE), start: r.start, end: r.end };
}
