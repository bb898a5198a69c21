// A turn works on its own copy of the world: the state it started from is never changed (replays, branches, the odds
// and the turning points all play on from states they keep), and the copy is the whole world, nothing left out.
import { describe, expect, it } from 'vitest';
import { newGame, playTurn, RULE_SWITCHES } from '../../src/sim/index.ts';
import { controllersOf } from '../../src/sim/run.ts';
import { cloneWorld } from '../../src/sim/turn-context.ts';
import type { GameState, World } from '../../src/sim/index.ts';

/** Freezes an object and everything in it: any write to it then throws (modules run in strict mode). */
function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/** Every object and array reachable from a value. */
function objectsIn(x: unknown, out = new Set<object>()): Set<object> {
  if (x && typeof x === 'object' && !out.has(x)) {
    out.add(x);
    for (const v of Object.values(x)) objectsIn(v, out);
  }
  return out;
}

/** Worlds from every turn of many games: directors named, deadlines set, talks with terms on the table. */
function worldsOf(seeds: number): World[] {
  const out: World[] = [];
  for (let seed = 0; seed < seeds; seed++) {
    let s = newGame({ seed, rules: seed % 2 ? ['full-board'] : [], controllers: controllersOf() }, { lean: true });
    while (!s.outcome && s.turn <= 25) {
      out.push(s.world);
      s = playTurn(s, {}, { lean: true });
    }
  }
  return out;
}

describe('a turn works on its own copy of the world', () => {
  it('playing on from a frozen state never writes to it, and plays the same game as from a fresh one', () => {
    for (const rules of [[], ...RULE_SWITCHES.map((r) => [r])] as GameState['rules'][]) {
      for (let seed = 0; seed < 12; seed++) {
        let frozen = newGame({ seed, rules, controllers: controllersOf() });
        let free = newGame({ seed, rules, controllers: controllersOf() });
        while (!frozen.outcome && frozen.turn <= 25) {
          frozen = playTurn(deepFreeze(frozen), {});
          free = playTurn(free, {});
        }
        expect(frozen).toEqual(free);
      }
    }
  });

  it('the copy equals the world field for field, in the same order, and shares no object or list with it', () => {
    for (const w of worldsOf(20)) {
      const copy = cloneWorld(w);
      expect(JSON.stringify(copy)).toBe(JSON.stringify(w));
      const shared = [...objectsIn(copy)].filter((o) => objectsIn(w).has(o));
      expect(shared).toEqual([]);
    }
  });
});
