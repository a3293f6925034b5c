/**
 * Real news text for the bench, read from ../shared/data (never copied into the repository):
 * TASS articles, PolNeAR dev + train texts, TempEval-3 texts stripped of their tags, CoNLL-2003 documents.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One article-sized document and the reference time the analysis uses for it. */
export interface Doc {
  source: string;
  text: string;
  /** ISO date, when the corpus gives one (TempEval DCT, PolNeAR file date). */
  published: string | null;
}

/** ../shared/data, relative to the repository root (the bench runs from the root via npm). */
export function dataDir(): string {
  const candidates = [resolve(process.cwd(), '../shared/data'), resolve(__dirname, '../../shared/data'), resolve(__dirname, '../../../shared/data')];
  const found = candidates.find((p) => existsSync(join(p, 'README.md')));
  if (!found) throw new Error(`cannot find ../shared/data (looked in ${candidates.join(', ')})`);
  return found;
}

const list = (dir: string, ext: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f)) : []);

function tass(data: string): Doc[] {
  return list(join(data, 'tass'), '.article').map((f) => ({ source: 'TASS', text: readFileSync(f, 'utf8'), published: null }));
}

function polnear(data: string): Doc[] {
  return ['dev', 'train'].flatMap((split) => list(join(data, 'polnear', split, 'text'), '.txt').map((f) => {
    const date = /_(\d{4}-\d{2}-\d{2})_/.exec(f);
    return { source: 'PolNeAR', text: readFileSync(f, 'utf8'), published: date ? date[1] : null };
  }));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function tempeval(data: string): Doc[] {
  return ['TimeBank', 'AQUAINT'].flatMap((part) => list(join(data, 'tempeval3', part), '.tml').map((f) => {
    const xml = readFileSync(f, 'utf8');
    const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
    const text = body.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ENTITIES[e]);
    const dct = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml);
    return { source: 'TempEval-3', text: text.trim(), published: dct ? dct[1] : null };
  }));
}

function conll(data: string): Doc[] {
  const file = join(data, 'conll2003', 'eng.testa');
  if (!existsSync(file)) return [];
  const docs: Doc[] = [];
  let sentences: string[] = [];
  let tokens: string[] = [];
  const endSentence = () => {
    if (tokens.length) sentences.push(tokens.join(' '));
    tokens = [];
  };
  const endDoc = () => {
    endSentence();
    if (sentences.length) docs.push({ source: 'CoNLL-2003', text: sentences.join('\n'), published: null });
    sentences = [];
  };
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) endDoc();
    else if (!line.trim()) endSentence();
    else tokens.push(line.split(' ')[0]);
  }
  endDoc();
  return docs;
}

/** All documents, sources interleaved in a fixed order (so any prefix mixes them). */
export function loadCorpus(): Doc[] {
  const data = dataDir();
  const sources = [polnear(data), tempeval(data), conll(data), tass(data)].filter((s) => s.length);
  const out: Doc[] = [];
  const total = sources.reduce((n, s) => n + s.length, 0);
  const next = sources.map(() => 0);
  while (out.length < total) {
    for (let k = 0; k < sources.length; k++) {
      const quota = Math.max(1, Math.round(sources[k].length / sources[0].length));
      for (let q = 0; q < quota && next[k] < sources[k].length; q++) out.push(sources[k][next[k]++]);
    }
  }
  return out.filter((d) => d.text.length > 0);
}

/** UTF-8 size in bytes. */
export const bytesOf = (s: string): number => Buffer.byteLength(s, 'utf8');

/** A document of at least `bytes` bytes made by joining corpus texts with blank lines (cycling if needed). */
export function bigDocument(docs: Doc[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % docs.length) {
    parts.push(docs[i].text);
    size += bytesOf(docs[i].text) + 2;
  }
  return parts.join('\n\n');
}
