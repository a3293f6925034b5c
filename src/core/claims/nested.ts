/**
 * Statements inside statements, within one unit: an organisation's statement reported by its
 * spokesperson becomes the person's, and a belief or an unnamed source's report inside another cue's
 * content is part of that statement.
 */
import type { TokenList } from '../people/token-list';
import type { Draft } from './patterns';
import { speaksFor, type SourceContext } from './source';

/**
 * "The Kremlin warned that X, Kremlin spokesman Dmitry Peskov said": an organisation's statement
 * reported by its spokesperson is one statement, said by the person: the inner claim (content X, the
 * organisation's cue) takes the spokesperson as its source and the outer one ("The Kremlin warned
 * that X") goes. The outer content must be the organisation's clause and nothing more, or the same
 * quotation ("The Kremlin warned that "…," Kremlin spokesman Dmitry Peskov said").
 */
export function spokespersonStatements(tokens: TokenList, out: Draft[], hitDrafts: number[], sctx: SourceContext): Set<number> | null {
  let drop: Set<number> | null = null;
  for (const o of hitDrafts) {
    const outer = out[o];
    if (outer.source.kind !== 'person') continue;
    for (const i of hitDrafts) {
      const inner = out[i];
      const c = inner.cue;
      if (i === o || !c || (inner.source.kind !== 'org' && inner.source.kind !== 'none') || inner.end !== outer.end) continue;
      let a = inner.source.a;
      if (a > 0 && tokens.k(a - 1) === 'w' && tokens.l(a - 1) === 'the') a--;
      // the outer content is the organisation's clause, or the same quotation ("The Kremlin warned that "…," Peskov said")
      const clause = c.start >= outer.start && tokens.s(a) === outer.start;
      const same = inner.start === outer.start && c.end <= inner.start && !!outer.cue && outer.cue.start >= outer.end;
      if (!(clause || same) || !reportingClause(tokens, inner.source.b, c) || !speaksFor(tokens, outer.source, inner.source, sctx.names[outer.source.official], sctx.roles?.[outer.source.official] ?? '')) continue;
      inner.source = outer.source;
      (drop ??= new Set()).add(o);
      break;
    }
  }
  return drop;
}

const PERFECT = new Set(['has', 'have', 'had', 'also', 'again', 'already', 'earlier', 'previously', 'repeatedly']);

/** Between an organisation's source (ending at token b) and its cue only a perfect auxiliary or an adverb ("has warned", not "should not confirm"); no plural group ("some Democrats"). */
function reportingClause(tokens: TokenList, b: number, cue: { start: number }): boolean {
  const last = b - 1;
  if (tokens.k(last) === 'w' && !tokens.cap(last) && tokens.len(last) > 3 && tokens.lastCode(last) === 115 && !tokens.l(last).endsWith('ss')) return false;
  if (tokens.cap(last) && tokens.len(last) > 3 && tokens.lastCode(last) === 115 && !tokens.l(last).endsWith('ss') && (tokens.has(b - 2) && tokens.k(b - 2) === 'w') && !tokens.cap(b - 2) && tokens.l(b - 2) !== 'the') return false;
  for (let i = b; i < tokens.length && tokens.s(i) < cue.start; i++) {
    if (tokens.k(i) !== 'w' || !(PERFECT.has(tokens.l(i)) || (tokens.len(i) > 4 && tokens.l(i).endsWith('ly')))) return false;
  }
  return true;
}

/**
 * "Doe said he thought X", "Doe said the campaign was told X": a belief, or a report by a pronoun or
 * an unnamed source, inside another cue's content is part of that statement, not a claim of its own
 * (PolNeAR annotates the outer attribution only). Reports by an organisation or a group stay, and a named
 * person's unless the outer statement is the same person's ("Doe said she had told them X").
 */
export function withoutNested(out: Draft[], nested: number[], hitDrafts: number[], dropped: Set<number> | null): Draft[] {
  let drop: Set<number> | null = dropped;
  for (const n of nested) {
    // n < 0: a named person's report, dropped only inside the same person's statement ("Doe said she told them X")
    const k = n < 0 ? -1 - n : n;
    const c = out[k].cue;
    if (!c) continue;
    const own = n < 0 ? out[k].source.official : -2;
    for (const j of hitDrafts) if (j !== k && !dropped?.has(j) && out[j].start <= c.start && c.end <= out[j].end && (own === -2 || out[j].source.official === own)) (drop ??= new Set()).add(k);
  }
  if (!drop) return out;
  const kept: Draft[] = [];
  for (let k = 0; k < out.length; k++) if (!drop.has(k)) kept.push(out[k]);
  return kept;
}
