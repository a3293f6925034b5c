import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions } from '../core/types';
import { ARTICLE_LANGUAGE, currentSettings, onDidChangeSettings } from './config';
import { gateMessage, gateText, type GateResult, analysisKey, type Settings } from './model/settings';
import { LineIndex } from './model/lineIndex';
import { OUTLINE_MAX_CLAIMS } from './model/outline';
import { preparedOf, viewKey, viewOptions, type PreparedView, type ViewOptions } from './model/prepared';
import { TaskEmitter } from './model/taskEmitter';
import { hostProfile } from './profile';

/** The cached analysis of one document version. */
export interface AnalysisEntry {
  uri: vscode.Uri;
  version: number;
  key: string;
  /** Null when the document was not analysed (see `gate`). */
  analysis: Analysis | null;
  gate: GateResult;
  /** A user-facing reason when `analysis` is null. */
  message: string;
  text: string;
  lines: LineIndex;
  /** What the worker prepared for the surfaces with the analysis, if it did (see {@link AnalysisCache.prepared}). */
  prepared: PreparedView | undefined;
}

/**
 * Runs the core: in a worker thread (desktop) or a Web Worker (browser), else on this thread. A worker
 * also prepares the surfaces' data for `view` ({@link preparedOf} finds it by the analysis).
 */
export type AnalyzeFn = (text: string, options: AnalyzeOptions, view?: ViewOptions) => Promise<Analysis>;

interface Pending {
  version: number;
  timer: ReturnType<typeof setTimeout>;
  waiters: ((entry: AnalysisEntry | undefined) => void)[];
}

/**
 * One analysis per (document URI, version, analysis settings), shared by every surface.
 * The first request for a document analyses at once; edits re-analyse after a debounce; superseded
 * work is dropped. `onDidChangeAnalysis` fires once per new entry.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, AnalysisEntry>();
  private readonly pending = new Map<string, Pending>();
  private readonly overrides = new Set<string>();
  /** Analyses under way, at most one per document; a newer version's result replaces an older one. */
  private readonly running = new Map<string, { version: number; key: string; promise: Promise<AnalysisEntry> }>();
  private readonly emitter = new TaskEmitter<AnalysisEntry>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private settings: Settings = currentSettings();
  private analyzeText: AnalyzeFn | undefined;
  private loading: Promise<AnalyzeFn> | undefined;

  /**
   * Fires when a document's analysis (or its "not analysed" state) changes. Each listener runs in a
   * task of its own, so the surfaces refreshing on a large analysis never block the host all at once.
   */
  readonly onDidChangeAnalysis: vscode.Event<AnalysisEntry> = this.emitter.event;

  /** `loadAnalyzer` loads the analysis core on first use, keeping activation light. */
  constructor(private readonly loadAnalyzer: () => Promise<AnalyzeFn>) {
    this.subscriptions.push(
      this.emitter,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === ARTICLE_LANGUAGE && e.contentChanges.length > 0) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.languageId !== ARTICLE_LANGUAGE) this.forget(d.uri);
      }),
      onDidChangeSettings((s) => {
        const keyChanged = analysisKey(s) !== analysisKey(this.settings);
        this.settings = s;
        this.warnAboutSettings();
        this.refreshAll(keyChanged);
      }),
    );
    this.warnAboutSettings();
  }

  private shownProblems = '';

  /** Invalid settings entries are ignored (the defaults keep working), and said once. */
  private warnAboutSettings(): void {
    const problems = this.settings.problems.join(' ');
    if (problems && problems !== this.shownProblems) void vscode.window.showWarningMessage(`Article Lens: ${problems}`);
    this.shownProblems = problems;
  }

  /** What the surfaces' data depends on, under the current settings. */
  private viewOptions(): ViewOptions {
    return viewOptions(this.settings, OUTLINE_MAX_CLAIMS);
  }

  /**
   * The data the worker prepared for the surfaces with this entry's analysis, when it was prepared
   * for the current settings; undefined otherwise (the surface computes its data itself).
   */
  prepared(entry: AnalysisEntry): PreparedView | undefined {
    return entry.prepared && entry.prepared.key === viewKey(this.viewOptions()) ? entry.prepared : undefined;
  }

  /** The current settings (validated). */
  get currentSettings(): Settings {
    return this.settings;
  }

  /**
   * The entry for the document's current version; when there is none yet, starts its analysis and
   * returns undefined (an event follows). Undefined too for non-articles and while an edit is debounced.
   */
  get(document: vscode.TextDocument): AnalysisEntry | undefined {
    if (document.languageId !== ARTICLE_LANGUAGE) return undefined;
    if (!this.analyzeText) {
      void this.load();
      return undefined;
    }
    const id = document.uri.toString();
    const entry = this.entries.get(id);
    if (entry && entry.version === document.version && entry.key === analysisKey(this.settings)) return entry;
    if (entry && this.pending.has(id)) return undefined;
    void this.compute(document);
    return undefined;
  }

  /** The latest entry whatever its version (for views that may show a slightly older state). */
  peek(uri: vscode.Uri): AnalysisEntry | undefined {
    return this.entries.get(uri.toString());
  }

  /** The entry for the document's current version, waiting for a pending debounced analysis. */
  async getReady(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<AnalysisEntry | undefined> {
    if (document.languageId !== ARTICLE_LANGUAGE) return undefined;
    if (!this.analyzeText) await this.load();
    const now = this.get(document);
    if (now) return now;
    const p = this.pending.get(document.uri.toString());
    if (!p) return this.compute(document);
    const entry = await new Promise<AnalysisEntry | undefined>((resolve) => p.waiters.push(resolve));
    if (token?.isCancellationRequested || !entry || entry.version !== document.version) return undefined;
    return entry;
  }

  /** Analyses a document even above the size cap (the "Analyse Anyway" command). */
  async analyseAnyway(document: vscode.TextDocument): Promise<AnalysisEntry | undefined> {
    this.overrides.add(document.uri.toString());
    if (!this.analyzeText) await this.load();
    return this.compute(document);
  }

  /** Loads the analysis core once, then analyses the visible articles (their surfaces refresh). */
  private load(): Promise<AnalyzeFn> {
    this.loading ??= this.loadAnalyzer().then((fn) => {
      this.analyzeText = fn;
      for (const editor of vscode.window.visibleTextEditors) {
        const d = editor.document;
        if (d.languageId === ARTICLE_LANGUAGE && !this.entries.has(d.uri.toString())) void this.compute(d);
      }
      return fn;
    });
    return this.loading;
  }

  private compute(document: vscode.TextDocument): Promise<AnalysisEntry> {
    const id = document.uri.toString();
    this.cancel(id);
    const version = document.version;
    const key = analysisKey(this.settings);
    const running = this.running.get(id);
    if (running && running.version === version && running.key === key) return running.promise;
    const text = hostProfile.time('cache: document text', () => document.getText());
    hostProfile.mark('analysis requested');
    const gate = gateText(text, this.settings.maxFileSizeKB, this.overrides.has(id));
    const options: AnalyzeOptions = { lexicon: this.settings.lexicon };
    if (this.settings.publishedFallback) options.published = this.settings.publishedFallback;
    const analyse = gate.kind === 'ok' && this.analyzeText ? this.analyzeText(text, options, this.viewOptions()) : Promise.resolve(null);
    const promise = analyse.then(
      (analysis) => ({ analysis, message: gateMessage(gate) }),
      (err: unknown) => ({ analysis: null, message: `Article Lens could not analyse this document: ${err instanceof Error ? err.message : String(err)}` }),
    ).then(({ analysis, message }) => {
      hostProfile.mark('analysis arrived');
      const prepared = analysis ? preparedOf(analysis) : undefined;
      const lines = hostProfile.time('cache: line index', () => new LineIndex(text, prepared?.lines));
      const entry: AnalysisEntry = { uri: document.uri, version, key, analysis, gate, message, text, lines, prepared };
      if (this.running.get(id)?.promise === promise) this.running.delete(id);
      const current = this.entries.get(id);
      if (!document.isClosed && (!current || current.version <= version)) {
        this.entries.set(id, entry);
        this.emitter.fire(entry);
      }
      return entry;
    });
    this.running.set(id, { version, key, promise });
    return promise;
  }

  private schedule(document: vscode.TextDocument): void {
    const id = document.uri.toString();
    const previous = this.pending.get(id);
    const waiters = previous?.waiters ?? [];
    if (previous) clearTimeout(previous.timer);
    const timer = setTimeout(() => {
      const p = this.pending.get(id);
      this.pending.delete(id);
      if (document.isClosed) {
        for (const w of p?.waiters ?? []) w(undefined);
        return;
      }
      void (this.analyzeText ? Promise.resolve() : this.load())
        .then(() => this.compute(document))
        .then((entry) => {
          for (const w of p?.waiters ?? []) w(entry);
        });
    }, this.settings.debounceMs);
    this.pending.set(id, { version: document.version, timer, waiters });
  }

  private cancel(id: string): void {
    const p = this.pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(id);
    queueMicrotask(() => {
      const entry = this.entries.get(id);
      for (const w of p.waiters) w(entry);
    });
  }

  private forget(uri: vscode.Uri): void {
    const id = uri.toString();
    this.cancel(id);
    this.overrides.delete(id);
    this.entries.delete(id);
    this.running.delete(id);
  }

  /** Re-analyses (when the analysis settings changed) or re-announces every cached document. */
  private refreshAll(reanalyse: boolean): void {
    for (const d of vscode.workspace.textDocuments) {
      const entry = this.entries.get(d.uri.toString());
      if (!entry || d.languageId !== ARTICLE_LANGUAGE) continue;
      if (reanalyse || entry.gate.kind !== 'ok') void this.compute(d);
      else this.emitter.fire(entry);
    }
  }

  dispose(): void {
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    this.entries.clear();
    this.running.clear();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
