/**
 * End-to-end UI flows: Article Lens packaged as a .vsix and installed into code-server, driven
 * with headless Chromium as a user would use it, on the seed article and on media/sample.article,
 * plus a 1 MB article. Each step waits on what the user would see, leaves a screenshot in
 * test/e2e/results/, and on failure says what was on screen.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser, REPO, RESULTS, SEED, until } from './browser';
import { articleCase, type ArticleCase } from './expect';
import { bigArticleFlow, articleFlow } from './flows';
import { bigArticle } from './bigArticle';
import { withRunLock } from './lock';
import { packageExtension } from './vsix';
import { StepFailed, Steps } from './steps';
import { startCodeServer, type RunningCodeServer } from './server';

/** The clipped screenshots that go to media/screenshots/ for the README. */
const README_SHOTS = ['seed-hover', 'sample-claims', 'seed-filter', 'seed-export'];

let cleanup: () => Promise<void> = async () => undefined;

async function main(): Promise<number> {
  const started = Date.now();
  fs.mkdirSync(RESULTS, { recursive: true });
  for (const f of fs.readdirSync(RESULTS)) if (f.endsWith('.png') && !f.includes('/')) fs.rmSync(path.join(RESULTS, f));
  const vsix = packageExtension('article-lens.vsix');
  console.log(`Packaged ${path.relative(REPO, vsix)} in ${Date.now() - started} ms`);

  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-e2e-ws-'));
  const sampleText = fs.readFileSync(path.join(REPO, 'media', 'sample.article'), 'utf8');
  const seedText = fs.readFileSync(SEED, 'utf8');
  fs.writeFileSync(path.join(workspace, 'seed.txt'), seedText);
  fs.writeFileSync(path.join(workspace, 'sample.article'), sampleText);
  fs.writeFileSync(path.join(workspace, 'big.article'), bigArticle(sampleText));

  const cases: ArticleCase[] = [
    articleCase({
      name: 'seed', file: 'seed.txt', treatAsArticle: true, text: seedText,
      colours: { quote: 'groundless', date: 'December', official: 'Stoltenberg', plain: 'consultations' },
      hover: { needle: 'Blinken', nth: 0, want: /US Secretary of State/ },
      clickClaim: 'empty and groundless', cursorClaim: 'pose any threat', filter: 'Peskov',
    }),
    articleCase({
      name: 'sample', file: 'sample.article', treatAsArticle: false, text: sampleText,
      colours: { quote: 'eleven', date: 'October', official: 'Kõiv', plain: 'Karsholm' },
      hover: { needle: 'Lindqvist said.', nth: 0, want: /Foreign Minister/ },
      clickClaim: 'a sell-out dressed up', cursorClaim: 'nine of the eleven', filter: 'Lindqvist',
    }),
  ];

  let server: RunningCodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  const failures: string[] = [];
  const timings: Steps['timings'] = [];
  cleanup = async () => {
    await browser?.close();
    await server?.stop();
  };
  try {
    server = await startCodeServer({ folder: workspace, vsix });
    console.log(`code-server ${server.url} (pid ${server.pid})`);
    browser = await launchBrowser();
    const { page } = browser;
    await page.goto(server.url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await until(async () => (await page.locator('.explorer-folders-view .monaco-list-row').count()) >= 3, 60_000, () => 'the explorer never listed the workspace files');
    for (const c of cases) {
      console.log(`\n${c.name} (${c.file}): ${c.analysis.officials.length} officials, ${c.analysis.claims.length} claims`);
      const steps = new Steps(page, c.name);
      try {
        await articleFlow(steps, c);
      } catch (err) {
        if (!(err instanceof StepFailed)) throw err;
      }
      failures.push(...steps.failures);
      timings.push(...steps.timings);
    }
    console.log('\nbig (big.article, 1 MB)');
    const steps = new Steps(page, 'big');
    try {
      await bigArticleFlow(steps, 'big.article', fs.readFileSync(path.join(workspace, 'big.article'), 'utf8'));
    } catch (err) {
      if (!(err instanceof StepFailed)) throw err;
    }
    failures.push(...steps.failures);
    timings.push(...steps.timings);
  } finally {
    await browser?.close();
    await server?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  fs.writeFileSync(path.join(RESULTS, 'summary.json'), `${JSON.stringify({ seconds: (Date.now() - started) / 1000, failures, timings }, null, 2)}\n`);
  console.log(`\nUI flows: ${timings.length} steps passed, ${failures.length} failed, ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${path.relative(REPO, RESULTS)}/`);
  if (failures.length) console.log(`\nFailures:\n${failures.join('\n\n')}`);
  else if (process.env.ARTICLE_LENS_UPDATE_SCREENSHOTS === '1') {
    // The README's pictures come from a green run: results/readme-X.png → media/screenshots/e2e-X.png.
    const dest = path.join(REPO, 'media', 'screenshots');
    fs.mkdirSync(dest, { recursive: true });
    for (const name of README_SHOTS) fs.copyFileSync(path.join(RESULTS, `readme-${name}.png`), path.join(dest, `e2e-${name}.png`));
    console.log(`Copied the readme-*.png screenshots to ${path.relative(REPO, dest)}/e2e-*.png`);
  }
  return failures.length ? 1 : 0;
}

withRunLock('UI flows', main, () => cleanup()).then((code) => process.exit(code), (err) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
