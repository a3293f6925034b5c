/**
 * What a user sees and does in the VS Code workbench, as Playwright calls on code-server 4.139
 * (Code 1.139): opening files, running commands, reading the status bar, editor tokens, hovers
 * and the Article Lens tree views. Every wait is on a condition.
 */
import type { Page } from 'playwright-core';
import { norm, until } from './browser';
import { activeTabIncludes, editorLinesInPage, findTextInPage, treeRowsInPage } from './page-scripts.js';

/** A row of a tree view as rendered. */
export interface TreeRow {
  level: number;
  label: string;
  text: string;
  selected: boolean;
}

/** Where a piece of editor text is and how it is painted. */
export interface TextBox {
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
  className: string;
}

const QUICK_INPUT = '.quick-input-widget input';
const QUICK_ROW = '.quick-input-list .monaco-list-row';

/** Opens the command palette (F1) and replaces its text. */
export async function quickInput(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator(QUICK_INPUT);
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(text);
}

/** Clicks the first quick-pick row whose text contains `label`. */
export async function pickRow(page: Page, label: string): Promise<void> {
  const row = page.locator(QUICK_ROW, { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
}

/** Runs a command by its palette title ("Article Lens: Toggle All Highlights"). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await quickInput(page, `>${title}`);
  await pickRow(page, title);
}

/** Opens a workspace file through Quick Open and waits for its tab to be active. */
export async function openFile(page: Page, name: string): Promise<void> {
  await quickInput(page, name);
  await pickRow(page, name);
  await page.waitForFunction(activeTabIncludes, name, { timeout: 20_000 });
  await page.waitForSelector('.editor-instance .monaco-editor .view-line', { timeout: 20_000 });
}

/** Text of a status bar item by id ("status.editor.mode"); a suffix match when `suffix`. */
export async function statusText(page: Page, id: string, suffix = false): Promise<string> {
  const sel = suffix ? `[id$="${id}"]` : `[id="${id}"]`;
  return norm(await page.locator(sel).first().textContent({ timeout: 2_000 }).catch(() => '')).trim();
}

/** Waits for a status bar item to show text matching `want`; returns the text. */
export async function waitStatus(page: Page, id: string, want: RegExp | string, timeoutMs = 20_000, suffix = false): Promise<string> {
  return until(async () => {
    const t = await statusText(page, id, suffix);
    return (typeof want === 'string' ? t.includes(want) : want.test(t)) && t;
  }, timeoutMs, async () => `status bar item ${id} never showed ${want}; it shows "${await statusText(page, id, suffix)}"`);
}

/**
 * Finds the `nth` occurrence of `needle` in the rendered lines of the active editor (top to bottom)
 * and returns its box and the computed colour of the token span it starts in.
 */
export async function findText(page: Page, needle: string, nth = 0): Promise<TextBox | null> {
  return page.evaluate(findTextInPage, { needle, nth });
}

/** The visible text of the editor hover, or '' when none is shown. */
export async function hoverContent(page: Page): Promise<string> {
  const loc = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content');
  if ((await loc.count()) === 0) return '';
  return norm((await loc.allInnerTexts()).join('\n---\n')).trim();
}

/** Moves the mouse over a piece of editor text and waits for a hover whose text matches `want`. */
export async function hoverOver(page: Page, needle: string, nth: number, want: RegExp): Promise<string> {
  const box = await findText(page, needle, nth);
  if (!box) throw new Error(`"${needle}" is not visible in the editor`);
  await page.mouse.move(box.x + box.w / 2, box.y + box.h / 2 + 40, { steps: 2 });
  await page.mouse.move(box.x + box.w / 2, box.y + box.h / 2, { steps: 4 });
  return until(async () => {
    const t = await hoverContent(page);
    return want.test(t) && t;
  }, 10_000, async () => `hovering "${needle}" showed ${JSON.stringify(await hoverContent(page)) || 'no hover'} instead of ${want}`);
}

/** The pane of a view in the Article Lens container ("Claims", "Officials", "Timeline"). */
export function paneSelector(view: string): string {
  // The header's aria-label gains the description ("Claims (filtered: …) Section"): match its start.
  return `[id="workbench.view.extension.articleLens"] .pane:has(> .pane-header[aria-label^="${view} "])`;
}

/** Rendered rows of a view's tree. */
export async function treeRows(page: Page, view: string): Promise<TreeRow[]> {
  return page.evaluate(treeRowsInPage, paneSelector(view));
}

/** Opens the Article Lens container and gives the Claims view the whole height (the other views collapsed). */
export async function showArticleLens(page: Page): Promise<void> {
  const icon = page.locator('.part.activitybar .action-item:has(a[aria-label^="Article Lens"])');
  const container = page.locator('[id="workbench.view.extension.articleLens"]');
  if (!(await container.isVisible().catch(() => false))) await icon.click();
  await container.waitFor({ state: 'visible', timeout: 10_000 });
  const header = (view: string) => page.locator(`${paneSelector(view)} > .pane-header`).first();
  for (const view of ['Officials', 'Timeline']) {
    if ((await header(view).getAttribute('aria-expanded', { timeout: 10_000 })) === 'true') await header(view).click();
  }
  if ((await header('Claims').getAttribute('aria-expanded', { timeout: 10_000 })) !== 'true') await header('Claims').click();
}

/**
 * Clicks a view-title action of a pane ("Filter Claims…"), hovering the header first as a user
 * does, until `effect` shows it worked. The title bar re-renders when its context keys change
 * (the filter button swaps with "Clear"), and a click landing during that is lost; like a user,
 * click again (at most three times). Returns the number of clicks.
 */
export async function clickViewAction(page: Page, view: string, title: string, effect: () => Promise<boolean>): Promise<number> {
  const header = page.locator(`${paneSelector(view)} > .pane-header`);
  for (let attempt = 1; ; attempt++) {
    await header.hover();
    const action = header.locator(`.actions a[aria-label="${title}"]`);
    await action.waitFor({ state: 'visible', timeout: 10_000 });
    await action.click();
    const ok = await until(async () => (await effect()) || undefined, 3_000, () => '').then(() => true, () => false);
    if (ok) return attempt;
    if (attempt === 3) throw new Error(`clicking "${title}" in the ${view} view had no visible effect (3 clicks)`);
  }
}

/** Text of the pane header (title, description) and the view's message line. */
export async function paneState(page: Page, view: string): Promise<{ header: string; message: string }> {
  const sel = paneSelector(view);
  const header = norm(await page.locator(`${sel} > .pane-header`).innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
  const message = norm(await page.locator(`${sel} .message`).allInnerTexts().then((t) => t.join(' ')).catch(() => '')).trim();
  return { header, message };
}

/** The lines of the active editor as rendered, top to bottom, joined with \n. */
export async function editorText(page: Page): Promise<string> {
  return (await page.evaluate(editorLinesInPage)).join('\n');
}

/** Everything a user would read on screen right now, for failure reports. */
export async function visibleState(page: Page): Promise<Record<string, unknown>> {
  const safe = async <T>(f: () => Promise<T>, fallback: T): Promise<T> => f().catch(() => fallback);
  return {
    activeTab: await safe(async () => norm(await page.locator('.tabs-container .tab.active').first().innerText({ timeout: 1000 })).trim(), ''),
    statusBar: await safe(async () => (await page.locator('.statusbar-item').allInnerTexts()).map((t) => norm(t).trim()).filter(Boolean), []),
    hover: await safe(() => hoverContent(page), ''),
    claims: await safe(async () => (await treeRows(page, 'Claims')).map((r) => `${'  '.repeat(Math.max(0, r.level - 1))}${r.selected ? '[selected] ' : ''}${r.text}`), []),
    claimsPane: await safe(() => paneState(page, 'Claims'), { header: '', message: '' }),
    quickInput: await safe(async () => ((await page.locator('.quick-input-widget').isVisible()) ? norm(await page.locator('.quick-input-widget').innerText()) : ''), ''),
    notifications: await safe(async () => (await page.locator('.notifications-toasts .notification-toast').allInnerTexts()).map((t) => norm(t).trim()), []),
    dialogs: await safe(async () => (await page.locator('.monaco-dialog-box').allInnerTexts()).map((t) => norm(t).trim()), []),
    editorStart: await safe(async () => (await editorText(page)).slice(0, 400), ''),
  };
}
