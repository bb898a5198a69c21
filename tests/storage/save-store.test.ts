// The save store with storage in memory: a game saved is the game loaded; a save it cannot use is set aside under
// its own key and never overwritten; a full or missing store, a newer version's save and another tab's right to
// write are reported, never thrown.
import { describe, expect, it } from 'vitest';
import { SaveStore, SAVE_KEY, SAVE_VERSION } from '../../src/storage/save.ts';
import type { WriteLock, WriteStatus } from '../../src/storage/write-lock.ts';
import { MemoryKV, NOW, NOW_ISO, playedGame, playToEnd, saveOf } from './games.ts';

const game = () => playedGame({ seed: 7, humans: ['employees'], turns: 3 });
const file = () => ({ humans: ['employees' as const], mode: 'play' as const, state: game() });
const ASIDE = `${SAVE_KEY}:corrupt:${NOW_ISO}`;

/** A write lock whose status the test sets. */
function fakeLock(status: WriteStatus): WriteLock & { status: WriteStatus } {
  return { status, ready: Promise.resolve(status), onChange: () => () => {}, release() {} };
}

describe('SaveStore', () => {
  it('loads the game it saved, which plays on to an ending', () => {
    const kv = new MemoryKV();
    const store = new SaveStore(kv, () => NOW);
    const f = file();
    expect(store.save(f)).toBeNull();
    const r = new SaveStore(kv, () => NOW).load();
    if (!r.ok || !r.save) throw new Error('no save');
    expect(r.save).toEqual({ version: SAVE_VERSION, savedAt: NOW_ISO, ...f });
    expect(playToEnd(r.save.state).outcome).not.toBeNull();
  });

  it('sets a save that is not JSON aside under a timestamped key and never overwrites it', () => {
    const kv = new MemoryKV();
    kv.data.set(SAVE_KEY, '{not json');
    const store = new SaveStore(kv, () => NOW);
    expect(store.load()).toEqual({ ok: false, problem: { kind: 'corrupt', movedTo: ASIDE } });
    expect(kv.data.get(ASIDE)).toBe('{not json');
    expect(kv.data.has(SAVE_KEY)).toBe(false);
    expect(store.save(file())).toBeNull();
    expect(kv.data.get(ASIDE)).toBe('{not json');
  });

  it('refuses to save at all when a bad save cannot be set aside', () => {
    const kv = new MemoryKV();
    kv.data.set(SAVE_KEY, 'garbage');
    kv.failWrites = 'all';
    const store = new SaveStore(kv, () => NOW);
    expect(store.load()).toEqual({ ok: false, problem: { kind: 'corrupt-stuck' } });
    kv.failWrites = 'none';
    expect(store.save(file())).toEqual({ kind: 'corrupt-stuck' });
    store.clear();
    expect(kv.data.get(SAVE_KEY)).toBe('garbage');
  });

  it('sets aside a bad save found at save time instead of writing over it', () => {
    const kv = new MemoryKV();
    const store = new SaveStore(kv, () => NOW);
    kv.data.set(SAVE_KEY, 'garbage written by something else');
    expect(store.save(file())).toBeNull();
    expect(kv.data.get(ASIDE)).toBe('garbage written by something else');
    expect(new SaveStore(kv, () => NOW).load().ok).toBe(true);
  });

  it('keeps two bad saves set aside in the same millisecond apart', () => {
    const kv = new MemoryKV();
    const store = new SaveStore(kv, () => NOW);
    kv.data.set(SAVE_KEY, 'first');
    store.load();
    kv.data.set(SAVE_KEY, 'second');
    store.load();
    expect([...kv.data.values()].sort()).toEqual(['first', 'second']);
  });

  it('reports a full store and a missing store without throwing', () => {
    const kv = new MemoryKV();
    kv.failWrites = 'quota';
    expect(new SaveStore(kv, () => NOW).save(file())).toEqual({ kind: 'full' });
    const none = new SaveStore(null);
    expect(none.available).toBe(false);
    expect(none.load()).toEqual({ ok: false, problem: { kind: 'unavailable' } });
    expect(none.save(file())).toEqual({ kind: 'unavailable' });
  });

  it('never writes a game that fails its own checks, and keeps the last good save', () => {
    const kv = new MemoryKV();
    const store = new SaveStore(kv, () => NOW);
    expect(store.save(file())).toBeNull();
    const good = kv.data.get(SAVE_KEY);
    const broken = game();
    broken.world.continuity = Number.NaN;
    const p = store.save({ humans: ['employees'], mode: 'play', state: broken });
    expect(p).toMatchObject({ kind: 'unsavable', reason: expect.stringContaining('state.world.continuity') });
    expect(kv.data.get(SAVE_KEY)).toBe(good);
  });

  it('clears a finished game, but not a save it could not read', () => {
    const kv = new MemoryKV();
    const store = new SaveStore(kv, () => NOW);
    store.save(file());
    store.clear();
    expect(kv.data.has(SAVE_KEY)).toBe(false);
    kv.data.set(SAVE_KEY, JSON.stringify({ ...saveOf(game(), ['employees']), version: SAVE_VERSION + 1 }));
    new SaveStore(kv, () => NOW).clear();
    expect(kv.data.has(SAVE_KEY)).toBe(true);
  });
});

describe('versions', () => {
  it('leaves a newer version\'s save where it is: not loaded, not overwritten, not cleared', () => {
    const kv = new MemoryKV();
    const newer = JSON.stringify({ version: SAVE_VERSION + 1, savedAt: NOW_ISO, whatever: 'a later shape' });
    kv.data.set(SAVE_KEY, newer);
    const store = new SaveStore(kv, () => NOW);
    expect(store.load()).toEqual({ ok: false, problem: { kind: 'newer-version' } });
    expect(store.save(file())).toEqual({ kind: 'newer-version' });
    store.clear();
    expect([...kv.data.entries()]).toEqual([[SAVE_KEY, newer]]);
    // Found only at save time, it is left alone too.
    const fresh = new SaveStore(kv, () => NOW);
    expect(fresh.save(file())).toEqual({ kind: 'newer-version' });
    expect(kv.data.get(SAVE_KEY)).toBe(newer);
  });

  it('brings a version 1 save of today\'s shape up to date', () => {
    const kv = new MemoryKV();
    const f = file();
    kv.data.set(SAVE_KEY, JSON.stringify({ ...saveOf(f.state, f.humans), version: 1 }));
    const r = new SaveStore(kv, () => NOW).load();
    expect(r).toMatchObject({ ok: true, migratedFrom: 1, save: { version: SAVE_VERSION, state: { turn: f.state.turn } } });
  });

  it('sets aside an older save that cannot be brought up to date, with the earlier-version message', () => {
    const kv = new MemoryKV();
    const old = JSON.stringify({ version: 1, savedAt: NOW_ISO, humans: ['employees'], mode: 'play', state: { turn: 3, log: [] } });
    kv.data.set(SAVE_KEY, old);
    const store = new SaveStore(kv, () => NOW);
    const aside = `${SAVE_KEY}:v1:${NOW_ISO}`;
    expect(store.load()).toMatchObject({ ok: false, problem: { kind: 'older-version', movedTo: aside } });
    expect(kv.data.get(aside)).toBe(old);
    expect(store.save(file())).toBeNull();
    expect(kv.data.get(aside)).toBe(old);
  });
});

describe('another tab', () => {
  it('a tab without the right to write reads the save but never writes, clears or moves it', () => {
    const kv = new MemoryKV();
    new SaveStore(kv, () => NOW).save(file());
    const saved = kv.data.get(SAVE_KEY);
    const lock = fakeLock('reader');
    const reader = new SaveStore(kv, () => NOW, lock);
    expect(reader.mayWrite).toBe(false);
    expect(reader.load().ok).toBe(true);
    expect(reader.save({ ...file(), state: playedGame({ seed: 8, humans: ['employees'], turns: 1 }) })).toEqual({ kind: 'other-tab' });
    reader.clear();
    expect(kv.data.get(SAVE_KEY)).toBe(saved);
    kv.data.set(SAVE_KEY, '{broken');
    expect(reader.load()).toEqual({ ok: false, problem: { kind: 'other-tab' } });
    expect([...kv.data.keys()]).toEqual([SAVE_KEY]);
    // The writing tab closed: this one took over.
    lock.status = 'writer';
    expect(reader.mayWrite).toBe(true);
    expect(reader.save(file())).toBeNull();
    expect(kv.data.get(ASIDE)).toBe('{broken');
  });
});
