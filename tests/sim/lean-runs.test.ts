// A lean run (explore's) keeps no news or reasons, and must be the very same game as a recorded one.
import { describe, expect, it } from 'vitest';
import { PARTIES, POLICIES, RULE_SWITCHES } from '../../src/sim/ids.ts';
import { runGame, type RunSetup } from '../../src/sim/run.ts';

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
});
