import { describe, expect, it } from 'vitest';
import { TaskEmitter, TaskQueue } from '../../src/vscode/model/taskEmitter';

/** A manual scheduler: `step()` runs one scheduled task. */
function manual() {
  const tasks: (() => void)[] = [];
  return {
    schedule: (fn: () => void) => tasks.push(fn),
    step: () => tasks.shift()?.(),
    get waiting() {
      return tasks.length;
    },
  };
}

describe('TaskEmitter', () => {
  it('runs one listener per task, in order, never during fire()', () => {
    const m = manual();
    const e = new TaskEmitter<number>(new TaskQueue(m.schedule));
    const seen: string[] = [];
    e.event((n) => seen.push(`a${n}`));
    e.event((n) => seen.push(`b${n}`));
    e.fire(1);
    e.fire(2);
    expect(seen).toEqual([]);
    expect(m.waiting).toBe(1);
    m.step();
    expect(seen).toEqual(['a1']);
    m.step();
    m.step();
    m.step();
    expect(seen).toEqual(['a1', 'b1', 'a2', 'b2']);
    expect(m.waiting).toBe(0);
  });

  it('skips listeners disposed before their turn; a throwing listener does not stop the others', () => {
    const m = manual();
    const errors: unknown[] = [];
    const e = new TaskEmitter<string>(new TaskQueue(m.schedule), (err) => errors.push(err));
    const seen: string[] = [];
    e.event(() => {
      throw new Error('boom');
    });
    const b = e.event((s) => seen.push(`b:${s}`));
    const c: { dispose(): void }[] = [];
    e.event(function (this: { tag: string }, s) {
      seen.push(`${this.tag}:${s}`);
    }, { tag: 'c' }, c);
    e.fire('x');
    b.dispose();
    while (m.waiting) m.step();
    expect(seen).toEqual(['c:x']);
    expect(errors).toHaveLength(1);
    c[0].dispose();
    e.fire('y');
    while (m.waiting) m.step();
    expect(seen).toEqual(['c:x']);
  });

  it('a listener that fires again queues behind the current event; dispose drops everything', () => {
    const m = manual();
    const e = new TaskEmitter<number>(new TaskQueue(m.schedule));
    const seen: number[] = [];
    e.event((n) => {
      seen.push(n);
      if (n < 3) e.fire(n + 1);
    });
    e.fire(1);
    while (m.waiting) m.step();
    expect(seen).toEqual([1, 2, 3]);
    e.fire(9);
    e.dispose();
    while (m.waiting) m.step();
    e.fire(10);
    expect(m.waiting).toBe(0);
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe('TaskEmitter.fireNow', () => {
  it('runs the listeners at once, in this task', () => {
    const m = manual();
    const e = new TaskEmitter<number>(new TaskQueue(m.schedule));
    const seen: number[] = [];
    e.event((n) => seen.push(n));
    e.fireNow(5);
    expect(seen).toEqual([5]);
    expect(m.waiting).toBe(0);
  });
});

describe('TaskQueue', () => {
  it('runs jobs one per task in order and gives back results and errors', async () => {
    const m = manual();
    const q = new TaskQueue(m.schedule);
    const order: string[] = [];
    const a = q.run(() => {
      order.push('a');
      return 1;
    });
    const b = q.run(() => {
      order.push('b');
      throw new Error('no');
    });
    q.push(() => order.push('c'));
    expect(order).toEqual([]);
    expect(q.pending).toBe(3);
    m.step();
    expect(order).toEqual(['a']);
    expect(m.waiting).toBe(1);
    m.step();
    m.step();
    expect(order).toEqual(['a', 'b', 'c']);
    expect(m.waiting).toBe(0);
    await expect(a).resolves.toBe(1);
    await expect(b).rejects.toThrow('no');
  });
});
