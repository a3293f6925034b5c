import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../support/quotes';
const kinds = (text: string): Array<[string, string]> => quotes(text).map((q) => [q.text, q.kind]);

describe('findQuotes: sub-heads', () => {
  it('marks a paragraph that is one single-quoted quote as a heading (term)', () => {
    const text = 'The plant closed in May, the mayor said.\n\n‘A really hard winter.’\n\nWorkers left town.';
    expect(kinds(text)).toEqual([['‘A really hard winter.’', 'term']]);
    expect(kinds("Sales fell.\n\n'Nothing left to lose.'\n\nThe town voted.")).toEqual([["'Nothing left to lose.'", 'term']]);
  });

  it('allows framing dashes around the sub-head', () => {
    expect(kinds('The crowd cheered.\n\n– ‘Who needs it?’ –.\n\nThe speech went on.')).toEqual([['‘Who needs it?’', 'term']]);
  });

  it('marks a whole-paragraph quote in capitals as a heading', () => {
    expect(kinds('The talks ended.\n\n“WE WILL NOT BACK DOWN”\n\nThe minister left.')).toEqual([['“WE WILL NOT BACK DOWN”', 'term']]);
  });

  it('keeps whole-paragraph speech in double marks, and any quote introduced by a colon', () => {
    expect(kinds('The senator was blunt.\n\n“This is extremely irresponsible.”\n\nShe left.')).toEqual([['“This is extremely irresponsible.”', 'speech']]);
    expect(kinds('She told the crowd:\n\n‘We will win this.’\n\nThey cheered.')).toEqual([['‘We will win this.’', 'speech']]);
    expect(kinds('He was asked about it.\n\n‘We will win this,’ he said.')).toEqual([['‘We will win this,’', 'speech']]);
  });

  it('keeps long whole-paragraph quotes as speech', () => {
    const long = '‘We have spent three years on this plan and we are not going to let anybody throw it away now.’';
    expect(kinds(`The mayor spoke.\n\n${long}\n\nThe vote is Monday.`)).toEqual([[long, 'speech']]);
    const many = '‘We are not going to sit by and let it go to waste.’';
    expect(kinds(`The mayor spoke.\n\n${many}\n\nThe vote is Monday.`)).toEqual([[many, 'speech']]);
  });
});

describe('findQuotes: markup', () => {
  it('never takes a markup attribute value for speech, whatever its length', () => {
    const value = 'that in a fair comparison the figures hold up well and the claim is accurate but needs more context';
    const text = `<tweet author="carl" note="${value}">A tweet.</tweet>`;
    expect(quotes(text).every((q) => q.kind === 'term')).toBe(true);
  });
});

describe('findQuotes: titles of works', () => {
  it('marks a title-case quote right after the noun for a work as a term, with or without a comma', () => {
    expect(kinds('She starred in her latest film, “Winter Harbor,” last year.')).toEqual([['“Winter Harbor,”', 'term']]);
    expect(kinds("In his 2019 memoir, ''A Long Road Home,'' he wrote about it.")).toEqual([["''A Long Road Home,''", 'term']]);
    expect(kinds('He appeared in the cable movie “Storm Front 2: Not Again!” in May.')).toEqual([['“Storm Front 2: Not Again!”', 'term']]);
    expect(kinds('The podcast, "Orange is the New Season," airs weekly.')).toEqual([['"Orange is the New Season,"', 'term']]);
    expect(kinds('His book "Crossing Lines: How the Border Was Drawn" sold well.')).toEqual([['"Crossing Lines: How the Border Was Drawn"', 'term']]);
  });

  it('keeps a sentence quoted after the noun for a work as speech', () => {
    expect(kinds('He wrote in his memoir, “I was never afraid of losing.”')).toEqual([['“I was never afraid of losing.”', 'speech']]);
    expect(kinds('Asked about the film, "It was fine," she said.')).toEqual([['"It was fine,"', 'speech']]);
    expect(kinds('In the book, “We Lost. Then We Won.” is the refrain.')).toEqual([['“We Lost. Then We Won.”', 'speech']]);
  });
});

describe('findQuotes: speech verbs near a quote', () => {
  it('does not take "that" a few words back for a speech verb', () => {
    expect(kinds('That could trigger the “open primary” scenario next year.')).toEqual([['“open primary”', 'term']]);
    expect(kinds('He said that the “open primary” would fail.')).toEqual([['“open primary”', 'speech']]);
  });

  it('does not take "as" a few words back for a speech verb', () => {
    expect(kinds('It became known as the “Marsh doctrine” after the war.')).toEqual([['“Marsh doctrine”', 'term']]);
    expect(kinds('She ran as the “outsider” candidate.')).toEqual([['“outsider”', 'term']]);
    expect(kinds('He described it as the “worst deal ever” on Monday.')).toEqual([['“worst deal ever”', 'speech']]);
  });
});

describe('findQuotes: headlines and titles with a byline', () => {
  it('marks a headline or title followed by its byline as a term', () => {
    expect(kinds('ARTS—"Gallery opens a new wing on the river," by the Herald\'s Ann Lee: "The gallery said it would open."'))
      .toEqual([['"Gallery opens a new wing on the river,"', 'term'], ['"The gallery said it would open."', 'speech']]);
    expect(kinds("One of his favourite reads, ''The Long Winter,'' by J.R. Hale, is about the war.")).toEqual([["''The Long Winter,''", 'term']]);
    expect(kinds('According to “Hard Bargains: A Life in Trade” by Sam Ortiz, he never gave in.')).toEqual([['“Hard Bargains: A Life in Trade”', 'term']]);
  });

  it('keeps a word passively attributed to its speaker as speech', () => {
    expect(kinds('The policy was called "strategic patience" by Senator Ruiz.')).toEqual([['"strategic patience"', 'speech']]);
  });
});

describe('findQuotes: a title-case name before its head noun', () => {
  it('marks a title-case quote followed by a noun it names as a term', () => {
    expect(kinds('The “Night Harbor” star spoke about the role.')).toEqual([['“Night Harbor”', 'term']]);
    expect(kinds('Marchers wore "We Stand Together" T-shirts downtown.')).toEqual([['"We Stand Together"', 'term']]);
  });

  it('keeps a sentence that ends before the noun as speech', () => {
    expect(kinds('He told reporters, "We lost." T-shirts appeared within hours.')).toEqual([['"We lost."', 'speech']]);
    expect(kinds('“It Is Over,” fans chanted.')).toEqual([['“It Is Over,”', 'speech']]);
  });
});

describe('findQuotes: a title followed by an apposition naming the work', () => {
  it('marks it as a term', () => {
    expect(kinds('The studio bought “Cold Water,” a thriller about a banker.')).toEqual([['“Cold Water,”', 'term']]);
    expect(kinds("''Night Shift,'' an HBO series from 1989, is back.")).toEqual([["''Night Shift,''", 'term']]);
  });

  it('keeps speech followed by an apposition about its speaker', () => {
    expect(kinds('“We Win,” a narrator in the ad says.')).toEqual([['“We Win,”', 'speech']]);
    expect(kinds('“We will win this,” a voice in the video says.')).toEqual([['“We will win this,”', 'speech']]);
  });
});

describe('findQuotes: a quoted subject', () => {
  it('marks a sentence-initial quote that is the subject of the verb after it as a term', () => {
    expect(kinds('The files were sealed. "Restricted" is the lowest level of secrecy.')).toEqual([['"Restricted"', 'term']]);
    expect(kinds("''Night Shift'' has been a surprise hit.")).toEqual([["''Night Shift''", 'term']]);
  });

  it('keeps a quote that ends with punctuation, or that does not open its sentence, as speech', () => {
    expect(kinds('“We are ready,” is all he said.')).toEqual([['“We are ready,”', 'speech']]);
    expect(kinds('He said “we are ready” is wrong.')).toEqual([['“we are ready”', 'speech']]);
  });
});

describe('findQuotes: lists of titles', () => {
  it('marks three or more title-case quotes listed together as terms', () => {
    expect(kinds('She named “Night Shift,” “The Long Winter” and “Harbor Lights” as her favourites.').map((k) => k[1])).toEqual(['term', 'term', 'term']);
    expect(kinds("So are ''24,'' ''Cold Case'' and ''Night Court.''").map((k) => k[1])).toEqual(['term', 'term', 'term']);
  });

  it('leaves lists of sentences, and pairs of titles, to the other rules', () => {
    expect(kinds('They chanted “We want more,” “Not again” and “Go home,” he said.').map((k) => k[1])).toEqual(['speech', 'speech', 'speech']);
    expect(kinds('He praised “Cold Case” and “Night Court” often.').map((k) => k[1])).toEqual(['speech', 'speech']);
  });
});
