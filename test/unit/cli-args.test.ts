import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { decode } from '../../src/cli/read';

describe('parseArgs', () => {
  it('reads the analyze command, its options in any position and -- ', () => {
    expect(parseArgs(['analyze', 'a.txt'])).toEqual({ kind: 'analyze', format: 'json', published: null, files: ['a.txt'] });
    expect(parseArgs(['--format=jsonl', 'analyze', '--published', '2022-02-07T21:37:00Z', 'a', '-', 'b'])).toEqual(
      { kind: 'analyze', format: 'jsonl', published: '2022-02-07T21:37', files: ['a', '-', 'b'] });
    expect(parseArgs(['analyze', '--', '--weird-name.txt'])).toEqual(
      { kind: 'analyze', format: 'json', published: null, files: ['--weird-name.txt'] });
  });

  it('help or a bad option: the first one decides; version needs no command', () => {
    expect(parseArgs(['analyze', '--bogus', '--help']).kind).toBe('usage-error');
    expect(parseArgs(['analyze', 'x', '-h']).kind).toBe('help');
    expect(parseArgs(['--version']).kind).toBe('version');
  });

  it.each([
    [['analyze', '--format'], 'needs a value'],
    [['analyze', '--published'], 'needs a value'],
    [['analyze', '--format', 'csv', 'x'], '--format'],
    [['analyze', '--published=2022-02-30', 'x'], '--published'],
    [['analyze', '-x', 'f'], 'unknown option'],
    [['analyze'], 'missing FILE'],
    [['x.txt'], 'unknown command'],
  ])('%j is a usage error', (argv, message) => {
    const r = parseArgs(argv);
    expect(r.kind).toBe('usage-error');
    expect(r.kind === 'usage-error' && r.message).toContain(message);
  });
});

describe('decode', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);

  it('removes a leading BOM only and keeps line endings', () => {
    expect(decode(bytes(0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62))).toEqual({ ok: true, text: 'a\r\nb' });
    expect(decode(bytes(0x61, 0xef, 0xbb, 0xbf))).toEqual({ ok: true, text: 'a\uFEFF' });
  });

  it('refuses NUL bytes, invalid and truncated UTF-8, and UTF-16', () => {
    expect(decode(bytes(0x61, 0x00))).toMatchObject({ ok: false, reason: expect.stringContaining('binary') });
    expect(decode(bytes(0x63, 0xe9))).toMatchObject({ ok: false, reason: expect.stringContaining('UTF-8') });
    expect(decode(bytes(0xf0, 0x9f, 0x98))).toMatchObject({ ok: false });
    expect(decode(bytes(0xff, 0xfe, 0x61, 0x00))).toMatchObject({ ok: false });
  });
});
