/**
 * The CLI on bad and odd input, beyond cli.test.ts: standard input that is binary, not UTF-8,
 * empty or named twice; empty, BOM-only and hostile files; symbolic-link loops; file names with
 * line breaks; bad --published values. Exit codes of the contract (0 / 1 / 2), never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
let dir = '';
let cli = '';

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

function run(args: string[], input?: string | Uint8Array) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir, timeout: 30000, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const jsonl = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

function noStackTrace(stderr: string) {
  expect(stderr).not.toMatch(/\n\s+at |^\s+at |Error:|node:internal/m);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'article-lens-robust-cli-'));
  cli = join(dir, 'cli.js');
  await build({
    entryPoints: [join(ROOT, 'src/cli/main.ts')], outfile: cli, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', logLevel: 'silent',
  });
}, 60000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('standard input', () => {
  it.each([
    ['binary', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'binary'],
    ['not UTF-8', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'UTF-8'],
    ['UTF-16 with a BOM', new Uint8Array([0xff, 0xfe, 0x61, 0x00]), ''],
  ])('%s on stdin: one line naming "-", exit 1', (_what, bytes, reason) => {
    const good = file('good.txt', 'He said "fine."');
    const r = run(['analyze', '--format', 'jsonl', '-', good], bytes);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('"-"');
    expect(r.stderr).toContain(reason);
    noStackTrace(r.stderr);
    expect(jsonl(r.stdout).map((o) => o.file)).toEqual([good]);
  });

  it('empty stdin is an empty article, exit 0', () => {
    const r = run(['analyze', '--format', 'jsonl', '-'], '');
    expect(r.status).toBe(0);
    expect(jsonl(r.stdout)).toMatchObject([{ file: '-', quotes: [], dates: [], officials: [], claims: [] }]);
  });

  it('"-" twice reads standard input once and reports it twice', () => {
    const r = run(['analyze', '--format', 'jsonl', '-', '-'], 'He said "yes" on Monday.');
    expect(r.status).toBe(0);
    const [a, b] = jsonl(r.stdout);
    expect(a.quotes).toHaveLength(1);
    expect(b).toEqual(a);
  });

  it('a BOM on stdin is removed; offsets index the text without it', () => {
    const r = run(['analyze', '--format', 'jsonl', '-'], '\uFEFFHe said "yes".');
    expect(jsonl(r.stdout)[0].quotes[0]).toMatchObject({ start: 8, end: 13, text: '"yes"' });
  });
});

describe('odd files', () => {
  it('empty and BOM-only files are empty articles', () => {
    const r = run(['analyze', '--format', 'jsonl', file('empty.txt', ''), file('bom.txt', '\uFEFF')]);
    expect(r.status).toBe(0);
    expect(jsonl(r.stdout)).toHaveLength(2);
  });

  it('hostile text: lone CRs, U+2028, RTL overrides, lone surrogates written as UTF-8 replacement, a 2 MB line', () => {
    const text = 'He said "a\rb" \u2028 \u202Eevil\u202C “x” \uFFFD ' + 'word '.repeat(400_000);
    const r = run(['analyze', '--format', 'jsonl', file('hostile.txt', text)]);
    expect(r.status).toBe(0);
    const [o] = jsonl(r.stdout);
    for (const q of o.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  }, 60_000);

  it('a symbolic-link loop: one line, exit 1', () => {
    const loop = join(dir, 'loop.txt');
    symlinkSync(loop, loop);
    const r = run(['analyze', loop]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('symbolic links');
    noStackTrace(r.stderr);
  });

  it('a missing file whose name holds a line break is still reported on one line', () => {
    const r = run(['analyze', join(dir, 'bad\nname.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('bad\\nname.txt');
  });

  it('every file bad: exit 1, nothing on stdout in jsonl', () => {
    const r = run(['analyze', '--format', 'jsonl', join(dir, 'a'), join(dir, 'b')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });
});

describe('bad flags', () => {
  it.each([
    [['analyze', '--published', '', 'x']],
    [['analyze', '--published', '2022-13-01', 'x']],
    [['analyze', '--published', '2022-02-07T25:00', 'x']],
    [['analyze', '--published', '=cmd|calc', 'x']],
    [['analyze', '--format=', 'x']],
    [['analyze', '--format', 'jsonl', '--format', 'yaml', 'x']],
    [['analyze', '--published']],
    [['--bogus']],
  ])('%j: usage on stderr, exit 2, no stack trace', (args) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: article-lens analyze');
    noStackTrace(r.stderr);
  });

  it('a usage error wins over bad files: nothing is read', () => {
    const r = run(['analyze', '--nope', join(dir, 'missing.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('no such file');
  });
});
