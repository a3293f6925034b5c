import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../src/core/types';

/** A minimal stand-in for the parts of the `vscode` API the cache uses. */
const h = vi.hoisted(() => {
  type Listener = (e: unknown) => void;
  const listeners: Record<string, Listener[]> = {};
  const on = (name: string) => (l: Listener) => {
    (listeners[name] ??= []).push(l);
    return { dispose: () => undefined };
  };
  const config: Record<string, unknown> = {};
  class EventEmitter<T> {
    private ls: ((e: T) => void)[] = [];
    event = (l: (e: T) => void) => {
      this.ls.push(l);
      return { dispose: () => undefined };
    };
    fire(e: T) {
      for (const l of this.ls) l(e);
    }
    dispose() {}
  }
  const vscode = {
    EventEmitter,
    Disposable: { from: (...ds: { dispose(): void }[]) => ({ dispose: () => ds.forEach((d) => d.dispose()) }) },
    workspace: {
      onDidChangeTextDocument: on('change'),
      onDidCloseTextDocument: on('close'),
      onDidOpenTextDocument: on('open'),
      onDidChangeConfiguration: on('config'),
      getConfiguration: () => ({ get: (k: string) => config[k] }),
      textDocuments: [] as unknown[],
    },
    window: { visibleTextEditors: [] as unknown[] },
  };
  return { listeners, config, vscode };
});
vi.mock('vscode', () => h.vscode);

import { AnalysisCache } from '../../src/vscode/cache';

let serial = 0;
function doc(text: string, languageId = 'article') {
  const id = `untitled:Untitled-${++serial}`;
  const d = {
    uri: { toString: () => id },
    languageId,
    version: 1,
    isClosed: false,
    text,
    getText: () => d.text,
  };
  return d;
}
type Doc = ReturnType<typeof doc>;

function edit(d: Doc, text: string) {
  d.text = text;
  d.version++;
  for (const l of h.listeners.change ?? []) l({ document: d, contentChanges: [{}] });
}

const EMPTY = (text: string): Analysis => ({
  length: text.length, published: null, publishedSource: null,
  structure: { headline: null, header: null, section: null, timestamp: null, lead: null, dateline: null, boilerplate: [], paragraphs: [] },
  quotes: [], dates: [], officials: [], claims: [], notices: [],
});

describe('AnalysisCache', () => {
  let calls: string[];
  let cache: AnalysisCache;
  let events: number;
  const analyzer = async (text: string): Promise<Analysis> => {
    calls.push(text);
    if (text.includes('BOOM')) throw new Error('boom');
    return EMPTY(text);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    for (const k of Object.keys(h.listeners)) delete h.listeners[k];
    for (const k of Object.keys(h.config)) delete h.config[k];
    calls = [];
    events = 0;
  });
  afterEach(() => {
    cache.dispose();
    vi.useRealTimers();
  });
  const make = () => {
    cache = new AnalysisCache(async () => analyzer);
    cache.onDidChangeAnalysis(() => events++);
  };

  it('analyses an article once per version and ignores other languages', async () => {
    make();
    const d = doc('Some article text.');
    const e1 = await cache.getReady(d as never);
    const e2 = await cache.getReady(d as never);
    expect(e1?.analysis?.length).toBe(18);
    expect(e2).toBe(e1);
    expect(calls).toHaveLength(1);
    // Listeners run in a task of their own after the entry is stored.
    expect(events).toBe(0);
    await vi.runAllTimersAsync();
    expect(events).toBe(1);
    expect(await cache.getReady(doc('x', 'plaintext') as never)).toBeUndefined();
  });

  it('debounces edits: several quick edits give one analysis of the latest version', async () => {
    h.config.debounceMs = 200;
    make();
    const d = doc('v1');
    await cache.getReady(d as never);
    edit(d, 'v2');
    edit(d, 'v3');
    const ready = cache.getReady(d as never);
    expect(cache.get(d as never)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(199);
    expect(calls).toEqual(['v1']);
    await vi.advanceTimersByTimeAsync(1);
    const entry = await ready;
    expect(calls).toEqual(['v1', 'v3']);
    expect(entry?.version).toBe(3);
  });

  it('enforces the debounce floor', async () => {
    h.config.debounceMs = 1;
    make();
    expect(cache.currentSettings.debounceMs).toBe(50);
  });

  it('keeps articles above the size cap visible and analyses them on request', async () => {
    h.config.maxFileSizeKB = 1;
    make();
    const d = doc('x'.repeat(2000));
    const entry = await cache.getReady(d as never);
    expect(entry?.analysis).toBeNull();
    expect(entry?.gate.kind).toBe('too-large');
    expect(entry?.message).toContain('Analyse Anyway');
    expect(calls).toHaveLength(0);
    const forced = await cache.analyseAnyway(d as never);
    expect(forced?.analysis?.length).toBe(2000);
  });

  it('reports binary text and analyser failures as messages, never throws', async () => {
    make();
    const bin = await cache.getReady(doc('a\u0000b') as never);
    expect(bin?.gate.kind).toBe('binary');
    const failing = await cache.getReady(doc('BOOM') as never);
    expect(failing?.analysis).toBeNull();
    expect(failing?.message).toContain('boom');
  });
});
