import * as vscode from 'vscode';

/**
 * Opens a document range with it selected, keeping the focus where it is (the built-in
 * `vscode.open` command with `selection` and `preserveFocus`).
 */
export function openRangeCommand(uri: vscode.Uri, range: vscode.Range, title = 'Go to'): vscode.Command {
  const options: vscode.TextDocumentShowOptions = { selection: range, preserveFocus: true };
  return { command: 'vscode.open', title, arguments: [uri, options] };
}

/** Selects and reveals a range in an editor, centred when it is off-screen. */
export function selectInEditor(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
