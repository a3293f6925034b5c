import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import type { Analysis } from '../core/types';
import { buildTimeline, describeTimelineNode, timelineOrder, type TimelineNode } from './model/otherTrees';
import { paginate, type PageNode } from './model/pages';
import { openRangeCommand } from './commands';
import { hostProfile } from './profile';

/** A row of the Timeline panel, or a page of rows. */
export type TimelineTreeNode = TimelineNode | PageNode<number>;
/** The Timeline panel's data (exposed for tests through the extension's API). */
export type TimelineProvider = vscode.TreeDataProvider<TimelineTreeNode>;

/**
 * The Timeline panel: the article's dates in chronological order, each with its sentence; a long list
 * in pages whose rows are made when a page is opened.
 */
export function registerTimelineView(active: ActiveArticle): { disposable: vscode.Disposable; provider: TimelineProvider } {
  const emitter = new vscode.EventEmitter<void>();
  /** A hidden panel is rebuilt when it is shown (or asked for its rows), not on every new analysis. */
  let stale = false;
  /** A page lists indices into the dates (in timeline order); its rows are made when it is opened. */
  type Page = PageNode<number>;
  let rows: TimelineNode[] = [];
  let pages: Page[] | null = null;
  let shown: { analysis: Analysis; prefix: string } | undefined;
  const pageRows = new Map<Page, TimelineNode[]>();
  const pageOf = new Map<TimelineNode, Page>();
  const rowsOf = (p: Page): TimelineNode[] => {
    let r = pageRows.get(p);
    if (!r) {
      r = shown ? buildTimeline(shown.analysis, shown.prefix, p.children) : [];
      pageRows.set(p, r);
      for (const x of r) pageOf.set(x, p);
    }
    return r;
  };
  const provider: TimelineProvider = {
    onDidChangeTreeData: emitter.event,
    getTreeItem: (node) => hostProfile.time('timeline: getTreeItem', () => {
      if (node.kind === 'page') {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = node.description;
        item.tooltip = `${node.label} ${node.description}, in chronological order`;
        return item;
      }
      const doc = active.document;
      const entry = active.entry;
      const shown = entry ? describeTimelineNode(node, entry.text, entry.lines) : { label: node.date.text, description: '', tooltip: '' };
      const item = new vscode.TreeItem(shown.label, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = shown.description;
      item.tooltip = shown.tooltip;
      item.iconPath = new vscode.ThemeIcon(node.date.relative ? 'history' : 'calendar');
      item.contextValue = 'date';
      if (doc) item.command = openRangeCommand(doc.uri, new vscode.Range(doc.positionAt(node.date.start), doc.positionAt(node.date.end)), 'Go to Date');
      return item;
    }),
    getChildren(node) {
      if (!node && stale) build();
      if (!node) return pages ?? rows;
      return node.kind === 'page' ? rowsOf(node) : [];
    },
    getParent(node) {
      return node.kind === 'date' ? pageOf.get(node) : undefined;
    },
  };
  const view = vscode.window.createTreeView('articleLens.timeline', { treeDataProvider: provider });
  const refresh = () => {
    stale = !view.visible;
    if (!stale) build();
  };
  const build = () => hostProfile.time('timeline: build', () => {
    stale = false;
    const entry = active.entry;
    const prefix = entry ? `${entry.uri.toString()}#` : '';
    const analysis = entry?.analysis;
    const order = analysis ? (entry.prepared?.timeline ?? timelineOrder(analysis)) : [];
    shown = analysis ? { analysis, prefix } : undefined;
    pages = paginate(Array.from(order), prefix, 'Dates');
    rows = analysis && !pages ? buildTimeline(analysis, prefix, order) : [];
    pageRows.clear();
    pageOf.clear();
    view.message = entry && !entry.analysis ? entry.message : entry && order.length === 0 ? 'No dates found in this article.' : undefined;
    emitter.fire();
  });
  build();
  const disposable = vscode.Disposable.from(emitter, view, active.onDidChange(refresh), view.onDidChangeVisibility((e) => {
    if (e.visible && stale) refresh();
  }));
  return { disposable, provider };
}
