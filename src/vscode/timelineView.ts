import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { buildTimeline, describeTimelineNode, type TimelineNode } from './model/otherTrees';
import { paginate, type PageNode } from './model/pages';
import { openRangeCommand } from './navigation';
import { hostProfile } from './profile';

/** The Timeline panel: the article's dates in chronological order, each with its sentence. */
export function registerTimelineView(active: ActiveArticle): vscode.Disposable {
  const emitter = new vscode.EventEmitter<void>();
  type Page = PageNode<TimelineNode>;
  let rows: TimelineNode[] = [];
  let pages: Page[] | null = null;
  /** The page of each row, made when first asked (revealing a row). */
  const pageOf = new Map<TimelineNode, Page>();
  const provider: vscode.TreeDataProvider<TimelineNode | Page> = {
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
      if (!node) return pages ?? rows;
      return node.kind === 'page' ? node.children : [];
    },
    getParent(node) {
      if (node.kind !== 'date' || !pages) return undefined;
      if (pageOf.size === 0) for (const p of pages) for (const r of p.children) pageOf.set(r, p);
      return pageOf.get(node);
    },
  };
  const view = vscode.window.createTreeView('articleLens.timeline', { treeDataProvider: provider });
  /** A hidden panel is rebuilt when it is shown, not on every new analysis. */
  let stale = false;
  const refresh = () => {
    stale = !view.visible;
    if (!stale) build();
  };
  const build = () => hostProfile.time('timeline: build', () => {
    const entry = active.entry;
    const prefix = entry ? `${entry.uri.toString()}#` : '';
    rows = entry?.analysis ? buildTimeline(entry.analysis, prefix, entry.prepared?.timeline) : [];
    pages = paginate(rows, prefix, 'Dates');
    pageOf.clear();
    view.message = entry && !entry.analysis ? entry.message : entry && rows.length === 0 ? 'No dates found in this article.' : undefined;
    emitter.fire();
  });
  build();
  return vscode.Disposable.from(emitter, view, active.onDidChange(refresh), view.onDidChangeVisibility((e) => {
    if (e.visible && stale) refresh();
  }));
}
