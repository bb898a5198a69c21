// The right to write, where Web Locks is missing: tabs agree over a BroadcastChannel (Node has one, shared by every
// channel of the same name in the process, as tabs of one origin share theirs). Web Locks itself is tried in
// Chromium by tests/browser/save-store.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { claimWriteLock, type WriteLock, type WriteStatus } from '../../src/storage/write-lock.ts';

const open: WriteLock[] = [];
afterEach(() => {
  for (const l of open.splice(0)) l.release();
});

let n = 0;
function tab(name: string): WriteLock & { seen: WriteStatus[] } {
  const lock = Object.assign(claimWriteLock({ name, locks: null, channel: BroadcastChannel, claimMs: 60 }), { seen: [] as WriteStatus[] });
  lock.onChange((s) => lock.seen.push(s));
  open.push(lock);
  return lock;
}
const until = async (f: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!f()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('the write lock over a BroadcastChannel', () => {
  it('gives the right to the first tab; the second knows it, and takes over when the first leaves', async () => {
    const name = `test-lock-${n++}`;
    const first = tab(name);
    expect(await first.ready).toBe('writer');
    const second = tab(name);
    expect(await second.ready).toBe('reader');
    expect(first.status).toBe('writer');
    first.release();
    await until(() => second.status === 'writer');
    expect(second.seen).toEqual(['reader', 'pending', 'writer']);
  });

  it('leaves exactly one writer when two tabs claim at the same moment', async () => {
    const name = `test-lock-${n++}`;
    const tabs = [tab(name), tab(name), tab(name)];
    await Promise.all(tabs.map((t) => t.ready));
    await new Promise((r) => setTimeout(r, 150));
    expect(tabs.filter((t) => t.status === 'writer')).toHaveLength(1);
  });

  it('writes alone where there is neither Web Locks nor a channel (outside a browser)', async () => {
    const lock = claimWriteLock({ locks: null, channel: null });
    expect(lock.status).toBe('writer');
    expect(await lock.ready).toBe('writer');
    expect(claimWriteLock().status).toBe('writer');
  });
});
