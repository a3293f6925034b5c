/** Named steps of a UI flow: a screenshot of each state, and failures that say what was on screen. */
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO, RESULTS } from './browser';
import { visibleState } from './workbench';

/** Runs named steps, screenshots each state, and reports failures with what was visible. */
export class Steps {
  private n = 0;
  readonly failures: string[] = [];
  readonly timings: { step: string; ms: number; note?: string }[] = [];

  constructor(readonly page: Page, readonly prefix: string) {}

  /**
   * Runs one step; throws after reporting when it fails (the flow stops there). With `readme`, a
   * clipped copy of the screenshot is also saved as results/readme-<file> (for media/screenshots/).
   */
  async run(name: string, fn: () => Promise<string | void>, readme?: { file: string; clip: { x: number; y: number; width: number; height: number } }): Promise<void> {
    const id = `${this.prefix}-${String(++this.n).padStart(2, '0')}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    const t0 = Date.now();
    try {
      const note = await fn();
      const ms = Date.now() - t0;
      this.timings.push({ step: `${this.prefix}: ${name}`, ms, note: note || undefined });
      const shot = path.join(RESULTS, `${id}.png`);
      await this.page.screenshot({ path: shot });
      if (readme) await this.page.screenshot({ path: path.join(RESULTS, `readme-${readme.file}`), clip: readme.clip });
      console.log(`  ✔ ${name} (${ms} ms)${note ? ` — ${note}` : ''}`);
    } catch (err) {
      const shot = path.join(RESULTS, `FAILED-${id}.png`);
      await this.page.screenshot({ path: shot }).catch(() => undefined);
      const seen = await visibleState(this.page).catch(() => ({}));
      const msg = err instanceof Error ? err.message : String(err);
      const report = [`✘ [${this.prefix}] step "${name}" failed: ${msg}`, `  screenshot: ${path.relative(REPO, shot)}`,
        `  on screen: ${JSON.stringify(seen, null, 2).replace(/\n/g, '\n  ')}`].join('\n');
      console.log(report);
      this.failures.push(report);
      throw new StepFailed(report);
    }
  }
}

/** A step failed (already reported). */
export class StepFailed extends Error {}
