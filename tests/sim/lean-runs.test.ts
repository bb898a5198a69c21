// A lean run (explore's) keeps no news or reasons, and an ending-only run (explore's batches, the odds) no turn records
// at all: each must be the very same game as a recorded one.
import { describe, expect, it } from 'vitest';
import { PARTIES, POLICIES, RULE_SWITCHES } from '../../src/sim/ids.ts';
import { newGame, playTurn } from '../../src/sim/engine.ts';
import { playOn } from '../../src/sim/odds.ts';
import { controllersOf, runGame, type RunSetup } from '../../src/sim/run.ts';

describe('lean runs', () => {
  it('end the same way, at the same turn, with the same world and moves, as recorded runs', () => {
    for (let seed = 0; seed < 60; seed++) {
      const policies = Object.fromEntries(PARTIES.map((p, i) => [p, POLICIES[(seed + i) % POLICIES.length]]));
      const setup: RunSetup = { seed, policies, rules: seed % 3 === 0 ? [RULE_SWITCHES[seed % RULE_SWITCHES.length]] : [] };
      const full = runGame(setup);
      const lean = runGame({ ...setup, lean: true });
      expect(lean.outcome).toEqual(full.outcome);
      expect(lean.world).toEqual(full.world);
      expect(lean.rng).toBe(full.rng);
      expect(lean.log.map((r) => r.moves)).toEqual(full.log.map((r) => r.moves));
      expect(lean.log.every((r) => r.news.length === 0 && r.changes.length === 0)).toBe(true);
      expect(full.log.every((r) => r.news.length > 0)).toBe(true);
    }
  });

  it('ending-only runs end the same way, at the same turn, with the same world, generator and parties, and keep no log', () => {
    for (let seed = 0; seed < 60; seed++) {
      const policies = Object.fromEntries(PARTIES.map((p, i) => [p, POLICIES[(seed + 2 * i) % POLICIES.length]]));
      const setup: RunSetup = { seed, policies, rules: seed % 4 === 0 ? [RULE_SWITCHES[seed % RULE_SWITCHES.length]] : [] };
      const full = runGame(setup);
      const bare = runGame({ ...setup, endingOnly: true });
      expect({ ...bare, log: full.log }).toEqual(full);
      expect(bare.log).toEqual([]);
    }
  });

  it('played on from a position, an ending-only continuation is the recorded one without its new records', () => {
    for (let seed = 0; seed < 20; seed++) {
      let position = newGame({ seed, rules: [], controllers: controllersOf() });
      while (!position.outcome && position.turn < 3) position = playTurn(position, {});
      const recorded = playOn(position, seed);
      const bare = playOn(position, seed, {}, true);
      expect({ ...bare, log: recorded.log }).toEqual(recorded);
      expect(bare.log).toEqual(position.log);
    }
  });
});
