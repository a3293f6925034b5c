/**
 * Name candidates: runs of capitalised name-shaped tokens ("Gennady Bezdetko", "Pham Minh Chinh",
 * "J. Smith"), cut where a country, organisation, role or place word stands, with the evidence
 * that makes each one a person (a title, an honorific, a known first name, a speech verb).
 */
import { classifyToken, cuesForToken, firstNameGenderOf, isSurname, ORG_HEADS, PLACE_WORDS, type Lexicon } from '../lexicon';
import { CAP_WORD, NL_BEFORE, CUE_AFTER, CUE_AFTER_KNOWN, CUE_BEFORE, CUE_BEFORE_KNOWN, type Token, type TokenList, type Tokenized } from './tokens';
import { WordFilter } from '../lexicon/filter';

/** A run of name tokens [a, b). */
export interface NameSegment {
  a: number;
  b: number;
  /** Lower-cased words of the name. */
  words: string[];
  /** First token is a known first name. */
  firstName: boolean;
  sentenceInitial: boolean;
  /** Written in capitals (a wire headline): links to people named elsewhere, never founds one. */
  caps: boolean;
}

const CONNECTORS = new Set(['bin', 'al', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'du', 'dos', 'das', 'ibn', 'el', 'ter', 'bint']);
const CONNECTOR_MAX = Math.max(...[...CONNECTORS].map((w) => w.length));
const ADVERBS = new Set(['also', 'earlier', 'later', 'then', 'again', 'further', 'previously', 'repeatedly', 'has', 'had', 'have', 'was', 'is', 'would', 'will', 'once', 'recently', 'reportedly', 'publicly', 'openly', 'clearly', 'firmly', 'not', 'never', 'only', 'still', 'already', 'had', 'even']);

/** The token is written in capitals (ASCII letters checked by code, others by case mapping). */
const ADVERB_FILTER = new WordFilter(ADVERBS);
/** Capitalised words opening a newspaper's name: the Daily Norland, the Evening Standard. */
const MASTHEADS = new Set(['daily', 'weekly', 'evening', 'morning']);
/**
 * Speech verbs whose subject is nearly always a person ("Figueroa said", "said Peskov"): the cues an
 * organisation takes as well ("Microsoft ordered", "the court ruled", "Apple listed") are no evidence that a
 * capitalised word is a name.
 */
const PERSON_CUES = new Set(('say tell add note stress insist warn claim argue explain recall reply respond ask write tweet admit ' +
  'acknowledge deny complain urge vow pledge promise predict suggest confirm emphasize emphasise underline recount quip joke ' +
  'shout exclaim retort yell muse concede testify wonder lament boast scoff remark comment spoke mention state').split(' '));

function allCaps(t: Token): boolean {
  const n = t.e - t.s;
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const c = t.code(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127) {
      const ch = String.fromCharCode(c);
      if (ch !== ch.toUpperCase()) return false;
    }
  }
  return letters >= 2 || n >= 2;
}

/** True when token `i` is shaped like part of a name. */
export function nameShaped(tokens: TokenList, sent: Int32Array, i: number, lex: Lexicon): boolean {
  const t = tokens.get(i);
  if (t.k !== 'w' || !t.cap) return false;
  const n = t.e - t.s;
  const dot = t.code(n - 1) === 46;
  // an initial: "J.", "S."
  if (n === 2 && dot) return true;
  if (n === 1) return false;
  if (!dot && allCaps(t)) return capsAllowed(tokens, sent, i, lex);
  if (dot && n > 2) return false;
  return classifyToken(t, lex) === 'name';
}

/** An all-capitals word counts in a capitals line (a wire headline "SHEARER NAMED AS …"); it then only links to people named elsewhere. */
function capsAllowed(tokens: TokenList, sent: Int32Array, i: number, lex: Lexicon): boolean {
  const t = tokens.get(i);
  if (t.e - t.s < 3 || classifyToken(t, lex) !== 'name') return false;
  const prev = i > 0 ? tokens.get(i - 1) : undefined;
  const next = i + 1 < tokens.length ? tokens.get(i + 1) : undefined;
  const capsNeighbour = (x: Token | undefined, j: number) => !!x && sent[j] === sent[i] && x.k === 'w' && x.e - x.s > 1 && allCaps(x);
  return capsNeighbour(prev, i - 1) || capsNeighbour(next, i + 1) || (!!prev && prev.k === 'p' && sent[i - 1] === sent[i]);
}

function isSentenceStart(tokens: TokenList, sent: Int32Array, i: number): boolean {
  if (i === 0) return true;
  const p = tokens.get(i - 1);
  if (sent[i - 1] !== sent[i]) return true;
  return (p.k === 'q' || p.is('(') || p.is('—') || p.is('-')) && (i < 2 || sent[i - 2] !== sent[i]);
}

/** Finds every run of name-shaped tokens; `flags` come from tokenize() (only capitalised words are read). */
export function nameSegments(tokens: TokenList, flags: Uint8Array, sent: Int32Array, lex: Lexicon): NameSegment[] {
  const out: NameSegment[] = [];
  let i = 0;
  while (i < tokens.length) {
    if ((flags[i] & CAP_WORD) === 0 || !nameShaped(tokens, sent, i, lex) || headlineCue(tokens.get(i))) {
      i++;
      continue;
    }
    let b = i + 1;
    for (;;) {
      if (b < tokens.length && (flags[b] & (CAP_WORD | NL_BEFORE)) === CAP_WORD && sent[b] === sent[i] && nameShaped(tokens, sent, b, lex) && !headlineCue(tokens.get(b))) {
        b++;
        continue;
      }
      if (b + 1 < tokens.length && (flags[b + 1] & (CAP_WORD | NL_BEFORE)) === CAP_WORD && tokens.get(b).e - tokens.get(b).s <= CONNECTOR_MAX && CONNECTORS.has(tokens.get(b).t) && nameShaped(tokens, sent, b + 1, lex)) {
        b += 2;
        continue;
      }
      break;
    }
    // "Minister for Fisheries Johan Ek", "High Commissioner for Human Rights Volker Turk": a capitalised title
    // complement before the name is not part of it (the name starts at a first name, else takes the last two words)
    if (b - i > 2 && !firstNameGenderOf(tokens.get(i))) {
      let k = i + 1;
      while (k < b - 1 && !(firstNameGenderOf(tokens.get(k)) && tokens.get(k).e - tokens.get(k).s > 2)) k++;
      if (k < b - 1) i = k;
      else if (i > 0 && tokens.get(i - 1).k === 'w' && (tokens.get(i - 1).l === 'for' || tokens.get(i - 1).l === 'of' || tokens.get(i - 1).l === 'on')) i = b - 2;
    }
    // sized up front: a list grown by push() starts with room for 16 words
    const words: string[] = new Array<string>(b - i);
    for (let j = i; j < b; j++) words[j - i] = tokens.get(j).l;
    let caps = true;
    for (let j = i; j < b && caps; j++) caps = tokens.get(j).e - tokens.get(j).s > 2 && allCaps(tokens.get(j));
    out.push({ a: i, b, words, firstName: !!firstNameGenderOf(tokens.get(i)) && b - i > 1, sentenceInitial: isSentenceStart(tokens, sent, i), caps });
    i = b;
  }
  return out;
}

/**
 * A capitalised present-tense speech verb of a title-case headline ("Trump Says …", "Clinton Slams Trump
 * Over …", "…, Says Putin"): it ends a name and starts none.
 */
function headlineCue(t: Token): boolean {
  return t.lastCode === 115 && t.len >= 4 && oneWordVerbCue(t, false);
}

/** The segment is glued to an organisation or place word ("Hofstra University", "Kerch Strait"). */
export function partOfOrgOrPlace(tokens: TokenList, sent: Int32Array, seg: NameSegment, lex: Lexicon): boolean {
  const nx = tokens.get(seg.b);
  if (nx && nx.k === 'w' && nx.cap && nx.nl === 0) {
    const c = classifyToken(nx, lex);
    if (c === 'org' || c === 'place' || c === 'geo' || ORG_HEADS.has(nx.l) || PLACE_WORDS.has(nx.l)) return true;
  }
  if (seg.b - seg.a >= 2 && MASTHEADS.has(tokens.get(seg.a).l)) return true;
  const pv = tokens.get(seg.a - 1);
  if (pv && !seg.firstName && pv.k === 'w' && pv.cap && !isSentenceStart(tokens, sent, seg.a - 1)) {
    const c = classifyToken(pv, lex);
    if (c === 'place' || (c === 'stop' && (pv.l === 'new' || pv.l === 'great')) || MASTHEADS.has(pv.l)) return true;
  }
  return false;
}

/** The token after the name (adverbs skipped) is a speech verb: "Figueroa said", "Peskov earlier slammed" (memoised in the flags). */
export function cueAfter(tk: Tokenized, b: number): boolean {
  const { list: tokens, flags } = tk;
  if (b >= tokens.length) return false;
  const m = flags[b];
  if ((m & CUE_AFTER_KNOWN) !== 0) return (m & CUE_AFTER) !== 0;
  const r = cueAfterNow(tokens, tk.sent, b);
  flags[b] = m | CUE_AFTER_KNOWN | (r ? CUE_AFTER : 0);
  return r;
}

/** {@link cueAfter} / {@link cueBefore} with a speech verb of {@link PERSON_CUES}: evidence that the words are a person's name. */
export function personCueAround(tk: Tokenized, a: number, b: number): boolean {
  return (cueAfter(tk, b) && cueAfterNow(tk.list, tk.sent, b, true)) || (cueBefore(tk, a) && cueBeforeNow(tk, a, true));
}

function cueAfterNow(tokens: TokenList, sent: Int32Array, b: number, person = false): boolean {
  let i = b;
  for (let n = 0; n < 3 && i < tokens.length && tokens.get(i).k === 'w' && ADVERB_FILTER.maybe(tokens.get(i).lowHash) && ADVERBS.has(tokens.get(i).l); n++) i++;
  const t = tokens.get(i);
  if (!t || t.k !== 'w' || t.cap || t.nl > 0 || (b > 0 && sent[i] !== sent[b - 1])) return false;
  const forms = cuesForToken(t);
  return !!forms && forms.some((f) => !f.base && f.kind === 'verb' && (!person || PERSON_CUES.has(f.lemma)));
}

/** The token before `a` is a speech verb: `"…," said Peskov` (memoised in the flags). */
export function cueBefore(tk: Tokenized, a: number): boolean {
  const { list: tokens, flags } = tk;
  if (a <= 0 || a >= tokens.length) return false;
  const m = flags[a];
  if ((m & CUE_BEFORE_KNOWN) !== 0) return (m & CUE_BEFORE) !== 0;
  const r = cueBeforeNow(tk, a, false);
  flags[a] = m | CUE_BEFORE_KNOWN | (r ? CUE_BEFORE : 0);
  return r;
}

function cueBeforeNow(tk: Tokenized, a: number, person: boolean): boolean {
  const tokens = tk.list;
  const t = tokens.get(a - 1);
  if (t.k !== 'w' || tokens.get(a).nl !== 0 || tk.sent[a - 1] !== tk.sent[a]) return false;
  return oneWordVerbCue(t, person);
}

/** Whether the token is an inflected one-word speech verb ("said", "slams"), of {@link PERSON_CUES} when `person`. */
function oneWordVerbCue(t: Token, person: boolean): boolean {
  const forms = cuesForToken(t);
  return !!forms && forms.some((f) => !f.base && f.kind === 'verb' && f.words.length === 1 && (!person || PERSON_CUES.has(f.lemma)));
}

/** Evidence that a lone capitalised word is a surname. */
export function likelySurname(word: string): boolean {
  return isSurname(word);
}
