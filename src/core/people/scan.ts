/**
 * The character level of tokenize(): character classes, the end of a word (with the abbreviations and
 * initials that keep their period) and the end of a number, read from the text without building strings.
 */

const ABBREV = new Set(
  'mr mrs ms dr gen col lt sgt capt adm maj sen rep gov pres st jr sr inc corp co ltd no vs jan feb mar apr jun jul aug sep sept oct nov dec prof rev cmdr messrs mt ft gov govt dept est approx fig'.split(
    ' ',
  ),
);
/** ABBREV words as base-27 numbers of their letters (a = 1 … z = 26), so a word is looked up without building a string. */
const ABBREV_KEYS = new Set([...ABBREV].map((w) => abbrevKey(w, 0, w.length)));

/** The base-27 key of text[i, j) lowercased, or -1 when it holds anything but ASCII letters. */
function abbrevKey(text: string, i: number, j: number): number {
  let key = 0;
  for (let p = i; p < j; p++) {
    const c = text.charCodeAt(p) | 32;
    if (c < 97 || c > 122) return -1;
    key = key * 27 + (c - 96);
  }
  return key;
}

/** Same as ABBREV.has(text.slice(i, j).toLowerCase()) for j - i <= 5 (only the Kelvin sign lowercases into ASCII, to 'k', which no abbreviation holds). */
function isAbbrev(text: string, i: number, j: number): boolean {
  const key = abbrevKey(text, i, j);
  return key >= 0 && ABBREV_KEYS.has(key);
}
/** "said no.": a "No." that no number follows is the word and its period, not the abbreviation of "No. 5". */
function bareNo(text: string, i: number, j: number, n: number): boolean {
  if (j - i !== 2 || (text.charCodeAt(i) | 32) !== 110 || (text.charCodeAt(i + 1) | 32) !== 111) return false;
  let k = j + 1;
  while (k < n && k - j <= 2 && text.charCodeAt(k) === 32) k++;
  const c = k < n ? text.charCodeAt(k) : 0;
  return !(c >= 48 && c <= 57);
}
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
/** Character class bits: a lower-case or other letter, an upper-case letter, a digit, a space. */
const LOW = 1;
export const UP = 2;
export const LETTER_BITS = LOW | UP;
export const DIGIT = 4;
export const SPACE = 8;
/** Classes of the first 0x0530 code points (Latin, Greek, Cyrillic): one table read per character. */
export const CLASS = new Uint8Array(0x530);
for (let c = 0; c < CLASS.length; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = UPPER.test(ch) ? UP : LETTER.test(ch) ? LOW : c >= 48 && c <= 57 ? DIGIT : 0;
}
for (const c of [32, 10, 13, 9, 160, 12]) CLASS[c] = SPACE;

/** The class bits of any code unit (the table for the first 0x0530). */
export function charClass(c: number): number {
  if (c < 0x530) return CLASS[c];
  if (c === 0x2009 || c === 0x202f) return SPACE;
  // surrogates, and General Punctuation (dashes, curly quotes: no letters there)
  if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x2000 && c <= 0x206f)) return 0;
  const ch = String.fromCharCode(c);
  return UPPER.test(ch) ? UP : LETTER.test(ch) ? LOW : 0;
}
/** A letter of any script. */
export function isLetter(c: number): boolean {
  return ((c < 0x530 ? CLASS[c] : charClass(c)) & LETTER_BITS) !== 0;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** A straight or typographic quotation mark, or an apostrophe. */
export function isQuoteMark(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x2039 || c === 0x203a;
}

/** The end of the word starting at `i` (its first letter read), and whether it holds an upper-case letter after the first (bit 0 of the returned end × 2). */
export function wordEnd(text: string, i: number, n: number): number {
  let upper = 0;
  let j = i + 1;
  while (j < n) {
    const d = text.charCodeAt(j);
    const dc = d < 0x530 ? CLASS[d] : charClass(d);
    if ((dc & (LETTER_BITS | DIGIT)) !== 0) {
      upper |= dc & UP;
      j++;
      continue;
    }
    // only a hyphen or an apostrophe before a letter continues the word
    if (d !== 45 && d !== 0x2011 && d !== 0x2019 && d !== 39) break;
    if (j + 1 >= n || !isLetter(text.charCodeAt(j + 1))) break;
    if (d === 45 || d === 0x2011) {
      j++;
      continue;
    }
    // possessive ’s is its own token; other apostrophes stay inside the word (doesn’t, O’Neil)
    const nx = text.charCodeAt(j + 1);
    if ((nx === 115 || nx === 83) && !(j + 2 < n && isLetter(text.charCodeAt(j + 2)))) break;
    j++;
  }
  // abbreviations and initials keep their period: "Mr.", "J.", "U.S."
  if (j < n && text.charCodeAt(j) === 46 && (j - i === 1 || (j - i <= 3 && j + 2 < n && isLetter(text.charCodeAt(j + 1)) && text.charCodeAt(j + 2) === 46) || (j - i <= 5 && isAbbrev(text, i, j) && !bareNo(text, i, j, n)))) {
    j++;
    while (j + 1 < n && isLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) {
      if ((charClass(text.charCodeAt(j)) & UP) !== 0) upper = UP;
      j += 2;
    }
  }
  return j * 2 + (upper !== 0 ? 1 : 0);
}

/** The end of the number starting at `i`, times two, plus one when it holds an upper-case letter. */
export function numberEnd(text: string, i: number, n: number): number {
  let j = i + 1;
  let upper = 0;
  while (j < n) {
    const d = text.charCodeAt(j);
    const dc = d < 0x530 ? CLASS[d] : charClass(d);
    if ((dc & (LETTER_BITS | DIGIT)) !== 0) {
      upper |= dc & UP;
      j++;
    } else if ((d === 44 || d === 46 || d === 58 || d === 45) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j++;
    else break;
  }
  return j * 2 + (upper !== 0 ? 1 : 0);
}
