// The odds of each ending from a position: deterministic, split-able across workers, and they follow the position.
import { describe, expect, it } from 'vitest';
import { OUTCOMES, oddsFrom, runGame } from '../../src/sim/index.ts';
import type { GameState } from '../../src/sim/index.ts';
import { afterRemoval, turnWith, withWorld } from './helpers.ts';

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

describe('oddsFrom', () => {
  it('counts every run once, gives the same counts twice, and the same counts when the runs are split in two', () => {
    const s = afterRemoval({ seed: 5 });
    const all = oddsFrom(s, { runs: 60, firstSeed: 100 });
    expect(sum(all.outcomes)).toBe(60);
    expect(oddsFrom(s, { runs: 60, firstSeed: 100 })).toEqual(all);
    const a = oddsFrom(s, { runs: 25, firstSeed: 100 });
    const b = oddsFrom(s, { runs: 35, firstSeed: 125 });
    for (const o of OUTCOMES) expect(a.outcomes[o] + b.outcomes[o]).toBe(all.outcomes[o]);
  });

  it('does not touch the position it starts from', () => {
    const s = afterRemoval({ seed: 2 });
    const before = JSON.stringify(s);
    oddsFrom(s, { runs: 10 });
    expect(JSON.stringify(s)).toBe(before);
  });

  it('follows the position: a board already broken returns Altman far more often than a board at full strength', () => {
    const strong = afterRemoval({ seed: 3, grit: 0.9 });
    const broken = withWorld(turnWith(strong, {}), (w) => {
      w.signatures = 740;
      w.offers.microsoftUnit = true;
      w.offers.microsoftAllStaff = true;
      w.letterPublished = true;
      for (const d of w.directors) if (d.seated) d.resolve = 20;
    });
    const back = (g: GameState) => {
      const o = oddsFrom(g, { runs: 150, firstSeed: 1 }).outcomes;
      return (o['return-new-board'] + o['return-board-intact']) / 150;
    };
    expect(back(broken)).toBeGreaterThan(back(strong) + 0.2);
  });

  it('an ended game has one certain ending', () => {
    const g = runGame({ seed: 4 });
    const o = oddsFrom(g, { runs: 7 });
    expect(o.outcomes[g.outcome!.id]).toBe(7);
  });
});

describe('a switch turned on mid-game', () => {
  it('applies from its turn, is recorded with that turn, and takes the game off history’s line', async () => {
    const { switchOn, startingRules } = await import('../../src/sim/index.ts');
    const s = switchOn(turnWith(afterRemoval(), {}), 'no-salesforce');
    expect(s.rules).toContain('no-salesforce');
    expect(s.ruleChanges).toEqual([{ turn: 1, rule: 'no-salesforce' }]);
    expect(startingRules(s)).toEqual([]);
    expect(s.onHistory).toBe(false);
    expect(switchOn(s, 'no-salesforce')).toBe(s);
  });
});
