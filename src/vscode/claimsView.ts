import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import type { AnalysisCache } from './cache';
import { buildClaimsTree, claimIndexAt, claimsMessage, type ClaimNode, type ClaimsTree, type ClaimsTreeNode } from './model/claimsTree';
import { layerVisible, type GroupBy, type SortBy } from './model/settings';
import { openRangeCommand } from './commands';
import { hostProfile } from './profile';
import { ARTICLE_LANGUAGE } from './config';

const STANCE_ICON: Record<string, vscode.ThemeIcon> = {
  neutral: new vscode.ThemeIcon('comment'),
  emphatic: new vscode.ThemeIcon('megaphone', new vscode.ThemeColor('charts.yellow')),
  contested: new vscode.ThemeIcon('question', new vscode.ThemeColor('charts.orange')),
  negative: new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('charts.red')),
};

/** Tree data for the Claims panel, rebuilt from the cached analysis of the active article. */
export class ClaimsProvider implements vscode.TreeDataProvider<ClaimsTreeNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  tree: ClaimsTree | undefined;
  /** Filters by document URI: a filter typed for one article does not narrow another. */
  private readonly filters = new Map<string, string>();

  constructor(private readonly active: ActiveArticle, private readonly cache: AnalysisCache) {}

  /** The filter of the article shown. */
  get filter(): string {
    const doc = this.active.document;
    return doc ? (this.filters.get(doc.uri.toString()) ?? '') : '';
  }

  /** Drops the filter of a closed document. */
  forget(uri: vscode.Uri): void {
    this.filters.delete(uri.toString());
  }

  set filter(value: string) {
    const doc = this.active.document;
    if (!doc) return;
    if (value.trim()) this.filters.set(doc.uri.toString(), value);
    else this.filters.delete(doc.uri.toString());
  }

  /** Rebuilds the tree from the current analysis and view settings. */
  rebuild(): void {
    const entry = this.active.entry;
    const s = this.cache.currentSettings;
    this.tree = entry?.analysis
      ? buildClaimsTree(entry.analysis, entry.lines, { groupBy: s.groupBy, sortBy: s.sortBy, filter: this.filter }, `${entry.uri.toString()}#`)
      : undefined;
    this.emitter.fire();
  }

  getTreeItem(node: ClaimsTreeNode): vscode.TreeItem {
    return hostProfile.time('claims: getTreeItem', () => this.treeItem(node));
  }

  private treeItem(node: ClaimsTreeNode): vscode.TreeItem {
    const { Expanded, Collapsed, None } = vscode.TreeItemCollapsibleState;
    const item = new vscode.TreeItem(node.label, node.kind === 'group' ? Expanded : node.kind === 'page' ? Collapsed : None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    if (node.kind === 'group') {
      item.contextValue = 'claimGroup';
      item.iconPath = node.stance ? STANCE_ICON[node.stance] : new vscode.ThemeIcon(node.officialId ? 'person' : 'account');
    } else if (node.kind === 'page') {
      item.contextValue = 'claimPage';
    } else {
      item.contextValue = 'claim';
      item.iconPath = STANCE_ICON[node.stance];
      const doc = this.active.document;
      if (doc) {
        const range = new vscode.Range(doc.positionAt(node.claim.start), doc.positionAt(node.claim.end));
        item.command = openRangeCommand(doc.uri, range, 'Go to Claim');
      }
    }
    return item;
  }

  getChildren(node?: ClaimsTreeNode): ClaimsTreeNode[] {
    hostProfile.mark(node ? 'claims: children of a group' : 'claims: roots');
    if (!this.tree) return [];
    if (!node) return this.tree.rootPages ?? this.tree.roots;
    if (node.kind === 'group') return node.pages ?? node.children;
    return node.kind === 'page' ? node.children : [];
  }

  getParent(node: ClaimsTreeNode): ClaimsTreeNode | undefined {
    if (node.kind === 'claim') return node.page ?? node.parent ?? undefined;
    return node.kind === 'page' ? (node.parent ?? undefined) : undefined;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** The node of a tree item argument (context menu commands receive the node). */
export function isClaimNode(value: unknown): value is ClaimNode {
  return typeof value === 'object' && value !== null && (value as ClaimNode).kind === 'claim';
}

/** The Claims panel: grouping, sorting, filtering, badge, messages, and following the cursor. */
export function registerClaimsView(active: ActiveArticle, cache: AnalysisCache): { disposable: vscode.Disposable; provider: ClaimsProvider; view: vscode.TreeView<ClaimsTreeNode> } {
  const provider = new ClaimsProvider(active, cache);
  const view = vscode.window.createTreeView('articleLens.claims', { treeDataProvider: provider, showCollapseAll: true });
  let followTimer: ReturnType<typeof setTimeout> | undefined;
  let lastRevealed: string | undefined;

  const refresh = () => hostProfile.time('claims: rebuild', () => {
    provider.rebuild();
    const tree = provider.tree;
    const entry = active.entry;
    view.badge = tree && tree.shown > 0 ? { value: tree.shown, tooltip: `${tree.shown} claim${tree.shown === 1 ? '' : 's'}` } : undefined;
    view.message = tree ? claimsMessage(tree, provider.filter) : entry && !entry.analysis && entry.gate.kind !== 'too-large' ? entry.message : undefined;
    view.description = provider.filter.trim() ? `filtered: ${provider.filter.trim()}` : undefined;
    void vscode.commands.executeCommand('setContext', 'articleLens.claimsFiltered', provider.filter.trim() !== '');
    void vscode.commands.executeCommand('setContext', 'articleLens.tooLarge', entry?.gate.kind === 'too-large');
  });

  const follow = (e: vscode.TextEditorSelectionChangeEvent) => {
    if (e.textEditor.document !== active.document || !view.visible || !cache.currentSettings.followCursor) return;
    if (followTimer) clearTimeout(followTimer);
    followTimer = setTimeout(() => {
      const entry = active.entry;
      const tree = provider.tree;
      if (!entry?.analysis || !tree || entry.version !== e.textEditor.document.version) return;
      const index = claimIndexAt(entry.analysis, e.textEditor.document.offsetAt(e.selections[0].active));
      const node = index >= 0 ? tree.byIndex.get(index) : undefined;
      if (!node || node.id === lastRevealed) return;
      lastRevealed = node.id;
      void view.reveal(node, { select: true, focus: false, expand: true });
    }, 200);
  };

  const pick = async <T extends string>(title: string, items: { label: string; value: T }[], current: T): Promise<T | undefined> => {
    const chosen = await vscode.window.showQuickPick(items.map((i) => ({ ...i, description: i.value === current ? 'current' : undefined })), { title });
    return chosen?.value;
  };
  const config = () => vscode.workspace.getConfiguration('articleLens');

  refresh();
  return {
    provider,
    view,
    disposable: vscode.Disposable.from(
      provider,
      view,
      active.onDidChange(refresh),
      view.onDidChangeSelection((e) => {
        const n = e.selection[0];
        if (n?.kind === 'claim') lastRevealed = n.id;
      }),
      vscode.window.onDidChangeTextEditorSelection(follow),
      vscode.workspace.onDidCloseTextDocument((d) => provider.forget(d.uri)),
      { dispose: () => followTimer && clearTimeout(followTimer) },
      vscode.commands.registerCommand('articleLens.claims.filter', async () => {
        const value = await vscode.window.showInputBox({ title: 'Filter Claims', prompt: 'Show claims whose speaker, cue, stance or text contains…', value: provider.filter });
        if (value === undefined) return;
        provider.filter = value;
        refresh();
      }),
      vscode.commands.registerCommand('articleLens.claims.clearFilter', () => {
        provider.filter = '';
        refresh();
      }),
      vscode.commands.registerCommand('articleLens.claims.groupBy', async () => {
        const v = await pick<GroupBy>('Group Claims By', [
          { label: 'Speaker', value: 'speaker' }, { label: 'Position (no groups)', value: 'position' }, { label: 'Stance', value: 'stance' },
        ], cache.currentSettings.groupBy);
        if (v) await config().update('claims.groupBy', v, vscode.ConfigurationTarget.Global);
      }),
      vscode.commands.registerCommand('articleLens.claims.sortBy', async () => {
        const v = await pick<SortBy>('Sort Claims By', [
          { label: 'Position in the article', value: 'position' }, { label: 'Speaker', value: 'speaker' }, { label: 'Cue (said, denied, …)', value: 'cue' },
        ], cache.currentSettings.sortBy);
        if (v) await config().update('claims.sortBy', v, vscode.ConfigurationTarget.Global);
      }),
      vscode.commands.registerCommand('articleLens.claims.followCursorOn', () => config().update('claims.followCursor', true, vscode.ConfigurationTarget.Global)),
      vscode.commands.registerCommand('articleLens.claims.followCursorOff', () => config().update('claims.followCursor', false, vscode.ConfigurationTarget.Global)),
      vscode.commands.registerCommand('articleLens.focusPanel', () => vscode.commands.executeCommand('articleLens.claims.focus')),
    ),
  };
}

/**
 * Highlights the claim under the cursor (background, border, overview ruler) — the one thing
 * semantic tokens cannot show. The decoration type is created once.
 */
export function registerCurrentClaimDecoration(cache: AnalysisCache): vscode.Disposable {
  const type = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('articleLens.currentClaimBackground'),
    border: '1px solid',
    borderColor: new vscode.ThemeColor('articleLens.currentClaimBorder'),
    borderRadius: '2px',
    overviewRulerColor: new vscode.ThemeColor('articleLens.claimOverviewRuler'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const shown = new Map<vscode.TextEditor, string>();
  const update = (editor: vscode.TextEditor | undefined) => hostProfile.time('current-claim decoration', () => {
    if (!editor || editor.document.languageId !== ARTICLE_LANGUAGE) return;
    const entry = cache.get(editor.document);
    let key = '';
    let ranges: vscode.Range[] = [];
    if (entry?.analysis && layerVisible(cache.currentSettings, 'claims')) {
      const i = claimIndexAt(entry.analysis, editor.document.offsetAt(editor.selection.active));
      const c = i >= 0 ? entry.analysis.claims[i] : undefined;
      if (c) {
        ranges = [new vscode.Range(editor.document.positionAt(c.start), editor.document.positionAt(c.end))];
        key = `${entry.version}:${c.start}-${c.end}`;
      }
    }
    if (shown.get(editor) === key) return;
    shown.set(editor, key);
    editor.setDecorations(type, ranges);
  });
  return vscode.Disposable.from(
    type,
    vscode.window.onDidChangeTextEditorSelection((e) => update(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const e of shown.keys()) if (!editors.includes(e)) shown.delete(e);
    }),
    cache.onDidChangeAnalysis((entry) => {
      for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === entry.uri.toString()) {
        shown.delete(e);
        update(e);
      }
    }),
  );
}
