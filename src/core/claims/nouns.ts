/**
 * Speech nouns without a named owner and what they are about: "amid allegations that the count was
 * rigged", "growing criticism of the plan", "calls for a recount".
 */
import type { Stance } from '../types';
import type { Token } from '../people';
import type { Draft } from './patterns';
import { trimEnd } from './shared';
import type { Unit } from './units';

/** Noun → the words that link it to its content, and its stance. */
const OPEN_NOUNS = new Map<string, [string[], Stance]>([
  ['allegations', [['of', 'that'], 'contested']],
  ['allegation', [['of', 'that'], 'contested']],
  ['accusations', [['of', 'that'], 'contested']],
  ['accusation', [['of', 'that'], 'contested']],
  ['criticism', [['of'], 'negative']],
  ['complaints', [['about', 'of', 'that'], 'negative']],
  ['concerns', [['that'], 'neutral']],
  ['warnings', [['that'], 'emphatic']],
  ['calls', [['for'], 'emphatic']],
  ['fears', [['that'], 'neutral']],
  ['assurances', [['that'], 'emphatic']],
]);

/** Words before the noun that make it no speech act ("no complaints about"). */
const NOT_BEFORE = new Set(['no', 'without', 'answer', 'answered', 'answering', 'answers']);

/** Appends the claims of unowned speech nouns in the unit. */
export function openNounCue(tokens: Token[], u: Unit, out: Draft[]): void {
  for (let i = u.a + 1; i + 2 < u.b; i++) {
    const link = tokens[i + 1];
    if (link.k !== 'w' || link.len > 5 || link.len < 2) continue;
    const noun = tokens[i];
    if (noun.k !== 'w' || noun.q >= 0 || noun.cap || noun.len < 5 || noun.len > 12) continue;
    const entry = OPEN_NOUNS.get(noun.l);
    if (!entry || !entry[0].includes(link.l)) continue;
    const prev = tokens[i - 1];
    if (prev.k === 's' || NOT_BEFORE.has(prev.l)) continue;
    const from = i + 2;
    let e = from;
    while (e < u.b && e - from < 60 && !(tokens[e].k === 'p' && tokens[e].q < 0 && (tokens[e].t === ',' || tokens[e].t === ';' || tokens[e].t === '.'))) e++;
    const b = trimEnd(tokens, from, e);
    if (b - from < 2) continue;
    out.push({ start: tokens[from].s, end: tokens[b - 1].e, cue: { start: noun.s, end: link.e }, source: { speaker: null, official: -1, anonymous: false, a: i, b: i, kind: 'none' }, stance: entry[1] });
  }
}
