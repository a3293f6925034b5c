/**
 * What the analysis worker prepares for the editor's surfaces besides the analysis itself, so the
 * extension host only wraps ready data: the semantic tokens (encoded), the diagnostics and the Outline
 * with line/character positions, the Timeline's order and the line starts. It depends on the settings the surfaces
 * read (visible layers, diagnostic severities), sent with the request; a surface uses it only while
 * those settings are unchanged ({@link viewKey}) and computes its data itself otherwise.
 */
import type { Analysis } from '../../core/types';
import { LineIndex, lineStarts } from './lineIndex';
import { buildOutline, type OutlineKind } from './outline';
import { collectProblems, type Problem, type ProblemCode } from './problems';
import { LAYERS, type Layer, type Settings } from './settings';
import { semanticTokens } from './tokens';
import { timelineOrder } from './otherTrees';
import { stringTable } from './packAnalysis';

/** The settings the prepared data depends on. */
export interface ViewOptions {
  /** The highlight layers shown. */
  layers: Layer[];
  diagnostics: Settings['diagnostics'];
  /** Claims listed in the Outline. */
  outlineMaxClaims: number;
}

/** The view options of the current settings. */
export function viewOptions(settings: Settings, outlineMaxClaims: number): ViewOptions {
  const on = settings.highlight.enabled;
  return { layers: LAYERS.filter((l) => on && settings.highlight[l]), diagnostics: { ...settings.diagnostics }, outlineMaxClaims };
}

/** Equal for view options that give the same prepared data. */
export function viewKey(v: ViewOptions): string {
  const d = v.diagnostics;
  return `${LAYERS.filter((l) => v.layers.includes(l)).join(',')}|${d.unattributedQuote},${d.anonymousSource},${d.unbalancedQuote}|${v.outlineMaxClaims}`;
}

/** Ints per diagnostic: start line, start character, end line, end character, code, severity, message. */
export const PROBLEM_INTS = 7;
/** Ints per outline item: kind, then the range and the name's range (line, character ×4), name, detail. */
export const OUTLINE_INTS = 11;

const CODES: readonly ProblemCode[] = ['unattributed-quote', 'anonymous-source', 'unbalanced-quote'];
const SEVERITIES: readonly Problem['severity'][] = ['hint', 'information', 'warning', 'error'];
const KINDS: readonly OutlineKind[] = ['headline', 'dateline', 'claim', 'section'];

/** Data for the surfaces, computed next to the analysis. */
export interface PreparedView {
  /** {@link viewKey} of the options it was made for. */
  key: string;
  /** Semantic tokens of the layers shown, encoded for `vscode.SemanticTokens`. */
  tokens: Uint32Array;
  /** {@link PROBLEM_INTS} per diagnostic, in document order. */
  problems: Int32Array;
  /** {@link OUTLINE_INTS} per outline item. */
  outline: Int32Array;
  /** The messages, names and details the lists refer to. */
  strings: string[];
  /** Indices into `analysis.dates` in the Timeline's order. */
  timeline: Int32Array;
  /** Where the text's lines start (for the host's {@link LineIndex}). */
  lines: Int32Array;
}

/** One diagnostic, positions as line/character. */
export interface PreparedProblem {
  range: [number, number, number, number];
  code: ProblemCode;
  severity: Problem['severity'];
  message: string;
}

/** One outline entry, positions as line/character. */
export interface PreparedOutlineItem {
  name: string;
  detail: string;
  kind: OutlineKind;
  range: [number, number, number, number];
  nameRange: [number, number, number, number];
}

/** Computes the prepared view of `analysis` of `text` (in the worker). */
export function prepareView(analysis: Analysis, text: string, options: ViewOptions): PreparedView {
  const starts = lineStarts(text);
  const lines = new LineIndex(text, starts);
  const { strings, str } = stringTable();
  const at = (out: Int32Array, k: number, start: number, end: number) => {
    const a = lines.positionAt(start);
    const b = lines.positionAt(end);
    out[k] = a.line;
    out[k + 1] = a.character;
    out[k + 2] = b.line;
    out[k + 3] = b.character;
  };
  const list = collectProblems(analysis, options.diagnostics);
  const problems = new Int32Array(list.length * PROBLEM_INTS);
  list.forEach((p, i) => {
    const k = i * PROBLEM_INTS;
    at(problems, k, p.start, p.end);
    problems[k + 4] = CODES.indexOf(p.code);
    problems[k + 5] = SEVERITIES.indexOf(p.severity);
    problems[k + 6] = str(p.message);
  });
  const items = buildOutline(analysis, options.outlineMaxClaims);
  const outline = new Int32Array(items.length * OUTLINE_INTS);
  items.forEach((o, i) => {
    const k = i * OUTLINE_INTS;
    outline[k] = KINDS.indexOf(o.kind);
    at(outline, k + 1, o.start, o.end);
    at(outline, k + 5, o.nameStart, o.nameEnd);
    outline[k + 9] = str(o.name);
    outline[k + 10] = str(o.detail);
  });
  const shown = new Set(options.layers);
  return {
    key: viewKey(options),
    tokens: semanticTokens(analysis, lines, (l) => shown.has(l)),
    problems, outline, strings,
    timeline: Int32Array.from(timelineOrder(analysis)),
    lines: starts,
  };
}

/** The buffers of a prepared view, for `postMessage`'s transfer list. */
export function preparedTransferables(v: PreparedView): ArrayBuffer[] {
  return [v.tokens, v.problems, v.outline, v.timeline, v.lines].map((a) => a.buffer as ArrayBuffer);
}

/** Whether a value received from a worker has the shape of a prepared view (else it is ignored). */
export function isPreparedView(v: unknown): v is PreparedView {
  const x = v as Partial<PreparedView> | null;
  return !!x && typeof x.key === 'string' && x.tokens instanceof Uint32Array && x.problems instanceof Int32Array
    && x.outline instanceof Int32Array && x.timeline instanceof Int32Array && x.lines instanceof Int32Array && Array.isArray(x.strings)
    && x.problems.length % PROBLEM_INTS === 0 && x.outline.length % OUTLINE_INTS === 0;
}

const rangeAt = (a: Int32Array, k: number): [number, number, number, number] => [a[k], a[k + 1], a[k + 2], a[k + 3]];

/** Diagnostic `i` of a prepared view. */
export function preparedProblem(v: PreparedView, i: number): PreparedProblem {
  const k = i * PROBLEM_INTS;
  return { range: rangeAt(v.problems, k), code: CODES[v.problems[k + 4]] ?? 'unattributed-quote', severity: SEVERITIES[v.problems[k + 5]] ?? 'information', message: v.strings[v.problems[k + 6]] ?? '' };
}

/** The Outline of a prepared view. */
export function preparedOutline(v: PreparedView): PreparedOutlineItem[] {
  const out: PreparedOutlineItem[] = [];
  for (let k = 0; k < v.outline.length; k += OUTLINE_INTS) {
    out.push({
      kind: KINDS[v.outline[k]] ?? 'section', range: rangeAt(v.outline, k + 1), nameRange: rangeAt(v.outline, k + 5),
      name: v.strings[v.outline[k + 9]] ?? '', detail: v.strings[v.outline[k + 10]] ?? '',
    });
  }
  return out;
}

/** Prepared views received with analyses, by analysis (filled by the worker clients, read by the cache). */
const received = new WeakMap<Analysis, PreparedView>();

/** Notes the prepared view that came with `analysis`. */
export function attachPrepared(analysis: Analysis, view: PreparedView): void {
  received.set(analysis, view);
}

/** The prepared view that came with `analysis`, if any. */
export function preparedOf(analysis: Analysis): PreparedView | undefined {
  return received.get(analysis);
}
