/**
 * Credits: the names of the people who wrote, reported or edited the article ("By Jane Doe",
 * "Reporting by …; Editing by …", "… contributed to this report", "Follow Jane Doe on Twitter").
 * They are no people the article is about, and never speakers of its claims.
 */
import { KIND_P, KIND_W, type TokenList } from './tokens';

/** Words of a credit before "by": "Reporting by", "Additional reporting by", "Editing by". */
const CREDIT_WORDS = new Set(['reporting', 'editing', 'writing', 'compiled', 'photos', 'photo', 'graphics', 'research', 'interviews']);
/** Words of a credit line's end: "Jane Doe, Reuters", "Jane Doe | Staff Writer". */
const CREDIT_TAILS = new Set(['reuters', 'ap', 'afp', 'tass', 'bloomberg', 'press', 'writer', 'correspondent', 'reporter', 'editor', 'staff', 'contributor', 'columnist']);
/** First words of a contact line: "Follow Jane Doe on Twitter @jdoe", "Email Jane Doe at …". */
const CONTACT_WORDS = new Set(['follow', 'email', 'e-mail', 'contact', 'reach', 'send', 'write', 'tweet']);
/** Words after "contributed" in a credit: "contributed reporting", "contributed to this report", "contributed from Albuquerque". */
const CONTRIBUTED_WHAT = new Set(['reporting', 'research', 'from', 'to']);
/** Punctuation a credit may follow within a line: "(Reporting by …", "…; Editing by …", "-- additional reporting from …". */
const CREDIT_OPENERS = ['(', ';', '.', '-', '--', '—', '–'];
/** Most tokens a credit's list of names spans ("Steve Holland and Jeff Mason in Washington and …"). */
const CHAIN = 16;
/** Longest line read as a byline ("By Jane Doe and John Roe, Associated Press"). */
const BYLINE_LINE = 100;

/** Token `j` is the first of its line. */
const lineStart = (tokens: TokenList, j: number): boolean => j === 0 || tokens.nl(j) > 0;

/** Token `j` links names in a credit's list: a comma, "and", "in", a capitalised word. */
function chainLink(tokens: TokenList, j: number): boolean {
  if (tokens.kind(j) === KIND_W) return tokens.cap(j) || tokens.isWord(j, 'and') || tokens.isWord(j, 'in');
  return tokens.kind(j) === KIND_P && tokens.is(j, ',');
}

/**
 * The name [a, b) is a credit: after "By" at the start of a short line or after "Reporting by" /
 * "Editing by" (in a list of names), before "contributed to this report", in a credit line ("Jane Doe,
 * Reuters") or a contact line ("Follow Jane Doe on Twitter @jdoe").
 */
export function bylineName(tokens: TokenList, text: string, a: number, b: number): boolean {
  return creditBefore(tokens, text, a) || contributedAfter(tokens, b) || creditLine(tokens, text, a, b) || contactLine(tokens, text, a);
}

function creditBefore(tokens: TokenList, text: string, a: number): boolean {
  let j = a - 1;
  for (let n = 0; j >= 0 && n < CHAIN && !lineStart(tokens, j + 1) && !tokens.isWord(j, 'by') && chainLink(tokens, j); n++) j--;
  if (j < 0 || lineStart(tokens, j + 1) || tokens.kind(j) !== KIND_W) return false;
  // "additional reporting from Jane Doe"
  const from = tokens.isWord(j, 'from') && j > 1 && tokens.isWord(j - 1, 'reporting') && tokens.isWord(j - 2, 'additional');
  if (!tokens.isWord(j, 'by') && !from) return false;
  if (lineStart(tokens, j)) return lineLength(text, tokens.s(j)) <= BYLINE_LINE && bylineRest(tokens, a);
  const w = j - 1;
  if (tokens.kind(w) !== KIND_W || !CREDIT_WORDS.has(tokens.l(w))) return false;
  // the credit opens its line or a bracket / clause: "(Reporting by …", "…; Editing by …", "Additional reporting by …"
  const o = w > 0 && !lineStart(tokens, w) && tokens.isWord(w - 1, 'additional') ? w - 1 : w;
  return lineStart(tokens, o) || (tokens.kind(o - 1) === KIND_P && CREDIT_OPENERS.includes(tokens.t(o - 1)));
}

function contributedAfter(tokens: TokenList, b: number): boolean {
  let j = b;
  for (let n = 0; j < tokens.length && n < CHAIN && tokens.nl(j) === 0 && chainLink(tokens, j) && !tokens.isWord(j, 'in'); n++) j++;
  if (j >= tokens.length || tokens.nl(j) > 0 || tokens.kind(j) !== KIND_W || !tokens.isWord(j, 'contributed')) return false;
  const nx = j + 1;
  if (nx >= tokens.length || tokens.nl(nx) > 0 || tokens.is(nx, '.')) return true;
  const w = tokens.l(nx);
  if (!CONTRIBUTED_WHAT.has(w)) return false;
  if (w !== 'to') return true;
  // "contributed to this report", not "contributed to the campaign"
  const r = nx + 2 < tokens.length ? tokens.l(nx + 2) : '';
  return r === 'report' || r === 'story' || r === 'article' || r === 'reporting';
}

/** Lower-case words a byline holds besides names ("By Jane Doe and John Roe of the Associated Press, staff writers"). */
const BYLINE_WORDS = new Set(['and', 'of', 'the', 'in', 'at', 'for', 'by', 'writer', 'writers', 'staff', 'correspondent', 'correspondents', 'reporter', 'reporters', 'editor', 'updated', 'published', 'posted', 'a.m', 'p.m']);

/** The rest of the "By …" line from token `a` holds names and credit words only, not a sentence ("By John Smith's account, it failed"). */
function bylineRest(tokens: TokenList, a: number): boolean {
  for (let j = a; j < tokens.length && (j === a || tokens.nl(j) === 0); j++) {
    if (tokens.kind(j) !== KIND_W || tokens.cap(j)) continue;
    if (!BYLINE_WORDS.has(tokens.l(j))) return false;
  }
  return true;
}

/** "Jane Doe, Reuters" / "Jane Doe | Staff Writer" alone on a line. */
function creditLine(tokens: TokenList, text: string, a: number, b: number): boolean {
  if (!lineStart(tokens, a) || b >= tokens.length || tokens.nl(b) > 0 || tokens.kind(b) !== KIND_P || !(tokens.is(b, ',') || tokens.is(b, '|'))) return false;
  if (lineLength(text, tokens.s(a)) > BYLINE_LINE) return false;
  let j = b + 1;
  let last = -1;
  for (let n = 0; j < tokens.length && tokens.nl(j) === 0 && n < 5; n++, j++) {
    if (tokens.kind(j) !== KIND_W || !tokens.cap(j)) return false;
    last = j;
  }
  return last > 0 && (j >= tokens.length || tokens.nl(j) > 0) && CREDIT_TAILS.has(tokens.l(last));
}

/** "Follow Jane Doe on Twitter @jdoe", "Send tips to Jane Doe jane.doe@…": a short line opening with a contact verb that names an account or address. */
function contactLine(tokens: TokenList, text: string, a: number): boolean {
  let j = a;
  for (let n = 0; j > 0 && n < CHAIN && !lineStart(tokens, j); n++) j--;
  if (!lineStart(tokens, j) || tokens.kind(j) !== KIND_W || !CONTACT_WORDS.has(tokens.l(j))) return false;
  const s = tokens.s(j);
  let e = text.indexOf('\n', s);
  if (e < 0) e = text.length;
  if (e - s > 2 * BYLINE_LINE) return false;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 64) return true;
  return text.slice(s, e).includes('Twitter');
}

/** Length of the line that holds position `pos` (from the line's start), read up to one more than {@link BYLINE_LINE}. */
function lineLength(text: string, pos: number): number {
  let s = pos;
  while (s > 0 && text.charCodeAt(s - 1) !== 10 && pos - s <= BYLINE_LINE) s--;
  let e = pos;
  while (e < text.length && text.charCodeAt(e) !== 10 && e - s <= BYLINE_LINE) e++;
  return e - s;
}
