/** Pathological inputs of issue 6, built from real text where the shape allows it. */
import { bigDocument, type Doc } from './corpus';

/** Names of the shapes, in report order. */
export const SHAPES = ['one 5 MB line', 'only straight quote marks (1 MB)', 'only mixed quote marks (1 MB)',
  '20,000 paragraphs with an unclosed quote', 'one 1 MB line, an unclosed quote every 50 words', '100,000 capitalised words in a row'] as const;

/** A shape's name. */
export type Shape = (typeof SHAPES)[number];

function capitalisedWords(docs: Doc[], count: number): string {
  const pool: string[] = [];
  for (const d of docs) {
    for (const m of d.text.matchAll(/\b[A-Z][a-z]{2,12}\b/g)) {
      pool.push(m[0]);
      if (pool.length >= 5000) break;
    }
    if (pool.length >= 5000) break;
  }
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pool[(i * 7919) % pool.length]);
  return out.join(' ');
}

/** Builds the text of a shape. */
export function buildShape(shape: Shape, docs: Doc[]): string {
  switch (shape) {
    case 'one 5 MB line':
      return bigDocument(docs, 5e6).replace(/\s*[\r\n]+\s*/g, ' ');
    case 'only straight quote marks (1 MB)':
      return '"'.repeat(1e6);
    case 'only mixed quote marks (1 MB)': {
      const marks = '"“”«»„"‘’';
      let s = '';
      for (let i = 0; s.length < 1e6; i++) s += marks[(i * 5) % marks.length];
      return s;
    }
    case '20,000 paragraphs with an unclosed quote': {
      const paras: string[] = [];
      for (let i = 0; i < 20000; i++) paras.push(`Officials said on Monday that “the talks ${i} would go on, and the minister added more`);
      return paras.join('\n\n');
    }
    case 'one 1 MB line, an unclosed quote every 50 words': {
      const words = bigDocument(docs, 1e6).replace(/["“”«»„]/g, '').split(/\s+/);
      return words.map((w, i) => (i % 50 === 0 ? `“${w}` : w)).join(' ');
    }
    case '100,000 capitalised words in a row':
      return capitalisedWords(docs, 100000);
  }
}
