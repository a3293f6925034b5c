/**
 * `npm start`: opens media/sample.article with the extension in a real VS Code — the local `code`
 * when there is one (extension development mode), otherwise code-server on 127.0.0.1 with the
 * packaged extension installed, printing the address. Ctrl+C stops it.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { startCodeServer } from './server';

const root = path.resolve(__dirname, '..'); // dist/ → the repository
const sample = path.join(root, 'media', 'sample.article');

function hasLocalCode(): boolean {
  if (process.env.ARTICLE_LENS_CODE_SERVER === '1') return false;
  const r = spawnSync('code', ['--version'], { encoding: 'utf8' });
  return r.status === 0;
}

async function main(): Promise<void> {
  if (hasLocalCode()) {
    console.log(`Opening ${path.relative(process.cwd(), sample)} in VS Code with the extension in development mode …`);
    spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${root}`, path.join(root, 'media'), sample], { stdio: 'inherit' });
    return;
  }
  console.log('No `code` on PATH: using code-server (VS Code in the browser).');
  const pkg = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (pkg.status !== 0) throw new Error('npm run package failed');
  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  const server = await startCodeServer({
    folder: path.join(root, 'media'),
    vsix: path.join(root, 'article-lens.vsix'),
    port,
    settings: { 'workbench.colorTheme': 'Default Dark Modern' },
  });
  const url = `${server.url}&payload=${encodeURIComponent(JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${server.port}${sample}`]]))}`;
  console.log(`\nArticle Lens is running in VS Code (code-server) at:\n\n  ${url}\n\nOpen it in a browser; media/sample.article opens by itself. Press Ctrl+C to stop.`);
  const stop = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => undefined);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
