// Leverage as the model understands it: a threat is names times a place to go, it wears thin when nobody acts on it,
// and a board's own temper decides how far it bends.
import { describe, expect, it } from 'vitest';
import { staffThreat, threatCredibility } from '../../src/sim/rules/director-resolve.ts';
import { boardBend } from '../../src/sim/world.ts';
import { afterRemoval, changesBy, turnWith, withWorld } from './helpers.ts';

const letterOut = withWorld(afterRemoval(), (w) => {
  w.signatures = 700;
  w.offers.microsoftUnit = true;
  w.letterPublished = true;
  w.letterPublishedTurn = 0;
});

describe('the staff’s threat', () => {
  it('is names times a place to go: the same names with Microsoft’s offer weigh more than with nowhere to go', () => {
    const nowhere = withWorld(letterOut, (w) => (w.offers.microsoftUnit = false));
    expect(staffThreat(letterOut.world, 0)).toBeGreaterThan(staffThreat(nowhere.world, 0) * 4);
  });

  it('wears thin when nobody acts on it, and a few people actually leaving makes it real again', () => {
    const w = letterOut.world;
    expect(threatCredibility(w, 1)).toBe(1);
    expect(threatCredibility(w, 6)).toBeLessThan(threatCredibility(w, 3));
    expect(threatCredibility(w, 6)).toBeGreaterThan(0);
    const acted = withWorld(letterOut, (x) => {
      x.departures.microsoft = 40;
      x.staff -= 40;
    });
    expect(threatCredibility(acted.world, 6)).toBe(1);
  });
});

describe('the board’s temper', () => {
  it('a gritty board bends less to the same pressure than a pliant one; history’s board sits between', () => {
    expect(boardBend(0.9)).toBeLessThan(boardBend(0));
    expect(boardBend(0)).toBeLessThan(boardBend(-0.8));
    const drop = (grit: number) => {
      const s = turnWith(withWorld(letterOut, (w) => (w.boardGrit = grit)), { microsoft: { move: 'microsoft.press-board' } });
      const c = changesBy(s, 'microsoft.press-board').find((x) => x.detail === 'dangelo');
      return c ? Number(c.from) - Number(c.to) : 0;
    };
    expect(drop(0.5)).toBeLessThan(drop(0) / 2);
    expect(drop(-0.8)).toBeGreaterThan(drop(0));
  });
});
