import type { Analysis, DateMention, Official, PersonMention } from '../../core/types';
import { describeTimexValue, formatCalendarValue } from './dateText';
import { officialRole, excerpt } from './describe';
import type { LineIndex } from './lineIndex';

/** An official row with their mentions as children. */
export interface OfficialNode {
  kind: 'official';
  id: string;
  official: Official;
  label: string;
  description: string;
  tooltip: string;
  mentions: MentionNode[];
}

/** One mention of an official. */
export interface MentionNode {
  kind: 'mention';
  id: string;
  mention: PersonMention;
  label: string;
  description: string;
  parent: OfficialNode;
}

/** The Officials panel: everyone named, in order of first mention. */
export function buildOfficials(analysis: Analysis, lines: LineIndex, idPrefix = ''): OfficialNode[] {
  const officials = [...analysis.officials].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const claimCount = new Map<string, number>();
  for (const c of analysis.claims) if (c.speakerId) claimCount.set(c.speakerId, (claimCount.get(c.speakerId) ?? 0) + 1);
  return officials.map((o) => {
    const role = officialRole(o);
    const claims = claimCount.get(o.id) ?? 0;
    const n = o.mentions.length;
    const node: OfficialNode = {
      kind: 'official', id: `${idPrefix}official:${o.id}`, official: o, label: o.name,
      description: `${role ? `${role} · ` : ''}${n} mention${n === 1 ? '' : 's'}`,
      tooltip: `${o.name}${role ? `\n${role}` : ''}\n${n} mention${n === 1 ? '' : 's'}, ${claims} claim${claims === 1 ? '' : 's'}`,
      mentions: [],
    };
    node.mentions = [...o.mentions].sort((a, b) => a.start - b.start).map((m) => {
      const pos = lines.positionAt(m.start);
      return {
        kind: 'mention', id: `${node.id}:${m.start}`, mention: m, parent: node,
        label: m.text.replace(/\s+/g, ' '),
        description: `${m.titled ? 'full title · ' : m.kind !== 'name' ? `${m.kind} · ` : ''}Ln ${pos.line + 1}, Col ${pos.character + 1}`,
      };
    });
    return node;
  });
}

/** A timeline row; its texts are computed when shown ({@link describeTimelineNode}). */
export interface TimelineNode {
  kind: 'date';
  id: string;
  date: DateMention;
}

/** What a timeline row shows: the calendar date, the sentence around it, and where it is. */
export function describeTimelineNode(node: TimelineNode, text: string, lines: LineIndex): { label: string; description: string; tooltip: string } {
  const d = node.date;
  const pos = lines.positionAt(d.start);
  const calendar = formatCalendarValue(d.value) ?? describeTimexValue(d.value);
  const sentence = sentenceAround(text, d.start, d.end);
  return {
    label: calendar ?? d.value ?? d.text,
    description: excerpt(sentence, 90),
    tooltip: `${calendar ?? d.value ?? 'Unresolved'} — “${d.text}” (Ln ${pos.line + 1}, Col ${pos.character + 1})\n\n${sentence}`,
  };
}

/**
 * The sentence around a span: scans back and forth to sentence ends or line breaks, at most `max`
 * characters each way; a cut made by the limit falls on a word boundary and is marked with "…".
 */
export function sentenceAround(text: string, start: number, end: number, max = 240): string {
  const isEnd = (ch: number) => ch === 46 || ch === 33 || ch === 63;
  const isSpace = (i: number) => i >= text.length || /\s/.test(text[i]);
  let a = Math.max(0, Math.min(start, text.length));
  const stopA = Math.max(0, start - max);
  while (a > stopA && text.charCodeAt(a - 1) !== 10 && !(a < start && isEnd(text.charCodeAt(a - 1)) && isSpace(a))) a--;
  let prefix = '';
  if (a === stopA && a > 0 && text.charCodeAt(a - 1) !== 10 && !isEnd(text.charCodeAt(a - 1))) {
    const space = text.indexOf(' ', a);
    if (space !== -1 && space < start) a = space + 1;
    prefix = '…';
  }
  let b = Math.max(a, Math.min(end, text.length));
  const stopB = Math.min(text.length, end + max);
  while (b < stopB && text.charCodeAt(b) !== 10) {
    b++;
    if (isEnd(text.charCodeAt(b - 1)) && isSpace(b)) break;
  }
  let suffix = '';
  if (b === stopB && b < text.length && text.charCodeAt(b) !== 10 && !isEnd(text.charCodeAt(b - 1))) {
    const space = text.lastIndexOf(' ', b);
    if (space > end) b = space;
    suffix = '…';
  }
  return `${prefix}${text.slice(a, b).replace(/\s+/g, ' ').trim()}${suffix}`;
}

function sortKey(d: DateMention): string | null {
  return d.value && /^\d{4}/.test(d.value) ? d.value : null;
}

/** The Timeline panel: dates in chronological order (unresolved ones last, in reading order). */
export function buildTimeline(analysis: Analysis, idPrefix = ''): TimelineNode[] {
  const keyed = analysis.dates.map((d) => ({ d, key: sortKey(d) }));
  keyed.sort((x, y) => {
    if (x.key && y.key && x.key !== y.key) return x.key < y.key ? -1 : 1;
    if (x.key && !y.key) return -1;
    if (!x.key && y.key) return 1;
    return x.d.start - y.d.start;
  });
  return keyed.map(({ d }) => ({ kind: 'date', id: `${idPrefix}date:${d.start}-${d.end}`, date: d }));
}
