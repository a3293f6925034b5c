import type { Analysis, Claim, Stance } from '../../core/types';
import { cueWord, officialRole, speakerName, speakerOf, STANCE_TEXT, excerpt } from './describe';
import type { Analysis as A, Official } from '../../core/types';
import type { LineIndex } from './lineIndex';
import { PAGE_SIZE, paginate, type PageNode } from './pages';
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
  /** Every claim of the group, sorted (made when first read). */
  readonly children: ClaimNode[];
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

function compareClaims(sortBy: SortBy, analysis: Analysis) {
  return (a: Claim, b: Claim): number => {
    if (sortBy === 'speaker') {
      const d = speakerName(analysis, a).localeCompare(speakerName(analysis, b));
      if (d) return d;
    } else if (sortBy === 'cue') {
      const d = (a.cue?.text ?? '').toLowerCase().localeCompare((b.cue?.text ?? '').toLowerCase());
      if (d) return d;
    }
    return a.start - b.start;
  };
}

/** {@link compareClaims} on indices into `analysis.claims` (sorting a group before its rows exist). */
function compareIndices(sortBy: SortBy, analysis: Analysis): (a: number, b: number) => number {
  const claims = analysis.claims;
  const cmp = compareClaims(sortBy, analysis);
  return (a, b) => cmp(claims[a], claims[b]);
}

/** Builds the Claims panel from an analysis: filtered, grouped and sorted, with stable ids. */
export function buildClaimsTree(analysis: Analysis, lines: LineIndex, view: ClaimsView, idPrefix = ''): ClaimsTree {
  const needle = view.filter.trim().toLowerCase();
  const flat = view.groupBy === 'position';
  const ctx: NodeContext = { analysis, lines, officials: new Map(analysis.officials.map((o) => [o.id, o])), withSpeaker: flat || view.groupBy === 'stance', idPrefix };
  const claims = analysis.claims;
  const shownIndices: number[] = [];
  for (let index = 0; index < claims.length; index++) if (!needle || matches(analysis, claims[index], needle)) shownIndices.push(index);
  if (flat) {
    const nodes: ClaimNode[] = shownIndices.map((i) => new LazyClaimNode(ctx, i, claims[i]));
    const cmp = compareClaims(view.sortBy, analysis);
    nodes.sort((a, b) => cmp(a.claim, b.claim));
    const pages = pagesOf(nodes, idPrefix, null);
    const byIndex = lazyIndex(() => nodes);
    return { roots: nodes, rootPages: pages, total: analysis.claims.length, shown: nodes.length, get byIndex() { return byIndex(); } };
  }

  /** Groups by key: a stance, an official's id, or a speaker's name as written (two maps, so the keys never clash). */
  const groups = new Map<string, LazyGroup>();
  const byName = new Map<string, LazyGroup>();
  const order: LazyGroup[] = [];
  const make = (m: GroupMaker) => (fields: GroupFields) => {
    const g = new LazyGroup(fields, m);
    order.push(g);
    return g;
  };
  const maker: GroupMaker = { ctx, claims, cmp: compareIndices(view.sortBy, analysis) };
  const newGroup = make(maker);
  for (const index of shownIndices) {
    const c = claims[index];
    let g: LazyGroup | undefined;
    if (view.groupBy === 'stance') {
      g = groups.get(c.stance);
      if (!g) groups.set(c.stance, (g = newGroup({ id: `${idPrefix}stance:${c.stance}`, label: STANCE_LABEL[c.stance], description: '', tooltip: STANCE_TEXT[c.stance], officialId: null, stance: c.stance })));
    } else {
      const o = c.speakerId ? ctx.officials.get(c.speakerId) : undefined;
      const map = o ? groups : byName;
      const key = o ? o.id : nameOf(c);
      g = map.get(key);
      if (!g) {
        const name = o?.name ?? key;
        const role = o ? officialRole(o) : null;
        map.set(key, (g = newGroup({ id: `${idPrefix}speaker:${o ? 'official' : 'speaker'}:${key}`, label: name, description: role ?? '', tooltip: role ? `${name}, ${role}` : name, officialId: o?.id ?? null, stance: null })));
      }
    }
    g.add(index, c.start);
  }
  const roots: LazyGroup[] = view.groupBy === 'stance' ? [...groups.values()] : order;
  for (const g of roots) g.close();
  if (view.groupBy === 'stance') roots.sort((a, b) => STANCE_ORDER.indexOf(a.stance ?? 'neutral') - STANCE_ORDER.indexOf(b.stance ?? 'neutral'));
  else if (view.sortBy === 'speaker') roots.sort((a, b) => a.label.localeCompare(b.label));
  else roots.sort((a, b) => a.firstStart - b.firstStart);
  const all = () => roots.flatMap((g) => g.children);
  const byIndex = lazyIndex(all);
  return { roots, rootPages: null, total: analysis.claims.length, shown: shownIndices.length, get byIndex() { return byIndex(); } };
}

type GroupFields = Pick<GroupNode, 'id' | 'label' | 'description' | 'tooltip' | 'officialId' | 'stance'>;

interface GroupMaker {
  ctx: NodeContext;
  claims: readonly Claim[];
  cmp: (a: number, b: number) => number;
}

/**
 * A group row whose claim rows are made when first read (when the group, or one of its pages, is
 * opened): a large article's groups hold thousands of claims, shown a page at a time if at all.
 */
class LazyGroup implements GroupNode {
  readonly kind = 'group';
  readonly id: string;
  readonly label: string;
  description: string;
  readonly tooltip: string;
  readonly officialId: string | null;
  readonly stance: Stance | null;
  /** The smallest start of the group's claims. */
  firstStart = Infinity;
  pages: LazyPage[] | null = null;
  private readonly indices: number[] = [];
  private rows: ClaimNode[] | undefined;

  constructor(fields: GroupFields, private readonly maker: GroupMaker) {
    this.id = fields.id;
    this.label = fields.label;
    this.description = fields.description;
    this.tooltip = fields.tooltip;
    this.officialId = fields.officialId;
    this.stance = fields.stance;
  }

  add(index: number, start: number): void {
    this.indices.push(index);
    if (start < this.firstStart) this.firstStart = start;
  }

  /** Once every claim is added: the count in the description, and the pages (their rows still to make). */
  close(): void {
    const n = this.indices.length;
    const count = `${n} claim${n === 1 ? '' : 's'}`;
    this.description = this.description ? `${this.description} · ${count}` : count;
    const pages = paginate(this.indices, `${this.id}/`, 'Claims', this as GroupNode);
    this.pages = pages && pages.map((p, k) => new LazyPage(p.id, p.label, p.description, this, k * PAGE_SIZE, p.children.length));
  }

  /** Every claim of the group, sorted. */
  get children(): ClaimNode[] {
    if (this.rows) return this.rows;
    const { ctx, claims, cmp } = this.maker;
    const sorted = this.indices.slice().sort(cmp);
    const rows: ClaimNode[] = sorted.map((i) => {
      const n = new LazyClaimNode(ctx, i, claims[i]);
      n.parent = this;
      return n;
    });
    this.rows = rows;
    for (const p of this.pages ?? []) p.fill(rows);
    return rows;
  }
}

/** A page of a group's claims; its rows are the group's, made when first read. */
class LazyPage implements ClaimsPage {
  readonly kind = 'page';
  readonly tooltip: string;
  private rows: ClaimNode[] | undefined;

  constructor(readonly id: string, readonly label: string, readonly description: string, readonly parent: LazyGroup, private readonly from: number, private readonly size: number) {
    this.tooltip = `${label} ${description}, in the order shown`;
  }

  /** Takes its slice of the group's rows (called by the group when it makes them). */
  fill(rows: ClaimNode[]): void {
    this.rows = rows.slice(this.from, this.from + this.size);
    for (const n of this.rows) n.page = this;
  }

  get children(): ClaimNode[] {
    if (!this.rows) void this.parent.children;
    return this.rows ?? [];
  }
}

/** The claim nodes by index into `analysis.claims`, made on first use (following the cursor). */
function lazyIndex(nodes: () => readonly ClaimNode[]): () => Map<number, ClaimNode> {
  let map: Map<number, ClaimNode> | undefined;
  return () => (map ??= new Map(nodes().map((n) => [n.index, n])));
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
