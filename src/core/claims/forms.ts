/**
 * Attribution forms outside the verb patterns: the headline "CONTENT — SOURCE" and "Name: CONTENT",
 * transcripts, a quotation that opens with its own cue, statements reported inside a quotation.
 */
import { cuesForToken, type CueForm } from '../lexicon';
import type { Quote } from '../types';
import type { Token } from '../people';
import { draft, type Draft } from './draft';
import { COGNITION, contentStart, DASHES, isSpeechQuoteEnd, TRIM, trimEnd } from './shared';
import { newSource, npLeft, resolveSource, skipLeft, type SourceContext } from './source';
import { PUNCT, QUOTE_MARK, QUOTED_CUE, type CueHit, type Unit } from './units';

export { nominalCue } from './nouns';

/** "… Putin "reasonably responded that yes, Ukraine is not ready."": the quotation opens with its own cue. */
export function cueInsideQuote(tokens: Token[], u: Unit, quotes: readonly Quote[], sctx: SourceContext, out: Draft[]): void {
  const shapes = sctx.shapes;
  for (let i = u.a + 1; i < u.b - 1; i++) {
    if ((shapes[i] & QUOTE_MARK) === 0) continue;
    const t = tokens[i];
    if (t.k !== 'q' || t.q < 0) continue;
    const q = quotes[t.q];
    if (!q || q.kind !== 'speech' || q.start !== t.s) continue;
    let j = i + 1;
    if (tokens[j].k === 'w' && tokens[j].l.endsWith('ly') && !tokens[j].cap) j++;
    const c = tokens[j];
    if (!c || c.k !== 'w' || c.cap) continue;
    const forms = cuesForToken(c);
    if (!forms || !c.l.endsWith('ed')) continue;
    const form = oneWordVerb(forms, false);
    if (!form) continue;
    const a = npLeft(tokens, i - 1, u.a, sctx.mentionStart);
    if (a > i - 1) continue;
    const source = resolveSource(sctx, a, i);
    if (source.kind !== 'person' && source.kind !== 'org') continue;
    out.push(draft(q.start, q.end, { start: c.s, end: c.e }, source, form.stance));
  }
}

/** The first one-word, non-base verb form (not a plural -s form when `singular`), without a closure per call. */
function oneWordVerb(forms: readonly CueForm[], singular: boolean): CueForm | undefined {
  for (const f of forms) if (f.kind === 'verb' && !f.base && f.words.length === 1 && !(singular && f.plural)) return f;
  return undefined;
}

/** Inside a quotation, a third person's reported statement: ""… He offered me exactly this - to postpone …"". */
export function reportedInQuote(tokens: Token[], u: Unit, quotes: readonly Quote[], sctx: SourceContext, out: Draft[]): void {
  const shapes = sctx.shapes;
  for (let i = u.a + 1; i < u.b; i++) {
    if ((shapes[i] & QUOTED_CUE) === 0) continue;
    const t = tokens[i];
    if (t.q < 0 || t.k !== 'w' || t.cap) continue;
    const q = quotes[t.q];
    if (!q || q.kind !== 'speech') continue;
    const forms = cuesForToken(t);
    if (!forms || t.l.endsWith('ing')) continue;
    const form = oneWordVerb(forms, true);
    if (!form || COGNITION.has(form.lemma)) continue;
    const s = skipLeft(tokens, i - 1, u.a);
    if (s < u.a || tokens[s].q !== t.q) continue;
    const pm = sctx.mentionStart[s];
    if (pm < 0 || tokens[pm].q !== t.q) continue;
    const source = resolveSource(sctx, pm, s + 1);
    if (source.kind !== 'person') continue;
    // the content: from the cue to the end of the sentence inside the quotation
    let e = i + 1;
    while (e < u.b && e - i < 80 && tokens[e].q === t.q && !(tokens[e].k === 'p' && (tokens[e].is('.') || tokens[e].is('?') || tokens[e].is('!'))) && tokens[e].k !== 'q') e++;
    const h: CueHit = { a: i, b: i + 1, form };
    const a = contentStart(tokens, h, e, e);
    let b = e;
    while (b > a && tokens[b - 1].k === 'p' && TRIM.has(tokens[b - 1].t)) b--;
    if (b - a < 2) continue;
    out.push(draft(tokens[a].s, tokens[b - 1].e, { start: t.s, end: t.e }, source, form.stance));
  }
}

const NOT_NAME_PART = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'you', 'this', 'that', 'these', 'those', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'be', 'been']);

/** "Republican pollster Daron Shaw: “Historically, …”", "More from Jones: “…”": a named source, a colon, a quotation. */
export function colonQuote(tokens: Token[], u: Unit, quotes: readonly Quote[], sctx: SourceContext): Draft[] {
  const out: Draft[] = [];
  // the quotation may open the next unit ("Name:" ends a sentence of its own)
  for (let i = u.a + 1; i < u.b && i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.k !== 'p' || t.q >= 0 || t.isNot(':')) continue;
    const o = tokens[i + 1];
    if (o.k !== 'q' || o.q < 0) continue;
    const q = quotes[o.q];
    if (!q || q.kind !== 'speech' || q.start !== o.s) continue;
    const a = npLeft(tokens, i - 1, u.a, sctx.mentionStart);
    // the source stands alone before the colon ("… - Name:", "More from Name:"), not as an object ("scolded him:")
    if (a > i - 1 || (a > u.a && tokens[a - 1].k !== 'p' && tokens[a - 1].l !== 'from') || !tokens[a].cap) continue;
    let names = true;
    for (let k = a; k < i && names; k++) names = tokens[k].k !== 'w' || (tokens[k].cap ? !(k === a && cuesForToken(tokens[k])) : !NOT_NAME_PART.has(tokens[k].l) && !cuesForToken(tokens[k]) && !tokens[k].l.endsWith('ed'));
    if (!names) continue;
    const source = resolveSource(sctx, a, i);
    if (source.kind !== 'person' && source.kind !== 'org') continue;
    out.push(draft(q.start, q.end, { start: t.s, end: t.e }, source, 'neutral'));
  }
  return out;
}

const IN_SOURCES = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'report', 'statement', 'interview', 'letter', 'tweet', 'tweets', 'speech', 'op-ed', 'memo', 'email', 'analysis', 'filing', 'complaint', 'lawsuit', 'ruling', 'editorial', 'column', 'book', 'article', 'testimony', 'remarks', 'post', 'essay', 'affidavit', 'indictment', 'opinion', 'view', 'estimation', 'assessment']);

/** "In a statement, the ministry …", "In the new Morning Consult poll, 40 percent …": the opening "In SOURCE," attributes the rest of the sentence. */
export function inSourceLead(tokens: Token[], u: Unit, sctx: SourceContext): Draft | null {
  let a = u.a;
  if (tokens[a].len === 3 && (tokens[a].l === 'but' || tokens[a].l === 'and')) a++;
  if (a + 3 >= u.b || tokens[a].len !== 2 || tokens[a].firstCode !== 105 || tokens[a].l !== 'in' || tokens[a].q >= 0) return null;
  let c = a + 1;
  let head = -1;
  while (c < u.b && c - a < 14 && tokens[c].isNot(',') && tokens[c].k !== 'q') {
    if (tokens[c].k === 'w' && IN_SOURCES.has(tokens[c].l)) head = c;
    c++;
  }
  if (head < 0 || c >= u.b - 2 || tokens[c].isNot(',')) return null;
  // "In the new poll, conducted March 11-13, …": a participle phrase after the source
  let from = c + 1;
  if (tokens[from].k === 'w' && !tokens[from].cap && tokens[from].l.endsWith('ed')) {
    let e = from;
    while (e < u.b && e - from < 12 && tokens[e].isNot(',')) e++;
    if (e < u.b - 2) from = e + 1;
  }
  const b = trimEnd(tokens, from, u.b);
  if (b - from < 3) return null;
  const source = resolveSource(sctx, a + 1, c);
  return draft(tokens[from].s, tokens[b - 1].e, { start: tokens[a].s, end: tokens[a].e }, source, 'neutral');
}

const ASKED_BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got', 'when', 'after', 'once', 'if']);
/** "X was asked about Y": a passive question put to someone named (not "when asked about", a topic). */
const PASSIVE_BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got']);
const WH_WORDS = new Set(['whether', 'if', 'who', 'what', 'how', 'why', 'when', 'where', 'which']);

/** "Asked whether he would run, Smith said …", "Voters were asked who they trusted": the question asked by someone unnamed. */
export function askedQuestion(tokens: Token[], u: Unit): Draft[] {
  const out: Draft[] = [];
  for (let i = u.a; i + 2 < u.b; i++) {
    const t = tokens[i];
    if (t.k !== 'w' || t.firstCode !== 97 || t.e - t.s !== 5 || t.q >= 0 || t.l !== 'asked' || !(i === u.a || (tokens[i - 1].k !== 'w' && !t.cap) || ASKED_BE.has(tokens[i - 1].l))) continue;
    let w = i + 1;
    // "was asked about X", "was asked to name …", "was asked, "…?"": the question without a wh-word
    const nx = tokens[w];
    // "Asked about the bombing, Clinton said …": the question's topic, opening the sentence
    const opening = i === u.a && nx && nx.l === 'about';
    if (nx && (opening || (i > u.a && PASSIVE_BE.has(tokens[i - 1].l))) && (nx.l === 'about' || nx.l === 'to' || nx.k === 'q' || (nx.is(',') && tokens[w + 1]?.k === 'q'))) {
      const from = nx.l === 'about' || nx.is(',') ? w + 1 : w;
      let e = from;
      const q = tokens[from]?.q ?? -1;
      if (q >= 0) while (e < u.b && tokens[e].q === q) e++;
      else while (e < u.b && e - from < 60 && !(tokens[e].q < 0 && tokens[e].k === 'p' && (tokens[e].is(',') || tokens[e].is(';')))) e++;
      const b = trimEnd(tokens, from, e);
      if (b - from >= 2) out.push(draft(tokens[from].s, tokens[b - 1].e, { start: t.s, end: t.e }, newSource(null, -1, false, i, i, 'none'), 'neutral'));
      continue;
    }
    while (w < u.b && w - i <= 4 && tokens[w].k === 'w' && !WH_WORDS.has(tokens[w].l)) w++;
    if (w >= u.b || !WH_WORDS.has(tokens[w].l)) continue;
    let e = w + 1;
    while (e < u.b && e - w < 80 && !(tokens[e].q < 0 && tokens[e].k === 'p' && (tokens[e].is(',') || tokens[e].is(';')))) e++;
    const b = trimEnd(tokens, w, e);
    if (b - w < 3) continue;
    out.push(draft(tokens[w].s, tokens[b - 1].e, { start: t.s, end: t.e }, newSource(null, -1, false, i, i, 'none'), 'neutral'));
  }
  return out;
}

const HEARSAY = new Set(['reportedly', 'allegedly']);

/** "The Club for Growth is reportedly spending $1.5 million …": the clause around the adverb, from unnamed reports. */
export function hearsayAdverb(tokens: Token[], u: Unit): Draft[] {
  for (let i = u.a + 1; i < u.b - 1; i++) {
    const t = tokens[i];
    if (t.k !== 'w' || t.q >= 0 || !HEARSAY.has(t.l)) continue;
    // the clause: from the unit start (or the last comma before the adverb) to the next semicolon or the end
    let a = i - 1;
    while (a > u.a && !(tokens[a - 1].k === 'p' && (tokens[a - 1].is(',') || tokens[a - 1].is(';') || tokens[a - 1].is(':'))) && i - a < 30) a--;
    let e = i + 1;
    while (e < u.b && e - i < 60 && !(tokens[e].q < 0 && tokens[e].k === 'p' && tokens[e].is(';'))) e++;
    const b = trimEnd(tokens, a, e);
    if (b - a < 3 || a === i) continue;
    const stance = t.l === 'allegedly' ? 'contested' : 'neutral';
    return [draft(tokens[a].s, tokens[b - 1].e, { start: t.s, end: t.e }, newSource(null, -1, true, i, i, 'anon'), stance)];
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
export function raisingCue(tokens: Token[], u: Unit, sctx: SourceContext): Draft[] {
  const out: Draft[] = [];
  for (let i = u.a + 1; i + 2 < u.b; i++) {
    const t = tokens[i];
    if (t.k !== 'w') continue;
    const fc = t.firstCode;
    if (t.q >= 0 || t.cap) continue;
    let cueA = i;
    const next = i + 1;
    if (PERCEIVED.has(t.l)) {
      // "The DNC, which is seen as aligned with Clinton", "Pigs are considered unclean": a judgement nobody is named for
      let be = i - 1;
      if (tokens[be].l.endsWith('ly') && be - 1 > u.a) be--;
      if (!EXPECTED_BE.has(tokens[be].l) && tokens[be].l !== 'been' && tokens[be].l !== 'be') continue;
      if (t.l !== 'considered' && t.l !== 'deemed' && tokens[next].l !== 'as') continue;
      if (tokens[next].k !== 'w' || tokens[next].l === 'by' || tokens[next].l === 'for') continue;
      cueA = be;
    } else if ((fc !== 115 && fc !== 97 && fc !== 101) || t.e - t.s < 4 || t.e - t.s > 8) continue;
    else if (SEEM.has(t.l)) {
      // "appear to …", "it appears that …", "the race appears closer": not "appeared on television"
      if (t.l.startsWith('appear') && tokens[next].l !== 'to' && !(tokens[next].l === 'that' && tokens[i - 1]?.l === 'it') && !predicative(tokens[next])) continue;
    } else if (t.l === 'expected' && i > 0 && EXPECTED_BE.has(tokens[i - 1].l) && tokens[next].l === 'to') cueA = i - 1;
    else continue;
    const nx = tokens[next];
    if (nx.k !== 'w') continue;
    let start: number;
    if (nx.l === 'that' && tokens[cueA - 1]?.l === 'it') start = next + 1;
    else {
      // "The statistics, purported to be gathered by …, appear to be fabricated": the subject before the parenthetical
      const end = cueA > 0 && tokens[cueA - 1].is(',') ? parentheticalStart(tokens, cueA - 1, u.a) : cueA - 1;
      start = end >= u.a ? npLeft(tokens, end, u.a, sctx.mentionStart) : end + 1;
      // "delegates who are expected to …", "It is expected to rise …": a relative pronoun, or "it" before "expected", opens the content
      if (start > end && end >= u.a && (RELATIVES.has(tokens[end].l) || (tokens[end].l === 'it' && t.l === 'expected'))) start = end;
      else if (start > end || tokens[start].l === 'it' || tokens[start].l === 'there') continue;
    }
    let e = next;
    while (e < u.b && e - next < 60 && !(tokens[e].q < 0 && tokens[e].k === 'p' && (tokens[e].is(';') || (tokens[e].is(',') && e + 1 < u.b && (tokens[e + 1].l === 'but' || tokens[e + 1].l === 'and' || tokens[e + 1].l === 'while'))))) e++;
    const b = trimEnd(tokens, start, e);
    if (b - next < 1) continue;
    out.push(draft(tokens[start].s, tokens[b - 1].e, { start: tokens[cueA].s, end: t.e }, newSource(null, -1, false, i, i, 'none'), 'neutral'));
  }
  return out;
}

const NOT_PREDICATIVE = new Set(['on', 'in', 'at', 'before', 'with', 'alongside', 'as', 'for', 'from', 'during', 'after', 'together', 'onstage', 'briefly', 'live', 'the', 'a', 'an', 'his', 'her', 'their', 'and', 'but', 'or', 'here', 'there', 'again', 'twice', 'once']);

/** A lowercase word that can follow "appears" as its predicate ("weak", "closer", "ready"), not a place or an occasion. */
function predicative(t: Token): boolean {
  return t.k === 'w' && !t.cap && !NOT_PREDICATIVE.has(t.l) && !t.l.endsWith('ly');
}

/** The token before the comma that opens a parenthetical ending at comma `c` ("X, who …, seems"), or -1. */
function parentheticalStart(tokens: Token[], c: number, a: number): number {
  for (let j = c - 1; j > a && c - j < 25; j--) {
    const t = tokens[j];
    if (t.k === 'q' || t.is(';') || t.is('.')) return -1;
    if (t.is(',')) return j - 1;
  }
  return -1;
}

const HEAD_PREPS = new Set(['on', 'to', 'at', 'in', 'about']);

/** "Pence: Flowers won't be at debate" (headline) and transcripts ""PENCE: Well, look, …"". */
export function colonSource(tokens: Token[], u: Unit, sctx: SourceContext, headline: boolean): Draft | null {
  let a = u.a;
  if (tokens[a].k === 'q') a++;
  let c = a;
  while (c < u.b && c - a < 4 && tokens[c].k === 'w' && tokens[c].cap) c++;
  // a headline's "Obama on Climate Change: …", "Clinton to Planned Parenthood: …": the named source, a topic or an audience
  const named = c;
  if (headline && c > a && c < u.b - 2 && tokens[c].k === 'w' && HEAD_PREPS.has(tokens[c].l)) {
    let k = c + 1;
    while (k < u.b && k - c <= 5 && (tokens[k].k === 'w' || tokens[k].k === 's' || tokens[k].k === 'n')) k++;
    if (k < u.b - 1 && k > c + 1 && tokens[k].is(':')) c = k;
  }
  if (c === a || c >= u.b - 1 || tokens[c].isNot(':')) return null;
  const first = tokens[u.a];
  const paraStart = first.nl > 0 || u.a === 0;
  let caps = true;
  for (let i = a; i < named && caps; i++) caps = tokens[i].t === tokens[i].t.toUpperCase() && tokens[i].t.length > 1;
  const source = resolveSource(sctx, a, named);
  const person = source.kind === 'person';
  if (named < c && (!person || tokens[a].l === 'a' || tokens[a].l === 'the')) return null;
  // a transcript speaker in capitals at the start of a paragraph, or a named source opening a headline
  // "The Latest: …" is a rubric, not a source
  if (tokens[a].l === 'the' && !person) return null;
  // a transcript's "Matthews: Well, …": a known person opening the sentence ("Said Ellis:" is an inverted cue, left to the verb patterns)
  if (!(paraStart && caps && c - a === 1) && !(headline && (person || (!caps && source.kind !== 'none'))) && !(person && a === u.a && !cuesForToken(tokens[a]))) return null;
  const speaker = source.speaker ?? (caps ? tokens[a].t : null);
  const b = trimEnd(tokens, c + 1, u.b);
  if (b <= c + 1) return null;
  // a body line "Clinton: 547." or "South Carolina: Andrew Collins, …" is a tally or a list, not words said
  if (!headline && !(paraStart && caps) && (b - c < 4 || tokens[c + 1].k === 'n' || listLike(tokens, c + 1, b))) return null;
  return draft(tokens[c + 1].s, tokens[b - 1].e, { start: tokens[c].s, end: tokens[c].e }, newSource(speaker, source.official, source.anonymous, source.a, source.b, source.kind), 'neutral');
}

/** Tokens [a, b) read as a list ("Andrew Collins, Antjuan Seawright, Barry Wynn"): a comma for every three words or fewer. */
function listLike(tokens: Token[], a: number, b: number): boolean {
  let words = 0;
  let commas = 0;
  for (let i = a; i < b; i++) {
    const k = tokens[i].k;
    if (k === 'w' || k === 'n') words++;
    else if (tokens[i].is(',')) commas++;
  }
  return commas > 0 && commas * 3 >= words;
}

/** "CONTENT — SOURCE" in a headline; in the body only after a quotation (""…" ― Name"). */
export function headlineDash(tokens: Token[], u: Unit, sctx: SourceContext, bodyQuotes: readonly Quote[] | null): Draft | null {
  for (let i = u.b - 2; i > u.a && u.b - i <= 8; i--) {
    if ((sctx.shapes[i] & PUNCT) === 0) continue;
    const t = tokens[i];
    if (t.k !== 'p' || !DASHES.has(t.t)) continue;
    const q = bodyQuotes ? isSpeechQuoteEnd(tokens, i - 1, bodyQuotes) : null;
    if (bodyQuotes && !q) return null;
    const source = resolveSource(sctx, i + 1, trimEnd(tokens, i + 1, u.b));
    if (source.kind === 'none' || source.kind === 'anon') return null;
    if (q) return draft(q.start, q.end, { start: t.s, end: t.e }, source, 'neutral');
    const b = trimEnd(tokens, u.a, i);
    if (b <= u.a) return null;
    return draft(tokens[u.a].s, tokens[b - 1].e, { start: t.s, end: t.e }, source, 'neutral');
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
export function passiveDraft(tokens: Token[], u: Unit, h: CueHit, sctx: SourceContext): Draft | null {
  let j = h.a - 1;
  while (j >= u.a && tokens[j].k === 'w' && PASSIVE_AUX.has(tokens[j].l)) j--;
  if (j < u.a || tokens[j].q >= 0 || (tokens[j].k !== 'w' && tokens[j].isNot(')'))) return null;
  let start: number;
  if (tokens[j].l === 'it' && h.b < u.b && tokens[h.b].l === 'that') start = h.b + 1;
  else {
    start = npLeft(tokens, j, u.a, sctx.mentionStart);
    if (start > j || tokens[start].l === 'it' || tokens[start].l === 'there' || tokens[start].l === 'this') return null;
  }
  // "The plan was rejected in May.": only a time or place follows, nothing is reported
  if (h.b < u.b && PASSIVE_ADJUNCT.has(tokens[h.b].l)) return null;
  let e = h.b;
  while (e < u.b && e - h.b < 60 && !(tokens[e].q < 0 && tokens[e].k === 'p' && (tokens[e].is(',') || tokens[e].is(';') || tokens[e].is(':') || tokens[e].is('(') || DASHES.has(tokens[e].t)))) e++;
  const b = trimEnd(tokens, start, e);
  if (b <= h.b) return null;
  return draft(tokens[start].s, tokens[b - 1].e, { start: tokens[h.a].s, end: tokens[h.a].e }, newSource(null, -1, false, h.a, h.a, 'none'), h.form.stance);
}

const NAME_LINKS = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'to', '&']);

/** "the bill, known as the Justice Act", "Burma, also known as Myanmar": the name something goes by is attributed to nobody named. */
export function knownAs(tokens: Token[], u: Unit, quotes: readonly Quote[], out: Draft[]): void {
  for (let i = u.a + 1; i + 2 < u.b; i++) {
    const t = tokens[i];
    if (t.k !== 'w' || t.l !== 'known' || t.q >= 0 || tokens[i + 1].l !== 'as') continue;
    let a = i + 2;
    if (tokens[a].l === 'the' && a + 1 < u.b) a++;
    const first = tokens[a];
    let end = -1;
    if (first.k === 'q' && first.q >= 0 && quotes[first.q]?.start === first.s) end = quotes[first.q].end;
    else if (first.k === 'w' && first.cap) {
      let e = a;
      while (e < u.b && tokens[e].q < 0 && (tokens[e].cap || tokens[e].k === 'n' || (tokens[e].k === 'w' && NAME_LINKS.has(tokens[e].l) && e + 1 < u.b && tokens[e + 1].cap))) e++;
      end = tokens[e - 1].e;
    }
    if (end < 0) continue;
    out.push(draft(tokens[i + 2].s, end, { start: t.s, end: tokens[i + 1].e }, newSource(null, -1, false, i, i, 'none'), 'neutral'));
  }
}
