/**
 * The user flows: open an article, see the language and the colours, hover an official, read the
 * Claims panel, jump to a claim and back, filter, export, toggle highlights; and a 1 MB article
 * that must stay responsive. Expected values come from the analysis of the same text.
 */
import type { Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { until } from './browser';
import { csvRecordsShown, expectedGroups, filtered, lineCol, statusSummary, type ArticleCase } from './expect';
import { activeTabIncludes, focusInSideBar } from './page-scripts.js';
import type { Steps } from './steps';
import {
  clickViewAction, editorText, findText, hoverContent, hoverOver, openFile, paneSelector, paneState, pickRow,
  runCommand, showArticleLens, statusText, treeRows, waitStatus, type TreeRow,
} from './workbench';

const STATUS = 'articleLens.status';
const EDITOR = '.editor-instance .monaco-editor';

async function colourOf(page: Page, needle: string): Promise<string> {
  const box = await findText(page, needle);
  if (!box) throw new Error(`"${needle}" is not visible in the editor`);
  return box.color;
}

async function dismissHover(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  const status = page.locator('[id="status.editor.mode"]');
  await status.hover();
  await until(async () => (await hoverContent(page)) === '', 5_000, async () => `the hover stayed open: ${await hoverContent(page)}`);
}

function claimRows(rows: TreeRow[]): TreeRow[] {
  return rows.filter((r) => r.level === 2 || (r.level === 1 && /Ln \d+, Col \d+$/.test(r.text)));
}

function rowsText(rows: TreeRow[]): string {
  return rows.map((r) => `${'  '.repeat(r.level - 1)}${r.selected ? '[selected] ' : ''}${r.text}`).join(' | ');
}

async function claimDecorations(page: Page): Promise<number> {
  return page.locator(`${EDITOR} [class*="TextEditorDecorationType"]`).count();
}

/** The flow on one article, step by step. */
export async function articleFlow(steps: Steps, c: ArticleCase): Promise<void> {
  const { page } = steps;
  const a = c.analysis;
  const summary = statusSummary(a);

  await steps.run('open the article', async () => {
    await openFile(page, c.file);
    if (c.treatAsArticle) {
      await waitStatus(page, 'status.editor.mode', 'Plain Text');
      await runCommand(page, 'Article Lens: Treat This File as an Article');
    }
    const mode = await waitStatus(page, 'status.editor.mode', /^News Article$/);
    const ours = await waitStatus(page, STATUS, summary, 20_000, true);
    return `language "${mode}", status "${ours}"`;
  });

  await steps.run('quotes, dates and officials in distinct colours', async () => {
    const { quote, date, official, plain } = c.colours;
    const colours = await until(async () => {
      const got = { quote: await colourOf(page, quote), date: await colourOf(page, date), official: await colourOf(page, official), plain: await colourOf(page, plain) };
      return new Set(Object.values(got)).size === 4 && got;
    }, 20_000, async () => {
      const got: Record<string, string> = {};
      for (const [k, v] of Object.entries(c.colours)) got[`${k} "${v}"`] = await colourOf(page, v).catch((e: Error) => e.message);
      return `quote, date, official and plain text should have four different colours; computed styles: ${JSON.stringify(got)}`;
    });
    return Object.entries(colours).map(([k, v]) => `${k} ${v}`).join(', ');
  });

  await steps.run('hover a later mention shows the full title', async () => {
    const text = await hoverOver(page, c.hover.needle, c.hover.nth, c.hover.want);
    return JSON.stringify(text.split('\n')[0]);
  }, { file: `${c.name}-hover.png`, clip: { x: 340, y: 30, width: 1100, height: 320 } });

  const groups = expectedGroups(a);
  await steps.run('the Claims panel groups claims by speaker', async () => {
    await dismissHover(page);
    await showArticleLens(page);
    const rows = await until(async () => {
      const r = await treeRows(page, 'Claims');
      return claimRows(r).length === a.claims.length && r.filter((x) => x.level === 1).length === groups.length && r;
    }, 20_000, async () => `the Claims panel should list ${a.claims.length} claims in ${groups.length} speaker groups; it shows: ${rowsText(await treeRows(page, 'Claims'))}`);
    for (const g of groups.filter((x) => x.official)) {
      const row = rows.find((r) => r.level === 1 && r.text.startsWith(g.name!));
      if (!row) throw new Error(`no speaker row for ${g.name}: ${rowsText(rows)}`);
      const want = `${g.count} claim${g.count === 1 ? '' : 's'}`;
      if (!row.text.endsWith(want)) throw new Error(`the row of ${g.name} should end with "${want}": "${row.text}"`);
    }
    const badge = (await page.locator('.part.activitybar .action-item:has(a[aria-label^="Article Lens"]) .badge-content').innerText().catch(() => '')).trim();
    if (badge !== String(a.claims.length)) throw new Error(`the activity bar badge shows "${badge}", the analysis has ${a.claims.length} claims`);
    await page.mouse.move(700, 990);
    return groups.map((g) => `${g.name ?? '(none)'} ${g.count}`).join(', ');
  });

  const clicked = a.claims.find((x) => x.text.includes(c.clickClaim));
  await steps.run('clicking a claim puts the cursor on it', async () => {
    if (!clicked) throw new Error(`the analysis has no claim containing "${c.clickClaim}"`);
    const row = page.locator(`${paneSelector('Claims')} .monaco-list-row[role="treeitem"]`, { hasText: c.clickClaim }).first();
    await row.click();
    const end = lineCol(c.text, clicked.end);
    const want = `Ln ${end.line}, Col ${end.col} (${clicked.end - clicked.start} selected)`;
    const got = await waitStatus(page, 'status.editor.selection', want, 10_000);
    const focusInTree = await page.evaluate(focusInSideBar);
    if (!focusInTree) throw new Error('clicking a claim moved the keyboard focus out of the Claims panel');
    return got;
  });

  const target = a.claims.find((x) => x.text.includes(c.cursorClaim));
  await steps.run('moving the cursor into another claim selects it in the tree', async () => {
    if (!target) throw new Error(`the analysis has no claim containing "${c.cursorClaim}"`);
    const box = await findText(page, c.cursorClaim);
    if (!box) throw new Error(`"${c.cursorClaim}" is not visible in the editor`);
    await page.mouse.click(box.x + 3, box.y + box.h / 2);
    const head = target.text.slice(0, 30).replace(/\s+/g, ' ');
    const row = await until(async () => {
      const sel = (await treeRows(page, 'Claims')).find((r) => r.selected);
      return sel && sel.text.replace(/\s+/g, ' ').includes(head) && sel;
    }, 10_000, async () => `after clicking "${c.cursorClaim}" in the editor (status ${await statusText(page, 'status.editor.selection')}) the selected tree row should contain "${head}"; rows: ${rowsText(await treeRows(page, 'Claims'))}`);
    const decorated = await until(async () => (await claimDecorations(page)) > 0, 5_000, () => 'the claim under the cursor is not highlighted');
    return `selected "${row.text.slice(0, 60)}…"${decorated ? ', claim highlighted' : ''}`;
  }, { file: `${c.name}-claims.png`, clip: { x: 0, y: 30, width: 1440, height: 640 } });

  const keep = filtered(a, c.filter);
  await steps.run('the filter narrows the list and shows it is filtered', async () => {
    const input = page.locator('.quick-input-widget input');
    await clickViewAction(page, 'Claims', 'Filter Claims…', () => input.isVisible());
    await input.fill(c.filter);
    await input.press('Enter');
    const rows = await until(async () => {
      const r = claimRows(await treeRows(page, 'Claims'));
      return r.length === keep.length && r;
    }, 10_000, async () => `filtering by "${c.filter}" should leave ${keep.length} of ${a.claims.length} claims; the panel shows: ${rowsText(await treeRows(page, 'Claims'))}`);
    const state = await until(async () => {
      const s = await paneState(page, 'Claims');
      return /filtered/i.test(s.header) && s.message.includes(`Filtered by "${c.filter}"`) && s;
    }, 5_000, async () => `the Claims panel does not say it is filtered: ${JSON.stringify(await paneState(page, 'Claims'))}`);
    return `${rows.length} of ${a.claims.length} claims; header "${state.header}"; message "${state.message}"`;
  }, { file: `${c.name}-filter.png`, clip: { x: 0, y: 30, width: 900, height: 320 } });

  await steps.run('clearing the filter shows every claim again', async () => {
    await clickViewAction(page, 'Claims', 'Clear Claims Filter', async () => claimRows(await treeRows(page, 'Claims')).length === a.claims.length);
    await until(async () => claimRows(await treeRows(page, 'Claims')).length === a.claims.length, 10_000,
      async () => `after clearing the filter the panel should list ${a.claims.length} claims: ${rowsText(await treeRows(page, 'Claims'))}`);
    await until(async () => {
      const s = await paneState(page, 'Claims');
      return !/filtered/i.test(`${s.header} ${s.message}`);
    }, 5_000, async () => `the panel still says it is filtered: ${JSON.stringify(await paneState(page, 'Claims'))}`);
    // The title bar swaps the "Clear" button back to "Filter Claims…".
    await page.locator(`${paneSelector('Claims')} > .pane-header .actions a[aria-label="Filter Claims…"]`).waitFor({ state: 'attached', timeout: 5_000 });
  });

  await steps.run('export as CSV gives one row per claim', async () => {
    const clicks = await clickViewAction(page, 'Claims', 'Export Claims…', () => page.locator('.quick-input-widget').isVisible());
    await pickRow(page, 'CSV');
    await pickRow(page, 'Open in a New Editor');
    await page.waitForFunction(activeTabIncludes, 'Untitled', { timeout: 10_000 });
    const records = await until(async () => {
      const r = csvRecordsShown(await editorText(page));
      return r.length === a.claims.length + 1 && r;
    }, 10_000, async () => `the CSV export should have a header and ${a.claims.length} rows; the editor shows:\n${(await editorText(page)).slice(0, 1500)}`);
    if (records[0][0] !== 'id' || !records[0].includes('speaker')) throw new Error(`unexpected CSV header: ${records[0].join(',')}`);
    return `${records.length - 1} rows, columns ${records[0].join(',')}${clicks > 1 ? ` (Export clicked ${clicks} times)` : ''}`;
  }, { file: `${c.name}-export.png`, clip: { x: 340, y: 30, width: 1100, height: 330 } });

  await steps.run('toggling highlights removes them', async () => {
    await runCommand(page, 'View: Revert and Close Editor');
    await page.waitForFunction(activeTabIncludes, c.file, { timeout: 10_000 });
    const plain = await colourOf(page, c.colours.plain);
    const before = await colourOf(page, c.colours.official);
    await runCommand(page, 'Article Lens: Toggle All Highlights');
    await until(async () => (await colourOf(page, c.colours.official)) === plain && (await claimDecorations(page)) === 0, 10_000,
      async () => `after "Toggle All Highlights" "${c.colours.official}" is still ${await colourOf(page, c.colours.official)} (plain text ${plain}); claim highlights: ${await claimDecorations(page)}`);
    return `official ${before} → ${plain}`;
  });

  await steps.run('toggling again brings them back', async () => {
    const plain = await colourOf(page, c.colours.plain);
    await runCommand(page, 'Article Lens: Toggle All Highlights');
    await until(async () => (await colourOf(page, c.colours.official)) !== plain, 10_000,
      async () => `after toggling back "${c.colours.official}" is still plain (${plain})`);
  });
}

/** A 1 MB article: it opens analysed, and cursor moves and typing answer within a bound. */
export async function bigArticleFlow(steps: Steps, file: string, text: string): Promise<void> {
  const { page } = steps;
  const BOUND_MS = Number(process.env.ARTICLE_LENS_RESPONSE_MS ?? 2000);
  const t0 = Date.now();
  const a = analyze(text, {});
  const analyseMs = Date.now() - t0;
  const lines = text.split('\n').length;

  await steps.run('a 1 MB article opens analysed', async () => {
    const start = Date.now();
    await openFile(page, file);
    await waitStatus(page, 'status.editor.mode', /^News Article$/, 30_000);
    const ours = await waitStatus(page, STATUS, statusSummary(a), 30_000, true);
    return `${(text.length / 1024).toFixed(0)} KB, ${lines} lines: "${ours}" after ${Date.now() - start} ms (analyze() alone ${analyseMs} ms)`;
  });

  await steps.run('cursor moves and typing respond', async () => {
    const times: number[] = [];
    const timed = async (what: string, act: () => Promise<void>, done: (status: string) => boolean) => {
      const start = Date.now();
      await act();
      await until(async () => done(await statusText(page, 'status.editor.selection')), BOUND_MS,
        async () => `the editor did not respond to ${what} within ${BOUND_MS} ms (status "${await statusText(page, 'status.editor.selection')}")`);
      times.push(Date.now() - start);
    };
    const first = await findText(page, 'Baltic ports');
    if (!first) throw new Error('the headline is not visible');
    await page.mouse.click(first.x + 2, first.y + first.h / 2);
    await page.keyboard.press('Control+Home');
    await waitStatus(page, 'status.editor.selection', 'Ln 1, Col 1', BOUND_MS);
    await timed('Ctrl+End', () => page.keyboard.press('Control+End'), (s) => s.startsWith(`Ln ${lines},`));
    await timed('Ctrl+Home', () => page.keyboard.press('Control+Home'), (s) => s === 'Ln 1, Col 1');
    for (let i = 1; i <= 3; i++) {
      const before = await statusText(page, 'status.editor.selection');
      await timed(`PageDown #${i}`, () => page.keyboard.press('PageDown'), (s) => s !== before);
    }
    const at = /Ln (\d+), Col (\d+)$/.exec(await statusText(page, 'status.editor.selection'));
    if (!at) throw new Error(`no cursor position in the status bar: "${await statusText(page, 'status.editor.selection')}"`);
    const [line, col] = [Number(at[1]), Number(at[2])];
    for (let i = 1; i <= 5; i++) {
      await timed(`typing character ${i}`, () => page.keyboard.type('x'), (s) => s === `Ln ${line}, Col ${col + i}`);
    }
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Z');
    await waitStatus(page, 'status.editor.selection', `Ln ${line}, Col ${col}`, BOUND_MS);
    return `responses ${times.join(', ')} ms (bound ${BOUND_MS} ms, max ${Math.max(...times)})`;
  });

  await steps.run('a new claim at the end updates the status bar', async () => {
    const added = '\n\nHarbour Minister Anna Berg said on Friday that the port would stay open.\n';
    const after = statusSummary(analyze(text + added, {}));
    await page.keyboard.press('Control+End');
    await waitStatus(page, 'status.editor.selection', `Ln ${lines}, Col 1`, BOUND_MS);
    const start = Date.now();
    await page.keyboard.type(added);
    const shown = await waitStatus(page, STATUS, after, 30_000, true);
    return `"${statusSummary(a)}" → "${shown}" ${Date.now() - start} ms after typing began`;
  });
}
