import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';
import { serve } from '../../src/vscode/webAnalysisWorker';
import { webWorkerAnalyzer, type WebWorkerAnalyzer, type WebWorkerLike } from '../../src/vscode/webWorkerAnalyzer';
import { PendingReplies, type AnalysisRequest } from '../../src/vscode/workerProtocol';

const SCRIPT = 'https://example.test/ext/dist/webWorker.js';
const ARTICLE = [
  'Grain corridor reopens',
  '',
  'ODESA, June 2. Deputy Minister Petro Kovalenko said on Sunday that "ships are moving again."',
  '',
  'He added that "insurance costs remain high."',
].join('\n');

/** A stand-in for the browser's Worker: records what the client posts; the test answers. */
class FakeWorker implements WebWorkerLike {
  static made: FakeWorker[] = [];
  onmessage: WebWorkerLike['onmessage'] = null;
  onerror: WebWorkerLike['onerror'] = null;
  onmessageerror: WebWorkerLike['onmessageerror'] = null;
  posted: AnalysisRequest[] = [];
  terminated = false;
  constructor(readonly url: string, readonly options?: { name?: string }) {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown): void {
    this.posted.push(message as AnalysisRequest);
  }
  terminate(): void {
    this.terminated = true;
  }
  ready(): void {
    this.onmessage?.({ data: { id: 0 } });
  }
  reply(data: unknown): void {
    this.onmessage?.({ data });
  }
  fail(message?: string): void {
    this.onerror?.({ message, preventDefault: () => undefined });
  }
}

/** A fake Worker that runs the real worker script (its `serve`) and answers on a later task. */
class ScriptWorker extends FakeWorker {
  constructor(url: string, options?: { name?: string }) {
    super(url, options);
    const self = {
      onmessage: null as ((e: { data: unknown }) => void) | null,
      postMessage: (reply: unknown) => setTimeout(() => this.onmessage?.({ data: reply }), 0),
    };
    serve(self);
    this.postMessage = (message) => {
      this.posted.push(message as AnalysisRequest);
      setTimeout(() => self.onmessage?.({ data: message }), 0);
    };
  }
}

const analysisOf = (text: string) => ({ length: text.length }) as Analysis;
const flush = () => new Promise((r) => setTimeout(r, 0));
let client: WebWorkerAnalyzer | undefined;

afterEach(() => {
  client?.dispose();
  client = undefined;
  FakeWorker.made = [];
});

/** Waits until `n` fake workers exist (the client creates its worker asynchronously). */
async function workers(n: number): Promise<FakeWorker[]> {
  for (let i = 0; i < 50 && FakeWorker.made.length < n; i++) await flush();
  return FakeWorker.made;
}

describe('the web worker client', () => {
  it('starts one named worker from the script URL and routes each reply to its request', async () => {
    client = webWorkerAnalyzer(SCRIPT, { Worker: FakeWorker });
    const a = client.analyze('first article', {});
    const b = client.analyze('second, longer article', { published: '2025-06-02' });
    const [w] = await workers(1);
    await flush();
    expect(FakeWorker.made).toHaveLength(1);
    expect(w.url).toBe(SCRIPT);
    expect(w.options?.name).toBe('Article Lens analysis');
    expect(w.posted.map((m) => [m.text, m.options])).toEqual([['first article', {}], ['second, longer article', { published: '2025-06-02' }]]);
    w.ready();
    expect(client.mode).toBe('worker');
    w.reply({ id: w.posted[1].id, analysis: analysisOf('second, longer article') });
    w.reply({ id: 999, analysis: analysisOf('stray') });
    w.reply({ id: w.posted[0].id, analysis: analysisOf('first article') });
    expect(await a).toEqual({ length: 13 });
    expect(await b).toEqual({ length: 22 });
  });

  it('rejects a request the worker answers with an error, and keeps using the worker', async () => {
    client = webWorkerAnalyzer(SCRIPT, { Worker: FakeWorker });
    const a = client.analyze('x', {});
    const [w] = await workers(1);
    await flush();
    w.ready();
    w.reply({ id: w.posted[0].id, error: 'the core failed' });
    await expect(a).rejects.toThrow('the core failed');
    const b = client.analyze('yy', {});
    await flush();
    w.reply({ id: w.posted[1].id });
    await expect(b).rejects.toThrow('the analysis worker gave no result');
    expect(FakeWorker.made).toHaveLength(1);
    expect(w.terminated).toBe(false);
  });

  it('rejects the waiting requests when a started worker fails, then starts a new one', async () => {
    client = webWorkerAnalyzer(SCRIPT, { Worker: FakeWorker });
    const a = client.analyze('x', {});
    const [w] = await workers(1);
    w.ready();
    await flush();
    w.fail('out of memory');
    await expect(a).rejects.toThrow('the analysis worker failed: out of memory');
    expect(w.terminated).toBe(true);
    expect(client.mode).toBe('idle');
    const b = client.analyze('zz', {});
    const [, w2] = await workers(2);
    await flush();
    w2.ready();
    w2.reply({ id: w2.posted[0].id, analysis: analysisOf('zz') });
    expect(await b).toEqual({ length: 2 });
  });

  it('rejects the waiting requests when a reply cannot be read', async () => {
    client = webWorkerAnalyzer(SCRIPT, { Worker: FakeWorker });
    const a = client.analyze('x', {});
    const [w] = await workers(1);
    w.ready();
    await flush();
    w.onmessageerror?.({});
    await expect(a).rejects.toThrow('could not be read');
  });

  it('runs the core on this thread when there is no Worker', async () => {
    client = webWorkerAnalyzer(SCRIPT, { Worker: undefined });
    expect(await client.analyze(ARTICLE, {})).toEqual(analyze(ARTICLE, {}));
    expect(client.mode).toBe('host');
  });

  it('loads the script as a blob: URL when the host refuses its URL, and releases it once started', async () => {
    const revoked: string[] = [];
    class Picky extends FakeWorker {
      constructor(url: string, options?: { name?: string }) {
        if (!url.startsWith('blob:')) throw new Error('Creating workers from remote extensions is currently not supported.');
        super(url, options);
      }
    }
    client = webWorkerAnalyzer(SCRIPT, {
      Worker: Picky,
      scriptAsBlob: async (url) => ({ url: `blob:${url}`, revoke: () => revoked.push(url) }),
    });
    const a = client.analyze('abc', {});
    const [w] = await workers(1);
    expect(w.url).toBe(`blob:${SCRIPT}`);
    expect(revoked).toEqual([]);
    w.ready();
    expect(revoked).toEqual([SCRIPT]);
    await flush();
    w.reply({ id: w.posted[0].id, analysis: analysisOf('abc') });
    expect(await a).toEqual({ length: 3 });
  });

  it('runs the core on this thread when no worker can be made at all', async () => {
    class Broken extends FakeWorker {
      constructor(url: string) {
        super(url);
        throw new Error('SecurityError');
      }
    }
    client = webWorkerAnalyzer(SCRIPT, {
      Worker: Broken,
      scriptAsBlob: async () => {
        throw new Error('HTTP 404');
      },
    });
    expect(await client.analyze(ARTICLE, {})).toEqual(analyze(ARTICLE, {}));
    expect(client.mode).toBe('host');
  });

  it('answers the waiting requests on this thread when the worker fails before it starts, and stays there', async () => {
    client = webWorkerAnalyzer(SCRIPT, { Worker: FakeWorker });
    const a = client.analyze(ARTICLE, {});
    const b = client.analyze('Short text.', {});
    const [w] = await workers(1);
    await flush();
    w.fail();
    expect(w.terminated).toBe(true);
    expect(client.mode).toBe('host');
    expect(await a).toEqual(analyze(ARTICLE, {}));
    expect(await b).toEqual(analyze('Short text.', {}));
    expect(await client.analyze('More text.', {})).toEqual(analyze('More text.', {}));
    expect(FakeWorker.made).toHaveLength(1);
    w.reply({ id: w.posted[0].id, analysis: analysisOf('late') });
  });

  it('answers on this thread when the worker does not announce itself in time', async () => {
    client = webWorkerAnalyzer(SCRIPT, { Worker: FakeWorker, startTimeoutMs: 5 });
    const a = client.analyze(ARTICLE, {});
    expect(await a).toEqual(analyze(ARTICLE, {}));
    expect(client.mode).toBe('host');
    expect(FakeWorker.made[0].terminated).toBe(true);
  });

  it('terminates the worker and rejects waiting requests when disposed', async () => {
    client = webWorkerAnalyzer(SCRIPT, { Worker: FakeWorker });
    const a = client.analyze('x', {});
    const [w] = await workers(1);
    await flush();
    client.dispose();
    expect(w.terminated).toBe(true);
    await expect(a).rejects.toThrow('disposed');
    await expect(client.analyze('y', {})).rejects.toThrow('disposed');
  });

  it('gets the core analysis through the real worker script', async () => {
    client = webWorkerAnalyzer(SCRIPT, { Worker: ScriptWorker });
    const [a, b] = await Promise.all([client.analyze(ARTICLE, { published: '2025-06-02' }), client.analyze('None.', {})]);
    expect(a).toEqual(analyze(ARTICLE, { published: '2025-06-02' }));
    expect(a.officials.map((o) => o.name)).toContain('Petro Kovalenko');
    expect(b.length).toBe(5);
    expect(client.mode).toBe('worker');
  });
});

describe('PendingReplies', () => {
  it('unregisters and rejects a request whose sending throws', async () => {
    const p = new PendingReplies();
    await expect(p.request('x', {}, () => {
      throw new Error('DataCloneError');
    })).rejects.toThrow('DataCloneError');
    expect(p.size).toBe(0);
  });

  it('numbers requests from 1 and ignores replies with no id', async () => {
    const p = new PendingReplies();
    const ids: number[] = [];
    const a = p.request('a', {}, (r) => ids.push(r.id));
    void p.request('b', {}, (r) => ids.push(r.id));
    expect(ids).toEqual([1, 2]);
    p.settle(null);
    p.settle({ id: 0 });
    expect(p.size).toBe(2);
    p.settle({ id: 1, analysis: analysisOf('a') });
    expect(await a).toEqual({ length: 1 });
    expect(p.take().map((w) => w.request.text)).toEqual(['b']);
  });
});
