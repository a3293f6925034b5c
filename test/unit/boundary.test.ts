import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(__dirname, '../../src/core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the analysis core stays editor-independent', () => {
  const sources = files(CORE);

  it('has sources', () => {
    expect(sources.length).toBeGreaterThan(3);
  });

  it.each(sources.map((f) => [f.slice(CORE.length + 1), f]))('%s imports neither vscode nor Node APIs', (_name, file) => {
    const src = readFileSync(file, 'utf8');
    const imports = [...src.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
    for (const spec of imports) {
      expect(spec).not.toBe('vscode');
      expect(spec).not.toMatch(/^node:|^(fs|path|os|child_process)$/);
      expect(spec).not.toMatch(/\/(vscode|cli)\//);
    }
  });
});
