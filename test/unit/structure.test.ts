import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStructure } from '../../src/core/structure';

const SHARED = resolve(__dirname, '../../../shared');

const tass = [
  'Minister says talks will resume next week — ministry',
  '',
  'Society & Culture March 03, 2023, 09:05',
  '',
  'The minister added that the date would be set later',
  '',
  'BERLIN, March 3. /TASS/. Talks on the grain deal will resume next week, the minister told reporters.',
  '',
  '"We are ready," he said.',
  '',
  'Read more on the site →',
].join('\n');

const roles = (text: string) => parseStructure(text).paragraphs.map((p) => p.role);
const texts = (text: string) => parseStructure(text).paragraphs.map((p) => text.slice(p.start, p.end));

describe('TASS layout', () => {
  const s = parseStructure(tass);

  it('finds headline, header, section, timestamp and lead', () => {
    expect(s.headline?.text).toBe('Minister says talks will resume next week — ministry');
    expect(s.header?.text).toBe('Society & Culture March 03, 2023, 09:05');
    expect(s.section?.text).toBe('Society & Culture');
    expect(s.timestamp?.text).toBe('March 03, 2023, 09:05');
    expect(s.lead?.text).toBe('The minister added that the date would be set later');
  });

  it('finds the dateline with place, date and agency', () => {
    const d = s.dateline!;
    expect(d.text).toBe('BERLIN, March 3. /TASS/.');
    expect(d.place?.text).toBe('BERLIN');
    expect(d.date?.text).toBe('March 3');
    expect(d.agency?.text).toBe('/TASS/.');
    expect(d.agencyName).toBe('TASS');
    expect(tass.slice(d.start, d.end)).toBe(d.text);
  });

  it('gives every paragraph its role, boilerplate last', () => {
    expect(roles(tass)).toEqual(['headline', 'header', 'lead', 'body', 'body', 'boilerplate']);
    expect(s.boilerplate.map((b) => b.text)).toEqual(['Read more on the site →']);
  });

  it('accepts multi-word sentence-case sections and a region in the place', () => {
    const t = 'Head line here\n\nMilitary operation in Ukraine December 26, 2024, 14:21\n\nLead text here.\n\nIGORA /Leningrad Region/, December 26. /TASS/. Body.';
    const st = parseStructure(t);
    expect(st.section?.text).toBe('Military operation in Ukraine');
    expect(st.dateline?.place?.text).toBe('IGORA /Leningrad Region/');
    expect(st.dateline?.date?.text).toBe('December 26');
  });

  it('reads the seed article', () => {
    const seed = readFileSync(resolve(SHARED, 'seed/000_fed997a1ab6c9c49.txt'), 'utf8');
    const st = parseStructure(seed);
    expect(st.section?.text).toBe('World');
    expect(st.timestamp?.text).toBe('February 07, 2022, 21:37');
    expect(st.dateline?.text).toBe('WASHINGTON, February 7. /TASS/.');
    expect(st.boilerplate.map((b) => b.text)).toEqual(['Read more on the site →']);
    expect(st.paragraphs.filter((p) => p.role === 'body')).toHaveLength(5);
  });
});

describe('other agency datelines', () => {
  const cases: Array<[string, string, string | null, string | null, string]> = [
    ['LONDON (Reuters) - Britain said on Monday it would act.', 'LONDON (Reuters) -', 'LONDON', null, 'Reuters'],
    ['(Reuters) - Oil prices rose on Tuesday.', '(Reuters) -', null, null, 'Reuters'],
    ['NEW YORK (AP) — Stocks fell sharply.', 'NEW YORK (AP) —', 'NEW YORK', null, 'AP'],
    ['NAIROBI, Kenya (AP) _ Bombs exploded.', 'NAIROBI, Kenya (AP) _', 'NAIROBI, Kenya', null, 'AP'],
    ['PARIS (AFP) - France will respond.', 'PARIS (AFP) -', 'PARIS', null, 'AFP'],
    ['MOSCOW, Feb 7 (Interfax) - The Kremlin said.', 'MOSCOW, Feb 7 (Interfax) -', 'MOSCOW', 'Feb 7', 'Interfax'],
    ['WASHINGTON, March 12 (Xinhua) -- Poland joined.', 'WASHINGTON, March 12 (Xinhua) --', 'WASHINGTON', 'March 12', 'Xinhua'],
    ['FLINT, Mich., Oct. 4 (UPI) — Bill Clinton spoke.', 'FLINT, Mich., Oct. 4 (UPI) —', 'FLINT, Mich.', 'Oct. 4', 'UPI'],
    ['MOSCOW. Feb 7 (Interfax) - The Kremlin said.', 'MOSCOW. Feb 7 (Interfax) -', 'MOSCOW', 'Feb 7', 'Interfax'],
    ['KYIV. Feb 7 (Interfax-Ukraine) - The ministry said.', 'KYIV. Feb 7 (Interfax-Ukraine) -', 'KYIV', 'Feb 7', 'Interfax'],
    ['Paris (AFP) - France will respond.', 'Paris (AFP) -', 'Paris', null, 'AFP'],
    ['Washington (CNN)President Biden spoke.', 'Washington (CNN)', 'Washington', null, 'CNN'],
    ['BEIJING, Feb. 7 (Xinhua) -- China said.', 'BEIJING, Feb. 7 (Xinhua) --', 'BEIJING', 'Feb. 7', 'Xinhua'],
  ];
  it.each(cases)('%s', (body, text, place, date, agency) => {
    const s = parseStructure(`A headline for the story\n\n${body}\n\nMore text follows here.`);
    expect(s.dateline?.text).toBe(text);
    expect(s.dateline?.place?.text ?? null).toBe(place);
    expect(s.dateline?.date?.text ?? null).toBe(date);
    expect(s.dateline?.agencyName).toBe(agency);
    expect(s.headline?.text).toBe('A headline for the story');
  });

  it('reads the bare "WASHINGTON _" form and the dated Reuters 1996 form', () => {
    expect(parseStructure('WASHINGTON _ The economy grew.').dateline?.text).toBe('WASHINGTON _');
    const d = parseStructure('Opposition says troops advance .\nLONDON 1996-08-31\nThe group said on Saturday .').dateline;
    expect(d?.place?.text).toBe('LONDON');
    expect(d?.date?.text).toBe('1996-08-31');
  });

  it('does not take an all-caps headline or an acronym for a dateline', () => {
    expect(parseStructure('SOCCER - JAPAN GET LATE GOAL .').dateline).toBeNull();
    expect(parseStructure('U.S. officials said on Monday that talks failed.').dateline).toBeNull();
    expect(parseStructure('NATO, the alliance, met on Monday.').dateline).toBeNull();
    expect(parseStructure('Paris is the capital (of France) - they say.').dateline).toBeNull();
    expect(parseStructure('Officials (who declined) said so.').dateline).toBeNull();
    expect(parseStructure('Trump (R) - the nominee - spoke.').dateline).toBeNull();
  });

  it('takes Reuters trailing boilerplate', () => {
    const t = 'LONDON (Reuters) - Britain acted.\n\nIt said so.\n\nReporting by Jane Doe; Editing by John Roe\n\n© 2022 Reuters\n\nFollow us on Twitter';
    expect(roles(t)).toEqual(['body', 'body', 'boilerplate', 'boilerplate', 'boilerplate']);
  });
});

describe('plain text and line endings', () => {
  it('plain news text: every part null, paragraphs are body', () => {
    const t = 'The council met on Monday. It approved the budget.\n\nMembers said the vote was close, and that more talks would follow.';
    const s = parseStructure(t);
    expect([s.headline, s.header, s.section, s.timestamp, s.lead, s.dateline]).toEqual([null, null, null, null, null, null]);
    expect(s.boilerplate).toEqual([]);
    expect(roles(t)).toEqual(['body', 'body']);
  });

  it('CRLF, CR and mixed line endings give the same paragraphs and offsets into the given text', () => {
    const lf = tass;
    for (const t of [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), lf.replace(/\n\n/g, (_m, i: number) => (i % 2 ? '\r\n\r\n' : '\n\r\n'))]) {
      expect(texts(t)).toEqual(texts(lf));
      const s = parseStructure(t);
      expect(s.dateline?.text).toBe('BERLIN, March 3. /TASS/.');
      expect(t.slice(s.dateline!.start, s.dateline!.end)).toBe('BERLIN, March 3. /TASS/.');
      expect(s.section?.text).toBe('Society & Culture');
    }
  });

  it('a paragraph is a run of non-blank lines, trimmed; whitespace-only lines separate', () => {
    const t = '  First line of text\ncontinues here.  \n \t \nSecond paragraph.\n';
    expect(texts(t)).toEqual(['First line of text\ncontinues here.', 'Second paragraph.']);
  });

  it('splits one-line-per-paragraph copy without blank lines', () => {
    const t = 'TENNIS - A WINS .\nLONDON 1996-08-30\nA beat B on Friday .\nB said it was hard .';
    expect(texts(t)).toEqual(['TENNIS - A WINS .', 'LONDON 1996-08-30', 'A beat B on Friday .', 'B said it was hard .']);
    expect(texts('He said "this is\nthe end" today.')).toEqual(['He said "this is\nthe end" today.']);
  });

  it('handles empty and whitespace-only text', () => {
    for (const t of ['', '   ', '\n\n\r\n', '\uFEFF']) {
      expect(parseStructure(t).paragraphs).toEqual([]);
    }
  });
});

describe('bare datelines', () => {
  it('accepts "CITY, St. -" forms and refuses labels and all-caps headline lines', () => {
    expect(parseStructure('CHARLESTON, S.C. — In the fall of 2007, she led.').dateline?.place?.text).toBe('CHARLESTON, S.C.');
    expect(parseStructure('MIAMI _\n\nThe angry crowd rushed at him.').dateline?.text).toBe('MIAMI _');
    expect(parseStructure('EXCLUSIVE – Roger Stone: Don’t trust the machines.').dateline).toBeNull();
    expect(parseStructure('CRICKET - 1997 ASHES ITINERARY .\nThe tour starts in May .').dateline).toBeNull();
    expect(parseStructure('INDIANA DEMOGRAPHICS FAVOR CRUZ, BUT ECONOMY FAVORS TRUMP - David Wasserman wrote.').dateline).toBeNull();
  });
});

describe('boilerplate', () => {
  it('takes agency tails and leaves article text alone', () => {
    const t = (tail: string) => roles(`LONDON (Reuters) - Britain acted.\n\n${tail}`)[1];
    for (const tail of ['(Additional reporting by A; Writing by B)', 'Follow Jane Doe on Twitter @jane', 'Subscribe to our newsletter',
      'Jane Doe contributed to this report.', 'Copyright 2016 The Associated Press. All rights reserved.', '_____']) {
      expect(t(tail)).toBe('boilerplate');
    }
    for (const tail of ['Subscribers said the price rose.', 'Followers of the party met on Monday.', 'Reporters were told to wait.']) {
      expect(t(tail)).toBe('body');
    }
  });
});

describe('one-line-per-paragraph copy', () => {
  it('reads the seed pasted without blank lines', () => {
    const seed = readFileSync(resolve(SHARED, 'seed/000_fed997a1ab6c9c49.txt'), 'utf8').replace(/\n\n/g, '\n');
    const s = parseStructure(seed);
    expect(s.section?.text).toBe('World');
    expect(s.dateline?.text).toBe('WASHINGTON, February 7. /TASS/.');
    expect(s.lead?.text.startsWith('On December 17, 2021')).toBe(true);
    expect(s.boilerplate.map((b) => b.text)).toEqual(['Read more on the site →']);
  });

  it('keeps hard-wrapped prose together', () => {
    const t = 'The council met on Monday and approved\nthe budget after a long debate. Members\nsaid the vote was close.';
    expect(texts(t)).toEqual([t]);
  });
});
