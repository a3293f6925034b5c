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
