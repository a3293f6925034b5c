import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../src/core';
import type { LexiconExtension, Official } from '../../src/core/types';
import { inOrder, sortInPlace } from '../../src/core/people/link';

const people = (text: string, lexicon?: LexiconExtension) => analyze(text, { layers: { dates: false, claims: false }, lexicon }).officials;
const find = (os: Official[], name: string) => os.find((o) => o.name === name);
const names = (o: Official | undefined) => (o ? o.mentions.filter((m) => m.kind === 'name').map((m) => m.text) : []);

describe('officials: titled names in agency forms', () => {
  it.each([
    ['The talks went on, US Secretary of State Antony Blinken said.', 'Antony Blinken', 'US Secretary of State', 'US'],
    ['He met EU foreign policy chief Josep Borrell in Brussels.', 'Josep Borrell', 'EU foreign policy chief', 'EU'],
    ['NATO Secretary General Jens Stoltenberg arrived.', 'Jens Stoltenberg', 'NATO Secretary General', 'NATO'],
    ['Kremlin spokesman Dmitry Peskov declined to comment.', 'Dmitry Peskov', 'Kremlin spokesman', 'Kremlin'],
    ['State Duma Deputy Speaker Anna Kuznetsova spoke.', 'Anna Kuznetsova', 'State Duma Deputy Speaker', 'State Duma'],
    ["It was announced by Russia's Ambassador to Hanoi Gennady Bezdetko.", 'Gennady Bezdetko', "Russia's Ambassador to Hanoi", 'Russia'],
    ['Russian Emergencies Minister Alexander Kurenkov flew in.', 'Alexander Kurenkov', 'Russian Emergencies Minister', 'Russia'],
    ['Vietnamese Prime Minister Pham Minh Chinh visited Russia.', 'Pham Minh Chinh', 'Vietnamese Prime Minister', 'Vietnam'],
  ])('%s', (text, name, title, org) => {
    const o = find(people(text), name);
    expect(o).toBeDefined();
    expect(o!.title).toBe(title);
    expect(o!.org).toBe(org);
    const titled = o!.mentions.find((m) => m.titled);
    expect(titled?.text).toBe(`${title} ${name}`);
  });

  it.each([
    ['Maj. Gen. Ivan Popov left.', 'Ivan Popov', 'Maj. Gen.'],
    ['First Deputy Prime Minister Denis Manturov arrived.', 'Denis Manturov', 'First Deputy Prime Minister'],
    ['UN High Commissioner for Human Rights Volker Turk spoke.', 'Volker Turk', 'UN High Commissioner for Human Rights'],
    ['Gazprom CEO Alexey Miller agreed.', 'Alexey Miller', 'Gazprom CEO'],
    ['Belgorod Region Governor Vyacheslav Gladkov wrote.', 'Vyacheslav Gladkov', 'Belgorod Region Governor'],
    ['State Duma lawmaker Andrey Kartapolov spoke.', 'Andrey Kartapolov', 'State Duma lawmaker'],
    ['Minister of Foreign Affairs of the Republic of Belarus Maxim Ryzhenkov came.', 'Maxim Ryzhenkov', 'Minister of Foreign Affairs of the Republic of Belarus'],
  ])('ranks, CEOs, governors, lawmakers: %s', (text, name, title) => {
    expect(find(people(text), name)?.title).toBe(title);
  });

  it('qualifies a bare state title of a well-known official with the country', () => {
    expect(find(people('Russia has enough systems, President Vladimir Putin told reporters.'), 'Vladimir Putin')?.title).toBe('Russian President');
    const trump = find(people('He asked about President-elect Donald Trump’s future team.'), 'Donald Trump');
    expect([trump?.title, trump?.org]).toEqual(['US President-elect', 'US']);
    expect(find(people('Kremlin spokesman Dmitry Peskov spoke.'), 'Dmitry Peskov')?.title).toBe('Kremlin spokesman');
  });

  it('keeps the possessive title and cuts the possessive of the name', () => {
    const o = find(people('Talks took place during Slovak Prime Minister’s Robert Fico’s visit to Moscow.'), 'Robert Fico');
    expect(o?.title).toBe('Slovak Prime Minister');
    expect(names(o)).toEqual(['Slovak Prime Minister’s Robert Fico']);
  });

  it('reads appositives before and after the name', () => {
    const a = people('The briefing was held by the head of the Foreign Ministry’s press office, Maria Zakharova, on Friday.');
    expect(find(a, 'Maria Zakharova')?.title).toBe('head of the Foreign Ministry’s press office');
    const b = people('Sergey Lavrov, Russia’s top diplomat, said the talks would go on.');
    expect(find(b, 'Sergey Lavrov')?.title).toBe('Russia’s top diplomat');
    expect(names(find(b, 'Sergey Lavrov'))).toEqual(['Sergey Lavrov']);
  });

  it('shares a plural title between two names', () => {
    const os = people('Presidents of Belarus and Russia Alexander Lukashenko and Vladimir Putin met in Minsk.');
    expect(find(os, 'Alexander Lukashenko')?.title).toBe('President of Belarus');
    expect(find(os, 'Vladimir Putin')?.title).toBe('President of Russia');
  });

  it('links later surname-only mentions, possessives included, and a headline mention before the full name', () => {
    const text = 'Peace is near, Putin says\n\nMOSCOW, May 5. /TASS/. Russian President Vladimir Putin spoke on Monday.\n\nPutin’s aides agreed. Putin left.';
    const o = find(people(text), 'Vladimir Putin');
    expect(names(o)).toEqual(['Putin', 'Russian President Vladimir Putin', 'Putin', 'Putin']);
  });

  it('finds people without a role (title null) and skips places and organisations', () => {
    const os = people('Jill Stein was escorted off the premises of Hofstra University near the Kerch Strait.');
    expect(os.map((o) => o.name)).toEqual(['Jill Stein']);
    expect(os[0].title).toBeNull();
  });

  it('resolves pronouns to the speaker, not the last person named', () => {
    const text =
      'Talks will go on, US Secretary of State Antony Blinken said at a news conference with EU foreign policy chief Josep Borrell.\n\n"We are ready," he said.';
    const o = find(people(text), 'Antony Blinken');
    expect(o?.mentions.some((m) => m.kind === 'pronoun' && m.text === 'he')).toBe(true);
    expect(find(people(text), 'Josep Borrell')?.mentions.some((m) => m.kind === 'pronoun')).toBe(false);
  });

  it('resolves she by gender and bare titles by role across paragraphs', () => {
    const text =
      'State Duma Deputy Speaker Anna Kuznetsova and Russian Foreign Minister Sergey Lavrov met.\n\nShe spoke first.\n\nThe Russian top diplomat answered later.';
    const os = people(text);
    expect(find(os, 'Anna Kuznetsova')?.mentions.some((m) => m.kind === 'pronoun' && m.text === 'She')).toBe(true);
    expect(find(os, 'Sergey Lavrov')?.mentions.some((m) => m.kind === 'title' && m.text === 'Russian top diplomat')).toBe(true);
  });

  it('keeps a capitalised title complement out of the name and reads unknown country qualifiers', () => {
    const text = "Talks went on, Norland's Foreign Minister Erik Lindqvist said with his Estlandian counterpart Marta Kõiv.\n\nThe Estlandian foreign minister told reporters that the gap was wide. According to Norland's Deputy Minister for Fisheries Johan Ek, it has narrowed.";
    const os = people(text);
    expect(find(os, 'Johan Ek')?.title).toBe("Norland's Deputy Minister for Fisheries");
    expect(find(os, 'Marta Kõiv')?.mentions.some((m) => m.kind === 'title' && m.text === 'Estlandian foreign minister')).toBe(true);
  });

  it('takes user titles and known officials from the lexicon extension', () => {
    const os = people('Hetman Ivan Mazepa rode on. Later Shoigu arrived.', { titles: ['hetman'], officials: [{ name: 'Sergei Shoigu', title: 'Defense Minister', org: 'Russia' }] });
    expect(find(os, 'Ivan Mazepa')?.title).toBe('Hetman');
    expect(find(os, 'Sergei Shoigu')?.title).toBe('Defense Minister');
  });

  it('reproduces the seed gold officials', () => {
    const dir = resolve(__dirname, '../../../shared/seed');
    const text = readFileSync(resolve(dir, '000_fed997a1ab6c9c49.txt'), 'utf8');
    const gold = JSON.parse(readFileSync(resolve(dir, '000_fed997a1ab6c9c49.txt.gold.json'), 'utf8')) as { officials: Array<{ name: string; title: string; mentions: Array<{ text: string }> }> };
    const os = analyze(text).officials.filter((o) => o.title !== null);
    expect(os.map((o) => [o.name, o.title])).toEqual(expect.arrayContaining(gold.officials.map((g) => [g.name, g.title])));
    expect(os.length).toBe(gold.officials.length);
    for (const g of gold.officials) expect([...names(find(os, g.name))].sort()).toEqual(g.mentions.map((m) => m.text).sort());
  });

  it('never throws and keeps mention offsets in bounds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('President', 'Vladimir', 'Putin', 'he', 'said', ',', '.', '"', '’s', 'the', 'of', 'and', '\n', 'Russia', 'Mr.', 'J.', ' '), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        for (const o of people(text)) for (const m of o.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.text).toBe(text.slice(m.start, m.end));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('people: sorting only what is out of order', () => {
  it('leaves a list in order untouched and sorts any other list exactly as a stable sort does', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ k: fc.integer({ min: 0, max: 5 }), id: fc.nat() }), { maxLength: 30 }), (list) => {
        const cmp = (x: { k: number }, y: { k: number }) => x.k - y.k;
        const expected = [...list].sort(cmp);
        const copy = [...list];
        const out = sortInPlace(copy, cmp);
        expect(out).toBe(copy);
        expect(out).toEqual(expected);
        expect(inOrder(out, cmp)).toBe(true);
      }),
    );
    expect(inOrder([3, 1], (a, b) => a - b)).toBe(false);
  });
});
