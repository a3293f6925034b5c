/**
 * Entry point of the extension-host test suite: VS Code (code-server with the smoke-test driver,
 * or `@vscode/test-electron`) loads this file as `extensionTestsPath` and awaits `run()`.
 */
import type MochaType from 'mocha';
import { format } from 'node:util';

/** Prefix of the suite's output lines, so a runner can tell them from the workbench's own logs. */
export const LINE_MARK = '[article-lens-it]';

/** Runs every suite; rejects when a test fails. */
export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require('mocha') as typeof MochaType;
  const log = console.log.bind(console);
  // The reporters print through Base.consoleLog: mark each line.
  (Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void }).consoleLog = (...args: unknown[]) => {
    for (const line of format(...args).split('\n')) log(`${LINE_MARK} ${line}`);
  };
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  const grep = process.env.ARTICLE_LENS_GREP;
  if (grep) mocha.grep(grep);
  mocha.suite.emit('pre-require', globalThis, 'article-lens-integration', mocha);
  // Required after pre-require so that describe/it exist; esbuild keeps these requires lazy.
  /* eslint-disable @typescript-eslint/no-require-imports */
  require('./language.test');
  require('./hover.test');
  require('./navigation.test');
  require('./claims.test');
  require('./diagnostics.test');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
  });
}
