import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SEED = resolve(ROOT, '../shared/seed/000_fed997a1ab6c9c49.txt');
let dir = '';
let cli = '';

const TASS = 'Talks to resume — minister\n\nWorld February 07, 2022, 21:37\n\nThe lead of the story\n\n'
  + 'MOSCOW, February 7. /TASS/. Talks will resume, the minister said on Monday.\n\n"We are ready," he said.\n\nRead more on the site →';

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

function runCli(args: string[], input?: string | Uint8Array) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir, timeout: 20000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const jsonl = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l));

function expectOneLineError(stderr: string, name: string) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(name);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'article-lens-cli-'));
  cli = join(dir, 'cli.js');
  await build({
    entryPoints: [join(ROOT, 'src/cli/main.ts')], outfile: cli, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', logLevel: 'silent', banner: { js: '#!/usr/bin/env node' },
  });
}, 60000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('article-lens analyze: the output contract', () => {
  it('jsonl: one object per file, in input order, contract fields first in contract order', () => {
    const a = file('a.txt', TASS);
    const b = file('b.txt', 'Plain text. She said "it works" on Tuesday.');
    const r = runCli(['analyze', '--format', 'jsonl', b, a]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const [rb, ra] = jsonl(r.stdout);
    expect([rb.file, ra.file]).toEqual([b, a]);
    for (const o of [ra, rb]) {
      expect(Object.keys(o).slice(0, 6)).toEqual(['file', 'published', 'quotes', 'dates', 'officials', 'claims']);
      for (const q of o.quotes) expect(Object.keys(q).slice(0, 4)).toEqual(['start', 'end', 'text', 'speaker']);
      for (const d of o.dates) expect(Object.keys(d).slice(0, 5)).toEqual(['start', 'end', 'text', 'value', 'type']);
      for (const p of o.officials) {
        expect(Object.keys(p).slice(0, 4)).toEqual(['name', 'title', 'org', 'mentions']);
        for (const m of p.mentions) expect(Object.keys(m).slice(0, 3)).toEqual(['start', 'end', 'text']);
      }
      for (const c of o.claims) {
        expect(Object.keys(c).slice(0, 5)).toEqual(['start', 'end', 'text', 'cue', 'speaker']);
        if (c.cue) expect(Object.keys(c.cue)).toEqual(['start', 'end', 'text']);
      }
    }
    expect(ra.published).toBe('2022-02-07T21:37');
    expect(rb.published).toBeNull();
    expect(rb.quotes.map((q: { text: string }) => q.text)).toEqual(['"it works"']);
    expect(ra.structure.dateline.text).toBe('MOSCOW, February 7. /TASS/.');
  });

  it('json (the default): one pretty-printed array with the same objects', () => {
    const a = file('a.txt', TASS);
    const r = runCli(['analyze', a, a]);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('[\n  {\n    "file"')).toBe(true);
    const arr = JSON.parse(r.stdout);
    expect(arr).toHaveLength(2);
    expect(arr[0]).toEqual(jsonl(runCli(['analyze', '--format=jsonl', a]).stdout)[0]);
  });

  it('offsets index the text with the BOM removed, after an emoji, with CRLF kept', () => {
    const text = '😀 Line one.\r\nHe said "hi there" today.\r\n\r\nThen "again" he said.\r\n';
    const p = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    const [o] = jsonl(runCli(['analyze', '--format', 'jsonl', p]).stdout);
    expect(o.quotes.map((q: { text: string }) => q.text)).toEqual(['"hi there"', '"again"']);
    for (const q of o.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(o.quotes[0].start).toBe(text.indexOf('"hi'));
    for (const para of o.structure.paragraphs) expect(text.slice(para.start, para.end).trim()).not.toBe('');
  });

  it('--published fills in a missing header time and overrides a header', () => {
    const plain = file('plain.txt', 'The board met on Monday and said "no".');
    const tass = file('tass.txt', TASS);
    const [p0] = jsonl(runCli(['analyze', '--format', 'jsonl', '--published', '2021-03-04', plain]).stdout);
    expect(p0.published).toBe('2021-03-04');
    const [t0] = jsonl(runCli(['analyze', '--format', 'jsonl', tass]).stdout);
    expect(t0.published).toBe('2022-02-07T21:37');
    const [t1] = jsonl(runCli(['analyze', '--format', 'jsonl', '--published=2021-03-04T10:15:00Z', tass]).stdout);
    expect(t1.published).toBe('2021-03-04T10:15');
  });

  it('reads standard input for -', () => {
    const r = runCli(['analyze', '--format', 'jsonl', '-'], 'She said "yes" loudly.');
    expect(r.status).toBe(0);
    const [o] = jsonl(r.stdout);
    expect(o.file).toBe('-');
    expect(o.quotes[0].text).toBe('"yes"');
  });

  it('analyses the seed article', () => {
    const text = readFileSync(SEED, 'utf8');
    const [o] = jsonl(runCli(['analyze', '--format', 'jsonl', SEED]).stdout);
    expect(o.published).toBe('2022-02-07T21:37');
    expect(o.structure.section.text).toBe('World');
    for (const layer of [o.quotes, o.dates, o.claims]) for (const s of layer) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('article-lens: bad input', () => {
  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), 'no such file'],
    ['a directory', () => { const d = join(dir, 'sub'); mkdirSync(d, { recursive: true }); return d; }, 'directory'],
    ['a binary file', () => file('bin.dat', new Uint8Array([0x41, 0, 0x42])), 'binary'],
    ['invalid UTF-8', () => file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])), 'UTF-8'],
    ['a path through a file', () => join(file('plain.txt', 'x'), 'inner.txt'), 'not a directory'],
  ])('%s: one line naming the file, the other files still analysed, exit 1', (_what, make, reason) => {
    const bad = make();
    const good = file('good.txt', 'He said "fine" today.');
    const r = runCli(['analyze', '--format', 'jsonl', bad, good]);
    expect(r.status).toBe(1);
    expectOneLineError(r.stderr, bad);
    expect(r.stderr).toContain(reason);
    expect(jsonl(r.stdout).map((o) => o.file)).toEqual([good]);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('an unreadable file (permissions; skipped as root)', () => {
    const p = file('secret.txt', 'He said "no".');
    chmodSync(p, 0o000);
    const r = runCli(['analyze', p]);
    expect(r.status).toBe(1);
    expectOneLineError(r.stderr, p);
    expect(r.stderr).toContain('permission denied');
  });

  it.each([
    [['analyze', '--frobnicate', 'x.txt'], 'unknown option'],
    [['analyze', '--published', 'yesterday', 'x.txt'], '--published'],
    [['analyze', '--published', '2022-02-30', 'x.txt'], '--published'],
    [['analyze', '--format', 'xml', 'x.txt'], '--format'],
    [['analyze'], 'missing FILE'],
    [[], 'missing command'],
    [['summarize', 'x.txt'], 'unknown command'],
  ])('%j: usage on stderr, exit 2', (args, message) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage: article-lens analyze');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--help prints usage on stdout and exits 0; --version prints the version', () => {
    const h = runCli(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('Usage: article-lens analyze');
    const v = runCli(['--version']);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(`article-lens ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}`);
  });
});
