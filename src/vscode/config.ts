import * as vscode from 'vscode';
import { readSettings, type Settings } from './model/settings';

/** Reads the current `articleLens.*` settings. */
export function currentSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('articleLens', scope);
  return readSettings((key) => config.get(key));
}

/** Fires `listener` with fresh settings whenever an `articleLens.*` setting changes. */
export function onDidChangeSettings(listener: (settings: Settings) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('articleLens')) listener(currentSettings());
  });
}

/** The language id of news articles. */
export const ARTICLE_LANGUAGE = 'article';

/** Selector for every article document, whatever its scheme (file, untitled, virtual). */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = { language: ARTICLE_LANGUAGE };
