/**
 * CoNLL-2003 loader (../shared/data/conll2003): documents rebuilt by joining tokens with single spaces
 * and sentences with newlines; `-DOCSTART-` separates documents; PER spans read from IOB1 tags.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sharedRoot } from './polnear';

/** A gold PER span (UTF-16 offsets into the rebuilt document text). */
export interface ConllSpan {
  start: number;
  end: number;
}

/** One rebuilt document with its PER spans. */
export interface ConllDoc {
  text: string;
  people: ConllSpan[];
}

/** Parses CoNLL-2003 text (token POS chunk NER per line) into documents. */
export function parseConll(raw: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let sentences: Array<Array<[string, string]>> = [];
  let sent: Array<[string, string]> = [];
  const flushDoc = () => {
    if (sent.length) sentences.push(sent);
    sent = [];
    if (sentences.length) docs.push(build(sentences));
    sentences = [];
  };
  for (const line of raw.split(/\r?\n/)) {
    const l = line.trim();
    if (!l) {
      if (sent.length) sentences.push(sent);
      sent = [];
      continue;
    }
    const parts = l.split(/\s+/);
    if (parts[0] === '-DOCSTART-') {
      flushDoc();
      continue;
    }
    sent.push([parts[0], parts[parts.length - 1]]);
  }
  flushDoc();
  return docs;
}

function build(sentences: Array<Array<[string, string]>>): ConllDoc {
  let text = '';
  const people: ConllSpan[] = [];
  sentences.forEach((s, si) => {
    if (si > 0) text += '\n';
    let open: ConllSpan | null = null;
    let prevTag = 'O';
    s.forEach(([tok, tag], ti) => {
      if (ti > 0) text += ' ';
      const start = text.length;
      text += tok;
      const type = tag === 'O' ? 'O' : tag.slice(2);
      // IOB1: B- only starts a new span right after a span of the same type
      const begins = type === 'PER' && (prevTag.slice(2) !== 'PER' || tag.startsWith('B-'));
      if (open && (type !== 'PER' || begins)) {
        people.push(open);
        open = null;
      }
      if (type === 'PER') {
        if (!open) open = { start, end: text.length };
        else open.end = text.length;
      }
      prevTag = tag;
    });
    if (open) people.push(open);
  });
  return { text, people };
}

/** Loads the CoNLL-2003 dev set (`eng.testa`). */
export function loadConll(file = 'eng.testa', root: string = path.join(sharedRoot(), 'data/conll2003')): ConllDoc[] {
  return parseConll(fs.readFileSync(path.join(root, file), 'utf8'));
}
