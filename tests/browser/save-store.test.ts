// The save store on its own (no browser): a corrupt save is set aside and never overwritten, a full store and a
// missing store are reported, never thrown.
import { describe, expect, it } from 'vitest';
import { SaveStore, SAVE_KEY, isSaveFile } from '../../src/storage/save.ts';
import type { KV } from '../../src/storage/store.ts';
import { newGame, PARTIES, type Controller, type PartyId } from '../../src/sim/index.ts';

class MemoryKV implements KV {
  data = new Map<string, string>();
  failWrites: 'none' | 'quota' | 'all' = 'none';
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.failWrites === 'quota') throw new DOMException('full', 'QuotaExceededError');
    if (this.failWrites === 'all') throw new Error('write refused');
    this.data.set(k, v);
  }
  removeItem(k: string) { this.data.delete(k); }
}

function state() {
  const controllers = {} as Record<PartyId, Controller>;
  for (const p of PARTIES) controllers[p] = p === 'employees' ? 'human' : 'default';
  return newGame({ seed: 7, rules: [], controllers });
}

const NOW = Date.UTC(2023, 10, 17, 20, 0, 0);

describe('SaveStore', () => {
  it('saves and loads a game', () => {
    const kv = new MemoryKV();
    const store = new SaveStore(kv, () => NOW);
    expect(store.save({ humans: ['employees'], mode: 'play', state: state() })).toBeNull();
    const r = store.load();
    expect(r.ok && r.save?.state.seed).toBe(7);
    expect(r.ok && isSaveFile(r.save)).toBe(true);
  });

  it('sets a corrupt save aside under a timestamped key and does not overwrite it', () => {
    const kv = new MemoryKV();
    kv.data.set(SAVE_KEY, '{not json');
    const store = new SaveStore(kv, () => NOW);
    const r = store.load();
    expect(r).toEqual({ ok: false, problem: { kind: 'corrupt', movedTo: `${SAVE_KEY}:corrupt:2023-11-17T20:00:00.000Z` } });
    expect(kv.data.get(`${SAVE_KEY}:corrupt:2023-11-17T20:00:00.000Z`)).toBe('{not json');
    expect(kv.data.has(SAVE_KEY)).toBe(false);
    expect(store.save({ humans: ['employees'], mode: 'play', state: state() })).toBeNull();
    expect(kv.data.get(`${SAVE_KEY}:corrupt:2023-11-17T20:00:00.000Z`)).toBe('{not json');
  });

  it('treats well-formed JSON of the wrong shape as corrupt', () => {
    const kv = new MemoryKV();
    kv.data.set(SAVE_KEY, JSON.stringify({ version: 1, savedAt: 'x', humans: ['nobody'], mode: 'play', state: {} }));
    const r = new SaveStore(kv, () => NOW).load();
    expect(r.ok).toBe(false);
  });

  it('refuses to save at all when a corrupt save cannot be set aside', () => {
    const kv = new MemoryKV();
    kv.data.set(SAVE_KEY, 'garbage');
    kv.failWrites = 'all';
    const store = new SaveStore(kv, () => NOW);
    expect(store.load()).toEqual({ ok: false, problem: { kind: 'corrupt-stuck' } });
    kv.failWrites = 'none';
    expect(store.save({ humans: ['employees'], mode: 'play', state: state() })).toEqual({ kind: 'corrupt-stuck' });
    expect(kv.data.get(SAVE_KEY)).toBe('garbage');
  });

  it('sets aside a corrupt save found at save time instead of writing over it', () => {
    const kv = new MemoryKV();
    const store = new SaveStore(kv, () => NOW);
    kv.data.set(SAVE_KEY, 'garbage written by something else');
    expect(store.save({ humans: ['employees'], mode: 'play', state: state() })).toBeNull();
    expect(kv.data.get(`${SAVE_KEY}:corrupt:2023-11-17T20:00:00.000Z`)).toBe('garbage written by something else');
    expect(isSaveFile(JSON.parse(kv.data.get(SAVE_KEY)!))).toBe(true);
  });

  it('reports a full store and a missing store without throwing', () => {
    const kv = new MemoryKV();
    kv.failWrites = 'quota';
    expect(new SaveStore(kv, () => NOW).save({ humans: ['employees'], mode: 'play', state: state() })).toEqual({ kind: 'full' });
    const none = new SaveStore(null);
    expect(none.available).toBe(false);
    expect(none.load()).toEqual({ ok: false, problem: { kind: 'unavailable' } });
    expect(none.save({ humans: ['employees'], mode: 'play', state: state() })).toEqual({ kind: 'unavailable' });
  });
});
