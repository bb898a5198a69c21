// The investors' moves: money in, no seat, so pressure from outside: press, threaten to sue, pause the tender,
// publish an op-ed, back Altman's new company.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/content/index.ts';
import { validateMove } from '../../src/sim/index.ts';
import type { GameState } from '../../src/sim/index.ts';
import { afterRemoval, changesBy, turnWith, withWorld } from './helpers.ts';

const play = (s: GameState, move: string) => turnWith(s, { investors: { move } });
const block = (s: GameState, move: string) => validateMove(s, { party: 'investors', move });
const drop = (s: GameState, cause: string, id: string) => {
  const c = changesBy(s, cause).find((x) => x.metric === 'resolve' && x.detail === id)!;
  return Number(c.from) - Number(c.to);
};

describe('investors.press-board', () => {
  const rise = (s: GameState) => {
    const c = changesBy(s, 'investors.press-board').find((x) => x.metric === 'investorPressure')!;
    return Number(c.to) - Number(c.from);
  };

  it('raises the pressure, by less the more pressure there already is', () => {
    const low = play(withWorld(afterRemoval(), (w) => (w.investorPressure = 20)), 'investors.press-board');
    const high = play(withWorld(afterRemoval(), (w) => (w.investorPressure = 80)), 'investors.press-board');
    expect(low.parties.investors).toBe('pressing');
    expect(rise(low)).toBeGreaterThan(rise(high));
    expect(rise(high)).toBeGreaterThan(0);
  });

  it('moves directors only as far as the staff’s threat backs it: little with no letter, more with names and a place to go', () => {
    const bare = drop(play(afterRemoval(), 'investors.press-board'), 'investors.press-board', 'sutskever');
    const backed = withWorld(afterRemoval(), (w) => {
      w.signatures = 600;
      w.offers.microsoftUnit = true;
    });
    const withThreat = drop(play(backed, 'investors.press-board'), 'investors.press-board', 'sutskever');
    expect(bare).toBeGreaterThan(0);
    expect(bare).toBeLessThan(1);
    expect(withThreat).toBeGreaterThan(bare * 2);
  });
});

describe('investors.threaten-suit', () => {
  it('needs a grievance first: "investor pressure must reach 35 first"', () => {
    const b = block(afterRemoval(), 'investors.threaten-suit');
    expect(b).toEqual({ key: 'rule.no-grievance-yet', vars: { needed: 35 } });
    expect(formatMessage(b!)).toBe('investor pressure must reach 35 first');
  });

  it('moves the investors to litigating, from where they cannot threaten again', () => {
    const s = play(withWorld(afterRemoval(), (w) => (w.investorPressure = 50)), 'investors.threaten-suit');
    expect(s.parties.investors).toBe('litigating');
    expect(block(s, 'investors.threaten-suit')).toEqual({ key: 'rule.wrong-state', vars: { party: 'investors', state: 'litigating' } });
  });

  it('bites harder on directors who hold equity (directors-with-equity)', () => {
    const angry = (rules: ('directors-with-equity')[]) => withWorld(afterRemoval({ rules }), (w) => (w.investorPressure = 50));
    const plain = drop(play(angry([]), 'investors.threaten-suit'), 'investors.threaten-suit', 'toner');
    const equity = drop(play(angry(['directors-with-equity']), 'investors.threaten-suit'), 'investors.threaten-suit', 'toner');
    expect(plain).toBeGreaterThan(0);
    expect(equity).toBeGreaterThan(plain * 2);
  });
});

describe('investors.pause-tender', () => {
  it('pauses the running tender once, and the valuation falls', () => {
    const s = play(afterRemoval(), 'investors.pause-tender');
    expect(s.world.tender).toBe('paused');
    const v = changesBy(s, 'investors.pause-tender').find((c) => c.metric === 'valuation')!;
    expect(Number(v.from)).toBeGreaterThan(Number(v.to));
    expect(block(s, 'investors.pause-tender')).toEqual({ key: 'rule.no-tender-running' });
  });

  it('has nothing to pause under the no-tender rulebook', () => {
    const s = afterRemoval({ rules: ['no-tender'] });
    expect(s.world.tender).toBe('cancelled');
    expect(formatMessage(block(s, 'investors.pause-tender')!)).toBe('no tender is running');
  });
});

describe('investors.back-newco and investors.publish-op-ed', () => {
  it('backing a new company funds it once', () => {
    const s = play(afterRemoval(), 'investors.back-newco');
    expect(s.world.offers.newcoFunded).toBe(true);
    expect(s.parties.investors).toBe('backing-newco');
    expect(block(s, 'investors.back-newco')).toEqual({ key: 'rule.newco-funded' });
  });

  it('an op-ed lowers the board’s credibility, by less once little is left to lose', () => {
    const fall = (cred: number) => {
      const s = play(withWorld(afterRemoval(), (w) => (w.boardCredibility = cred)), 'investors.publish-op-ed');
      const c = changesBy(s, 'investors.publish-op-ed').find((x) => x.metric === 'boardCredibility')!;
      return Number(c.from) - Number(c.to);
    };
    expect(fall(50)).toBeGreaterThan(fall(10));
    expect(fall(10)).toBeGreaterThan(0);
  });
});
