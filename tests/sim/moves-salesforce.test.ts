// Salesforce's moves: match any resigning researcher's pay, target researchers one by one, pay above match,
// stand down. Under the no-salesforce rulebook it stays out entirely.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/content/index.ts';
import { moveMenu, runGame, validateMove } from '../../src/sim/index.ts';
import type { GameState } from '../../src/sim/index.ts';
import { afterRemoval, changesBy, last, newsKeys, turnWith, withWorld } from './helpers.ts';

const play = (s: GameState, move: string) => turnWith(s, { salesforce: { move } });
const block = (s: GameState, move: string) => validateMove(s, { party: 'salesforce', move });

describe('salesforce.match-offer and salesforce.premium-offer', () => {
  it('the matching offer is made once and starts recruiting', () => {
    const s = play(afterRemoval(), 'salesforce.match-offer');
    expect(s.world.offers.salesforceMatch).toBe(true);
    expect(s.parties.salesforce).toBe('recruiting');
    expect(newsKeys(last(s))).toContain('news.salesforce.match-offer');
    expect(block(s, 'salesforce.match-offer')).toEqual({ key: 'rule.offer-already-made' });
  });

  it('the premium needs the match first, and comes once', () => {
    const b = block(afterRemoval(), 'salesforce.premium-offer');
    expect(b).toEqual({ key: 'rule.match-first' });
    expect(formatMessage(b!)).toBe('needs the matching offer first');
    const s = play(play(afterRemoval(), 'salesforce.match-offer'), 'salesforce.premium-offer');
    expect(s.world.offers.salesforcePremium).toBe(true);
    expect(block(s, 'salesforce.premium-offer')).toEqual({ key: 'rule.offer-already-made' });
  });
});

describe('salesforce.target-researchers', () => {
  it('needs Benioff’s matching offer first: recruiters need something to offer', () => {
    expect(block(afterRemoval(), 'salesforce.target-researchers')).toEqual({ key: 'rule.match-first' });
  });

  it('takes researchers in proportion to the unrest, into departures.salesforce', () => {
    let calm = 0;
    let unrest = 0;
    for (let seed = 0; seed < 20; seed++) {
      const quiet = play(withWorld(afterRemoval({ seed }), (w) => (w.offers.salesforceMatch = true)), 'salesforce.target-researchers');
      calm += quiet.world.departures.salesforce;
      const angry = play(
        withWorld(afterRemoval({ seed }), (w) => {
          w.signatures = 700;
          w.offers.salesforceMatch = true;
          w.offers.salesforcePremium = true;
        }),
        'salesforce.target-researchers',
      );
      const moved = changesBy(angry, 'salesforce.target-researchers').find((c) => c.metric === 'departures');
      if (moved) expect(moved.detail).toBe('salesforce');
      unrest += angry.world.departures.salesforce;
    }
    expect(unrest).toBeGreaterThan(calm);
    expect(unrest).toBeGreaterThan(0);
  });

  it('is refused once Altman is CEO again', () => {
    const s = withWorld(afterRemoval(), (w) => {
      w.altmanAt = 'openai';
      w.ceo = 'altman';
      w.offers.salesforceMatch = true;
    });
    expect(block(s, 'salesforce.target-researchers')).toEqual({ key: 'rule.ceo-in-office' });
  });
});

describe('salesforce.stand-down', () => {
  it('withdraws both offers, and the staff can no longer take them', () => {
    const offered = play(play(afterRemoval(), 'salesforce.match-offer'), 'salesforce.premium-offer');
    const s = turnWith(offered, { salesforce: { move: 'salesforce.stand-down' }, employees: { move: 'employees.circulate-letter' } });
    expect(s.parties.salesforce).toBe('stood-down');
    expect(s.world.offers).toMatchObject({ salesforceMatch: false, salesforcePremium: false });
    expect(validateMove(s, { party: 'employees', move: 'employees.accept-salesforce', params: { share: 'part' } })).toEqual({
      key: 'rule.no-offer-yet',
      vars: { from: 'salesforce' },
    });
    expect(moveMenu(s, 'salesforce').map((c) => c.move)).toEqual(['salesforce.watch']);
  });
});

describe('the no-salesforce rulebook', () => {
  const rule = { key: 'rule.no-salesforce' };

  it('blocks every Salesforce offer and the staff’s acceptance, with the rule in words', () => {
    const s = turnWith(afterRemoval({ rules: ['no-salesforce'] }), { employees: { move: 'employees.circulate-letter' } });
    for (const move of ['salesforce.match-offer', 'salesforce.target-researchers', 'salesforce.premium-offer']) expect(block(s, move), move).toEqual(rule);
    expect(validateMove(s, { party: 'employees', move: 'employees.accept-salesforce', params: { share: 'part' } })).toEqual(rule);
    expect(formatMessage(rule)).toBe('Salesforce stays out under this rulebook');
    const menu = moveMenu(s, 'salesforce');
    expect(menu.filter((c) => c.blocked !== null).map((c) => c.move).sort()).toEqual([
      'salesforce.match-offer',
      'salesforce.premium-offer',
      'salesforce.target-researchers',
    ]);
  });

  it('no game under it sends anyone to Salesforce', () => {
    for (let seed = 0; seed < 40; seed++) expect(runGame({ seed, rules: ['no-salesforce'] }).world.departures.salesforce).toBe(0);
  });
});
