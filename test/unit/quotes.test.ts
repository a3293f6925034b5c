import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findQuotes } from '../../src/core/quotes';
import { parseStructure } from '../../src/core/structure';
import type { Paragraph } from '../../src/core/types';
import { bareStructure as structure, quotesOf as quotes } from '../support/quotes';

const texts = (text: string): string[] => quotes(text).map((q) => q.text);
const speech = (text: string): string[] => quotes(text).filter((q) => q.kind === 'speech').map((q) => q.text);

describe('findQuotes: marks', () => {
  it('finds straight double quotes with their marks', () => {
    const text = 'He said "we are ready" on Monday.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ start: 8, end: 22, text: '"we are ready"', open: '"', close: '"', unbalanced: false, multiParagraph: false, speaker: null, nested: [] });
  });

  it('finds curly quotes, guillemets and low-9 quotes', () => {
    expect(texts('She said “yes, we will” and left.')).toEqual(['“yes, we will”']);
    expect(texts('Il a dit «nous sommes prêts» hier.')).toEqual(['«nous sommes prêts»']);
    expect(texts('Er sagte: „Wir sind bereit“, und ging.')).toEqual(['„Wir sind bereit“']);
    expect(texts('Han sa ”vi är redo” i går.')).toEqual(['”vi är redo”']);
    expect(texts('He said »we are ready« today.')).toEqual(['»we are ready«']);
  });

  it('reads two straight single marks as a double mark', () => {
    expect(texts("''This isn't tax reform,'' he said.")).toEqual(["''This isn't tax reform,''"]);
  });

  it('splits a quote interrupted by its attribution', () => {
    expect(texts('"We are ready," he said. "The path is clear."')).toEqual(['"We are ready,"', '"The path is clear."']);
    expect(texts('“No,” he said, “never.”')).toEqual(['“No,”', '“never.”']);
  });

  it('finds partial quotes inside paraphrase', () => {
    const text = 'Peskov slammed such statements as "empty and groundless" and their goal.';
    expect(speech(text)).toEqual(['"empty and groundless"']);
  });
});

describe('findQuotes: nesting and apostrophes', () => {
  it('records single quotes inside a double quote as nested, not as items', () => {
    const text = '"He told me \'never again\' twice," she said.';
    const qs = quotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0].nested.map((n) => text.slice(n.start, n.end))).toEqual(["'never again'"]);
  });

  it('records “…” inside «…» as nested', () => {
    const text = '«Il a parlé de “paix” hier», dit-il.';
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual(['«Il a parlé de “paix” hier»']);
    expect(qs[0].nested.map((n) => text.slice(n.start, n.end))).toEqual(['“paix”']);
  });

  it('nests a straight double quote inside another when the marks of the paragraph say so', () => {
    const text = '"The so-called "peace plan" is a fraud," he said.';
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual([text.slice(0, text.indexOf(' he said'))]);
    expect(qs[0].nested.map((n) => text.slice(n.start, n.end))).toEqual(['"peace plan"']);
  });

  it('reads NYT-style marks: a single inside two singles', () => {
    const text = "''He said, 'No daylight,' and left,'' Mr. Ross recalled.";
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual(["''He said, 'No daylight,' and left,''"]);
    expect(qs[0].nested.map((n) => text.slice(n.start, n.end))).toEqual(["'No daylight,'"]);
  });

  it('records curly quotes inside a straight quote as nested', () => {
    const text = '"I come across as “too loud” or “too shrill,” they say," she wrote.';
    const qs = quotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0].nested).toHaveLength(2);
  });

  it('does not take apostrophes for quote marks', () => {
    const text = '“The students’ union doesn’t back O’Brien’s plan for the ’90s rock ’n’ roll museum,” she said.';
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual([text.slice(0, text.indexOf('”') + 1)]);
    expect(qs[0].nested).toEqual([]);
    expect(texts("It's the '90s, rock 'n' roll. The students' union doesn't care.")).toEqual([]);
    expect(texts('Russia’s leader said the students’ demands were heard.')).toEqual([]);
    expect(texts('‘The students’ union is closed,’ he said.')).toEqual(['‘The students’ union is closed,’']);
    const nested = '“He said ‘the teachers’ pay is low’ today,” she said.';
    expect(quotes(nested)[0].nested.map((n) => nested.slice(n.start, n.end))).toEqual(['‘the teachers’ pay is low’']);
  });

  it('finds headline-style single quotes when they close in the paragraph', () => {
    expect(texts('Warren to CEO: ‘You Should Be Investigated.’')).toEqual(['‘You Should Be Investigated.’']);
    expect(texts("Obama Sees 'Personal Insult' if Voters Stay Home")).toEqual(["'Personal Insult'"]);
  });
});

describe('findQuotes: paragraphs', () => {
  it('joins a quote continued over paragraphs (opening mark at each, closing at the end)', () => {
    const text = 'He said:\n\n"First part of it.\n\n"Second part of it.\n\n"Last part," he said.\n\nAfter.';
    const qs = quotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ multiParagraph: true, unbalanced: false, close: '"', kind: 'speech' });
    expect(qs[0].text).toBe('"First part of it.\n\n"Second part of it.\n\n"Last part,"');
  });

  it('bounds an unbalanced quote to its paragraph and flags it', () => {
    const text = 'He said "we will never stop and then\n\nthe next paragraph has no quotes at all.\n\nNor "this one."';
    const qs = quotes(text);
    expect(qs[0]).toMatchObject({ text: '"we will never stop and then', unbalanced: true, close: null, kind: 'speech' });
    expect(qs[1]).toMatchObject({ text: '"this one."', unbalanced: false });
  });

  it('uses structure.paragraphs when given', () => {
    const text = 'He said "we will go\nHe left. "Later," he said.';
    const paragraphs: Paragraph[] = [{ start: 0, end: 19, role: 'body' }, { start: 20, end: text.length, role: 'body' }];
    const qs = findQuotes(text, structure(paragraphs));
    expect(qs.map((q) => [q.text, q.unbalanced])).toEqual([['"we will go', true], ['"Later,"', false]]);
  });

  it('ends an unbalanced quote before the next opening mark of its paragraph', () => {
    const qs = quotes('"We are ready, he said. "The path is clear."');
    expect(qs.map((q) => [q.text, q.unbalanced])).toEqual([['"We are ready, he said.', true], ['"The path is clear."', false]]);
  });
});

describe('findQuotes: speech or term', () => {
  it('marks scare quotes around labels as terms', () => {
    const text = 'The EU targets the so-called "shadow fleet" and Russia’s "shadow fleet" vessels.';
    expect(quotes(text).map((q) => q.kind)).toEqual(['term', 'term']);
    expect(quotes('The ship, dubbed "Sea Wolf", sailed.')[0].kind).toBe('term');
    expect(quotes('The group known as "the Squad" met.')[0].kind).toBe('term');
    expect(quotes('It joined the "Normandy" format talks.')[0].kind).toBe('term');
    expect(quotes('Sanctions on ‘Russian shadow fleet’ over the incident.')[0].kind).toBe('term');
    expect(quotes('He spoke on CNN\'s "State of the Union." The host asked.')[0].kind).toBe('term');
    expect(quotes('Rep. Robert C. "Bobby" Scott spoke.')[0].kind).toBe('term');
    expect(quotes('<tweet author="carl" id="7782">')[0].kind).toBe('term');
  });

  it('keeps short attributed or predicate quotes as speech', () => {
    expect(quotes('“No,” he said.')[0].kind).toBe('speech');
    expect(quotes('He said: "Never."')[0].kind).toBe('speech');
    expect(quotes('Ukraine is "pecking" the hand that feeds it.')[0].kind).toBe('speech');
    expect(quotes('He called the plan "a disaster" on Monday.')[0].kind).toBe('speech');
    expect(quotes('She described it as "reckless" yesterday.')[0].kind).toBe('speech');
    expect(quotes('Lavrov stressed the need for "constructive dialogue" with Kiev.')[0].kind).toBe('speech');
    expect(quotes('Trump has used the phrase “Islamic terrorism” often.')[0].kind).toBe('speech');
    expect(quotes('Zakharova slammed the "provocative" statements.')[0].kind).toBe('speech');
    expect(quotes('Moscow considers this a "red line" for talks.')[0].kind).toBe('speech');
  });
});

/** Gold spans (text + occurrence) resolved as ../shared/gold/tools/gold-offsets.mjs does. */
function locate(text: string, span: { text: string; occurrence: number }): [number, number] {
  let at = -1;
  for (let i = 0; i < span.occurrence; i++) {
    at = text.indexOf(span.text, at + 1);
    if (at < 0) break;
  }
  return [at, at + span.text.length];
}

const shared = path.resolve(__dirname, '../../../shared');
const goldArticles = [
  path.join(shared, 'seed/000_fed997a1ab6c9c49.txt'),
  ...(fs.existsSync(path.join(shared, 'data/tass'))
    ? fs.readdirSync(path.join(shared, 'data/tass')).filter((f) => f.endsWith('.article')).map((f) => path.join(shared, 'data/tass', f))
    : []),
].filter((f) => fs.existsSync(f) && fs.existsSync(`${f}.gold.json`));

describe('findQuotes: the seed and the TASS gold', () => {
  it.each(goldArticles.map((f) => [path.basename(f), f]))('reproduces the gold quotes of %s exactly', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const gold = JSON.parse(fs.readFileSync(`${file}.gold.json`, 'utf8')) as { quotes: Array<{ text: string; occurrence: number }> };
    const got = findQuotes(text, parseStructure(text)).filter((q) => q.kind === 'speech').map((q) => [q.start, q.end]);
    expect(got).toEqual(gold.quotes.map((q) => locate(text, q)));
  });
});
