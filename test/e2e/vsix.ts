/** Packages the extension offline with @vscode/vsce into out/e2e/ for the UI runs. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './browser';

/** Builds out/e2e/`name` (a .vsix) from the current dist/ and returns its path; throws with vsce's output on failure. */
export function packageExtension(name: string): string {
  const vsix = path.join(REPO, 'out', 'e2e', name);
  fs.mkdirSync(path.dirname(vsix), { recursive: true });
  const vsce = path.join(REPO, 'node_modules', '.bin', 'vsce');
  const r = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsix], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vsce package failed:\n${r.stdout}\n${r.stderr}`);
  return vsix;
}
