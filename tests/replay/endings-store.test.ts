// The endings gallery's store: endings reached are kept across page loads, a broken record of any kind is ignored
// (no crash, nothing shown as reached) and replaced by the next ending, and storage that fails never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../src/sim/index.ts';
import { ENDINGS_KEY, EndingsStore, readReached } from '../../src/replay/endings-store.ts';
import { MemoryKV } from '../storage/games.ts';

const NOW = Date.UTC(2023, 10, 21, 22, 0, 0);

describe('the endings store', () => {
  it('keeps each ending reached, with when it was first and last reached and how often', () => {
    const kv = new MemoryKV();
    let now = NOW;
    const store = new EndingsStore(kv, () => now);
    expect(store.reached()).toEqual({});
    store.record('merger');
    now += 60_000;
    store.record('merger');
    store.record('collapse');
    const again = new EndingsStore(kv, () => now).reached();
    expect(Object.keys(again).sort()).toEqual(['collapse', 'merger']);
    expect(again.merger).toEqual({ first: new Date(NOW).toISOString(), last: new Date(now).toISOString(), times: 2 });
    expect(again.collapse?.times).toBe(1);
  });

  it('ignores a broken record, then starts a fresh one at the next ending', () => {
    for (const bad of ['{', '[]', 'null', '{"version":2,"reached":{}}', '{"version":1,"reached":{"nowhere":{"first":"2023-11-17T20:00:00.000Z","last":"2023-11-17T20:00:00.000Z","times":1}}}',
      '{"version":1,"reached":{"merger":{"first":"<img src=x>","last":"x","times":1}}}', '{"version":1,"reached":{"merger":{"first":"2023-11-17T20:00:00.000Z","last":"2023-11-17T20:00:00.000Z","times":-3}}}',
      `{"version":1,"reached":{},"pad":"${'x'.repeat(20_000)}"}`]) {
      const kv = new MemoryKV();
      kv.setItem(ENDINGS_KEY, bad);
      const store = new EndingsStore(kv, () => NOW);
      expect(store.reached(), bad.slice(0, 40)).toEqual({});
      store.record('stalemate');
      expect(Object.keys(store.reached())).toEqual(['stalemate']);
    }
  });

  it('never copies a key of the stored text’s own making, __proto__ included', () => {
    const raw = '{"version":1,"reached":{"__proto__":{"polluted":true},"merger":{"first":"2023-11-17T20:00:00.000Z","last":"2023-11-17T20:00:00.000Z","times":1}}}';
    const r = readReached(raw);
    expect(r === null || Object.keys(r).every((k) => (OUTCOMES as readonly string[]).includes(k))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on storage that fails, and keeps nothing then', () => {
    const kv = new MemoryKV();
    kv.failWrites = 'quota';
    const store = new EndingsStore(kv, () => NOW);
    expect(() => store.record('merger')).not.toThrow();
    expect(store.reached()).toEqual({});
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => undefined };
    expect(new EndingsStore(broken).reached()).toEqual({});
    expect(() => new EndingsStore(broken).record('merger')).not.toThrow();
    expect(new EndingsStore(null).reached()).toEqual({});
  });

  it('reads any text without throwing, and what it reads is only endings the game has', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant('{"version":1,"reached":{}}')), (text) => {
        const r = readReached(text);
        if (r !== null) for (const [k, e] of Object.entries(r)) expect(OUTCOMES).toContain(k), expect(e!.times).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
