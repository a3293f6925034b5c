import type { Analysis, Claim, Stance } from '../../core/types';
import { cueWord, officialRole, speakerName, speakerOf, STANCE_TEXT, excerpt } from './describe';
import type { LineIndex } from './lineIndex';
import type { GroupBy, SortBy } from './settings';

/** A claim row of the Claims panel. */
export interface ClaimNode {
  kind: 'claim';
  /** Stable within a document: derived from the claim's position. */
  id: string;
  /** Index into `analysis.claims`. */
  index: number;
  claim: Claim;
  label: string;
  /** "Ln 12, Col 4". */
  description: string;
  tooltip: string;
  stance: Stance;
  parent: GroupNode | null;
}

/** A group row (a speaker or a stance). */
export interface GroupNode {
  kind: 'group';
  id: string;
  label: string;
  description: string;
  tooltip: string;
  /** Set for speaker groups of a known official. */
  officialId: string | null;
  stance: Stance | null;
  children: ClaimNode[];
}

export type ClaimsTreeNode = GroupNode | ClaimNode;

/** How the panel is arranged. */
export interface ClaimsView {
  groupBy: GroupBy;
  sortBy: SortBy;
  /** Case-insensitive text that a claim's speaker, cue or content must contain; empty for all. */
  filter: string;
}

/** The panel's contents. */
export interface ClaimsTree {
  roots: ClaimsTreeNode[];
  /** Claims in the analysis. */
  total: number;
  /** Claims passing the filter. */
  shown: number;
  /** Claim nodes by index into `analysis.claims` (only those shown). */
  byIndex: Map<number, ClaimNode>;
}

const STANCE_ORDER: Stance[] = ['neutral', 'emphatic', 'contested', 'negative'];
const STANCE_LABEL: Record<Stance, string> = { neutral: 'Neutral', emphatic: 'Emphatic', contested: 'Contested', negative: 'Negative' };

function matches(analysis: Analysis, c: Claim, needle: string): boolean {
  if (!needle) return true;
  const o = speakerOf(analysis, c);
  const hay = [speakerName(analysis, c), o?.title ?? '', c.cue?.text ?? '', c.text, c.stance].join('\n').toLowerCase();
  return hay.includes(needle);
}

function compare(sortBy: SortBy, analysis: Analysis) {
  return (a: ClaimNode, b: ClaimNode): number => {
    if (sortBy === 'speaker') {
      const d = speakerName(analysis, a.claim).localeCompare(speakerName(analysis, b.claim));
      if (d) return d;
    } else if (sortBy === 'cue') {
      const d = (a.claim.cue?.text ?? '').toLowerCase().localeCompare((b.claim.cue?.text ?? '').toLowerCase());
      if (d) return d;
    }
    return a.claim.start - b.claim.start;
  };
}

/** Builds the Claims panel from an analysis: filtered, grouped and sorted, with stable ids. */
export function buildClaimsTree(analysis: Analysis, lines: LineIndex, view: ClaimsView, idPrefix = ''): ClaimsTree {
  const needle = view.filter.trim().toLowerCase();
  const flat = view.groupBy === 'position';
  const nodes: ClaimNode[] = [];
  analysis.claims.forEach((c, index) => {
    if (!matches(analysis, c, needle)) return;
    const pos = lines.positionAt(c.start);
    const cue = cueWord(c) ?? '';
    const who = speakerName(analysis, c);
    const label = `${flat || view.groupBy === 'stance' ? `${who} · ` : ''}${cue ? `${cue}: ` : ''}${excerpt(c.text, 80)}`;
    const o = speakerOf(analysis, c);
    const role = o ? officialRole(o) : null;
    nodes.push({
      kind: 'claim', id: `${idPrefix}claim:${c.start}-${c.end}`, index, claim: c, label,
      description: `Ln ${pos.line + 1}, Col ${pos.character + 1}`,
      tooltip: `${who}${role ? `, ${role}` : ''}${c.anonymous ? ' (anonymous source)' : ''}\n${cue ? `${cue} — ` : ''}${STANCE_TEXT[c.stance]}\n\n${c.text}`,
      stance: c.stance, parent: null,
    });
  });
  const byIndex = new Map(nodes.map((n) => [n.index, n]));
  const cmp = compare(view.sortBy, analysis);
  if (flat) return { roots: nodes.sort(cmp), total: analysis.claims.length, shown: nodes.length, byIndex };

  const groups = new Map<string, GroupNode>();
  for (const n of nodes) {
    let key: string;
    let make: () => Omit<GroupNode, 'children'>;
    if (view.groupBy === 'stance') {
      key = n.stance;
      make = () => ({ kind: 'group', id: `${idPrefix}stance:${n.stance}`, label: STANCE_LABEL[n.stance], description: '', tooltip: STANCE_TEXT[n.stance], officialId: null, stance: n.stance });
    } else {
      const o = speakerOf(analysis, n.claim);
      const name = speakerName(analysis, n.claim);
      key = o ? `official:${o.id}` : `speaker:${name}`;
      const role = o ? officialRole(o) : null;
      make = () => ({ kind: 'group', id: `${idPrefix}speaker:${key}`, label: name, description: role ?? '', tooltip: role ? `${name}, ${role}` : name, officialId: o?.id ?? null, stance: null });
    }
    let g = groups.get(key);
    if (!g) {
      g = { ...make(), children: [] };
      groups.set(key, g);
    }
    n.parent = g;
    g.children.push(n);
  }
  const roots = [...groups.values()];
  for (const g of roots) {
    g.children.sort(cmp);
    const count = `${g.children.length} claim${g.children.length === 1 ? '' : 's'}`;
    g.description = g.description ? `${g.description} · ${count}` : count;
  }
  if (view.groupBy === 'stance') roots.sort((a, b) => STANCE_ORDER.indexOf(a.stance ?? 'neutral') - STANCE_ORDER.indexOf(b.stance ?? 'neutral'));
  else if (view.sortBy === 'speaker') roots.sort((a, b) => a.label.localeCompare(b.label));
  else roots.sort((a, b) => a.children[0].claim.start - b.children[0].claim.start);
  return { roots, total: analysis.claims.length, shown: nodes.length, byIndex };
}

/** The claim whose content (or cue or source) contains `offset`; the innermost when several do. */
export function claimIndexAt(analysis: Analysis, offset: number): number {
  let best = -1;
  let bestLen = Infinity;
  analysis.claims.forEach((c, i) => {
    const start = Math.min(c.start, c.cue?.start ?? c.start, c.source?.start ?? c.start);
    const end = Math.max(c.end, c.cue?.end ?? c.end, c.source?.end ?? c.end);
    if (start <= offset && offset <= end && end - start < bestLen) {
      best = i;
      bestLen = end - start;
    }
  });
  return best;
}

/** The panel's message line: filtered state, empty analysis, or undefined when nothing to say. */
export function claimsMessage(tree: ClaimsTree, filter: string): string | undefined {
  if (filter.trim()) return `Filtered by "${filter.trim()}": ${tree.shown} of ${tree.total} claims. Clear the filter to see all.`;
  if (tree.total === 0) return 'No attributed claims found in this article.';
  return undefined;
}
