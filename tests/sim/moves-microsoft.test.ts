// Microsoft's moves: reassure, press, hire the leaders, offer every employee a job, demand a seat, withhold compute.
// Under the no-microsoft-offer rulebook every offer to hire is blocked, for Microsoft, Altman and the staff alike.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/content/index.ts';
import { moveMenu, runGame, validateMove } from '../../src/sim/index.ts';
import type { GameState } from '../../src/sim/index.ts';
import { afterRemoval, changesBy, director, last, newsKeys, turnWith, withWorld } from './helpers.ts';

const play = (s: GameState, move: string) => turnWith(s, { microsoft: { move } });
const block = (s: GameState, move: string) => validateMove(s, { party: 'microsoft', move });

describe('microsoft.reassure-markets and microsoft.press-board', () => {
  it('reassuring lifts Microsoft’s confidence by 5 to 11 and moves it to stabilizing', () => {
    const s = play(afterRemoval(), 'microsoft.reassure-markets');
    expect(s.parties.microsoft).toBe('stabilizing');
    const c = changesBy(s, 'microsoft.reassure-markets').find((x) => x.metric === 'microsoftConfidence')!;
    const up = Number(c.to) - Number(c.from);
    expect(up).toBeGreaterThanOrEqual(5 - 0.1);
    expect(up).toBeLessThanOrEqual(11 + 0.1);
    expect(c.draw).toBeTypeOf('number');
  });

  it('pressing the board wears every seated director down, Sutskever more than Toner', () => {
    const s0 = afterRemoval();
    const s = play(s0, 'microsoft.press-board');
    expect(s.parties.microsoft).toBe('backing-return');
    const drop = (id: string) => {
      const c = changesBy(s, 'microsoft.press-board').find((x) => x.metric === 'resolve' && x.detail === id)!;
      return Number(c.from) - Number(c.to);
    };
    expect(drop('toner')).toBeGreaterThan(0);
    expect(drop('sutskever')).toBeGreaterThan(drop('toner'));
  });

  const sutskeverDrop = (s: GameState) => {
    const c = changesBy(s, 'microsoft.press-board').find((x) => x.metric === 'resolve' && x.detail === 'sutskever')!;
    return Number(c.from) - Number(c.to);
  };

  it('pressure counts for what stands behind it: more once Microsoft has offered the staff a place to go', () => {
    const bare = sutskeverDrop(play(afterRemoval(), 'microsoft.press-board'));
    const offered = sutskeverDrop(play(withWorld(afterRemoval(), (w) => (w.offers.microsoftAllStaff = true)), 'microsoft.press-board'));
    expect(offered).toBeGreaterThan(bare * 3);
  });

  it('with a voting seat (microsoft-board-seat) the pressure counts more, from inside the room', () => {
    const outside = sutskeverDrop(play(afterRemoval(), 'microsoft.press-board'));
    const inside = sutskeverDrop(play(afterRemoval({ rules: ['microsoft-board-seat'] }), 'microsoft.press-board'));
    expect(inside).toBeGreaterThan(outside * 1.5);
  });
});

describe('microsoft.hire-leaders and microsoft.offer-all-staff', () => {
  it('hiring the leaders makes the unit offer once; a second hire is refused', () => {
    const s = play(afterRemoval(), 'microsoft.hire-leaders');
    expect(s.world.offers.microsoftUnit).toBe(true);
    expect(s.parties.microsoft).toBe('hiring-team');
    expect(newsKeys(last(s))).toContain('news.microsoft.hire-leaders');
    // hiring-team no longer offers the move at all; from backing-return the offer rule answers.
    expect(block(s, 'microsoft.hire-leaders')?.key).toBe('rule.wrong-state');
    const backing = play(s, 'microsoft.press-board');
    expect(backing.parties.microsoft).toBe('backing-return');
    expect(block(backing, 'microsoft.hire-leaders')).toEqual({ key: 'rule.offer-already-made' });
  });

  it('the offer to all staff needs the unit first, and is offered only once', () => {
    const stabilizing = play(afterRemoval(), 'microsoft.reassure-markets');
    const b = block(stabilizing, 'microsoft.offer-all-staff');
    expect(b).toEqual({ key: 'rule.unit-first' });
    expect(formatMessage(b!)).toBe('needs the research unit first');
    const hired = play(stabilizing, 'microsoft.hire-leaders');
    const s = play(hired, 'microsoft.offer-all-staff');
    expect(s.world.offers.microsoftAllStaff).toBe(true);
    expect(block(s, 'microsoft.offer-all-staff')).toEqual({ key: 'rule.offer-already-made' });
  });

  it('the offer to all staff is not open while Microsoft is still blindsided', () => {
    expect(block(afterRemoval(), 'microsoft.offer-all-staff')).toEqual({ key: 'rule.wrong-state', vars: { party: 'microsoft', state: 'blindsided' } });
  });
});

describe('microsoft.demand-seat and microsoft.withhold-compute', () => {
  it('a seat can be demanded once, and not at all when Microsoft already holds one', () => {
    const s = play(afterRemoval(), 'microsoft.demand-seat');
    expect(s.world.seatDemanded).toBe(true);
    expect(block(s, 'microsoft.demand-seat')).toEqual({ key: 'rule.seat-already-demanded' });
    expect(block(afterRemoval({ rules: ['microsoft-board-seat'] }), 'microsoft.demand-seat')).toEqual({ key: 'rule.seat-already-demanded' });
  });

  it('withholding compute is a real cost to the company and to every director’s resolve, and is threatened once', () => {
    const s = play(afterRemoval(), 'microsoft.withhold-compute');
    const changes = changesBy(s, 'microsoft.withhold-compute');
    const cont = changes.find((c) => c.metric === 'continuity')!;
    expect(Number(cont.from)).toBeGreaterThan(Number(cont.to));
    const resolve = changes.filter((c) => c.metric === 'resolve');
    expect(resolve).toHaveLength(4);
    for (const c of resolve) expect(Number(c.from)).toBeGreaterThan(Number(c.to));
    expect(block(s, 'microsoft.withhold-compute')).toEqual({ key: 'rule.already-threatened' });
  });
});

describe('the no-microsoft-offer rulebook', () => {
  const rule = { key: 'rule.no-microsoft-offer' };

  it('blocks every offer to hire, with the rule in words', () => {
    const s = play(afterRemoval({ rules: ['no-microsoft-offer'] }), 'microsoft.reassure-markets');
    expect(block(s, 'microsoft.hire-leaders')).toEqual(rule);
    expect(block(s, 'microsoft.offer-all-staff')).toEqual(rule);
    expect(validateMove(s, { party: 'altman', move: 'altman.join-microsoft' })).toEqual(rule);
    const organizing = turnWith(s, { employees: { move: 'employees.circulate-letter' } });
    expect(validateMove(organizing, { party: 'employees', move: 'employees.accept-microsoft', params: { share: 'part' } })).toEqual(rule);
    expect(formatMessage(rule)).toBe('Microsoft cannot offer to hire under this rulebook');
  });

  it('shows the offers as blocked cards in Microsoft’s menu', () => {
    const s = play(afterRemoval({ rules: ['no-microsoft-offer'] }), 'microsoft.reassure-markets');
    const menu = moveMenu(s, 'microsoft');
    expect(menu.find((c) => c.move === 'microsoft.hire-leaders')?.blocked).toEqual(rule);
    expect(menu.find((c) => c.move === 'microsoft.offer-all-staff')?.blocked).toEqual(rule);
    expect(menu.find((c) => c.move === 'microsoft.reassure-markets')?.blocked).toBeNull();
  });

  it('no game under it ever sends Altman or anyone to Microsoft', () => {
    for (let seed = 0; seed < 40; seed++) {
      const g = runGame({ seed, rules: ['no-microsoft-offer'] });
      expect(g.world.departures.microsoft).toBe(0);
      expect(g.outcome?.id).not.toBe('exodus-to-microsoft');
      expect(g.log.every((r) => r.moves.every((m) => m.move !== 'microsoft.hire-leaders'))).toBe(true);
    }
  });
});

describe('microsoft.wait', () => {
  it('changes nothing on its own', () => {
    const s = play(afterRemoval(), 'microsoft.wait');
    expect(changesBy(s, 'microsoft.wait')).toEqual([]);
    expect(s.parties.microsoft).toBe('blindsided');
    expect(director(s.world, 'toner').seated).toBe(true);
  });
});

describe('offers and Altman back in office', () => {
  it('once Altman is CEO again, Microsoft can no longer hire him away', () => {
    const s = withWorld(play(afterRemoval(), 'microsoft.reassure-markets'), (w) => {
      w.altmanAt = 'openai';
      w.ceo = 'altman';
    });
    expect(block(s, 'microsoft.hire-leaders')).toEqual({ key: 'rule.ceo-in-office' });
    expect(block(s, 'microsoft.press-board')).toEqual({ key: 'rule.ceo-in-office' });
  });
});
