// The default spread over 2,000 seeds (issue 6): no ending is certain, Altman's return is common but far from sure,
// the board can hold, collapse is rare, many endings happen, and games last into Monday like history's did.
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTCOMES, RULE_SWITCHES, turnClock } from '../../src/sim/index.ts';
import type { RuleSwitch } from '../../src/sim/index.ts';
import { returns, show, study, type Study } from './study.ts';

let base: Study;
beforeAll(() => {
  base = study(2000);
}, 120_000);

describe('all parties default, 2,000 seeds', () => {
  it('Altman returns (with a new board or the board intact) in 25% to 55% of runs', () => {
    expect(returns(base), show(base)).toBeGreaterThanOrEqual(0.25);
    expect(returns(base), show(base)).toBeLessThanOrEqual(0.55);
  });

  it('the board holds in 6% of runs or more; collapse comes in 10% or fewer', () => {
    expect(base.share['board-holds'], show(base)).toBeGreaterThanOrEqual(0.06);
    expect(base.share.collapse, show(base)).toBeLessThanOrEqual(0.1);
  });

  it('no ending happens in more than half the runs, and at least six endings each in 2% or more', () => {
    for (const o of OUTCOMES) expect(base.share[o], `${o}: ${show(base)}`).toBeLessThanOrEqual(0.5);
    expect(OUTCOMES.filter((o) => base.share[o] >= 0.02).length, show(base)).toBeGreaterThanOrEqual(6);
  });

  // Monday 06:00-12:00 is the twelfth turn the game shows (index 11, counting Friday noon as 0).
  const MONDAY_MORNING = 11;
  it('games end, at the median, on Monday morning or later', () => {
    expect(turnClock(MONDAY_MORNING)).toMatchObject({ day: 'mon', part: 'morning' });
    expect(base.medianEnd, show(base)).toBeGreaterThanOrEqual(MONDAY_MORNING);
  });

  it('under the 2023 bylaws the removal never fails', () => {
    expect(base.share['removal-fails']).toBe(0);
  });
});

describe('each rulebook switch moves the spread visibly (1,000 seeds)', () => {
  const tvd = (a: Study, b: Study) => OUTCOMES.reduce((s, o) => s + Math.abs(a.share[o] - b.share[o]), 0) / 2;
  it.each(RULE_SWITCHES.map((r) => [r]))(
    '%s: total variation distance from the 2023 spread of 0.03 or more',
    (rule: RuleSwitch) => {
      const s = study(1000, { rules: [rule] });
      expect(tvd(s, base), `${rule}: ${show(s)}`).toBeGreaterThanOrEqual(0.03);
    },
    60_000,
  );
});
