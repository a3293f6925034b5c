import type { LexiconExtension } from '../../core/types';

/** Highlight layers that can be switched on and off. */
export type Layer = 'quotes' | 'dates' | 'officials' | 'claims';

/** All layers, in display order. */
export const LAYERS: readonly Layer[] = ['quotes', 'dates', 'officials', 'claims'];

/** Severity names accepted by the diagnostics settings. */
export type SeveritySetting = 'off' | 'hint' | 'information' | 'warning' | 'error';

/** How the Claims panel groups and sorts. */
export type GroupBy = 'speaker' | 'position' | 'stance';
export type SortBy = 'position' | 'speaker' | 'cue';

/** The extension's settings as plain, validated data. */
export interface Settings {
  highlight: { enabled: boolean } & Record<Layer, boolean>;
  debounceMs: number;
  maxFileSizeKB: number;
  publishedFallback: string | null;
  groupBy: GroupBy;
  sortBy: SortBy;
  followCursor: boolean;
  diagnostics: { unattributedQuote: SeveritySetting; anonymousSource: SeveritySetting; unbalancedQuote: SeveritySetting };
  /** The user's additions to the people lexicon (valid entries only). */
  lexicon: LexiconExtension;
  /** One sentence per ignored setting entry, for a warning; empty when everything was valid. */
  problems: string[];
}

/** The smallest debounce accepted: shorter delays re-analyse on every keystroke. */
export const MIN_DEBOUNCE_MS = 50;

/** The longest debounce accepted (the manifest's maximum). */
export const MAX_DEBOUNCE_MS = 5000;

const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Validates `lexicon.titles` and `lexicon.officials`: invalid entries are dropped and reported. */
export function readLexicon(get: (key: string) => unknown): { lexicon: LexiconExtension; problems: string[] } {
  const problems: string[] = [];
  const titles: string[] = [];
  const officials: NonNullable<LexiconExtension['officials']> = [];
  const rawTitles = get('lexicon.titles') ?? [];
  if (!Array.isArray(rawTitles)) problems.push('articleLens.lexicon.titles must be a list of words; ignored.');
  else rawTitles.forEach((t, i) => {
    const title = text(t);
    if (title) titles.push(title);
    else problems.push(`articleLens.lexicon.titles[${i}] is not a word or phrase; ignored.`);
  });
  const rawOfficials = get('lexicon.officials') ?? [];
  if (!Array.isArray(rawOfficials)) problems.push('articleLens.lexicon.officials must be a list of { "name", "title", "org" } entries; ignored.');
  else rawOfficials.forEach((o, i) => {
    const entry = o && typeof o === 'object' ? (o as Record<string, unknown>) : {};
    const name = text(entry.name);
    if (!name || !/\s/.test(name)) {
      problems.push(`articleLens.lexicon.officials[${i}] needs a "name" with first name and surname; ignored.`);
      return;
    }
    officials.push({ name, title: text(entry.title), org: text(entry.org) });
  });
  return { lexicon: { titles, officials }, problems };
}

/** Validates raw configuration values (`get('highlight.quotes')` …), applying defaults and floors. */
export function readSettings(get: (key: string) => unknown): Settings {
  const published = get('publishedFallback');
  const { lexicon, problems } = readLexicon(get);
  return {
    highlight: {
      enabled: bool(get('highlight.enabled'), true),
      quotes: bool(get('highlight.quotes'), true),
      dates: bool(get('highlight.dates'), true),
      officials: bool(get('highlight.officials'), true),
      claims: bool(get('highlight.claims'), true),
    },
    debounceMs: Math.max(MIN_DEBOUNCE_MS, Math.min(num(get('debounceMs'), 300), MAX_DEBOUNCE_MS)),
    maxFileSizeKB: Math.max(1, num(get('maxFileSizeKB'), 2048)),
    publishedFallback: typeof published === 'string' && ISO.test(published.trim()) ? published.trim() : null,
    groupBy: pick(get('claims.groupBy'), ['speaker', 'position', 'stance'], 'speaker'),
    sortBy: pick(get('claims.sortBy'), ['position', 'speaker', 'cue'], 'position'),
    followCursor: bool(get('claims.followCursor'), true),
    diagnostics: {
      unattributedQuote: pick(get('diagnostics.unattributedQuote'), SEVERITIES, 'information'),
      anonymousSource: pick(get('diagnostics.anonymousSource'), SEVERITIES, 'information'),
      unbalancedQuote: pick(get('diagnostics.unbalancedQuote'), SEVERITIES, 'warning'),
    },
    lexicon,
    problems,
  };
}

/** Whether a layer is shown, taking the master switch into account. */
export function layerVisible(settings: Settings, layer: Layer): boolean {
  return settings.highlight.enabled && settings.highlight[layer];
}

/** The part of the settings that changes the analysis itself (the cache key). */
export function analysisKey(settings: Settings): string {
  return `published=${settings.publishedFallback ?? ''};maxKB=${settings.maxFileSizeKB};lexicon=${JSON.stringify(settings.lexicon)}`;
}

/** Whether a document is analysed, and if not, why. */
export type GateResult =
  | { kind: 'ok' }
  | { kind: 'too-large'; sizeKB: number; limitKB: number }
  | { kind: 'binary' };

/**
 * Decides whether a text is analysed: texts with NUL characters are treated as binary, texts
 * above the size cap wait for an explicit "Analyse Anyway" (`override`).
 */
export function gateText(text: string, limitKB: number, override: boolean): GateResult {
  if (text.indexOf('\u0000') !== -1) return { kind: 'binary' };
  const sizeKB = Math.ceil(text.length / 1024);
  if (!override && text.length > limitKB * 1024) return { kind: 'too-large', sizeKB, limitKB };
  return { kind: 'ok' };
}

/** A user-facing sentence for a gate result other than "ok". */
export function gateMessage(result: GateResult): string {
  switch (result.kind) {
    case 'binary':
      return 'This file contains NUL characters and looks binary; Article Lens does not analyse it.';
    case 'too-large':
      return `Not analysed: ${result.sizeKB} KB is above the ${result.limitKB} KB limit (articleLens.maxFileSizeKB). Run "Analyse Anyway" to analyse it.`;
    default:
      return '';
  }
}
