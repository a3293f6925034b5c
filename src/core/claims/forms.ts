/**
 * Attribution forms outside the verb patterns: the headline "CONTENT — SOURCE" and "Name: CONTENT",
 * transcripts, a quotation that opens with its own cue, statements reported inside a quotation.
 */
import { cuesForToken, type CueForm } from '../lexicon';
import type { Quote } from '../types';
import type { TokenList } from '../people/token-list';
import { draft, type Draft } from './draft';
import { COGNITION, contentStart, DASHES, isSpeechQuoteEnd, TRIM, trimEnd } from './shared';
import { newSource, npLeft, resolveSource, skipLeft, type SourceContext } from './source';
import { PUNCT, QUOTE_MARK, QUOTED_CUE, type CueHit, type Unit } from './units';

export { nominalCue } from './nouns';

/** "… Putin "reasonably responded that yes, Ukraine is not ready."": the quotation opens with its own cue. */
export function cueInsideQuote(tokens: TokenList, u: Unit, quotes: readonly Quote[], sctx: SourceContext, out: Draft[]): void {
  const shapes = sctx.shapes;
  for (let i = u.a + 1; i < u.b - 1; i++) {
    if ((shapes[i] & QUOTE_MARK) === 0) continue;
    if (tokens.k(i) !== 'q' || tokens.q(i) < 0) continue;
    const q = quotes[tokens.q(i)];
    if (!q || q.kind !== 'speech' || q.start !== tokens.s(i)) continue;
    let j = i + 1;
    if (tokens.k(j) === 'w' && tokens.l(j).endsWith('ly') && !tokens.cap(j)) j++;
    if (!tokens.has(j) || tokens.k(j) !== 'w' || tokens.cap(j)) continue;
    const forms = cuesForToken(tokens.row(j));
    if (!forms || !tokens.l(j).endsWith('ed')) continue;
    const form = oneWordVerb(forms, false);
    if (!form) continue;
    const a = npLeft(tokens, i - 1, u.a, sctx.mentionStart);
    if (a > i - 1) continue;
    const source = resolveSource(sctx, a, i);
    if (source.kind !== 'person' && source.kind !== 'org') continue;
    out.push(draft(q.start, q.end, { start: tokens.s(j), end: tokens.e(j) }, source, form.stance));
  }
}

/** The first one-word, non-base verb form (not a plural -s form when `singular`), without a closure per call. */
function oneWordVerb(forms: readonly CueForm[], singular: boolean): CueForm | undefined {
  for (const f of forms) if (f.kind === 'verb' && !f.base && f.words.length === 1 && !(singular && f.plural)) return f;
  return undefined;
}

/** Inside a quotation, a third person's reported statement: ""… He offered me exactly this - to postpone …"". */
export function reportedInQuote(tokens: TokenList, u: Unit, quotes: readonly Quote[], sctx: SourceContext, out: Draft[]): void {
  const shapes = sctx.shapes;
  for (let i = u.a + 1; i < u.b; i++) {
    if ((shapes[i] & QUOTED_CUE) === 0) continue;
    if (tokens.q(i) < 0 || tokens.k(i) !== 'w' || tokens.cap(i)) continue;
    const q = quotes[tokens.q(i)];
    if (!q || q.kind !== 'speech') continue;
    const forms = cuesForToken(tokens.row(i));
    if (!forms || tokens.l(i).endsWith('ing')) continue;
    const form = oneWordVerb(forms, true);
    if (!form || COGNITION.has(form.lemma)) continue;
    const s = skipLeft(tokens, i - 1, u.a);
    if (s < u.a || tokens.q(s) !== tokens.q(i)) continue;
    const pm = sctx.mentionStart[s];
    if (pm < 0 || tokens.q(pm) !== tokens.q(i)) continue;
    const source = resolveSource(sctx, pm, s + 1);
    if (source.kind !== 'person') continue;
    // the content: from the cue to the end of the sentence inside the quotation
    let e = i + 1;
    while (e < u.b && e - i < 80 && tokens.q(e) === tokens.q(i) && !(tokens.k(e) === 'p' && (tokens.is(e, '.') || tokens.is(e, '?') || tokens.is(e, '!'))) && tokens.k(e) !== 'q') e++;
    const h: CueHit = { a: i, b: i + 1, form };
    const a = contentStart(tokens, h, e, e);
    let b = e;
    while (b > a && tokens.k(b - 1) === 'p' && TRIM.has(tokens.t(b - 1))) b--;
    if (b - a < 2) continue;
    out.push(draft(tokens.s(a), tokens.e(b - 1), { start: tokens.s(i), end: tokens.e(i) }, source, form.stance));
  }
}

const NOT_NAME_PART = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'you', 'this', 'that', 'these', 'those', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'be', 'been']);

/** "Republican pollster Daron Shaw: “Historically, …”", "More from Jones: “…”": a named source, a colon, a quotation. */
export function colonQuote(tokens: TokenList, u: Unit, quotes: readonly Quote[], sctx: SourceContext): Draft[] {
  const out: Draft[] = [];
  // the quotation may open the next unit ("Name:" ends a sentence of its own)
  for (let i = u.a + 1; i < u.b && i + 1 < tokens.length; i++) {
    if (tokens.k(i) !== 'p' || tokens.q(i) >= 0 || tokens.isNot(i, ':')) continue;
    const o = i + 1;
    if (tokens.k(o) !== 'q' || tokens.q(o) < 0) continue;
    const q = quotes[tokens.q(o)];
    if (!q || q.kind !== 'speech' || q.start !== tokens.s(o)) continue;
    const a = npLeft(tokens, i - 1, u.a, sctx.mentionStart);
    // the source stands alone before the colon ("… - Name:", "More from Name:"), not as an object ("scolded him:")
    if (a > i - 1 || (a > u.a && tokens.k(a - 1) !== 'p' && tokens.l(a - 1) !== 'from') || !tokens.cap(a)) continue;
    let names = true;
    for (let k = a; k < i && names; k++) names = tokens.k(k) !== 'w' || (tokens.cap(k) ? !(k === a && cuesForToken(tokens.row(k))) : !NOT_NAME_PART.has(tokens.l(k)) && !cuesForToken(tokens.row(k)) && !tokens.l(k).endsWith('ed'));
    if (!names) continue;
    const source = resolveSource(sctx, a, i);
    if (source.kind !== 'person' && source.kind !== 'org') continue;
    out.push(draft(q.start, q.end, { start: tokens.s(i), end: tokens.e(i) }, source, 'neutral'));
  }
  return out;
}

const IN_SOURCES = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'report', 'statement', 'interview', 'letter', 'tweet', 'tweets', 'speech', 'op-ed', 'memo', 'email', 'analysis', 'filing', 'complaint', 'lawsuit', 'ruling', 'editorial', 'column', 'book', 'article', 'testimony', 'remarks', 'post', 'essay', 'affidavit', 'indictment', 'opinion', 'view', 'estimation', 'assessment']);

/** "In a statement, the ministry …", "In the new Morning Consult poll, 40 percent …": the opening "In SOURCE," attributes the rest of the sentence. */
export function inSourceLead(tokens: TokenList, u: Unit, sctx: SourceContext): Draft | null {
  let a = u.a;
  if (tokens.len(a) === 3 && (tokens.l(a) === 'but' || tokens.l(a) === 'and')) a++;
  if (a + 3 >= u.b || tokens.len(a) !== 2 || tokens.firstCode(a) !== 105 || tokens.l(a) !== 'in' || tokens.q(a) >= 0) return null;
  let c = a + 1;
  let head = -1;
  while (c < u.b && c - a < 14 && tokens.isNot(c, ',') && tokens.k(c) !== 'q') {
    if (tokens.k(c) === 'w' && IN_SOURCES.has(tokens.l(c))) head = c;
    c++;
  }
  if (head < 0 || c >= u.b - 2 || tokens.isNot(c, ',')) return null;
  // "In the new poll, conducted March 11-13, …": a participle phrase after the source
  let from = c + 1;
  if (tokens.k(from) === 'w' && !tokens.cap(from) && tokens.l(from).endsWith('ed')) {
    let e = from;
    while (e < u.b && e - from < 12 && tokens.isNot(e, ',')) e++;
    if (e < u.b - 2) from = e + 1;
  }
  const b = trimEnd(tokens, from, u.b);
  if (b - from < 3) return null;
  const source = resolveSource(sctx, a + 1, c);
  return draft(tokens.s(from), tokens.e(b - 1), { start: tokens.s(a), end: tokens.e(a) }, source, 'neutral');
}

const ASKED_BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got', 'when', 'after', 'once', 'if']);
/** "X was asked about Y": a passive question put to someone named (not "when asked about", a topic). */
const PASSIVE_BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got']);
const WH_WORDS = new Set(['whether', 'if', 'who', 'what', 'how', 'why', 'when', 'where', 'which']);

/** "Asked whether he would run, Smith said …", "Voters were asked who they trusted": the question asked by someone unnamed. */
export function askedQuestion(tokens: TokenList, u: Unit): Draft[] {
  const out: Draft[] = [];
  for (let i = u.a; i + 2 < u.b; i++) {
    if (tokens.k(i) !== 'w' || tokens.firstCode(i) !== 97 || tokens.e(i) - tokens.s(i) !== 5 || tokens.q(i) >= 0 || tokens.l(i) !== 'asked' || !(i === u.a || (tokens.k(i - 1) !== 'w' && !tokens.cap(i)) || ASKED_BE.has(tokens.l(i - 1)))) continue;
    let w = i + 1;
    // "was asked about X", "was asked to name …", "was asked, "…?"": the question without a wh-word
    const nx = w;
    // "Asked about the bombing, Clinton said …": the question's topic, opening the sentence
    const opening = i === u.a && tokens.has(nx) && tokens.l(nx) === 'about';
    if (tokens.has(nx) && (opening || (i > u.a && PASSIVE_BE.has(tokens.l(i - 1)))) && (tokens.l(nx) === 'about' || tokens.l(nx) === 'to' || tokens.k(nx) === 'q' || (tokens.is(nx, ',') && (tokens.has(w + 1) && tokens.k(w + 1) === 'q')))) {
      const from = tokens.l(nx) === 'about' || tokens.is(nx, ',') ? w + 1 : w;
      let e = from;
      const q = (tokens.has(from) ? tokens.q(from) : -1);
      if (q >= 0) while (e < u.b && tokens.q(e) === q) e++;
      else while (e < u.b && e - from < 60 && !(tokens.q(e) < 0 && tokens.k(e) === 'p' && (tokens.is(e, ',') || tokens.is(e, ';')))) e++;
      const b = trimEnd(tokens, from, e);
      if (b - from >= 2) out.push(draft(tokens.s(from), tokens.e(b - 1), { start: tokens.s(i), end: tokens.e(i) }, newSource(null, -1, false, i, i, 'none'), 'neutral'));
      continue;
    }
    while (w < u.b && w - i <= 4 && tokens.k(w) === 'w' && !WH_WORDS.has(tokens.l(w))) w++;
    if (w >= u.b || !WH_WORDS.has(tokens.l(w))) continue;
    let e = w + 1;
    while (e < u.b && e - w < 80 && !(tokens.q(e) < 0 && tokens.k(e) === 'p' && (tokens.is(e, ',') || tokens.is(e, ';')))) e++;
    const b = trimEnd(tokens, w, e);
    if (b - w < 3) continue;
    out.push(draft(tokens.s(w), tokens.e(b - 1), { start: tokens.s(i), end: tokens.e(i) }, newSource(null, -1, false, i, i, 'none'), 'neutral'));
  }
  return out;
}

const HEARSAY = new Set(['reportedly', 'allegedly']);

/** "The Club for Growth is reportedly spending $1.5 million …": the clause around the adverb, from unnamed reports. */
export function hearsayAdverb(tokens: TokenList, u: Unit): Draft[] {
  for (let i = u.a + 1; i < u.b - 1; i++) {
    if (tokens.k(i) !== 'w' || tokens.q(i) >= 0 || !HEARSAY.has(tokens.l(i))) continue;
    // the clause: from the unit start (or the last comma before the adverb) to the next semicolon or the end
    let a = i - 1;
    while (a > u.a && !(tokens.k(a - 1) === 'p' && (tokens.is(a - 1, ',') || tokens.is(a - 1, ';') || tokens.is(a - 1, ':'))) && i - a < 30) a--;
    let e = i + 1;
    while (e < u.b && e - i < 60 && !(tokens.q(e) < 0 && tokens.k(e) === 'p' && tokens.is(e, ';'))) e++;
    const b = trimEnd(tokens, a, e);
    if (b - a < 3 || a === i) continue;
    const stance = tokens.l(i) === 'allegedly' ? 'contested' : 'neutral';
    return [draft(tokens.s(a), tokens.e(b - 1), { start: tokens.s(i), end: tokens.e(i) }, newSource(null, -1, true, i, i, 'anon'), stance)];
  }
  return [];
}

/** Passive judgements ("is seen as", "are considered"). */
export const PERCEIVED = new Set(['seen', 'viewed', 'regarded', 'perceived', 'considered', 'deemed']);
const RELATIVES = new Set(['who', 'which', 'that']);
const SEEM = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
const EXPECTED_BE = new Set(['is', 'are', 'was', 'were']);

/**
 * "Enthusiasm for Clinton appears to have plummeted", "The president is expected to run again": an
 * inference or expectation nobody is named for — the content runs from the subject to the clause end.
 */
export function raisingCue(tokens: TokenList, u: Unit, sctx: SourceContext): Draft[] {
  const out: Draft[] = [];
  for (let i = u.a + 1; i + 2 < u.b; i++) {
    if (tokens.k(i) !== 'w') continue;
    const fc = tokens.firstCode(i);
    if (tokens.q(i) >= 0 || tokens.cap(i)) continue;
    let cueA = i;
    const next = i + 1;
    if (PERCEIVED.has(tokens.l(i))) {
      // "The DNC, which is seen as aligned with Clinton", "Pigs are considered unclean": a judgement nobody is named for
      let be = i - 1;
      if (tokens.l(be).endsWith('ly') && be - 1 > u.a) be--;
      if (!EXPECTED_BE.has(tokens.l(be)) && tokens.l(be) !== 'been' && tokens.l(be) !== 'be') continue;
      if (tokens.l(i) !== 'considered' && tokens.l(i) !== 'deemed' && tokens.l(next) !== 'as') continue;
      if (tokens.k(next) !== 'w' || tokens.l(next) === 'by' || tokens.l(next) === 'for') continue;
      cueA = be;
    } else if ((fc !== 115 && fc !== 97 && fc !== 101) || tokens.e(i) - tokens.s(i) < 4 || tokens.e(i) - tokens.s(i) > 8) continue;
    else if (SEEM.has(tokens.l(i))) {
      // "appear to …", "it appears that …", "the race appears closer": not "appeared on television"
      if (tokens.l(i).startsWith('appear') && tokens.l(next) !== 'to' && !(tokens.l(next) === 'that' && (tokens.has(i - 1) && tokens.l(i - 1) === 'it')) && !predicative(tokens, next)) continue;
    } else if (tokens.l(i) === 'expected' && i > 0 && EXPECTED_BE.has(tokens.l(i - 1)) && tokens.l(next) === 'to') cueA = i - 1;
    else continue;
    if (tokens.k(next) !== 'w') continue;
    let start: number;
    if (tokens.l(next) === 'that' && (tokens.has(cueA - 1) && tokens.l(cueA - 1) === 'it')) start = next + 1;
    else {
      // "The statistics, purported to be gathered by …, appear to be fabricated": the subject before the parenthetical
      const end = cueA > 0 && tokens.is(cueA - 1, ',') ? parentheticalStart(tokens, cueA - 1, u.a) : cueA - 1;
      start = end >= u.a ? npLeft(tokens, end, u.a, sctx.mentionStart) : end + 1;
      // "delegates who are expected to …", "It is expected to rise …": a relative pronoun, or "it" before "expected", opens the content
      if (start > end && end >= u.a && (RELATIVES.has(tokens.l(end)) || (tokens.l(end) === 'it' && tokens.l(i) === 'expected'))) start = end;
      else if (start > end || tokens.l(start) === 'it' || tokens.l(start) === 'there') continue;
    }
    let e = next;
    while (e < u.b && e - next < 60 && !(tokens.q(e) < 0 && tokens.k(e) === 'p' && (tokens.is(e, ';') || (tokens.is(e, ',') && e + 1 < u.b && (tokens.l(e + 1) === 'but' || tokens.l(e + 1) === 'and' || tokens.l(e + 1) === 'while'))))) e++;
    const b = trimEnd(tokens, start, e);
    if (b - next < 1) continue;
    out.push(draft(tokens.s(start), tokens.e(b - 1), { start: tokens.s(cueA), end: tokens.e(i) }, newSource(null, -1, false, i, i, 'none'), 'neutral'));
  }
  return out;
}

const NOT_PREDICATIVE = new Set(['on', 'in', 'at', 'before', 'with', 'alongside', 'as', 'for', 'from', 'during', 'after', 'together', 'onstage', 'briefly', 'live', 'the', 'a', 'an', 'his', 'her', 'their', 'and', 'but', 'or', 'here', 'there', 'again', 'twice', 'once']);

/** A lowercase word that can follow "appears" as its predicate ("weak", "closer", "ready"), not a place or an occasion. */
function predicative(tokens: TokenList, t: number): boolean {
  return tokens.k(t) === 'w' && !tokens.cap(t) && !NOT_PREDICATIVE.has(tokens.l(t)) && !tokens.l(t).endsWith('ly');
}

/** The token before the comma that opens a parenthetical ending at comma `c` ("X, who …, seems"), or -1. */
function parentheticalStart(tokens: TokenList, c: number, a: number): number {
  for (let j = c - 1; j > a && c - j < 25; j--) {
    if (tokens.k(j) === 'q' || tokens.is(j, ';') || tokens.is(j, '.')) return -1;
    if (tokens.is(j, ',')) return j - 1;
  }
  return -1;
}

const HEAD_PREPS = new Set(['on', 'to', 'at', 'in', 'about']);

/** "Pence: Flowers won't be at debate" (headline) and transcripts ""PENCE: Well, look, …"". */
export function colonSource(tokens: TokenList, u: Unit, sctx: SourceContext, headline: boolean): Draft | null {
  let a = u.a;
  if (tokens.k(a) === 'q') a++;
  let c = a;
  while (c < u.b && c - a < 4 && tokens.k(c) === 'w' && tokens.cap(c)) c++;
  // a headline's "Obama on Climate Change: …", "Clinton to Planned Parenthood: …": the named source, a topic or an audience
  const named = c;
  if (headline && c > a && c < u.b - 2 && tokens.k(c) === 'w' && HEAD_PREPS.has(tokens.l(c))) {
    let k = c + 1;
    while (k < u.b && k - c <= 5 && (tokens.k(k) === 'w' || tokens.k(k) === 's' || tokens.k(k) === 'n')) k++;
    if (k < u.b - 1 && k > c + 1 && tokens.is(k, ':')) c = k;
  }
  if (c === a || c >= u.b - 1 || tokens.isNot(c, ':')) return null;
  const first = u.a;
  const paraStart = tokens.nl(first) > 0 || u.a === 0;
  let caps = true;
  for (let i = a; i < named && caps; i++) caps = tokens.t(i) === tokens.t(i).toUpperCase() && tokens.t(i).length > 1;
  const source = resolveSource(sctx, a, named);
  const person = source.kind === 'person';
  if (named < c && (!person || tokens.l(a) === 'a' || tokens.l(a) === 'the')) return null;
  // a transcript speaker in capitals at the start of a paragraph, or a named source opening a headline
  // "The Latest: …" is a rubric, not a source
  if (tokens.l(a) === 'the' && !person) return null;
  // a transcript's "Matthews: Well, …": a known person opening the sentence ("Said Ellis:" is an inverted cue, left to the verb patterns)
  if (!(paraStart && caps && c - a === 1) && !(headline && (person || (!caps && source.kind !== 'none'))) && !(person && a === u.a && !cuesForToken(tokens.row(a)))) return null;
  const speaker = source.speaker ?? (caps ? tokens.t(a) : null);
  const b = trimEnd(tokens, c + 1, u.b);
  if (b <= c + 1) return null;
  // a body line "Clinton: 547." or "South Carolina: Andrew Collins, …" is a tally or a list, not words said
  if (!headline && !(paraStart && caps) && (b - c < 4 || tokens.k(c + 1) === 'n' || listLike(tokens, c + 1, b))) return null;
  return draft(tokens.s(c + 1), tokens.e(b - 1), { start: tokens.s(c), end: tokens.e(c) }, newSource(speaker, source.official, source.anonymous, source.a, source.b, source.kind), 'neutral');
}

/** Tokens [a, b) read as a list ("Andrew Collins, Antjuan Seawright, Barry Wynn"): a comma for every three words or fewer. */
function listLike(tokens: TokenList, a: number, b: number): boolean {
  let words = 0;
  let commas = 0;
  for (let i = a; i < b; i++) {
    const k = tokens.k(i);
    if (k === 'w' || k === 'n') words++;
    else if (tokens.is(i, ',')) commas++;
  }
  return commas > 0 && commas * 3 >= words;
}

/** "CONTENT — SOURCE" in a headline; in the body only after a quotation (""…" ― Name"). */
export function headlineDash(tokens: TokenList, u: Unit, sctx: SourceContext, bodyQuotes: readonly Quote[] | null): Draft | null {
  for (let i = u.b - 2; i > u.a && u.b - i <= 8; i--) {
    if ((sctx.shapes[i] & PUNCT) === 0) continue;
    if (tokens.k(i) !== 'p' || !DASHES.has(tokens.t(i))) continue;
    const q = bodyQuotes ? isSpeechQuoteEnd(tokens, i - 1, bodyQuotes) : null;
    if (bodyQuotes && !q) return null;
    const source = resolveSource(sctx, i + 1, trimEnd(tokens, i + 1, u.b));
    if (source.kind === 'none' || source.kind === 'anon') return null;
    if (q) return draft(q.start, q.end, { start: tokens.s(i), end: tokens.e(i) }, source, 'neutral');
    const b = trimEnd(tokens, u.a, i);
    if (b <= u.a) return null;
    return draft(tokens.s(u.a), tokens.e(b - 1), { start: tokens.s(i), end: tokens.e(i) }, source, 'neutral');
  }
  return null;
}

/** Auxiliaries and negations between a passive participle and its subject ("has not been named"). */
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'not', 'never', 'also', 'already', 'since', 'once', 'later', 'first', 'widely', 'publicly', 'repeatedly']);

/** Words after a passive participle that open an adjunct, not a complement. */
const PASSIVE_ADJUNCT = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'last', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'this', 'when', 'while', 'because', 'since', 'until', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'and', 'but', 'or', 'so', 'only', 'again', 'twice', 'recently']);

/**
 * "Clinton was declared the winner", "Three officials were charged with bribery": a passive cue with
 * no agent — the subject and the complement are the content, nobody is named for the statement.
 */
export function passiveDraft(tokens: TokenList, u: Unit, h: CueHit, sctx: SourceContext): Draft | null {
  let j = h.a - 1;
  while (j >= u.a && tokens.k(j) === 'w' && PASSIVE_AUX.has(tokens.l(j))) j--;
  if (j < u.a || tokens.q(j) >= 0 || (tokens.k(j) !== 'w' && tokens.isNot(j, ')'))) return null;
  let start: number;
  if (tokens.l(j) === 'it' && h.b < u.b && tokens.l(h.b) === 'that') start = h.b + 1;
  else {
    start = npLeft(tokens, j, u.a, sctx.mentionStart);
    if (start > j || tokens.l(start) === 'it' || tokens.l(start) === 'there' || tokens.l(start) === 'this') return null;
  }
  // "The plan was rejected in May.": only a time or place follows, nothing is reported
  if (h.b < u.b && PASSIVE_ADJUNCT.has(tokens.l(h.b))) return null;
  let e = h.b;
  while (e < u.b && e - h.b < 60 && !(tokens.q(e) < 0 && tokens.k(e) === 'p' && (tokens.is(e, ',') || tokens.is(e, ';') || tokens.is(e, ':') || tokens.is(e, '(') || DASHES.has(tokens.t(e))))) e++;
  const b = trimEnd(tokens, start, e);
  if (b <= h.b) return null;
  return draft(tokens.s(start), tokens.e(b - 1), { start: tokens.s(h.a), end: tokens.e(h.a) }, newSource(null, -1, false, h.a, h.a, 'none'), h.form.stance);
}

const NAME_LINKS = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'to', '&']);

/** "the bill, known as the Justice Act", "Burma, also known as Myanmar": the name something goes by is attributed to nobody named. */
export function knownAs(tokens: TokenList, u: Unit, quotes: readonly Quote[], out: Draft[]): void {
  for (let i = u.a + 1; i + 2 < u.b; i++) {
    if (tokens.k(i) !== 'w' || tokens.l(i) !== 'known' || tokens.q(i) >= 0 || tokens.l(i + 1) !== 'as') continue;
    let a = i + 2;
    if (tokens.l(a) === 'the' && a + 1 < u.b) a++;
    let end = -1;
    if (tokens.k(a) === 'q' && tokens.q(a) >= 0 && quotes[tokens.q(a)]?.start === tokens.s(a)) end = quotes[tokens.q(a)].end;
    else if (tokens.k(a) === 'w' && tokens.cap(a)) {
      let e = a;
      while (e < u.b && tokens.q(e) < 0 && (tokens.cap(e) || tokens.k(e) === 'n' || (tokens.k(e) === 'w' && NAME_LINKS.has(tokens.l(e)) && e + 1 < u.b && tokens.cap(e + 1)))) e++;
      end = tokens.e(e - 1);
    }
    if (end < 0) continue;
    out.push(draft(tokens.s(i + 2), end, { start: tokens.s(i), end: tokens.e(i + 1) }, newSource(null, -1, false, i, i, 'none'), 'neutral'));
  }
}
