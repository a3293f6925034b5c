/**
 * What the UI should show for an article, computed from the analysis core on the same text (the
 * core keeps improving, so counts are never hard-coded), and the articles the flows use.
 */
import { analyze } from '../../src/core/analyze';
import { csvRecords } from '../support/csv';
import type { Analysis, Claim } from '../../src/core/types';

/** A speaker group of the Claims view as the analysis gives it. */
export interface ExpectedGroup {
  /** The official's name, or the speaker as written; null when the claim names nobody. */
  name: string | null;
  official: boolean;
  count: number;
}

/** Claims grouped by speaker: one group per official (by id), per other speaker, and one for none. */
export function expectedGroups(a: Analysis): ExpectedGroup[] {
  const groups = new Map<string, ExpectedGroup>();
  for (const c of a.claims) {
    const o = c.speakerId ? a.officials.find((x) => x.id === c.speakerId) : undefined;
    const key = o ? `o:${o.id}` : c.speaker ? `s:${c.speaker}` : c.anonymous ? 'anon' : 'none';
    const g = groups.get(key) ?? { name: o?.name ?? c.speaker ?? null, official: !!o, count: 0 };
    g.count++;
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** The claims the filter text should keep: speaker, title, cue, content or stance contain it. */
export function filtered(a: Analysis, needle: string): Claim[] {
  const n = needle.toLowerCase();
  return a.claims.filter((c) => {
    const o = c.speakerId ? a.officials.find((x) => x.id === c.speakerId) : undefined;
    return [o?.name ?? c.speaker ?? '', o?.title ?? '', c.cue?.text ?? '', c.text, c.stance].join('\n').toLowerCase().includes(n);
  });
}

/** 1-based line and column of an offset, as the status bar shows them. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) { line++; start = i + 1; }
  return { line, col: offset - start + 1 };
}

/** "4 officials · 10 claims". */
export function statusSummary(a: Analysis): string {
  const o = a.officials.length;
  const c = a.claims.length;
  return `${o} official${o === 1 ? '' : 's'} · ${c} claim${c === 1 ? '' : 's'}`;
}

/** The records of an exported CSV as shown in the editor, blank lines left out. */
export function csvRecordsShown(text: string): string[][] {
  return csvRecords(text).filter((r) => r.length > 1 || r[0] !== '');
}

/** An article a flow is run on, with the words it looks at. */
export interface ArticleCase {
  /** Short name for screenshots. */
  name: string;
  /** File name in the test workspace. */
  file: string;
  /** True when it is a .txt the user turns into an article with the command. */
  treatAsArticle: boolean;
  text: string;
  analysis: Analysis;
  /** Words painted by each layer, and a plain word. */
  colours: { quote: string; date: string; official: string; plain: string };
  /** A later (surname) mention to hover, its occurrence, and what the hover must say. */
  hover: { needle: string; nth: number; want: RegExp };
  /** Text inside the claim to click in the tree, and inside another claim to move the cursor to. */
  clickClaim: string;
  cursorClaim: string;
  /** Filter text. */
  filter: string;
}

/** Builds a case from the text, analysing it as the extension does (default settings). */
export function articleCase(c: Omit<ArticleCase, 'analysis'>): ArticleCase {
  return { ...c, analysis: analyze(c.text, {}) };
}
