/** Word tables of the dates layer (all keys lowercase). */

/** Month names and abbreviations → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9],
  ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Weekday names → ISO weekday (1 = Monday … 7 = Sunday). Abbreviations need a following period. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
]);
export const WEEKDAY_ABBR: ReadonlyMap<string, number> = new Map([
  ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6], ['sun', 7],
]);

/** Calendar units (singular and plural) → TIMEX3 unit letter. */
export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';
export const UNITS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ['seconds', 'S'], ['minute', 'MIN'], ['minutes', 'MIN'], ['hour', 'H'], ['hours', 'H'],
  ['day', 'D'], ['days', 'D'], ['week', 'W'], ['weeks', 'W'], ['fortnight', 'W'], ['weekend', 'WE'], ['weekends', 'WE'],
  ['month', 'M'], ['months', 'M'], ['quarter', 'Q'], ['quarters', 'Q'], ['year', 'Y'], ['years', 'Y'],
  ['decade', 'DE'], ['decades', 'DE'], ['century', 'CE'], ['centuries', 'CE'],
]);

/** Seasons → TIMEX3 season code. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** Parts of the day → TIMEX3 code. */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
]);

/** Cardinal number words. */
export const NUMBERS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['dozen', 12], ['half', 0.5],
]);

/** Vague quantities ("several years") → X. */
export const VAGUE_QUANT = new Set(['several', 'few', 'many', 'some', 'couple', 'numerous', 'coming', 'recent', 'past', 'next', 'last', 'previous', 'following']);

/** Ordinals for quarters, halves and days. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4],
]);

/** Vague temporal words → TIMEX3 value (all DATE). */
export const VAGUE: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['current', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['recent', 'PAST_REF'], ['future', 'FUTURE_REF'],
]);

/** Frequency adverbs → SET value. */
export const SET_WORDS: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['yearly', 'P1Y'],
  ['hourly', 'PT1H'], ['nightly', 'P1D'], ['biweekly', 'P2W'],
]);

/** Time zone abbreviations allowed after a clock time. */
export const ZONES = new Set(['edt', 'est', 'cdt', 'cst', 'mdt', 'mst', 'pdt', 'pst', 'gmt', 'utc', 'bst', 'cet', 'cest', 'msk', 'et', 'pt']);

/** Words that may precede the head of a time expression (the left scan stops at anything else). */
export const LEFT_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'last', 'next', 'past', 'coming', 'previous', 'following', 'current',
  'early', 'earlier', 'late', 'later', 'mid', 'recent', 'first', 'second', 'third', 'fourth', 'final', 'latest', 'same',
  'each', 'every', 'per', 'several', 'few', 'many', 'some', 'more', 'than', 'least', 'at', 'about', 'nearly', 'almost',
  'around', 'over', 'roughly', 'approximately', 'just', 'full', 'entire', 'whole', 'fiscal', 'year', 'ago', 'and',
  'another', 'additional', 'upcoming', 'end', 'beginning', 'middle', 'start', 'of', 'less', 'up', 'to', 'couple',
  'trading', 'business', 'right', 'sometime', 'near', 'calendar', 'straight', 'consecutive', 'initial', 'remaining', 'other', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'one', 'half', 'dozen', 'nineteen', 'year-earlier', 'year-ago', 'once', 'twice', 'times',
]);

/** Past-tense cues besides regular -ed verbs. */
export const PAST_CUES = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'met', 'made', 'took', 'gave', 'went', 'came', 'saw', 'held', 'began',
  'left', 'sent', 'spoke', 'wrote', 'won', 'lost', 'got', 'became', 'broke', 'fell', 'rose', 'hit', 'brought', 'bought',
  'sold', 'thought', 'knew', 'found', 'paid', 'led', 'ran', 'kept', 'fought', 'struck', 'shot', 'spent', 'stood',
  'ago', 'last', 'earlier', 'previous', 'previously', 'since', 'yesterday', 'came', 'flew', 'drew', 'grew', 'threw',
  'felt', 'heard', 'meant', 'won', 'sat', 'ate', 'wore', 'chose', 'froze', 'stole', 'woke', 'forgot', 'taught',
]);

/** Future-tense cues. */
export const FUTURE_CUES = new Set([
  'will', "'ll", 'shall', 'going', 'plans', 'planning', 'soon', 'expected', 'expects', 'expect', 'scheduled',
  'due', 'upcoming', 'next', 'tomorrow', 'intends', 'intend', 'slated', 'effective', 'payable', 'expire', 'expires', 'expiring', 'wants', 'hopes',
  'would', 'could', 'might', 'ahead', 'forthcoming', 'begins', 'starts', 'opens', 'ends',
]);

/** Words that are never past cues although they end in -ed. */
export const NOT_PAST_ED = new Set(['need', 'speed', 'feed', 'seed', 'red', 'bed', 'led', 'united', 'indeed', 'hundred', 'based', 'related', 'proposed', 'expected', 'scheduled', 'planned', 'armed', 'concerned', 'advanced', 'limited', 'detailed', 'interested', 'experienced', 'skilled', 'alleged', 'so-called', 'called', 'named', 'dubbed', 'titled', 'entitled']);

/** Direction words before a period: last/past/previous -1, this/current 0, next/coming/upcoming/following +1. */
export const DIR: Record<string, -1 | 0 | 1> = {
  last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1, upcoming: 1, following: 1,
};
