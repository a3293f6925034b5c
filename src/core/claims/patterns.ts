/**
 * The attribution patterns of one unit: "SOURCE CUE [that] CONTENT", "CONTENT, SOURCE CUE",
 * "CONTENT, CUE SOURCE", "According to SOURCE, CONTENT", "CONTENT, according to SOURCE",
 * coordinated cues sharing one source ("stressed that A, but did not rule out B and warned that C"),
 * and the headline "CONTENT — SOURCE".
 */
import type { Quote } from '../types';
import type { TokenList } from '../people/token-list';
import { cuesFor } from '../lexicon';
import { askedQuestion, knownAs, passiveDraft, PERCEIVED, colonQuote, colonSource, cueInsideQuote, hearsayAdverb, inSourceLead, raisingCue, headlineDash, nominalCue, reportedInQuote } from './forms';
import { ADJUNCT_START, CLAUSE_CUTS, FINITE, leadingAdjunct, NOT_PARTICIPLE, NOT_SOURCE_START, plan } from './plan';
import { beliefSource, CLAUSE_SUBJECTS, COGNITION, contentStart, DASHES, trimEnd, WH } from './shared';
import { resolveSource, type Source, type SourceContext } from './source';
import { spokespersonStatements, withoutNested } from './nested';
import { asBefore, asClause, commonSubject } from './clauses';
import { openNounAt, openNounCue, openNounShape, pollTail } from './nouns';
import { coordinatedSubject, ownReporter } from './subjects';
import { adjunctOnly, appositiveOnly, loneObject, subjectClause, trimCoordTail, trimEventTail, trimTail } from './tails';
import { nextShape } from './shapes';
import { followingQuote, resumedQuote } from './resume';
import { FLAG_CANDIDATE, PUNCT, type CueHit, type Unit } from './units';

import { Draft, draft } from './draft';

export { Draft };

const SUBORDINATORS = new Set(['while', 'though', 'although', 'whereas', 'if', 'because', 'since', 'as', 'when', 'after', 'before', 'once', 'unless']);
const CONJ = new Set(['but', 'and', 'or', 'although', 'though', 'while', 'whereas', 'so', 'yet', 'nor', 'because', 'since', 'which', 'who', 'adding', 'saying']);

/** Openers of an adjunct that is part of the statement after it ("In the long run, economists say, …", "However, he said, …"). */
const STATEMENT_ADJUNCTS = new Set(['in', 'at', 'on', 'for', 'with', 'from', 'under', 'over', 'despite', 'unlike', 'like', 'amid', 'through', 'throughout', 'after', 'before', 'since', 'during', 'however', 'meanwhile', 'instead', 'still', 'now', 'today', 'also', 'then']);

/** Cues that report speech only with a clause or a quotation ("conceded that …"), not with an object ("conceded the inspection regime"). */
const CLAUSE_ONLY = new Set(['concede', 'maintain', 'feel']);
/** "declined to be named / identified": a condition of anonymity, not a statement. */
const ANONYMITY = new Set(['named', 'identified', 'quoted']);

function anonymityOnly(tokens: TokenList, a: number, b: number): boolean {
  return a + 2 < b && tokens.l(a) === 'to' && tokens.l(a + 1) === 'be' && ANONYMITY.has(tokens.l(a + 2));
}

/** Whether the content starting at token a is a clause or a quotation: after "that" or a colon, a quote, or a subject pronoun. */
function clauseOpens(tokens: TokenList, a: number): boolean {
  const prev = a - 1;
  if (tokens.k(a) === 'q' || tokens.l(prev) === 'that' || tokens.is(prev, ':') || tokens.is(prev, ',') || CLAUSE_SUBJECTS.has(tokens.l(a))) return true;
  // "felt the race was over": a finite verb soon after a subject
  for (let i = a + 1; i < tokens.length && i - a < 6; i++) {
    if (tokens.k(i) === 'p') return false;
    if (FINITE.has(tokens.l(i))) return true;
  }
  return false;
}

/** Processes one unit; `prev` is the last source used (for coordinated cues). */
export function unitDrafts(
  tokens: TokenList,
  u: Unit,
  hits: readonly CueHit[],
  quotes: readonly Quote[],
  sctx: SourceContext,
  headline: boolean,
): Draft[] {
  const out: Draft[] = [];
  // passive participles ("was declared the winner") take no plan: their subject is the content
  let passives: CueHit[] | null = null;
  for (const h of hits) if (h.passive) (passives ??= []).push(h);
  if (passives) hits = hits.filter((h) => !h.passive);
  const d = headlineDash(tokens, u, sctx, headline ? null : quotes) ?? colonSource(tokens, u, sctx, headline);
  if (d) out.push(d);
  // one cheap pass over the FLAG_CANDIDATE tokens decides which of the rarer forms to look for (a new flag's token shape goes into shapes.ts flagShape() too)
  let colon = false;
  let asked = false;
  let raising = false;
  let hearsay = false;
  let owned = false;
  let nouns = false;
  let polls = false;
  let known = false;
  // a possessive or a speech noun that nominalCue / openNounCue could start from (their own first checks)
  let ownedAt = false;
  let nounAt = false;
  for (let i = nextShape(sctx.shapes, FLAG_CANDIDATE, u.a + 1, u.b); i < u.b; i = nextShape(sctx.shapes, FLAG_CANDIDATE, i + 1, u.b)) {
    const k = tokens.k(i);
    if (k === 'w') {
      const fc = tokens.firstCode(i);
      const n = tokens.e(i) - tokens.s(i);
      const lc = tokens.lastCode(i);
      // "his support for", "allegations that", "in the latest polls": the shapes of possessive pronouns, speech nouns, polls
      // (a final period makes n one more than the noun's length: up to 13)
      const nounShape = openNounShape(fc, lc, n);
      if ((n === 3 || n === 5) && (lc === 115 || lc === 114) && (fc === 104 || fc === 116 || fc === 105)) owned = true;
      else if (nounShape) nouns = true;
      if (nounShape && !nounAt && i + 2 < u.b && openNounAt(tokens, i, i + 1)) nounAt = true;
      if (!ownedAt && (lc === 115 || lc === 114) && (fc === 104 || fc === 116 || fc === 105) && i + 2 < u.b && tokens.q(i) < 0 && tokens.k(i + 1) === 'w' && (tokens.len(i) === 3 || tokens.len(i) === 5)) ownedAt = true;
      if (!polls && ((fc === 112 && n >= 4 && n <= 7) || (fc === 115 && (n === 6 || n === 7)))) polls = true;
      if (fc === 114 && n === 10 && tokens.l(i) === 'reportedly') hearsay = true;
      else if (fc === 107 && n === 5 && tokens.l(i) === 'known') known = true;
      if (fc === 97 || fc === 115 || fc === 101) {
        if (n === 5 && fc === 97 && tokens.l(i) === 'asked') asked = true;
        else if (n === 9 && (tokens.l(i) === 'allegedly' || tokens.l(i) === 'purported')) hearsay = true;
        else if (n >= 4 && n <= 8 && !raising) {
          // "expected", "seen", "seem…", "appear…": read the second letter before building the word
          const c1 = tokens.code(i, 1) | 32;
          if ((fc === 101 && c1 === 120) || (fc === 115 && c1 === 101) || (fc === 97 && c1 === 112)) raising = tokens.l(i) === 'expected' || tokens.l(i) === 'seen' || tokens.l(i).startsWith('seem') || tokens.l(i).startsWith('appear');
        }
      } else if (!raising && lc === 100 && n >= 6 && n <= 10) {
        // "viewed", "regarded", "perceived", "considered", "deemed": first two letters before building the word
        const c1 = tokens.code(i, 1) | 32;
        if ((fc === 118 && c1 === 105) || (fc === 114 && c1 === 101) || (fc === 112 && c1 === 101) || (fc === 99 && c1 === 111) || (fc === 100 && c1 === 101)) raising = PERCEIVED.has(tokens.l(i));
      }
    } else if (k === 'p') {
      if (!colon && tokens.is(i, ':')) colon = true;
    } else if (k === 's') {
      owned = true;
      if (!ownedAt && i + 2 < u.b && tokens.q(i) < 0 && tokens.k(i + 1) === 'w') ownedAt = true;
    }
  }
  const first = u.a;
  if (tokens.len(first) === 5 && tokens.firstCode(first) === 97 && tokens.l(first) === 'asked') asked = true;
  // "His views on trade …": a possessive pronoun opening the sentence
  else if ((tokens.len(first) === 3 || tokens.len(first) === 5) && (tokens.lastCode(first) === 115 || tokens.lastCode(first) === 114) && u.a + 2 < u.b && tokens.q(first) < 0 && tokens.k(u.a + 1) === 'w') owned = ownedAt = true;
  const nounsFrom = out.length;
  if (owned && ownedAt) nominalCue(tokens, u, sctx, out);
  if (nouns && nounAt) openNounCue(tokens, u, out, sctx.shapes);
  const nounsTo = out.length;
  if (colon && !d) out.push(...colonQuote(tokens, u, quotes, sctx));
  const rareFrom = out.length;
  if (asked) out.push(...askedQuestion(tokens, u));
  if (raising) out.push(...raisingCue(tokens, u, sctx));
  if (hearsay) out.push(...hearsayAdverb(tokens, u));
  if (known) knownAs(tokens, u, quotes, out);
  if (passives) {
    for (const h of passives) {
      const pd = passiveDraft(tokens, u, h, sctx);
      if (pd) out.push(pd);
    }
  }
  const rareTo = out.length;
  // "In a new poll, 40 percent back the senator": the opening source stands when the verb cues attribute nothing
  const lead = !d && tokens.k(u.a) === 'w' ? inSourceLead(tokens, u, sctx) : null;
  if (u.quoted) {
    cueInsideQuote(tokens, u, quotes, sctx, out);
    reportedInQuote(tokens, u, quotes, sctx, out);
  }
  // no cue: nothing below applies (the cuts only end the contents of this unit's cues)
  if (!hits.length) {
    if (lead) out.push(lead);
    // "Trump has a decisive lead in the polls": a poll after the finding it reports, when nothing else attributes it
    else if (!out.length && polls) pollTail(tokens, u, out);
    return out;
  }
  const before = out.length;
  // where each cue's clause starts (a comma or conjunction before it), to cut the previous content
  const cuts: number[] = [];
  const plans: ReturnType<typeof plan>[] = [];
  for (const h of hits) {
    const p = plan(tokens, u, h, quotes, sctx.mentionStart);
    plans.push(p);
    if (p.cut >= 0) cuts.push(p.cut);
  }
  // one pass (the cuts are sorted below)
  for (let i = nextShape(sctx.shapes, PUNCT, u.a, u.b - 1); i < u.b - 1; i = nextShape(sctx.shapes, PUNCT, i + 1, u.b - 1)) {
    const nx = i + 1;
    const participle = tokens.k(nx) === 'w' && !tokens.cap(nx) && tokens.len(nx) > 5 && tokens.lastCode(nx) === 103 && tokens.l(nx).endsWith('ing') && !NOT_PARTICIPLE.has(tokens.l(nx));
    // "“… this race,” adding that …", "“jobs, jobs, jobs,” but he has …": the comma inside the quotation
    if (tokens.k(i) === 'q') {
      if (tokens.q(i) >= 0 && quotes[tokens.q(i)]?.end === tokens.e(i) && (participle || (tokens.k(nx) === 'w' && (tokens.l(nx) === 'but' || CLAUSE_CUTS.has(tokens.l(nx))) && (tokens.has(i - 1) && tokens.is(i - 1, ','))))) cuts.push(i + 1);
      continue;
    }
    if (tokens.q(i) >= 0) continue;
    if (tokens.is(i, ',')) {
      // ", although …", ", but …", ", focusing on …", ", compared with …": the statement ends before them
      if (CLAUSE_CUTS.has(tokens.l(nx)) || (tokens.l(nx) === 'but' && !butContinues(tokens, i + 2, u.b)) || participle || tokens.l(nx) === 'compared') cuts.push(i);
      continue;
    }
    // "… would be more intense — and he noted …", "… over the next decade; the Tax Foundation puts …", "… (which lets …"
    const nl = tokens.l(nx);
    if (tokens.is(i, ';') || (DASHES.has(tokens.t(i)) && (nl === 'and' || nl === 'but')) || (tokens.is(i, '(') && (nl === 'which' || nl === 'who'))) cuts.push(i);
  }
  // "While his advisers have suggested X, Mr. Obama is …": a subordinate clause ends at the comma before the main clause's subject
  if (SUBORDINATORS.has(tokens.l(u.a)) && hits[0].a > u.a) {
    for (let i = hits[0].b; i < u.b - 1; i++) {
      if (tokens.k(i) !== 'p' || tokens.q(i) >= 0 || tokens.isNot(i, ',')) continue;
      const nx = i + 1;
      if ((tokens.cap(nx) && tokens.k(nx) === 'w' && !NOT_SOURCE_START.has(tokens.l(nx))) || CLAUSE_SUBJECTS.has(tokens.l(nx)) || subjectClause(tokens, i + 1, u.b)) {
        cuts.push(i);
        break;
      }
    }
  }
  if (cuts.length > 1) cuts.sort((x, y) => x - y);
  let last: Source | null = null;
  // drafts of this unit's cues, and those that are no claim of their own when they lie inside another's content
  let hitDrafts: number[] | null = null;
  let nested: number[] | null = null;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    const p = plans[k];
    const cue = { start: tokens.s(h.a), end: tokens.e(h.b - 1) };
    let source: Source;
    if (p.coordinated) {
      if (!last) {
        let i = u.a;
        while (i < Math.min(u.a + 3, h.a) && sctx.personOf[i] < 0) i++;
        if (sctx.personOf[i] >= 0) last = resolveSource(sctx, i, sctx.personEnd[i]);
        else last = coordinatedSubject(tokens, u.a, h.a, sctx) ?? (h.form.words[0].endsWith('ing') ? commonSubject(tokens, u.a, h.a, sctx) : null);
        if (!last) continue;
      }
      source = last;
    } else if (p.srcA < p.srcB) {
      source = resolveSource(sctx, p.srcA, p.srcB);
    } else continue;
    if (COGNITION.has(h.form.lemma) && !beliefSource(tokens, source, h.form.lemma)) continue;
    let cs: number;
    let ce: number;
    if (p.before) {
      if (p.quote) {
        cs = p.quote.start;
        ce = p.quote.end;
        // "The people of Scranton “deserve someone who’s with them,” Biden said": a partial quotation finishes the sentence it opens in
        const lead = partialQuoteLead(tokens, u.a, p.quote.start, hits, h);
        if (lead >= 0) cs = tokens.s(leadIn(tokens, lead, u.b));
      } else {
        const ca = leadIn(tokens, p.contentA, p.contentB);
        const b = trimEnd(tokens, ca, p.contentB);
        if (b - ca < 2) continue;
        cs = tokens.s(ca);
        ce = tokens.e(b - 1);
        // "But to prevent problems, he said, local officials should be vigilant": one statement around its attribution
        const after = (p.srcB > h.b ? p.srcB : h.b);
        if (after + 1 < u.b && tokens.is(after, ',') && continuesStatement(tokens, after + 1) && !(p.srcA >= h.b && appositiveOnly(tokens, after + 1, u.b))) {
          const e = trimEnd(tokens, after + 1, contentEnd(cuts, after + 1, u.b));
          if (e > after + 1) ce = tokens.e(e - 1);
        }
      }
    } else {
      let a = p.contentFrom ?? contentStart(tokens, h, u.b, contentEnd(cuts, h.b, u.b));
      // "As Politico reported (just today), X": the statement is the main clause after the comma
      const asA = u.a < h.a && tokens.cap(u.a) && tokens.l(u.a) === 'as' ? asClause(tokens, h.b, u.b, a) : a;
      // the subordinate clause's cut at that comma ends nothing after it
      const endFrom = asA !== a ? asA - 1 : h.b;
      a = asA;
      // "plans to raise taxes": the infinitive is the content, the cue is "plans"
      if (a === h.b && h.form.lemma.startsWith('plan') && tokens.l(h.b - 1) === 'to') {
        a = h.b - 1;
        cue.end = tokens.e(h.b - 2);
      }
      let b = trimEventTail(tokens, a, trimCoordTail(tokens, a, trimTail(tokens, a, trimEnd(tokens, a, contentEnd(cuts, endFrom, u.b)))));
      // "…, as a Homeland Security memo put it.": with nothing said after the cue, the clause before the "as" is the statement
      const asEnd = a >= b || adjunctOnly(tokens, a, b) ? asBefore(tokens, u.a, p.srcA) : -1;
      if (asEnd > 0) [a, b] = [leadIn(tokens, u.a, asEnd), asEnd];
      if (CLAUSE_ONLY.has(h.form.lemma) && a < u.b && !clauseOpens(tokens, a)) continue;
      // "documents she cited or adequate time …": a cue ending a relative clause, its object before it
      if (a < u.b && a === h.b && (tokens.l(a) === 'or' || tokens.l(a) === 'and')) continue;
      if (h.form.lemma === 'decline' && anonymityOnly(tokens, a, u.b)) continue;
      // "spoke in a cottage", "spoke to a gathering": without "about"/"of" or a quotation nothing is said
      if ((h.form.lemma === 'spoke' || h.form.lemma === 'talked') && a < u.b && tokens.k(a) !== 'q' && !(a > 0 && (tokens.l(a - 1) === 'about' || tokens.l(a - 1) === 'of' || tokens.is(a - 1, ':')))) continue;
      const nq = a >= u.b && tokens.is(u.b - 1, ':') && u.b < tokens.length && tokens.k(u.b) === 'q' ? quotes[tokens.q(u.b)] : undefined;
      if (nq && nq.kind === 'speech' && nq.start === tokens.s(u.b)) {
        // "Caddell continued:" and the quotation as the next paragraph
        last = source;
        out.push(draft(nq.start, nq.end, cue, source, h.form.stance));
        continue;
      }
      // "endorsed Clinton", "said no", "despised them": a one-word content is a quotation, a person named, an answer or an object
      if (b - a < 2 && !(b > a && (tokens.q(a) >= 0 || h.form.words.length > 1 || (tokens.cap(a) && tokens.k(a) === 'w' && sctx.mentionStart[a] === a) || tokens.l(a) === 'yes' || tokens.l(a) === 'no' || loneObject(tokens, a, u.b, a === h.b)))) {
        last = source;
        continue;
      }
      // "(… ,'' Mr. Madden said.)": punctuation is no content
      let word = false;
      for (let k = a; k < b && !word; k++) word = tokens.k(k) !== 'p';
      if (!word) continue;
      // "said in a statement", "told NBC News on Monday": the occasion, no content
      if (adjunctOnly(tokens, a, b)) {
        last = source;
        continue;
      }
      cs = tokens.s(a);
      ce = tokens.e(b - 1);
      // "…, which he said was not a sentence", "what she calls corruption": the relative pronoun opens the statement around its attribution
      if (p.srcA > u.a && p.srcA < h.a && tokens.q(p.srcA - 1) < 0 && relativeBefore(tokens, p.srcA - 1, u.a)) cs = tokens.s(p.srcA - 1);
      // "In Miami, Mr. Regalado said, Mr. Trump is seen as …": the opening adjunct belongs to the statement around its attribution
      if (a === h.b + 1 && tokens.k(a) !== 'q' && tokens.is(h.b, ',') && p.cut > u.a + 1 && p.cut === p.srcA - 1 && tokens.is(p.cut, ',') && STATEMENT_ADJUNCTS.has(tokens.l(u.a)) && leadingAdjunct(tokens, u.a, p.cut)) cs = tokens.s(u.a);
      const q = tokens.k(a) === 'q' && tokens.q(a) >= 0 ? quotes[tokens.q(a)] : null;
      // "He said: "A. B."": the content runs at least to the end of the quotation
      if (q && q.start === cs && q.kind === 'speech' && q.end > ce) ce = q.end;
    }
    if (ce <= cs) continue;
    last = source;
    (hitDrafts ??= []).push(out.length);
    // a belief or a report by nobody named: no claim inside another's content; a named person's report: only when the outer speaker's again
    if (COGNITION.has(h.form.lemma) || !ownReporter(tokens, source)) (nested ??= []).push(out.length);
    else if (source.official >= 0) (nested ??= []).push(-1 - out.length);
    out.push(draft(cs, ce, cue, source, h.form.stance));
    if (p.before && p.quote) {
      const from = p.srcB > h.b ? p.srcB : h.b;
      const after = followingQuote(tokens, from, u.b, quotes) ?? resumedQuote(tokens, from, u.b, quotes, p.quote);
      if (after) out.push(draft(after.start, after.end, cue, source, h.form.stance));
    }
  }
  if (lead && out.length === before) out.push(lead);
  // "repeated his promise to cut taxes", "said the bill is expected to pass": a speech noun, an inference or a question inside a cue's content is part of it
  if (hitDrafts) for (let k = nounsFrom; k < nounsTo; k++) (nested ??= []).push(k);
  if (hitDrafts) for (let k = rareFrom; k < rareTo; k++) (nested ??= []).push(k);
  const merged = hitDrafts && hitDrafts.length > 1 ? spokespersonStatements(tokens, out, hitDrafts, sctx) : null;
  if (nested && hitDrafts) return withoutNested(out, nested, hitDrafts, merged);
  return merged ? without(out, merged) : out;
}

/** Where a content starting after token `from` ends: the first cut after it (`cuts` sorted), else the unit's end `b` (a function of its own: a closure here would cost every unit a context). */
function contentEnd(cuts: number[], from: number, b: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid] <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < cuts.length ? cuts[lo] : b;
}

/** The drafts of `out` whose index is not in `drop`. */
function without(out: Draft[], drop: Set<number>): Draft[] {
  const kept: Draft[] = [];
  for (let k = 0; k < out.length; k++) if (!drop.has(k)) kept.push(out[k]);
  return kept;
}

/** "which" or "what", or a relative "that" after a noun ("the future that economists say is …"; not the complementizer of "said that Roe claimed"). */
function relativeBefore(tokens: TokenList, i: number, a: number): boolean {
  const l = tokens.l(i);
  if (l === 'which' || l === 'what') return true;
  if (l !== 'that' || i <= a) return false;
  const n = i - 1;
  return tokens.k(n) === 'w' && !tokens.cap(n) && tokens.len(n) > 2 && !FINITE.has(tokens.l(n)) && !tokens.l(n).endsWith('ed') && !tokens.l(n).endsWith('ly') && !cuesFor(tokens.l(n));
}

/** Where a sentence starts whose partial quotation (a lowercase first word) ends at a cue: the unit's start, when only plain words precede the quotation; else -1. */
function partialQuoteLead(tokens: TokenList, a: number, qStart: number, hits: readonly CueHit[], h: CueHit): number {
  let qa = a;
  while (qa < tokens.length && tokens.s(qa) < qStart) qa++;
  if (qa - a < (tokens.l(a) === 'but' ? 1 : 2) || qa + 1 >= tokens.length || tokens.s(qa) !== qStart) return -1;
  // '' (two apostrophes) opens as two marks
  let wi = qa + 1;
  while (wi < tokens.length && wi - qa < 3 && tokens.k(wi) === 'q') wi++;
  if (!tokens.has(wi) || tokens.k(wi) !== 'w' || tokens.cap(wi)) return -1;
  // an opening adjunct and its comma may stand before the quotation ("In past campaigns, "we felt …,"")
  const adjunct = tokens.is(qa - 1, ',') && qa - 1 > a && leadingAdjunct(tokens, a, qa - 1);
  for (let k = a; k < qa; k++) if (tokens.k(k) === 'q' || tokens.is(k, ':') || (tokens.is(k, ',') && !adjunct)) return -1;
  for (const x of hits) if (x !== h && x.a < qa && x.a >= a) return -1;
  return a;
}

/** ", but that …", ", but not …", ", but also …": the statement goes on with a second complement. */
function butContinues(tokens: TokenList, i: number, b: number): boolean {
  if (i >= b) return false;
  const l = tokens.l(i);
  return l === 'that' || l === 'not' || l === 'also';
}

const LEAD_CONJ = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'indeed', 'instead', 'also']);

/** Where a content standing before its cue starts: after an opening conjunction ("And …", "So …") or a dateline ("WASHINGTON ― …"). */
function leadIn(tokens: TokenList, a: number, b: number): number {
  // a contrastive "But" opening the statement is part of it ("But the plan is flawed, he said")
  if (tokens.k(a) === 'w' && LEAD_CONJ.has(tokens.l(a)) && tokens.l(a) !== 'but' && a + 2 < b && tokens.k(a + 1) !== 'p') return a + 1;
  if (tokens.k(a) === 'w' && LEAD_CONJ.has(tokens.l(a)) && a + 3 < b && tokens.is(a + 1, ',')) return a + 2;
  for (let i = a; i < b && i - a < 4; i++) {
    if (tokens.k(i) === 'p' && DASHES.has(tokens.t(i)) && i > a && i + 2 < b) return i + 1;
    if (tokens.k(i) !== 'w' || tokens.t(i) !== tokens.t(i).toUpperCase() || tokens.len(i) < 2) break;
  }
  return a;
}

function continuesStatement(tokens: TokenList, t: number): boolean {
  return tokens.k(t) === 'w' && !tokens.cap(t) && !ADJUNCT_START.has(tokens.l(t)) && !tokens.l(t).endsWith('ing') && !NOT_SOURCE_START.has(tokens.l(t)) && !WH.has(tokens.l(t)) && !CONJ.has(tokens.l(t));
}

