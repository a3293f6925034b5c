/**
 * The hand-made gold files (../shared/data/tass/*.article and ../shared/seed/*.txt, each with a
 * `.gold.json`): spans given as text + occurrence resolved to UTF-16 offsets exactly as
 * ../shared/gold/tools/gold-offsets.mjs does (n-th `indexOf`, each search one past the previous hit).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** A gold span: its text, occurrence number and resolved offsets. */
export interface GoldSpan {
  text: string;
  occurrence: number;
  start: number;
  end: number;
}

export interface GoldQuote extends GoldSpan {
  speaker: string | null;
}

export interface GoldDate extends GoldSpan {
  value: string | null;
}

export interface GoldOfficial {
  name: string;
  title: string | null;
  org: string | null;
  mentions: GoldSpan[];
}

export interface GoldClaim extends GoldSpan {
  cue: string | null;
  speaker: string | null;
}

/** One article with its gold. Spans that could not be resolved are left out and listed in `problems`. */
export interface GoldDoc {
  set: 'tass' | 'seed';
  file: string;
  path: string;
  text: string;
  published: string | null;
  quotes: GoldQuote[];
  dates: GoldDate[];
  officials: GoldOfficial[];
  claims: GoldClaim[];
  notes: string | null;
  problems: string[];
}

/** The repository root: the nearest folder above this module holding a package.json. */
export function repoRoot(from: string = __dirname): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

/** The shared research folder beside the checkout (`../shared`). */
export function sharedDir(): string {
  return resolve(repoRoot(), '../shared');
}

type RawSpan = { text?: unknown; occurrence?: unknown };
type RawGold = Record<string, unknown>;

const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const list = (x: unknown): RawGold[] => (Array.isArray(x) ? (x.filter((e) => e && typeof e === 'object') as RawGold[]) : []);

/** The offsets of the `occurrence`-th (1-based) appearance of `span` in `text`, as gold-offsets.mjs finds them; null if absent. */
export function locate(text: string, span: string, occurrence: number): { start: number; end: number } | null {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(span, at + 1);
    if (at < 0) return null;
  }
  if (at < 0) return null;
  return { start: at, end: at + span.length };
}

/**
 * Resolves a parsed gold file against its article text. Pure (no file access), so it can be tested
 * on a small in-memory example.
 */
export function resolveGold(text: string, raw: RawGold, meta: { set: GoldDoc['set']; file: string; path: string }): GoldDoc {
  const problems: string[] = [];
  const place = <T extends RawSpan>(item: T, where: string): (T & GoldSpan) | null => {
    const s = str(item.text);
    const n = typeof item.occurrence === 'number' ? item.occurrence : 0;
    const hit = s === null ? null : locate(text, s, n);
    if (s === null || !hit) {
      problems.push(`${where}: "${s ?? '?'}" occurrence ${n} not found`);
      return null;
    }
    return { ...item, text: s, occurrence: n, ...hit };
  };
  const keep = <T>(xs: Array<T | null>): T[] => xs.filter((x): x is T => x !== null);
  const quotes = keep(list(raw.quotes).map((q, i) => place(q, `quotes[${i}]`))).map((q) => ({ ...spanOf(q), speaker: str(q.speaker) }));
  const dates = keep(list(raw.dates).map((d, i) => place(d, `dates[${i}]`))).map((d) => ({ ...spanOf(d), value: str(d.value) }));
  const claims = keep(list(raw.claims).map((c, i) => place(c, `claims[${i}]`))).map((c) => ({
    ...spanOf(c),
    cue: str(c.cue),
    speaker: str(c.speaker),
  }));
  const officials = list(raw.officials).map((o, i) => ({
    name: str(o.name) ?? '',
    title: str(o.title),
    org: str(o.org),
    mentions: keep(list(o.mentions).map((m, j) => place(m, `officials[${i}].mentions[${j}]`))).map(spanOf),
  }));
  return { ...meta, text, published: str(raw.published), quotes, dates, officials, claims, notes: str(raw.notes), problems };
}

function spanOf(s: GoldSpan): GoldSpan {
  return { text: s.text, occurrence: s.occurrence, start: s.start, end: s.end };
}

/** Reads an article as the CLI does: UTF-8, leading BOM removed, line endings kept. */
export function readArticle(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

function loadSet(set: GoldDoc['set'], dir: string): GoldDoc[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .flatMap((goldFile) => {
      const file = goldFile.slice(0, -'.gold.json'.length);
      const path = join(dir, file);
      if (!existsSync(path)) return [];
      const raw = JSON.parse(readFileSync(join(dir, goldFile), 'utf8')) as RawGold;
      return [resolveGold(readArticle(path), raw, { set, file, path })];
    });
}

let cache: GoldDoc[] | null = null;

/** All gold documents: the TASS set, then the seed (loaded once per process). */
export function loadGold(): GoldDoc[] {
  cache ??= [...loadSet('tass', join(sharedDir(), 'data/tass')), ...loadSet('seed', join(sharedDir(), 'seed'))];
  return cache;
}
