import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';
import { serve, type WorkerScope } from '../../src/vscode/webAnalysisWorker';
import { unpackAnalysis } from '../../src/vscode/model/packAnalysis';
import { answer, type AnalysisReply, type AnalysisRequest } from '../../src/vscode/workerProtocol';

const ARTICLE = [
  'Port deal delayed',
  '',
  'RIGA, May 6. Transport Minister Anna Berzina said on Tuesday that "the contract will be signed in June."',
  '',
  'Officials said the delay was technical.',
].join('\n');

/** A stand-in for the worker's `self`: records what the worker posts. */
function scope(): WorkerScope & { posted: AnalysisReply[]; transfers: ArrayBuffer[][]; sent: Map<number, string> } {
  const posted: AnalysisReply[] = [];
  const transfers: ArrayBuffer[][] = [];
  return { onmessage: null, postMessage: (reply, transfer) => { posted.push(reply); transfers.push(transfer ?? []); }, posted, transfers, sent: new Map() };
}

/** Sends a request to the worker scope, remembering its text (the host unpacks against it). */
function send(s: ReturnType<typeof scope>, data: AnalysisRequest): void {
  s.sent.set(data.id, data.text);
  s.onmessage?.({ data });
}

/** The analysis a reply carries (packed, against the text of its request). */
function analysisIn(s: ReturnType<typeof scope>, reply: AnalysisReply): Promise<Analysis | undefined> {
  return reply.packed ? unpackAnalysis(reply.packed, s.sent.get(reply.id) ?? '', async (fn) => fn()) : Promise.resolve(reply.analysis);
}

describe('the web analysis worker', () => {
  it('does nothing when imported outside a worker', () => {
    expect((globalThis as { onmessage?: unknown }).onmessage ?? null).toBeNull();
  });

  it('announces itself, then answers a request with the core analysis of its text', async () => {
    const s = scope();
    serve(s);
    expect(s.posted).toEqual([{ id: 0 }]);
    send(s, { id: 7, text: ARTICLE, options: { published: '2025-05-06' } });
    expect(s.posted).toHaveLength(2);
    const reply = s.posted[1];
    expect(reply.id).toBe(7);
    expect(reply.error).toBeUndefined();
    expect(reply.packed?.claims.length).toBeGreaterThan(0);
    expect(s.transfers[1]).toHaveLength(7);
    const got = await analysisIn(s, reply);
    expect(got).toEqual(analyze(ARTICLE, { published: '2025-05-06' }));
    expect(got?.officials.map((o) => o.name)).toContain('Anna Berzina');
    expect(got?.quotes[0]?.text).toBe('"the contract will be signed in June."');
  });

  it('answers requests in the order they come, each with its own id', async () => {
    const s = scope();
    serve(s);
    send(s, { id: 2, text: ARTICLE, options: {} });
    send(s, { id: 1, text: 'No quotes here.', options: {} });
    const got = await Promise.all(s.posted.slice(1).map(async (r) => [r.id, (await analysisIn(s, r))?.length]));
    expect(got).toEqual([[2, ARTICLE.length], [1, 15]]);
  });

  it('turns a failing analysis into an error reply instead of throwing', () => {
    const s = scope();
    serve(s, () => {
      throw new Error('boom');
    });
    s.onmessage?.({ data: { id: 3, text: ARTICLE, options: {} } });
    expect(s.posted[1]).toEqual({ id: 3, error: 'boom' });
  });

  it('answers malformed messages with an error, never a throw', () => {
    const s = scope();
    serve(s);
    for (const data of [null, undefined, 'text', 42, {}, { id: 4 }, { id: 5, text: 12 }]) s.onmessage?.({ data });
    const replies = s.posted.slice(1);
    expect(replies).toHaveLength(7);
    for (const r of replies) {
      expect(r.analysis).toBeUndefined();
      expect(r.packed).toBeUndefined();
      expect(r.error).toBe('the request holds no text');
    }
    expect(replies.map((r) => r.id)).toEqual([-1, -1, -1, -1, -1, 4, 5]);
  });
});

describe('answer', () => {
  it('defaults missing options and reports non-Error throws', () => {
    const seen: unknown[] = [];
    const ok = answer((text, options) => {
      seen.push(options);
      return { length: text.length } as Analysis;
    }, { id: 1, text: 'abc' });
    expect(ok).toEqual({ id: 1, analysis: { length: 3 } });
    expect(seen).toEqual([{}]);
    expect(answer(() => {
      throw 'plain';
    }, { id: 2, text: 'x', options: {} })).toEqual({ id: 2, error: 'plain' });
  });
});
