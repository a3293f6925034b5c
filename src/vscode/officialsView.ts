import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { buildOfficials, type MentionNode, type OfficialNode } from './model/otherTrees';
import { openRangeCommand } from './navigation';

type Node = OfficialNode | MentionNode;

/** The Officials panel: everyone named, with title and mentions; a mention jumps to the text. */
export function registerOfficialsView(active: ActiveArticle): vscode.Disposable {
  const emitter = new vscode.EventEmitter<void>();
  let roots: OfficialNode[] = [];
  const provider: vscode.TreeDataProvider<Node> = {
    onDidChangeTreeData: emitter.event,
    getTreeItem(node) {
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
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(node.mention.titled ? 'symbol-class' : 'symbol-reference');
      item.contextValue = 'mention';
      if (doc) item.command = openRangeCommand(doc.uri, new vscode.Range(doc.positionAt(node.mention.start), doc.positionAt(node.mention.end)), 'Go to Mention');
      return item;
    },
    getChildren(node) {
      if (!node) return roots;
      return node.kind === 'official' ? node.mentions : [];
    },
    getParent(node) {
      return node.kind === 'mention' ? node.parent : undefined;
    },
  };
  const view = vscode.window.createTreeView('articleLens.officials', { treeDataProvider: provider, showCollapseAll: true });
  const refresh = () => {
    const entry = active.entry;
    roots = entry?.analysis ? buildOfficials(entry.analysis, entry.lines, `${entry.uri.toString()}#`) : [];
    view.message = entry && !entry.analysis ? entry.message : entry && roots.length === 0 ? 'No named officials found in this article.' : undefined;
    emitter.fire();
  };
  refresh();
  return vscode.Disposable.from(emitter, view, active.onDidChange(refresh));
}
