/** Types of page-scripts.js (functions evaluated inside the workbench page). */
import type { TextBox, TreeRow } from './workbench';

export function findTextInPage(args: { needle: string; nth: number }): TextBox | null;
export function editorLinesInPage(): string[];
export function treeRowsInPage(sel: string): TreeRow[];
export function activeTabIncludes(name: string): boolean;
export function focusInSideBar(): boolean;
