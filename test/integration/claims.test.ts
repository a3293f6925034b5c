/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { Claim } from '../../src/core/types';
import { expectedGroups } from '../e2e/expect';
import { activateExtension, analysisOf, closeAll, openArticle, openUntitledArticle, SAMPLE, SEED, waitFor } from './helpers';

/** The nodes of the Claims view as far as these tests rely on them. */
interface Node {
  kind: 'group' | 'claim';
  id: string;
  label: string;
  children?: Node[];
  claim?: Claim;
}

/** What the tests need from `activate`'s return value. */
interface ClaimsApi {
  claimsView: vscode.TreeView<Node>;
  claimsProvider: vscode.TreeDataProvider<Node>;
}

async function claimsApi(): Promise<ClaimsApi> {
  const api = (await activateExtension()) as Partial<ClaimsApi> | undefined;
  assert.ok(api?.claimsView && api.claimsProvider,
    'activate() should return { claimsView, claimsProvider } so that the Claims tree can be inspected (src/vscode/extension.ts)');
  return api as ClaimsApi;
}

async function roots(api: ClaimsApi): Promise<Node[]> {
  return (await api.claimsProvider.getChildren()) ?? [];
}

describe('The Claims view', () => {
  after(closeAll);

  for (const file of [SEED, SAMPLE]) {
    it(`groups the claims of ${file === SEED ? 'the seed' : 'the sample'} by speaker with the analysis' counts`, async () => {
      const api = await claimsApi();
      const { document: doc } = await openArticle(file);
      const a = analysisOf(doc);
      const expected = expectedGroups(a);
      const want = new Map(expected.filter((g) => g.official).map((g) => [g.name, g.count]));
      const groups = await waitFor('the Claims tree to show this article', async () => {
        const r = await roots(api);
        const total = r.reduce((n, g) => n + (g.children?.length ?? 0), 0);
        return total === a.claims.length && r;
      });
      assert.equal(groups.length, expected.length, `groups ${groups.map((g) => g.label)} vs ${expected.map((g) => g.name ?? '(no speaker)')}`);
      for (const o of a.officials) {
        const n = want.get(o.name);
        if (!n) continue;
        const g = groups.find((x) => x.label === o.name);
        assert.ok(g, `no group for ${o.name}: ${groups.map((x) => x.label)}`);
        assert.equal(g.children?.length, n, `${o.name}: ${g.children?.length} claims, the analysis gives ${n}`);
        const item = await api.claimsProvider.getTreeItem(g);
        assert.match(String(typeof item.description === 'string' ? item.description : ''), new RegExp(`${n} claims?`));
      }
      assert.equal(api.claimsView.badge?.value, a.claims.length, 'badge shows the claim count');
      if (file === SEED) {
        const peskov = groups.find((g) => g.label === 'Dmitry Peskov');
        assert.ok(peskov?.children?.some((c) => c.claim?.text.includes('empty and groundless')), 'Peskov\'s group lacks "empty and groundless"');
      }
    });
  }

  it('a claim item opens the claim selected, and reveal selects it in the tree', async () => {
    const api = await claimsApi();
    const editor = await openArticle(SEED);
    const a = analysisOf(editor.document);
    const groups = await waitFor('claims', async () => (await roots(api)).length > 0 && roots(api));
    const node = groups.flatMap((g) => g.children ?? []).find((c) => c.claim?.text.includes('empty and groundless'));
    assert.ok(node?.claim);
    const item = await api.claimsProvider.getTreeItem(node);
    assert.ok(item.command, 'claim items have a command');
    assert.match(String(item.description), /^Ln \d+, Col \d+$/);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const want = a.claims.find((c) => c.text.includes('empty and groundless'))!;
    await waitFor('the claim to be selected in the editor', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.offsetAt(e.selection.start) === want.start && e.document.offsetAt(e.selection.end) === want.end;
    });
    await vscode.commands.executeCommand('articleLens.focusPanel');
    await waitFor('the Claims view to be visible', () => api.claimsView.visible);
    await api.claimsView.reveal(node, { select: true, focus: false });
    // The view's selection reaches the extension host as an event after reveal() resolves.
    await waitFor('the revealed claim to be selected in the tree', () => api.claimsView.selection[0]?.id === node.id, 30_000);
  });

  it('moving the cursor into another claim selects it in the tree', async () => {
    const api = await claimsApi();
    const editor = await openArticle(SEED);
    await vscode.commands.executeCommand('articleLens.focusPanel');
    await waitFor('the Claims view to be visible', () => api.claimsView.visible);
    const shown = await vscode.window.showTextDocument(editor.document, { preserveFocus: false });
    const a = analysisOf(shown.document);
    const target = a.claims.find((c) => c.text.startsWith('Russia doesn'));
    assert.ok(target, 'no claim "Russia doesn’t pose any threat"');
    const pos = shown.document.positionAt(target.start + 3);
    shown.selection = new vscode.Selection(pos, pos);
    const selected = await waitFor('the tree to select the claim under the cursor', () => {
      const s = api.claimsView.selection[0];
      return s?.claim?.start === target.start && s;
    }, 30_000);
    assert.equal(selected.kind, 'claim');
  });

  it('shows nothing to list for an article without claims', async () => {
    const api = await claimsApi();
    const doc = await vscode.workspace.openTextDocument({ language: 'article', content: 'Weather\n\nIt rained on the coast all day and the ferries stayed in port.\n' });
    await vscode.window.showTextDocument(doc);
    await waitFor('an empty tree', async () => (await roots(api)).length === 0);
    await waitFor('the empty-state message', () => (api.claimsView.message ?? '').length > 0);
  });
});

/** A Timeline row or page, as far as the test relies on it. */
interface TimelineNode {
  kind: 'date' | 'page';
  id: string;
  date?: { start: number; end: number; value: string | null };
}

describe('The Timeline view', () => {
  after(closeAll);

  const timeline = async () => {
    const api = (await activateExtension()) as { timelineProvider?: vscode.TreeDataProvider<TimelineNode> } | undefined;
    assert.ok(api?.timelineProvider, 'activate() should return { timelineProvider }');
    return api.timelineProvider;
  };
  /** Every row, opening the pages of a long list. */
  const rows = async (p: vscode.TreeDataProvider<TimelineNode>) => {
    const top = (await p.getChildren()) ?? [];
    const out: TimelineNode[] = [];
    for (const n of top) out.push(...(n.kind === 'page' ? ((await p.getChildren(n)) ?? []) : [n]));
    return { top, out };
  };
  /** The dates in timeline order: resolved ones by value, then the unresolved in reading order. */
  const expected = (a: ReturnType<typeof analysisOf>) => {
    const key = (v: string | null) => (v && /^\d{4}/.test(v) ? v : null);
    return a.dates.map((d, i) => ({ d, i, k: key(d.value) })).sort((x, y) => (x.k && y.k && x.k !== y.k ? (x.k < y.k ? -1 : 1) : x.k && !y.k ? -1 : !x.k && y.k ? 1 : x.d.start - y.d.start || x.i - y.i))
      .map(({ d }) => `${d.start}-${d.end}`);
  };

  it('lists the sample\'s dates in chronological order', async () => {
    const p = await timeline();
    const { document: doc } = await openArticle(SAMPLE);
    const a = analysisOf(doc);
    const got = await waitFor('the sample\'s timeline', async () => {
      const r = await rows(p);
      return r.out.length === a.dates.length && r;
    });
    assert.ok(got.top.every((n) => n.kind === 'date'), 'a short list should not be paged');
    assert.deepEqual(got.out.map((n) => `${n.date!.start}-${n.date!.end}`), expected(a));
  });

  it('pages a long article\'s dates and makes each page\'s rows in timeline order', async () => {
    const p = await timeline();
    const text = readFileSync(SAMPLE, 'utf8');
    const { document: doc } = await openUntitledArticle(Array.from({ length: 40 }, () => text).join('\n\n'));
    const a = analysisOf(doc);
    assert.ok(a.dates.length > 500, `the long article should have more than 500 dates, not ${a.dates.length}`);
    const got = await waitFor('the long article\'s timeline', async () => {
      const r = await rows(p);
      return r.out.length === a.dates.length && r;
    }, 30_000);
    assert.equal(got.top.length, Math.ceil(a.dates.length / 500));
    assert.ok(got.top.every((n) => n.kind === 'page'));
    assert.deepEqual(got.out.map((n) => `${n.date!.start}-${n.date!.end}`), expected(a));
    const row = got.out[501];
    assert.equal(await p.getParent!(row), got.top[1]);
  });
});

