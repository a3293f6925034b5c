import type { Analysis, Official, PersonMention } from '../../core/types';

/** The official mentioned at `offset`, with that mention. */
export function officialAt(analysis: Analysis, offset: number): { official: Official; mention: PersonMention } | null {
  for (const official of analysis.officials) {
    for (const mention of official.mentions) if (mention.start <= offset && offset <= mention.end) return { official, mention };
  }
  return null;
}

/** Where an official is introduced: the mention with the full title, else the first mention by name, else the first. */
export function definingMention(official: Official): PersonMention | null {
  const byStart = [...official.mentions].sort((a, b) => a.start - b.start);
  return byStart.find((m) => m.titled) ?? byStart.find((m) => m.kind === 'name') ?? byStart[0] ?? null;
}
