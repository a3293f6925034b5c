import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { buildOfficials, type MentionNode, type OfficialNode } from './model/otherTrees';
import { paginate, type PageNode } from './model/pages';
import { openRangeCommand } from './commands';
import { hostProfile } from './profile';

type Page = PageNode<MentionNode, OfficialNode>;
type Node = OfficialNode | Page | MentionNode;

/** The Officials panel: everyone named, with title and mentions; a mention jumps to the text. */
export function registerOfficialsView(active: ActiveArticle): vscode.Disposable {
  const emitter = new vscode.EventEmitter<void>();
  /** A hidden panel is rebuilt when it is shown (or asked for its rows), not on every new analysis. */
  let stale = false;
  let roots: OfficialNode[] = [];
  /** Mentions in pages, for officials mentioned very often. */
  const pages = new Map<OfficialNode, Page[] | null>();
  const pagesOf = (o: OfficialNode): Page[] | null => {
    if (!pages.has(o)) pages.set(o, paginate(o.mentions, `${o.id}/`, 'Mentions', o));
    return pages.get(o) ?? null;
  };
  const pageOf = (m: MentionNode): Page | undefined => pagesOf(m.parent)?.find((p) => p.children.includes(m));
  const provider: vscode.TreeDataProvider<Node> = {
    onDidChangeTreeData: emitter.event,
    getTreeItem: (node) => hostProfile.time('officials: getTreeItem', () => {
      const doc = active.document;
      if (node.kind === 'official') {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = node.description;
        item.tooltip = node.tooltip;
        item.iconPath = new vscode.ThemeIcon('person');
        item.contextValue = 'official';
        return item;
      }
      if (node.kind === 'page') {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = node.description;
        return item;
      }
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(node.mention.titled ? 'symbol-class' : 'symbol-reference');
      item.contextValue = 'mention';
      if (doc) item.command = openRangeCommand(doc.uri, new vscode.Range(doc.positionAt(node.mention.start), doc.positionAt(node.mention.end)), 'Go to Mention');
      return item;
    }),
    getChildren(node) {
      if (!node && stale) build();
      if (!node) return roots;
      if (node.kind === 'official') return pagesOf(node) ?? node.mentions;
      return node.kind === 'page' ? node.children : [];
    },
    getParent(node) {
      if (node.kind === 'mention') return pageOf(node) ?? node.parent;
      return node.kind === 'page' ? (node.parent ?? undefined) : undefined;
    },
  };
  const view = vscode.window.createTreeView('articleLens.officials', { treeDataProvider: provider, showCollapseAll: true });
  const refresh = () => {
    stale = !view.visible;
    if (!stale) build();
  };
  const build = () => hostProfile.time('officials: build', () => {
    stale = false;
    const entry = active.entry;
    roots = entry?.analysis ? buildOfficials(entry.analysis, entry.lines, `${entry.uri.toString()}#`) : [];
    pages.clear();
    view.message = entry && !entry.analysis ? entry.message : entry && roots.length === 0 ? 'No named officials found in this article.' : undefined;
    emitter.fire();
  });
  build();
  return vscode.Disposable.from(emitter, view, active.onDidChange(refresh), view.onDidChangeVisibility((e) => {
    if (e.visible && stale) refresh();
  }));
}
