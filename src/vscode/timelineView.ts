import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { buildTimeline, describeTimelineNode, type TimelineNode } from './model/otherTrees';
import { openRangeCommand } from './navigation';

/** The Timeline panel: the article's dates in chronological order, each with its sentence. */
export function registerTimelineView(active: ActiveArticle): vscode.Disposable {
  const emitter = new vscode.EventEmitter<void>();
  let rows: TimelineNode[] = [];
  const provider: vscode.TreeDataProvider<TimelineNode> = {
    onDidChangeTreeData: emitter.event,
    getTreeItem(node) {
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
    },
    getChildren(node) {
      return node ? [] : rows;
    },
    getParent() {
      return undefined;
    },
  };
  const view = vscode.window.createTreeView('articleLens.timeline', { treeDataProvider: provider });
  const refresh = () => {
    const entry = active.entry;
    rows = entry?.analysis ? buildTimeline(entry.analysis, `${entry.uri.toString()}#`) : [];
    view.message = entry && !entry.analysis ? entry.message : entry && rows.length === 0 ? 'No dates found in this article.' : undefined;
    emitter.fire();
  };
  refresh();
  return vscode.Disposable.from(emitter, view, active.onDidChange(refresh));
}
