/**
 * The attribution patterns of one unit: "SOURCE CUE [that] CONTENT", "CONTENT, SOURCE CUE",
 * "CONTENT, CUE SOURCE", "According to SOURCE, CONTENT", "CONTENT, according to SOURCE",
 * coordinated cues sharing one source ("stressed that A, but did not rule out B and warned that C"),
 * and the headline "CONTENT — SOURCE".
 */
import type { CueForm } from '../lexicon';
import type { Stance, Quote } from '../types';
import type { Token } from '../people';
import { askedQuestion, colonQuote, colonSource, cueInsideQuote, hearsayAdverb, inSourceLead, raisingCue, headlineDash, nominalCue, reportedInQuote } from './forms';
import { beliefSource, COGNITION, contentStart, DASHES, isSpeechQuoteEnd, TELL_OBJECT, trimEnd, WH } from './shared';
import { npLeft, npRight, npToComma, resolveSource, skipLeft, type Source, type SourceContext } from './source';
import type { CueHit, Unit } from './units';

/** A claim before ids and indices: content and cue as token/char spans. */
export interface Draft {
  start: number;
  end: number;
  cue: { start: number; end: number } | null;
  source: Source;
  stance: Stance;
  /** Set for the claims of a "key statements" list. */
  key?: boolean;
  /** Character span of the unit the claim was found in (for its date). */
  unit?: { start: number; end: number };
}

const ADJUNCT_START = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'while', 'when', 'with', 'from', 'as', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'this', 'last', 'to', 'via', 'through', 'late', 'early', 'recently', 'reporters', 'journalists', 'the', 'a', 'an', 'summing', 'talking', 'speaking', 'adding', 'referring', 'commenting', 'answering', 'responding', 'citing', 'following', 'without', 'according', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'in', 'by', 'also', 'again', 'then', 'of', 'about', 'his', 'her', 'their']);
const NP_OPENERS = new Set(['the', 'a', 'an', 'this', 'his', 'her', 'their']);
const CLAUSE_CUTS = new Set(['although', 'though', 'whereas', 'while']);
const NOT_PARTICIPLE = new Set(['including', 'according', 'regarding', 'concerning', 'notwithstanding', 'during', 'excluding', 'following', 'something', 'nothing', 'anything', 'everything', 'morning', 'evening', 'building', 'meeting', 'spring', 'string', 'bring']);
const SUBORDINATORS = new Set(['while', 'though', 'although', 'whereas', 'if', 'because', 'since', 'as', 'when', 'after', 'before', 'once', 'unless']);
const CONJ = new Set(['but', 'and', 'or', 'although', 'though', 'while', 'whereas', 'so', 'yet', 'nor', 'because', 'since', 'which', 'who', 'adding', 'saying']);

/** Cues that report speech only with a clause or a quotation ("conceded that …"), not with an object ("conceded the inspection regime"). */
const CLAUSE_ONLY = new Set(['concede']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there', 'you']);

/** Whether the content starting at token a is a clause or a quotation: after "that" or a colon, a quote, or a subject pronoun. */
function clauseOpens(tokens: Token[], a: number): boolean {
  const t = tokens[a];
  const prev = tokens[a - 1];
  return t.k === 'q' || prev.l === 'that' || prev.t === ':' || prev.t === ',' || SUBJECT_PRONOUNS.has(t.l);
}

/** Words that cannot open the source after an inverted cue (""…," she said on Twitter"). */
const NOT_SOURCE_START = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'with', 'to', 'from', 'for', 'of', 'by', 'as', 'about', 'while', 'when', 'that', 'this', 'last', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'in', 'again', 'also', 'then', 'recently', 'repeatedly', 'afterward', 'afterwards', 'sarcastically']);

/** Processes one unit; `prev` is the last source used (for coordinated cues). */
export function unitDrafts(
  tokens: Token[],
  u: Unit,
  hits: CueHit[],
  quotes: readonly Quote[],
  sctx: SourceContext,
  headline: boolean,
): Draft[] {
  const out: Draft[] = [];
  const d = headlineDash(tokens, u, sctx, headline ? null : quotes) ?? colonSource(tokens, u, sctx, headline);
  if (d) out.push(d);
  out.push(...nominalCue(tokens, u, sctx));
  // one cheap pass decides which of the rarer forms to look for
  let colon = false;
  let asked = false;
  let raising = false;
  let hearsay = false;
  for (let i = u.a + 1; i < u.b; i++) {
    const t = tokens[i];
    if (t.k === 'p') colon ||= t.e - t.s === 1 && t.t === ':';
    else if (t.k === 'w') {
      const fc = t.firstCode;
      if (fc === 114 && t.e - t.s === 10 && t.l === 'reportedly') hearsay = true;
      if (fc === 97 || fc === 115 || fc === 101) {
        const n = t.e - t.s;
        if (n === 5 && fc === 97 && t.l === 'asked') asked = true;
        else if (n === 9 && (t.l === 'allegedly' || t.l === 'purported')) hearsay = true;
        else if (n >= 4 && n <= 8) raising ||= t.l === 'expected' || t.l.startsWith('seem') || t.l.startsWith('appear');
      }
    }
  }
  if (tokens[u.a].l === 'asked') asked = true;
  if (colon && !d) out.push(...colonQuote(tokens, u, quotes, sctx));
  if (asked) out.push(...askedQuestion(tokens, u));
  if (raising) out.push(...raisingCue(tokens, u, sctx));
  if (hearsay) out.push(...hearsayAdverb(tokens, u));
  // "In a new poll, 40 percent back the senator": the opening source stands when the verb cues attribute nothing
  const lead = !d && tokens[u.a].k === 'w' ? inSourceLead(tokens, u, sctx) : null;
  if (u.quoted) {
    out.push(...cueInsideQuote(tokens, u, quotes, sctx));
    out.push(...reportedInQuote(tokens, u, quotes, sctx));
  }
  // no cue: nothing below applies (the cuts only end the contents of this unit's cues)
  if (!hits.length) {
    if (lead) out.push(lead);
    return out;
  }
  const before = out.length;
  // where each cue's clause starts (a comma or conjunction before it), to cut the previous content
  const cuts: number[] = [];
  const plans = hits.map((h) => plan(tokens, u, h, quotes, sctx.mentionStart));
  for (const p of plans) if (p.cut >= 0) cuts.push(p.cut);
  for (let i = u.a; i < u.b - 1; i++) {
    if (tokens[i].k !== 'p' || tokens[i].q >= 0 || tokens[i].t !== ',') continue;
    const nx = tokens[i + 1];
    // ", although …", ", but …", ", focusing on …": the statement ends before them
    if (CLAUSE_CUTS.has(nx.l) || nx.l === 'but' || (nx.k === 'w' && !nx.cap && nx.l.endsWith('ing') && nx.l.length > 5 && !NOT_PARTICIPLE.has(nx.l))) cuts.push(i);
  }
  // "… would be more intense — and he noted …", "… over the next decade; the Tax Foundation puts …", "… (which lets …"
  for (let i = u.a; i < u.b - 1; i++) {
    const t = tokens[i];
    if (t.k !== 'p' || t.q >= 0) continue;
    const nl = tokens[i + 1].l;
    if (t.t === ';' || (DASHES.has(t.t) && (nl === 'and' || nl === 'but')) || (t.t === '(' && (nl === 'which' || nl === 'who'))) cuts.push(i);
  }
  // "While his advisers have suggested X, Mr. Obama is …": a subordinate clause ends at the comma before the main clause's subject
  if (SUBORDINATORS.has(tokens[u.a].l) && hits[0].a > u.a) {
    for (let i = hits[0].b; i < u.b - 1; i++) {
      const t = tokens[i];
      if (t.k !== 'p' || t.q >= 0 || t.t !== ',') continue;
      const nx = tokens[i + 1];
      if ((nx.cap && nx.k === 'w' && !NOT_SOURCE_START.has(nx.l)) || SUBJECT_PRONOUNS.has(nx.l)) {
        cuts.push(i);
        break;
      }
    }
  }
  cuts.sort((x, y) => x - y);
  const contentEnd = (from: number) => {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid] <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < cuts.length ? cuts[lo] : u.b;
  };
  let last: Source | null = null;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    const p = plans[k];
    const cue = { start: tokens[h.a].s, end: tokens[h.b - 1].e };
    let source: Source;
    if (p.coordinated) {
      if (!last) {
        let i = u.a;
        while (i < Math.min(u.a + 3, h.a) && !sctx.personAt.has(i)) i++;
        const pm = sctx.personAt.get(i);
        if (pm) last = resolveSource(sctx, i, pm.b);
        else last = subjectSource(tokens, u.a, h.a, sctx) ?? clauseSubject(tokens, u.a, h.a, sctx);
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
      } else {
        const ca = leadIn(tokens, p.contentA, p.contentB);
        const b = trimEnd(tokens, ca, p.contentB);
        if (b - ca < 2) continue;
        cs = tokens[ca].s;
        ce = tokens[b - 1].e;
        // "But to prevent problems, he said, local officials should be vigilant": one statement around its attribution
        const after = (p.srcB > h.b ? p.srcB : h.b);
        if (after + 1 < u.b && tokens[after].t === ',' && continuesStatement(tokens[after + 1])) {
          const e = trimEnd(tokens, after + 1, contentEnd(after + 1));
          if (e > after + 1) ce = tokens[e - 1].e;
        }
      }
    } else {
      const a = p.contentFrom ?? contentStart(tokens, h, u.b, contentEnd(h.b));
      const b = trimTail(tokens, a, trimEnd(tokens, a, contentEnd(h.b)));
      if (CLAUSE_ONLY.has(h.form.lemma) && a < u.b && !clauseOpens(tokens, a)) continue;
      // "spoke in a cottage", "spoke to a gathering": without "about"/"of" or a quotation nothing is said
      if ((h.form.lemma === 'spoke' || h.form.lemma === 'talked') && a < u.b && tokens[a].k !== 'q' && !(a > 0 && (tokens[a - 1].l === 'about' || tokens[a - 1].l === 'of' || tokens[a - 1].t === ':'))) continue;
      const nq = a >= u.b && tokens[u.b - 1].t === ':' && u.b < tokens.length && tokens[u.b].k === 'q' ? quotes[tokens[u.b].q] : undefined;
      if (nq && nq.kind === 'speech' && nq.start === tokens[u.b].s) {
        // "Caddell continued:" and the quotation as the next paragraph
        last = source;
        out.push({ start: nq.start, end: nq.end, cue, source, stance: h.form.stance });
        continue;
      }
      if (b - a < 2 && !(b > a && (tokens[a].q >= 0 || h.form.words.length > 1))) {
        last = source;
        continue;
      }
      cs = tokens[a].s;
      ce = tokens[b - 1].e;
      const q = tokens[a].k === 'q' && tokens[a].q >= 0 ? quotes[tokens[a].q] : null;
      // "He said: "A. B."": the content runs at least to the end of the quotation
      if (q && q.start === cs && q.kind === 'speech' && q.end > ce) ce = q.end;
    }
    if (ce <= cs) continue;
    last = source;
    out.push({ start: cs, end: ce, cue, source, stance: h.form.stance });
    if (p.before && p.quote) {
      const after = followingQuote(tokens, p.srcB > h.b ? p.srcB : h.b, u.b, quotes);
      if (after) out.push({ start: after.start, end: after.end, cue, source, stance: h.form.stance });
    }
  }
  if (lead && out.length === before) out.push(lead);
  return out;
}

interface Plan {
  coordinated: boolean;
  /** Source phrase tokens [srcA, srcB). */
  srcA: number;
  srcB: number;
  /** Content before the cue ("CONTENT, SOURCE said"). */
  before: boolean;
  contentA: number;
  contentB: number;
  quote: Quote | null;
  /** Token index that cuts the content of an earlier cue, or -1. */
  cut: number;
  /** Where the content starts when the plan knows it ("Said Ellis: …"). */
  contentFrom?: number;
}

function restIsAdjunct(tokens: Token[], from: number, b: number, form: CueForm, afterQuote = false): boolean {
  if (from >= b) return true;
  let i = from;
  if (form.lemma === 'tell') while (i < b && i - from < 5 && tokens[i].k === 'w' && (tokens[i].cap || TELL_OBJECT.has(tokens[i].l))) i++;
  for (let j = i; j < Math.min(b, i + 12) && tokens[j].t !== ','; j++) if (tokens[j].l === 'that' || tokens[j].t === ':') return false;
  if (i >= b) return true;
  const t = tokens[i];
  if (t.t === ',' && i + 1 < b && tokens[i + 1].k === 'q') return afterQuote;
  if (t.k === 'p') return t.t !== ':';
  if (t.k === 'q') return false;
  // ""…," she said several months later": after a quotation the rest is an adjunct unless it says "that"
  // "…, some leaders said the mogul still has time": a determiner opening a clause, not a time adjunct
  if (!afterQuote && NP_OPENERS.has(t.l)) for (let j = i + 1; j < Math.min(b, i + 15) && tokens[j].t !== ','; j++) if (FINITE.has(tokens[j].l)) return false;
  // "reported at least six …": a quantifier, not an adjunct
  if (t.l === 'at' && i + 1 < b && (tokens[i + 1].l === 'least' || tokens[i + 1].l === 'most')) return false;
  return afterQuote || ADJUNCT_START.has(t.l) || (t.cap && form.lemma === 'tell') || t.k === 'n';
}

const LEAD_CONJ = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'indeed', 'instead', 'also']);

/** Where a content standing before its cue starts: after an opening conjunction ("But …") or a dateline ("WASHINGTON ― …"). */
function leadIn(tokens: Token[], a: number, b: number): number {
  const t = tokens[a];
  if (t.k === 'w' && LEAD_CONJ.has(t.l) && a + 2 < b && tokens[a + 1].k !== 'p') return a + 1;
  if (t.k === 'w' && LEAD_CONJ.has(t.l) && a + 3 < b && tokens[a + 1].t === ',') return a + 2;
  for (let i = a; i < b && i - a < 4; i++) {
    const x = tokens[i];
    if (x.k === 'p' && DASHES.has(x.t) && i > a && i + 2 < b) return i + 1;
    if (x.k !== 'w' || x.t !== x.t.toUpperCase() || x.len < 2) break;
  }
  return a;
}

/** The end of a content after its cue, without a final non-restrictive clause ("…the health of Trump, who is 70"). */
function trimTail(tokens: Token[], a: number, b: number): number {
  if (b - a < 3 || tokens[a].k === 'q') return b;
  let lastComma = -1;
  for (let k = b - 2; k >= a + 2 && b - k < 60 && lastComma < 0; k--) if (tokens[k].k === 'p' && tokens[k].q < 0 && tokens[k].t === ',') lastComma = k;
  if (lastComma > 0 && (tokens[lastComma + 1].l === 'which' || tokens[lastComma + 1].l === 'who')) return lastComma;
  return b;
}

/** "The billionaire businessman began by talking about drugs, saying …": the subject opening the unit, when it names a person or an organisation. */
function subjectSource(tokens: Token[], a: number, end: number, sctx: SourceContext): Source | null {
  for (let k = Math.min(4, end - a); k >= 1; k--) {
    let words = true;
    for (let j = a; j < a + k && words; j++) words = tokens[j].k === 'w' || tokens[j].k === 's';
    if (!words) continue;
    const s = resolveSource(sctx, a, a + k);
    if (s.kind === 'person' || s.kind === 'org') return s;
  }
  return null;
}

const PREPOSITIONS = new Set(['of', 'to', 'for', 'with', 'against', 'by', 'from', 'about', 'on', 'in', 'at', 'as', 'than', 'like', 'over', 'into']);

/** "In a news conference, Trump attacked Obama, calling him …": the first person named in the main clause, after an opening adjunct, not the object of a preposition. */
function clauseSubject(tokens: Token[], a: number, end: number, sctx: SourceContext): Source | null {
  let i = a;
  if (ADJUNCT_OPENERS.has(tokens[a].l)) {
    while (i < end && tokens[i].t !== ',') i++;
    i++;
  }
  for (; i < end && i - a < 40; i++) {
    const t = tokens[i];
    if (t.q >= 0) continue;
    const pm = sctx.personAt.get(i);
    if (pm) return i > a && PREPOSITIONS.has(tokens[i - 1].l) ? null : resolveSource(sctx, i, pm.b);
    if (t.k === 'w' && FINITE.has(t.l)) return null;
  }
  return null;
}

function continuesStatement(t: Token): boolean {
  return t.k === 'w' && !t.cap && !ADJUNCT_START.has(t.l) && !t.l.endsWith('ing') && !NOT_SOURCE_START.has(t.l) && !WH.has(t.l) && !CONJ.has(t.l);
}

/** ", "B."" right after an attribution: the quotation that continues the interrupted one. */
function followingQuote(tokens: Token[], i: number, b: number, quotes: readonly Quote[]): Quote | null {
  let j = i;
  while (j < b && j - i < 4 && tokens[j].k === 'w' && !tokens[j].cap) j++;
  if (j < b && (tokens[j].t === ',' || tokens[j].t === ':')) j++;
  const t = tokens[j];
  if (!t || t.k !== 'q' || t.q < 0) return null;
  const q = quotes[t.q];
  return q && q.kind === 'speech' && q.start === t.s ? q : null;
}

const ADJUNCT_OPENERS = new Set(['during', 'at', 'in', 'on', 'after', 'before', 'while', 'when', 'as', 'speaking', 'giving', 'writing', 'addressing', 'asked', 'answering', 'responding', 'since', 'last', 'earlier', 'later', 'for', 'with', 'from', 'under', 'over', 'despite', 'unlike', 'like', 'amid', 'following', 'through', 'throughout', 'separately', 'meanwhile', 'also', 'however', 'instead', 'still', 'then', 'now', 'today', 'yesterday', 'speaking', 'talking', 'appearing', 'commenting']);

/** "During the rally Monday, the former president said …": the words before the comma are an adjunct, not a statement. */
function leadingAdjunct(tokens: Token[], a: number, b: number): boolean {
  const t = tokens[a];
  // "Steering clear of …, Kasich …", "Shortly after my sentence, Holder …": a participle or an adverb before an opener
  const opener = ADJUNCT_OPENERS.has(t.l) || (t.len > 5 && t.l.endsWith('ing') && !NOT_PARTICIPLE.has(t.l)) || (t.l.endsWith('ly') && a + 1 < b && ADJUNCT_OPENERS.has(tokens[a + 1].l));
  if (!opener) return false;
  // "During a campaign stop in Onawa, Iowa, …": commas inside the adjunct, but no verb of a clause
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.k === 'q' || FINITE.has(t.l)) return false;
    if (t.t !== ',') continue;
    // only a place name ("in Onawa, Iowa,") may hold a comma
    let j = i + 1;
    while (j < b && tokens[j].cap) j++;
    if (j === i + 1 || (j < b && tokens[j].t !== ',')) return false;
  }
  return true;
}

/** "NP, <parenthetical>, CUE": the NP's token range, or null. */
function subjectBeforeParenthetical(tokens: Token[], u: Unit, comma: number, mentionStart: Int32Array): [number, number] | null {
  for (let c = comma - 2; c > u.a && comma - c < 25; c--) {
    const t = tokens[c];
    if (t.k === 'q' || t.l === 'that') return null;
    if (t.t !== ',') continue;
    // "The state’s campaign chairman, Phil Lovas, said": the name in apposition is the source
    // "…, Vermont Sen. Bernie Sanders, said": a title word or two may stand before the mention
    for (let m = c + 1; m < comma && m - c <= 3; m++) {
      if (mentionStart[m] !== m) continue;
      let e = m + 1;
      while (e < comma && mentionStart[e] === m) e++;
      if (e === comma) return [c + 1, comma];
      break;
    }
    const a = npLeft(tokens, c - 1, u.a, mentionStart);
    if (a > c - 1) return null;
    if (a === u.a || tokens[a - 1].t === ',' || tokens[a - 1].k === 'w' || tokens[a - 1].k === 'q') return [a, c];
    return null;
  }
  return null;
}

function plan(tokens: Token[], u: Unit, h: CueHit, quotes: readonly Quote[], mentionStart: Int32Array): Plan {
  const base: Plan = { coordinated: false, srcA: 0, srcB: 0, before: false, contentA: 0, contentB: 0, quote: null, cut: -1 };
  if (h.form.kind === 'according') {
    const e = npToComma(tokens, h.b, u.b);
    // "In his words, …": the source is the pronoun inside the cue
    const res = h.form.words[0] === 'in' && h.form.words.length === 3 ? { ...base, srcA: h.a + 1, srcB: h.a + 2 } : { ...base, srcA: h.b, srcB: e };
    const pt = h.a > u.a ? tokens[h.a - 1] : null;
    if (pt && (pt.t === ',' || (DASHES.has(pt.t) && pt.q < 0))) {
      const q = isSpeechQuoteEnd(tokens, h.a - 2, quotes);
      // "In addition, according to the department, nearly nine million …": an adjunct before, the statement after
      const after = e < u.b - 3 && tokens[e].t === ',';
      if (!q && after && leadingAdjunct(tokens, u.a, h.a - 1)) return res;
      return { ...res, before: true, contentA: u.a, contentB: h.a - 1, quote: q, cut: h.a - 1 };
    }
    // "According to X, CONTENT": the content starts after the comma (see contentStart)
    return res;
  }
  const left = skipLeft(tokens, h.a - 1, u.a);
  const prevQuote = u.a > 0 && tokens[u.a].nl === 0 ? isSpeechQuoteEnd(tokens, u.a - 1, quotes) : null;
  if (left < u.a) {
    // ""…?" asked Graham." split after the question mark: the quotation ends the previous unit
    const e = npRight(tokens, h.b, u.b);
    if (prevQuote && e > h.b) return { ...base, srcA: h.b, srcB: e, before: true, quote: prevQuote };
    // "Said Ellis: "…""
    if (tokens[h.a].cap && e > h.b && e < u.b && (tokens[e].t === ':' || tokens[e].t === ',')) return { ...base, srcA: h.b, srcB: e, contentFrom: e + 1 };
    return base;
  }
  const lt = tokens[left];
  // "…," said Peskov / "…, says Russian top diplomat"
  if (lt.t === ',' || (lt.k === 'q' && isSpeechQuoteEnd(tokens, left, quotes))) {
    const e = npRight(tokens, h.b, u.b);
    // "Senator Dianne Feinstein, Democrat of California, said the EB-5 …": a named subject opening the unit wins
    const named = lt.t === ',' && !h.form.words[0].endsWith('ing') ? subjectBeforeParenthetical(tokens, u, left, mentionStart) : null;
    let namedFirst = false;
    if (named && !prevQuote && !isSpeechQuoteEnd(tokens, named[0] - 1, quotes)) for (let k = named[0]; k < named[1] && !namedFirst; k++) namedFirst = mentionStart[k] >= 0;
    const afterQuote = lt.k === 'q' || isSpeechQuoteEnd(tokens, left - 1, quotes) !== null;
    // ""…," said the former top aide to President Bush in a statement": after a quotation the source may run on
    const sourceEnds = e >= u.b || (tokens[e].k === 'p' && !DASHES.has(tokens[e].t)) || (afterQuote && tokens[e].k === 'w' && !tokens[e].cap && !FINITE.has(tokens[e].l));
    if (!namedFirst && !h.form.words[0].endsWith('ing') && invertible(h.form, afterQuote) && e > h.b && sourceEnds && invertedSource(tokens, h.b, e, mentionStart)) {
      const q = lt.k === 'q' ? isSpeechQuoteEnd(tokens, left, quotes) : isSpeechQuoteEnd(tokens, left - 1, quotes);
      const ce = lt.t === ',' ? left : left + 1;
      return { ...base, srcA: h.b, srcB: e, before: true, contentA: u.a, contentB: ce, quote: q, cut: left };
    }
    if (lt.t === ',' && !h.form.words[0].endsWith('ing')) {
      // "Trump, speaking to veterans in Virginia, said …": the subject stands before the parenthetical
      const subj = subjectBeforeParenthetical(tokens, u, left, mentionStart);
      if (subj) {
        let qb = subj[0] > u.a ? isSpeechQuoteEnd(tokens, subj[0] - 1, quotes) : prevQuote && subj[0] === u.a ? prevQuote : null;
        // ""…," the White House spokesman, Josh Earnest, said": the quotation stands before the appositive pair
        if (!qb && subj[0] - 2 > u.a && tokens[subj[0] - 1].t === ',') {
          const a2 = npLeft(tokens, subj[0] - 2, u.a, mentionStart);
          if (a2 <= subj[0] - 2 && a2 > u.a) qb = isSpeechQuoteEnd(tokens, a2 - 1, quotes);
          else if (a2 === u.a && prevQuote) qb = prevQuote;
        }
        if (qb && restIsAdjunct(tokens, h.b, u.b, h.form, true)) return { ...base, srcA: subj[0], srcB: subj[1], before: true, quote: qb };
        return { ...base, srcA: subj[0], srcB: subj[1], cut: subj[0] > u.a && tokens[subj[0] - 1].t === ',' ? subj[0] - 1 : -1 };
      }
    }
    if (lt.t === ',') return { ...base, coordinated: true, cut: left };
    return base;
  }
  if (lt.k === 'w' && (lt.l === 'who' || lt.l === 'which')) {
    // "listeners who said …", "Stein, who said …"
    let e = left - 1;
    if (e >= u.a && tokens[e].t === ',') e--;
    if (e < u.a) return base;
    const a = npLeft(tokens, e, u.a, mentionStart);
    return a <= e ? { ...base, srcA: a, srcB: e + 1 } : base;
  }
  if (lt.k === 'w' && !lt.cap && (lt.l === 'and' || lt.l === 'but' || lt.l === 'also')) {
    let c = left;
    if (c > u.a && tokens[c - 1].t === ',') c--;
    return { ...base, coordinated: true, cut: c };
  }
  const npA = npLeft(tokens, left, u.a, mentionStart);
  if (npA > left) return base;
  const res = { ...base, srcA: npA, srcB: left + 1 };
  const beforeTok = npA - 1;
  if (beforeTok < u.a) {
    // the quotation closed the previous sentence: "He says X" after it is a statement of its own unless only an adjunct follows
    if (prevQuote && restIsAdjunct(tokens, h.b, u.b, h.form, false)) return { ...res, before: true, quote: prevQuote };
    return res;
  }
  const bt = tokens[beforeTok];
  let cut = -1;
  if (bt.t === ',') cut = beforeTok;
  else if (bt.k === 'w' && (bt.l === 'and' || bt.l === 'but' || CLAUSE_CUTS.has(bt.l)) && beforeTok > u.a && tokens[beforeTok - 1].t === ',') cut = beforeTok - 1;
  const quoteBefore = isSpeechQuoteEnd(tokens, beforeTok, quotes) ?? (bt.t === ',' ? isSpeechQuoteEnd(tokens, beforeTok - 1, quotes) : null);
  if ((bt.t === ',' || quoteBefore) && (quoteBefore || invertible(h.form, false) || restEmpty(tokens, h.b, u.b)) && restIsAdjunct(tokens, h.b, u.b, h.form, !!quoteBefore)) {
    const contentB = bt.t === ',' ? beforeTok : beforeTok + 1;
    // ""…," she said" ends the content of an earlier cue before its source
    if (quoteBefore || (contentB - u.a >= 3 && (!leadingAdjunct(tokens, u.a, contentB) || restEmpty(tokens, h.b, u.b)))) return { ...res, before: true, contentA: u.a, contentB, quote: quoteBefore, cut: bt.t === ',' ? beforeTok : quoteBefore ? npA : -1 };
  }
  return { ...res, cut };
}

const SOURCE_OPENERS = new Set(['the', 'a', 'an', 'one', 'another', 'his', 'her', 'their', 'its', 'two', 'three', 'several', 'some', 'many', 'senior', 'top', 'former', 'state']);

/** After an inverted cue (""…," said the Kremlin spokesman"): a short phrase that names a source. */
const FINITE = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'must', 'did', 'does', 'do', 'may', 'might', 'shall']);

/** Speech verbs that invert after their content (""…," said Peskov", "…, argues the report"). */
const INVERTIBLE = new Set(
  ('say add write ask note explain continue insist argue claim warn reply respond recall state declare conclude observe remark stress emphasize emphasise ' +
    'underline underscore assert reiterate contend allege confirm acknowledge admit concede quip joke retort exclaim shout yell tweet comment suggest predict ' +
    'report announce recount muse wonder boast scoff complain counter reason promise vow urge tell answer elaborate testify specify clarify mention reveal ' +
    'indicate estimate cite quote chant believe think hope expect fear feel know suspect guess reckon').split(' '),
);

/** Nothing but punctuation after token i. */
function restEmpty(tokens: Token[], i: number, b: number): boolean {
  for (; i < b; i++) if (tokens[i].k !== 'p') return false;
  return true;
}

/** Whether a cue may stand inverted before its source: a speech verb, or any verb right after a quotation. */
function invertible(form: CueForm, afterQuote: boolean): boolean {
  return afterQuote || form.kind !== 'verb' || form.words.length > 1 || INVERTIBLE.has(form.lemma);
}

function invertedSource(tokens: Token[], a: number, e: number, mentionStart: Int32Array): boolean {
  const t = tokens[a];
  if (NOT_SOURCE_START.has(t.l)) return false;
  // "…, said the states were wrong", "…, said Budapest opposed it": a clause, not a source
  for (let i = a; i < e; i++) if (FINITE.has(tokens[i].l) || (i > a && tokens[i].k === 'w' && !tokens[i].cap && tokens[i].len > 4 && tokens[i].l.endsWith('ed'))) return false;
  for (let i = a; i < e; i++) if (mentionStart[i] >= 0) return true;
  return e - a <= 8 && (t.cap || t.k === 'n' || SOURCE_OPENERS.has(t.l));
}

