// Saved games: a run saved under a name is the run loaded; the single save of version 2 is the autosave, beside the
// named saves; a named save that cannot be used is set aside and left out of the list; a full store keeps every
// save as it was; a tab without the right to write changes nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAVE_KEY, SAVE_VERSION } from '../../src/storage/save.ts';
import { SLOT_PREFIX, SlotStore } from '../../src/storage/slots.ts';
import type { WriteLock } from '../../src/storage/write-lock.ts';
import { MemoryKV, NOW, playedGame } from './games.ts';
import { saveFile } from './schema-shape.ts';

const run = (seed: number, turns: number) => ({ humans: ['board' as const], mode: 'play' as const, state: playedGame({ seed, humans: ['board'], turns }) });
const reader: WriteLock = { status: 'reader', ready: Promise.resolve('reader'), onChange: () => () => {}, release() {} };

describe('named saves', () => {
  it('saves a run under a name, lists it, and loads the same run back', () => {
    const kv = new MemoryKV();
    const a = run(3, 2);
    const saved = new SlotStore(kv, () => NOW).saveSlot('  Before the letter  ', a);
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    // Another page, later: the list names it, trimmed, and loading it gives the run as it was.
    const later = new SlotStore(kv, () => NOW + 1000);
    const { slots, problems } = later.list();
    expect(problems).toEqual([]);
    expect(slots).toMatchObject([{ id: saved.id, name: 'Before the letter', humans: ['board'], mode: 'play', turn: a.state.turn, outcome: null }]);
    const r = later.loadSlot(saved.id);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.save).toMatchObject({ version: SAVE_VERSION, name: 'Before the letter', ...a });
    // The autosave is apart: saving under a name wrote nothing there.
    expect(kv.data.has(SAVE_KEY)).toBe(false);
  });

  it('lists the newest first, renames without changing the date, replaces on request, and deletes', () => {
    const kv = new MemoryKV();
    let now = NOW;
    const store = new SlotStore(kv, () => now);
    const first = store.saveSlot('first', run(3, 1));
    now += 60_000;
    const second = store.saveSlot('second', run(4, 2));
    if (!first.ok || !second.ok) throw new Error('not saved');
    expect(store.list().slots.map((s) => s.name)).toEqual(['second', 'first']);
    now += 60_000;
    const before = store.list().slots.find((s) => s.id === first.id)!.savedAt;
    expect(store.renameSlot(first.id, 'renamed')).toBeNull();
    expect(store.list().slots.find((s) => s.id === first.id)).toMatchObject({ name: 'renamed', savedAt: before });
    const over = store.saveSlot('second', run(5, 3), second.id);
    expect(over).toEqual({ ok: true, id: second.id });
    expect(store.list().slots).toHaveLength(2);
    expect(store.deleteSlot(first.id)).toBeNull();
    expect(store.list().slots.map((s) => s.id)).toEqual([second.id]);
    expect(store.loadSlot(first.id)).toEqual({ ok: false, problem: { kind: 'gone' } });
  });

  it('refuses an empty or overlong name and writes nothing', () => {
    const kv = new MemoryKV();
    const store = new SlotStore(kv, () => NOW);
    expect(store.saveSlot('   ', run(3, 1))).toMatchObject({ ok: false, problem: { kind: 'unsavable' } });
    expect(store.saveSlot('x'.repeat(200), run(3, 1))).toMatchObject({ ok: false, problem: { kind: 'unsavable' } });
    expect(kv.data.size).toBe(0);
  });
});

describe('from the single save of version 3', () => {
  it('brings the old save up to date as the autosave, and named saves sit beside it', () => {
    const kv = new MemoryKV();
    const old = readFileSync(saveFile(3), 'utf8').trim();
    kv.data.set(SAVE_KEY, old);
    const store = new SlotStore(kv, () => NOW);
    const r = store.load();
    if (!r.ok || !r.save) throw new Error(JSON.stringify(r));
    expect(r.migratedFrom).toBe(3);
    expect(r.save.state).toEqual(JSON.parse(old).state);
    expect(store.list().slots).toEqual([]);
    // Kept under a name too: both are there, and the old one is still the autosave.
    const named = store.saveSlot('kept', { humans: r.save.humans, mode: r.save.mode, state: r.save.state });
    expect(named.ok).toBe(true);
    expect(store.list().slots.map((s) => s.name)).toEqual(['kept']);
    expect(store.load()).toMatchObject({ ok: true, save: { state: { turn: r.save.state.turn } } });
  });
});

describe('what goes wrong', () => {
  it('sets a corrupt named save aside, leaves it out of the list and says so; the others still load', () => {
    const kv = new MemoryKV();
    const store = new SlotStore(kv, () => NOW);
    const good = store.saveSlot('good', run(3, 1));
    if (!good.ok) throw new Error('not saved');
    kv.data.set(`${SLOT_PREFIX}broken1`, '{"version":3,"name":"half a');
    kv.data.set(`${SLOT_PREFIX}wrong2`, JSON.stringify({ version: SAVE_VERSION, savedAt: 'yesterday', name: 'x' }));
    const fresh = new SlotStore(kv, () => NOW);
    const { slots, problems } = fresh.list();
    expect(slots.map((s) => s.name)).toEqual(['good']);
    expect(problems.map((p) => p.kind).sort()).toEqual(['corrupt', 'invalid']);
    // Nothing lost: both bad texts are kept under keys of their own.
    expect([...kv.data.values()]).toContain('{"version":3,"name":"half a');
    expect(fresh.list()).toEqual({ slots, problems: [] });
    expect(fresh.loadSlot(good.id).ok).toBe(true);
  });

  it('a full store refuses the new save and keeps every save as it was', () => {
    const kv = new MemoryKV();
    const store = new SlotStore(kv, () => NOW);
    const a = store.saveSlot('a', run(3, 1));
    if (!a.ok) throw new Error('not saved');
    const before = new Map(kv.data);
    kv.failWrites = 'quota';
    expect(store.saveSlot('b', run(4, 2))).toEqual({ ok: false, problem: { kind: 'full' } });
    expect(store.saveSlot('a', run(4, 2), a.id)).toEqual({ ok: false, problem: { kind: 'full' } });
    expect(store.renameSlot(a.id, 'longer name')).toEqual({ kind: 'full' });
    expect(store.save(run(4, 2))).toEqual({ kind: 'full' });
    expect(kv.data).toEqual(before);
  });

  it('without storage, or in a tab that may not write, nothing is written and nothing thrown', () => {
    const none = new SlotStore(null);
    expect(none.list()).toEqual({ slots: [], problems: [] });
    expect(none.saveSlot('a', run(3, 1))).toEqual({ ok: false, problem: { kind: 'unavailable' } });
    const kv = new MemoryKV();
    const a = new SlotStore(kv, () => NOW).saveSlot('a', run(3, 1));
    if (!a.ok) throw new Error('not saved');
    const before = new Map(kv.data);
    const other = new SlotStore(kv, () => NOW, reader);
    expect(other.list().slots).toHaveLength(1);
    expect(other.saveSlot('b', run(4, 1))).toEqual({ ok: false, problem: { kind: 'other-tab' } });
    expect(other.renameSlot(a.id, 'b')).toEqual({ kind: 'other-tab' });
    expect(other.deleteSlot(a.id)).toEqual({ kind: 'other-tab' });
    expect(kv.data).toEqual(before);
  });
});
