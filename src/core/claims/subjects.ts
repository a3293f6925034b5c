/**
 * Who speaks when a cue names nobody before it: the subject of a coordinated or participial cue
 * ("Trump attacked Obama, calling him …"), and whether a source reports on its own account.
 */
import type { TokenList } from '../people/token-list';
import { ADJUNCT_OPENERS, FINITE } from './plan';
import { groupSource, PERSONAL_SUBJECTS } from './shared';
import { resolveSource, type Source, type SourceContext } from './source';

/** The source of a coordinated cue without one of its own: the unit's subject, a relative clause's head or the main clause's person. */
export function coordinatedSubject(tokens: TokenList, a: number, end: number, sctx: SourceContext): Source | null {
  return subjectSource(tokens, a, end, sctx) ?? relativeHead(tokens, a, end, sctx) ?? clauseSubject(tokens, a, end, sctx);
}

/** A source that reports on its own account inside another statement: a person, an organisation, unnamed officials, a group ("critics", "local companies"). */
export function ownReporter(tokens: TokenList, s: Source): boolean {
  if (s.kind === 'person' || s.kind === 'org' || s.kind === 'anon') return true;
  if (s.b <= s.a) return false;
  const t = s.b - 1;
  return groupSource(tokens, s.a, s.b, 'believe') || (tokens.k(t) === 'w' && !tokens.cap(t) && tokens.len(t) > 3 && tokens.lastCode(t) === 115 && !tokens.l(t).endsWith('ss'));
}

/** "The billionaire businessman began by talking about drugs, saying …": the subject opening the unit, when it names a person or an organisation. */
function subjectSource(tokens: TokenList, a: number, end: number, sctx: SourceContext): Source | null {
  for (let k = Math.min(4, end - a); k >= 1; k--) {
    let words = true;
    for (let j = a; j < a + k && words; j++) words = tokens.k(j) === 'w' || tokens.k(j) === 's';
    if (!words) continue;
    const s = resolveSource(sctx, a, a + k);
    if (s.kind === 'person' || s.kind === 'org') return s;
  }
  return null;
}

/** "Weaver, who came out and endorsed Clinton": the person a relative clause before the cue is about. */
function relativeHead(tokens: TokenList, a: number, end: number, sctx: SourceContext): Source | null {
  for (let i = end - 1; i > a + 1 && end - i < 12; i--) {
    if (tokens.k(i) === 'p' && tokens.isNot(i, ',')) return null;
    if (tokens.k(i) !== 'w' || tokens.l(i) !== 'who' || tokens.isNot(i - 1, ',')) continue;
    const m = sctx.mentionStart[i - 2];
    return m >= 0 ? resolveSource(sctx, m, i - 1) : null;
  }
  return null;
}

const PREPOSITIONS = new Set(['of', 'to', 'for', 'with', 'against', 'by', 'from', 'about', 'on', 'in', 'at', 'as', 'than', 'like', 'over', 'into']);

/** "In a news conference, Trump attacked Obama, calling him …": the first person named in the main clause, after an opening adjunct, not the object of a preposition. */
function clauseSubject(tokens: TokenList, a: number, end: number, sctx: SourceContext): Source | null {
  let i = a;
  if (ADJUNCT_OPENERS.has(tokens.l(a))) {
    while (i < end && tokens.isNot(i, ',')) i++;
    i++;
  }
  for (; i < end && i - a < 40; i++) {
    if (tokens.q(i) >= 0) continue;
    if (sctx.personOf[i] >= 0) return i > a && PREPOSITIONS.has(tokens.l(i - 1)) ? null : resolveSource(sctx, i, sctx.personEnd[i]);
    // "A few minutes later they reversed themselves … and said …": a subject pronoun
    if (tokens.k(i) === 'w' && PERSONAL_SUBJECTS.has(tokens.l(i)) && !(i > a && PREPOSITIONS.has(tokens.l(i - 1)))) return resolveSource(sctx, i, i + 1);
    if (tokens.k(i) === 'w' && FINITE.has(tokens.l(i))) return null;
  }
  return null;
}
