import type { Analysis, Claim, Official, Stance } from '../../core/types';

/** "US Secretary of State" + ", NATO" where the text gives them; null when neither is known. */
export function officialRole(o: Official): string | null {
  if (o.title && o.org && !o.title.includes(o.org)) return `${o.title}, ${o.org}`;
  return o.title ?? o.org ?? null;
}

/** "Antony Blinken (US Secretary of State)". */
export function officialLabel(o: Official): string {
  const role = officialRole(o);
  return role ? `${o.name} (${role})` : o.name;
}

/** The official a claim is attributed to, if the speaker is one. */
export function speakerOf(analysis: Analysis, claim: Claim): Official | undefined {
  return claim.speakerId ? analysis.officials.find((o) => o.id === claim.speakerId) : undefined;
}

/** Display name of a claim's speaker: the official's name, the speaker as written, or a placeholder. */
export function speakerName(analysis: Analysis, claim: Claim): string {
  return speakerOf(analysis, claim)?.name ?? claim.speaker ?? (claim.anonymous ? 'Anonymous source' : 'Unattributed');
}

/** The cue as a word for display ("said", "according to"); null when absent or only punctuation (a headline's "—"). */
export function cueWord(claim: Claim): string | null {
  return claim.cue && /\p{L}/u.test(claim.cue.text) ? claim.cue.text : null;
}

/** What each stance means, for tooltips and hovers. */
export const STANCE_TEXT: Record<Stance, string> = {
  neutral: 'neutral (said, told, according to)',
  emphatic: 'emphatic (stressed, insisted, warned)',
  contested: 'casts doubt (claimed, alleged)',
  negative: 'negative (denied, rejected)',
};

/** Index of the claim whose content contains quote `qi`, or -1. */
export function claimOfQuote(analysis: Analysis, qi: number): number {
  const q = analysis.quotes[qi];
  for (let i = 0; i < analysis.claims.length; i++) {
    const c = analysis.claims[i];
    if (c.quotes.includes(qi)) return i;
    if (q && c.start <= q.start && q.end <= c.end) return i;
  }
  return -1;
}

/**
 * For each quote, 1 when some claim carries it ({@link claimOfQuote} ≥ 0), else 0: the same answer
 * for all quotes at once in O((claims + quotes) log) instead of claims × quotes.
 */
export function quotesInClaims(analysis: Analysis): Uint8Array {
  const { quotes, claims } = analysis;
  const out = new Uint8Array(quotes.length);
  for (const c of claims) for (const qi of c.quotes) if (qi >= 0 && qi < quotes.length) out[qi] = 1;
  const byStart = [...claims].sort((a, b) => a.start - b.start);
  const order = quotes.map((_, i) => i).sort((a, b) => quotes[a].start - quotes[b].start);
  let j = 0;
  let maxEnd = -Infinity;
  for (const qi of order) {
    const q = quotes[qi];
    while (j < byStart.length && byStart[j].start <= q.start) maxEnd = Math.max(maxEnd, byStart[j++].end);
    if (maxEnd >= q.end) out[qi] = 1;
  }
  return out;
}

/**
 * Escapes text for Markdown so it renders literally: every punctuation character with a meaning
 * in Markdown, HTML or links gets a backslash (CommonMark allows it before any ASCII punctuation),
 * which defeats links, autolinks, HTML, emphasis, headings and theme icons. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&:/$^=@"']/g, (c) => `\\${c}`);
}

/** Shortens text to at most `max` characters, cutting at a word boundary when one is near, with "…". */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
