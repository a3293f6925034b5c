/**
 * The data model of the analysis core: plain, serialisable data.
 * Every offset is a UTF-16 index into the analysed text (`start` inclusive, `end` exclusive).
 */

/** A half-open range of UTF-16 offsets into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

/** What a paragraph is in the article layout. */
export type ParagraphRole = 'headline' | 'header' | 'lead' | 'body' | 'boilerplate';

/** A paragraph: a run of non-blank lines (or a single line in one-line-per-paragraph agency copy). */
export interface Paragraph extends Span {
  role: ParagraphRole;
}

/** "WASHINGTON, February 7. /TASS/." or "LONDON (Reuters) -". */
export interface Dateline extends TextSpan {
  place: TextSpan | null;
  /** The date written in the dateline ("February 7"), if any. */
  date: TextSpan | null;
  /** The agency tag as written ("/TASS/.", "(Reuters)"), if any. */
  agency: TextSpan | null;
  /** Canonical agency name: "TASS", "Reuters", "AP", "AFP", "Interfax", … */
  agencyName: string | null;
}

/** The article's layout. Every part is optional: plain news text has only `paragraphs`. */
export interface ArticleStructure {
  headline: TextSpan | null;
  /** The header line "World February 07, 2022, 21:37": section name and timestamp. */
  header: TextSpan | null;
  section: TextSpan | null;
  timestamp: TextSpan | null;
  lead: TextSpan | null;
  dateline: Dateline | null;
  /** Trailing boilerplate such as "Read more on the site →". */
  boilerplate: TextSpan[];
  /** All paragraphs in order, each with its role. */
  paragraphs: Paragraph[];
}

/** Speech (someone said it) or a term in scare quotes (a label nobody is said to have uttered). */
export type QuoteKind = 'speech' | 'term';

/** A direct quotation, from its opening mark to its closing mark (both included). */
export interface Quote extends TextSpan {
  kind: QuoteKind;
  /** Canonical name of who said it, once attribution has run; null when the text does not say. */
  speaker: string | null;
  /** The opening and closing marks as written; `close` is null when the quote is unbalanced. */
  open: string;
  close: string | null;
  /** True when no closing mark was found: the span is bounded to the end of its paragraph. */
  unbalanced: boolean;
  /** A quotation that continues over several paragraphs (opening mark at each, closing at the end). */
  multiParagraph: boolean;
  /** Quotes nested inside this one (spans into the text; they are not separate items of the layer). */
  nested: Span[];
}

/** TIMEX3 type. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How a date's value was obtained. */
export type DateResolution =
  | 'absolute' // fully written out: "December 17, 2021"
  | 'publication' // relative to publication: "yesterday", "last week", "this year"
  | 'dateline' // the dateline's date, resolved against the publication time
  | 'tense-past' // underspecified, resolved to the past by tense ("said on Monday")
  | 'tense-future' // underspecified, resolved to the future by tense ("will meet on Monday")
  | 'nearest' // underspecified, no tense cue: nearest to publication
  | 'none'; // no anchor available: value is null or partial

/** A calendar-anchorable time expression. */
export interface DateMention extends TextSpan {
  type: TimexType;
  /** TIMEX3 value: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-MM-DDTHH:MM, P3D, … ; null when unknown. */
  value: string | null;
  /** True when the value depends on the publication time (yesterday, Monday, January 26, last week). */
  relative: boolean;
  resolution: DateResolution;
}

/** How an official or person is referred to in a mention. */
export type MentionKind = 'name' | 'title' | 'pronoun';

/** One reference to a person in the text. */
export interface PersonMention extends TextSpan {
  kind: MentionKind;
  /** True for the mention that carries the full title ("US Secretary of State Antony Blinken"). */
  titled?: boolean;
}

/** A named person, with their role where the text gives one. */
export interface Official {
  /** Stable id within one analysis, derived from the canonical name. */
  id: string;
  /** Canonical full name as the article first gives it. */
  name: string;
  title: string | null;
  org: string | null;
  /** Mentions containing the name (kind "name"), then role and pronoun references. */
  mentions: PersonMention[];
}

/** The stance a cue expresses about the claim it introduces. */
export type Stance = 'neutral' | 'emphatic' | 'contested' | 'negative';

/** An attributed statement: who (speaker) said what (content span) through which cue. */
export interface Claim extends TextSpan {
  id: string;
  cue: TextSpan | null;
  speaker: string | null;
  /** The official's id when the speaker is a person of the `officials` layer. */
  speakerId: string | null;
  /** The span of the source as written ("he", "Peskov", "sources"), if any. */
  source: TextSpan | null;
  anonymous: boolean;
  stance: Stance;
  /** Indices into `quotes` of the quotes inside the content. */
  quotes: number[];
  /** Index into `dates` of the statement's date ("said on Monday"), if the text gives one. */
  date: number | null;
}

/** Something noteworthy about the text itself (e.g. an unbalanced quote mark). */
export interface Notice extends Span {
  code: 'unbalanced-quote' | 'unattributed-quote' | 'anonymous-source' | 'truncated';
  message: string;
}

/** The result of `analyze`. */
export interface Analysis {
  /** Length of the analysed text, in UTF-16 code units. */
  length: number;
  /** Reference time (ISO "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"): from the header, else from the options. */
  published: string | null;
  publishedSource: 'header' | 'option' | null;
  structure: ArticleStructure;
  quotes: Quote[];
  dates: DateMention[];
  officials: Official[];
  claims: Claim[];
  notices: Notice[];
}

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** Reference time used when the header has none; ISO date or date-time. */
  published?: string;
  /** When true, `published` overrides the header's timestamp. */
  overridePublished?: boolean;
  /** Which layers to compute (all by default). */
  layers?: Partial<Record<'quotes' | 'dates' | 'people' | 'claims', boolean>>;
  /** User additions to the built-in lexicon of roles and officials. */
  lexicon?: LexiconExtension;
}

/** User additions to the people lexicon (from the editor settings). */
export interface LexiconExtension {
  /** Extra role nouns ("ombudsperson", "hetman"); the last word is the head. */
  titles?: string[];
  /** Known officials, recognised by their surname even without a first name or title. */
  officials?: Array<{ name: string; title?: string; org?: string }>;
}
