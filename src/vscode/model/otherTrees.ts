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
  readonly mentions: MentionNode[];
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

/** An official row; its mention rows are made when first read (an official may be mentioned thousands of times). */
class LazyOfficialNode implements OfficialNode {
  readonly kind = 'official';
  private rows: MentionNode[] | undefined;

  constructor(readonly id: string, readonly official: Official, readonly label: string, readonly description: string, readonly tooltip: string, private readonly lines: LineIndex) {}

  get mentions(): MentionNode[] {
    this.rows ??= [...this.official.mentions].sort((a, b) => a.start - b.start).map((m) => new LazyMentionNode(`${this.id}:${m.start}`, m, this, this.lines));
    return this.rows;
  }
}

/** A mention row whose texts are made when first read. */
class LazyMentionNode implements MentionNode {
  readonly kind = 'mention';
  private texts: { label: string; description: string } | undefined;

  constructor(readonly id: string, readonly mention: PersonMention, readonly parent: OfficialNode, private readonly lines: LineIndex) {}

  get label(): string {
    return this.describe().label;
  }

  get description(): string {
    return this.describe().description;
  }

  private describe(): { label: string; description: string } {
    if (this.texts) return this.texts;
    const m = this.mention;
    const pos = this.lines.positionAt(m.start);
    this.texts = {
      label: m.text.replace(/\s+/g, ' '),
      description: `${m.titled ? 'full title · ' : m.kind !== 'name' ? `${m.kind} · ` : ''}Ln ${pos.line + 1}, Col ${pos.character + 1}`,
    };
    return this.texts;
  }
}

/** The Officials panel: everyone named, in order of first mention; mention rows are made when first read. */
export function buildOfficials(analysis: Analysis, lines: LineIndex, idPrefix = ''): OfficialNode[] {
  const officials = [...analysis.officials].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const claimCount = new Map<string, number>();
  for (const c of analysis.claims) if (c.speakerId) claimCount.set(c.speakerId, (claimCount.get(c.speakerId) ?? 0) + 1);
  return officials.map((o) => {
    const role = officialRole(o);
    const claims = claimCount.get(o.id) ?? 0;
    const n = o.mentions.length;
    return new LazyOfficialNode(`${idPrefix}official:${o.id}`, o, o.name,
      `${role ? `${role} · ` : ''}${n} mention${n === 1 ? '' : 's'}`,
      `${o.name}${role ? `\n${role}` : ''}\n${n} mention${n === 1 ? '' : 's'}, ${claims} claim${claims === 1 ? '' : 's'}`,
      lines);
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

/** Indices into `analysis.dates` in chronological order (unresolved ones last, in reading order). */
export function timelineOrder(analysis: Analysis): number[] {
  const keys = analysis.dates.map(sortKey);
  const order = analysis.dates.map((_, i) => i);
  order.sort((x, y) => {
    const kx = keys[x];
    const ky = keys[y];
    if (kx && ky && kx !== ky) return kx < ky ? -1 : 1;
    if (kx && !ky) return -1;
    if (!kx && ky) return 1;
    return analysis.dates[x].start - analysis.dates[y].start;
  });
  return order;
}

/**
 * The Timeline panel: dates in chronological order (unresolved ones last, in reading order);
 * `order` is {@link timelineOrder}'s when already known (prepared by the worker).
 */
export function buildTimeline(analysis: Analysis, idPrefix = '', order: ArrayLike<number> = timelineOrder(analysis)): TimelineNode[] {
  const out: TimelineNode[] = [];
  for (let i = 0; i < order.length; i++) {
    const d = analysis.dates[order[i]];
    if (d) out.push({ kind: 'date', id: `${idPrefix}date:${d.start}-${d.end}`, date: d });
  }
  return out;
}
