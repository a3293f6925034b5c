/** Web extension entry (vscode.dev, code-server's browser host): the same adapter, no Node APIs. */
export { activate, deactivate } from './extension';
