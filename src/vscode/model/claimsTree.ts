import type { Analysis, Claim, Stance } from '../../core/types';
import { cueWord, officialRole, speakerName, speakerOf, STANCE_TEXT, excerpt } from './describe';
import type { Analysis as A, Official } from '../../core/types';
import type { LineIndex } from './lineIndex';
import { paginate, type PageNode } from './pages';
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
  /** The page holding this row when its list is paged ({@link paginate}). */
  page: ClaimsPage | null;
}

/** A page of a long list of claims (under a group, or at the root when not grouped). */
export type ClaimsPage = PageNode<ClaimNode, GroupNode> & { tooltip: string };

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
  /** Every claim of the group, sorted. */
  children: ClaimNode[];
  /** What the tree shows under the group: `children` in pages when there are many, else null. */
  pages: ClaimsPage[] | null;
}

export type ClaimsTreeNode = GroupNode | ClaimsPage | ClaimNode;

/** How the panel is arranged. */
export interface ClaimsView {
  groupBy: GroupBy;
  sortBy: SortBy;
  /** Case-insensitive text that a claim's speaker, cue or content must contain; empty for all. */
  filter: string;
}

/** The panel's contents. */
export interface ClaimsTree {
  /** Top-level rows: the groups, or (not grouped) the claims. */
  roots: (GroupNode | ClaimNode)[];
  /** What the tree shows at the top when not grouped and there are many claims: `roots` in pages. */
  rootPages: ClaimsPage[] | null;
  /** Claims in the analysis. */
  total: number;
  /** Claims passing the filter. */
  shown: number;
  /** Claim nodes by index into `analysis.claims` (only those shown); made when first read. */
  readonly byIndex: Map<number, ClaimNode>;
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
  const ctx: NodeContext = { analysis, lines, officials: new Map(analysis.officials.map((o) => [o.id, o])), withSpeaker: flat || view.groupBy === 'stance', idPrefix };
  const claims = analysis.claims;
  for (let index = 0; index < claims.length; index++) {
    const c = claims[index];
    if (needle && !matches(analysis, c, needle)) continue;
    nodes.push(new LazyClaimNode(ctx, index, c));
  }
  const byIndex = lazyIndex(nodes);
  const cmp = compare(view.sortBy, analysis);
  if (flat) {
    nodes.sort(cmp);
    const pages = pagesOf(nodes, idPrefix, null);
    return { roots: nodes, rootPages: pages, total: analysis.claims.length, shown: nodes.length, get byIndex() { return byIndex(); } };
  }

  /** Groups by key: a stance, an official's id, or a speaker's name as written (two maps, so the keys never clash). */
  const groups = new Map<string, GroupNode>();
  const byName = new Map<string, GroupNode>();
  const group = (n: ClaimNode): GroupNode => {
    if (view.groupBy === 'stance') {
      let g = groups.get(n.stance);
      if (!g) {
        g = { kind: 'group', id: `${idPrefix}stance:${n.stance}`, label: STANCE_LABEL[n.stance], description: '', tooltip: STANCE_TEXT[n.stance], officialId: null, stance: n.stance, children: [], pages: null };
        groups.set(n.stance, g);
      }
      return g;
    }
    const o = n.claim.speakerId ? ctx.officials.get(n.claim.speakerId) : undefined;
    const map = o ? groups : byName;
    const key = o ? o.id : nameOf(n.claim);
    let g = map.get(key);
    if (!g) {
      const name = o?.name ?? key;
      const role = o ? officialRole(o) : null;
      g = { kind: 'group', id: `${idPrefix}speaker:${o ? 'official' : 'speaker'}:${key}`, label: name, description: role ?? '', tooltip: role ? `${name}, ${role}` : name, officialId: o?.id ?? null, stance: null, children: [], pages: null };
      map.set(key, g);
      order.push(g);
    }
    return g;
  };
  const order: GroupNode[] = [];
  for (const n of nodes) {
    const g = group(n);
    n.parent = g;
    g.children.push(n);
  }
  const roots = view.groupBy === 'stance' ? [...groups.values()] : order;
  for (const g of roots) {
    g.children.sort(cmp);
    g.pages = pagesOf(g.children, `${g.id}/`, g);
    const count = `${g.children.length} claim${g.children.length === 1 ? '' : 's'}`;
    g.description = g.description ? `${g.description} · ${count}` : count;
  }
  if (view.groupBy === 'stance') roots.sort((a, b) => STANCE_ORDER.indexOf(a.stance ?? 'neutral') - STANCE_ORDER.indexOf(b.stance ?? 'neutral'));
  else if (view.sortBy === 'speaker') roots.sort((a, b) => a.label.localeCompare(b.label));
  else roots.sort((a, b) => a.children[0].claim.start - b.children[0].claim.start);
  return { roots, rootPages: null, total: analysis.claims.length, shown: nodes.length, get byIndex() { return byIndex(); } };
}

/** The claim nodes by index into `analysis.claims`, made on first use (following the cursor). */
function lazyIndex(nodes: readonly ClaimNode[]): () => Map<number, ClaimNode> {
  let map: Map<number, ClaimNode> | undefined;
  return () => (map ??= new Map(nodes.map((n) => [n.index, n])));
}

function pagesOf(nodes: ClaimNode[], idPrefix: string, parent: GroupNode | null): ClaimsPage[] | null {
  const pages = paginate(nodes, idPrefix, 'Claims', parent);
  if (!pages) return null;
  return pages.map((p) => {
    const page: ClaimsPage = { ...p, tooltip: `${p.label} ${p.description}, in the order shown` };
    for (const n of page.children) n.page = page;
    return page;
  });
}

interface NodeContext {
  analysis: A;
  lines: LineIndex;
  officials: Map<string, Official>;
  /** Labels start with the speaker (when the rows are not grouped by speaker). */
  withSpeaker: boolean;
  /** Before every id (the document's URI). */
  idPrefix: string;
}

function nameOf(c: Claim): string {
  return c.speaker ?? (c.anonymous ? 'Anonymous source' : 'Unattributed');
}

/** A claim row whose texts are made when first read (a large article has thousands of rows, most never shown). */
class LazyClaimNode implements ClaimNode {
  readonly kind = 'claim';
  readonly stance: Stance;
  parent: GroupNode | null = null;
  page: ClaimsPage | null = null;
  private texts: { label: string; description: string; tooltip: string } | undefined;

  constructor(private readonly ctx: NodeContext, readonly index: number, readonly claim: Claim) {
    this.stance = claim.stance;
  }

  /** Stable within a document: derived from the claim's position. */
  get id(): string {
    return `${this.ctx.idPrefix}claim:${this.claim.start}-${this.claim.end}`;
  }

  get label(): string {
    return this.describe().label;
  }

  get description(): string {
    return this.describe().description;
  }

  get tooltip(): string {
    return this.describe().tooltip;
  }

  private describe(): { label: string; description: string; tooltip: string } {
    if (this.texts) return this.texts;
    const c = this.claim;
    const pos = this.ctx.lines.positionAt(c.start);
    const cue = cueWord(c) ?? '';
    const o = c.speakerId ? this.ctx.officials.get(c.speakerId) : undefined;
    const who = o?.name ?? nameOf(c);
    const role = o ? officialRole(o) : null;
    this.texts = {
      label: `${this.ctx.withSpeaker ? `${who} · ` : ''}${cue ? `${cue}: ` : ''}${excerpt(c.text, 80)}`,
      description: `Ln ${pos.line + 1}, Col ${pos.character + 1}`,
      tooltip: `${who}${role ? `, ${role}` : ''}${c.anonymous ? ' (anonymous source)' : ''}\n${cue ? `${cue} — ` : ''}${STANCE_TEXT[c.stance]}\n\n${c.text}`,
    };
    return this.texts;
  }
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
