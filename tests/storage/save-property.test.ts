// Random damage to real saves: whatever one mutation does, the save is either sound, and then its game plays on to
// an ending, or it is refused and kept aside untouched. Never a save loaded that then breaks the game.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SaveStore, SAVE_KEY, SAVE_VERSION } from '../../src/storage/save.ts';
import { MemoryKV, NOW, playedGame, playToEnd, saveOf } from './games.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const GAMES = [
  saveOf(playedGame({ seed: 3, humans: ['employees'], turns: 5 }), ['employees']),
  saveOf(playedGame({ seed: 4, humans: ['board', 'altman'], turns: 9, rules: ['full-board', 'microsoft-board-seat'] }), ['board', 'altman']),
  saveOf(playedGame({ seed: 5, humans: ['board'], turns: 0 }), ['board']),
];

/** Every place in a JSON tree, as the keys that lead to it. */
function places(x: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(x)) x.forEach((y, i) => places(y, [...at, i], out));
  else if (x && typeof x === 'object') for (const k of Object.keys(x)) places(x[k], [...at, k], out);
  return out;
}

type Mutation = { kind: 'set'; value: Json } | { kind: 'delete' } | { kind: 'add'; key: string; value: Json };

const hostile = fc.oneof(
  fc.constantFrom<Json>(-1, 0, 1, 26, 100, 101, 0.5, -0.5, 1e308, -1e308, 2 ** 32, '', 'x', '85', null, true, false, [], {}, [{}]),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: hostile.map((value) => ({ kind: 'set' as const, value })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'delete' as const }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('__proto__', 'constructor', 'extra', 'turn', 'staff'), hostile).map(([key, value]) => ({ kind: 'add' as const, key, value })) },
);

/** The save with one mutation at one place, as text (so a `__proto__` key is a real key of the text). */
function mutate(save: Json, at: (string | number)[], m: Mutation): string {
  const copy = structuredClone(save) as Json;
  if (at.length === 0) return JSON.stringify(m.kind === 'set' ? m.value : copy);
  let parent = copy as any;
  for (const k of at.slice(0, -1)) parent = parent[k];
  const last = at[at.length - 1];
  const marker = '"__mutation_marker__"';
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (m.kind === 'set') {
    parent[last] = marker;
  } else {
    const target = parent[last];
    if (!target || typeof target !== 'object' || Array.isArray(target)) return JSON.stringify(copy);
    target['__added__'] = marker;
    return JSON.stringify(copy).replace(`"__added__":${marker}`, `${JSON.stringify(m.key)}:${JSON.stringify(m.value)}`);
  }
  return JSON.stringify(copy).replace(marker, JSON.stringify(m.kind === 'set' ? m.value : null));
}

describe('a randomly damaged save', () => {
  it('is either sound and playable to an ending, or refused and kept aside', () => {
    const cases = fc.integer({ min: 0, max: GAMES.length - 1 }).chain((g) => {
      const all = places(GAMES[g] as unknown as Json);
      return fc.tuple(fc.constant(g), fc.constantFrom(...all), mutation);
    });
    let loaded = 0;
    let refused = 0;
    fc.assert(
      fc.property(cases, ([g, at, m]) => {
        const raw = mutate(GAMES[g] as unknown as Json, at, m);
        const kv = new MemoryKV();
        kv.data.set(SAVE_KEY, raw);
        const store = new SaveStore(kv, () => NOW);
        const r = store.load();
        if (r.ok) {
          if (!r.save) throw new Error('a save was there');
          loaded++;
          expect(r.save.version).toBe(SAVE_VERSION);
          expect(playToEnd(r.save.state).outcome).not.toBeNull();
          expect(store.save({ humans: r.save.humans, mode: r.save.mode, state: r.save.state })).toBeNull();
        } else if (r.problem.kind === 'newer-version') {
          expect([...kv.data.entries()]).toEqual([[SAVE_KEY, raw]]);
        } else {
          refused++;
          expect(['invalid', 'corrupt', 'older-version']).toContain(r.problem.kind);
          const aside = (r.problem as { movedTo: string }).movedTo;
          expect(kv.data.get(aside)).toBe(raw);
          expect(kv.data.has(SAVE_KEY)).toBe(false);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 400, seed: 20231117 },
    );
    // Both sides were reached: mutations inside the ranges load, the others are refused.
    expect(loaded).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(100);
  });
});
