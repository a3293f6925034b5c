/**
 * No catastrophic backtracking: every regular expression in src/ is checked with recheck.
 * Literals and `new RegExp(…)` built from constants are found in the TypeScript syntax tree;
 * patterns built at run time (from word lists) are captured by a recording RegExp constructor
 * while the core modules load and analyse a text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');

/** Patterns recheck cannot decide, with why they are safe. Keep this tiny. */
const UNKNOWN_OK: Record<string, string> = {};

interface Found { file: string; line: number; source: string; flags: string }

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** Folds string constants: literals, templates and `+` of constants, identifiers bound to them, `regex.source`. */
function fold(node: ts.Expression, consts: Map<string, ts.Expression>, depth = 0): string | undefined {
  if (depth > 20) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return fold(node.expression, consts, depth + 1);
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const v = fold(span.expression, consts, depth + 1);
      if (v === undefined) return undefined;
      out += v + span.literal.text;
    }
    return out;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const l = fold(node.left, consts, depth + 1);
    const r = fold(node.right, consts, depth + 1);
    return l === undefined || r === undefined ? undefined : l + r;
  }
  if (ts.isIdentifier(node)) {
    const init = consts.get(node.text);
    return init ? fold(init, consts, depth + 1) : undefined;
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source' && ts.isIdentifier(node.expression)) {
    const init = consts.get(node.expression.text);
    if (init && ts.isRegularExpressionLiteral(init)) return literal(init.text).source;
  }
  return undefined;
}

function literal(text: string): { source: string; flags: string } {
  const slash = text.lastIndexOf('/');
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

/** Every regex literal and constant `new RegExp`, plus the files and lines of the others. */
function scan(): { found: Found[]; dynamic: { file: string; line: number }[] } {
  const found: Found[] = [];
  const dynamic: { file: string; line: number }[] = [];
  for (const file of files(SRC)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const rel = relative(ROOT, file);
    const consts = new Map<string, ts.Expression>();
    const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
    const collect = (n: ts.Node): void => {
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && ts.getCombinedNodeFlags(n) & ts.NodeFlags.Const) {
        consts.set(n.name.text, n.initializer);
      }
      ts.forEachChild(n, collect);
    };
    collect(sf);
    const visit = (n: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(n)) found.push({ file: rel, line: lineOf(n), ...literal(n.text) });
      if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        const [src, flags] = n.arguments ?? [];
        const s = src && fold(src, consts);
        const f = flags ? fold(flags, consts) : '';
        if (s !== undefined && f !== undefined) found.push({ file: rel, line: lineOf(n), source: s, flags: f });
        else dynamic.push({ file: rel, line: lineOf(n) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

const { found, dynamic } = scan();
const captured: Found[] = [];
const NativeRegExp = globalThis.RegExp;

beforeAll(async () => {
  // record every RegExp the core builds at run time, with the source file that built it
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args: [string | RegExp, string?]) {
      const re = new target(...args);
      // the frame that called `new RegExp`: our sources only (chrono-node builds its own, out of scope)
      const frame = (new Error().stack ?? '').split('\n')[2] ?? '';
      const m = frame.includes(SRC) ? /(src\/[^:)]+\.ts)/.exec(frame) : null;
      if (m) captured.push({ file: m[1], line: 0, source: re.source, flags: re.flags });
      return re;
    },
  });
  const core = await import('../../src/core/analyze');
  core.analyze('MOSCOW, February 7. /TASS/. "We are ready," Kremlin spokesman Dmitry Peskov said on Monday, adding that talks would resume next week.');
});

afterAll(() => {
  globalThis.RegExp = NativeRegExp;
});

describe('regular expressions in src/ (recheck)', () => {
  it('finds the literals and constant constructions in the syntax tree', () => {
    expect(found.length).toBeGreaterThan(50);
  });

  it('captures every pattern built at run time', () => {
    for (const d of dynamic) {
      expect(captured.some((c) => c.file === d.file), `no pattern captured from ${d.file}:${d.line}`).toBe(true);
    }
  });

  it('none is vulnerable to catastrophic backtracking', async () => {
    const all = [...found, ...captured];
    const seen = new Map<string, Found>();
    for (const r of all) if (!seen.has(`${r.flags}/${r.source}`)) seen.set(`${r.flags}/${r.source}`, r);
    const bad: string[] = [];
    for (const [key, r] of seen) {
      const t = performance.now();
      const d = await check(r.source, r.flags, { timeout: 60_000 });
      if (performance.now() - t > 2000) console.log(`slow: ${Math.round(performance.now() - t)} ms ${r.file}:${r.line}`);
      if (d.status === 'safe') continue;
      if (d.status === 'unknown' && UNKNOWN_OK[key]) continue;
      const detail = d.status === 'vulnerable' ? `${d.complexity.type}, attack ${JSON.stringify(d.attack.pattern)}` : d.status === 'unknown' ? d.error.kind : '';
      bad.push(`${r.file}:${r.line} /${r.source}/${r.flags}: ${d.status} ${detail}`);
    }
    console.log(`recheck: ${seen.size} distinct patterns (${found.length} in the syntax tree, ${captured.length} built at run time)`);
    expect(bad).toEqual([]);
  }, 300_000);
});
