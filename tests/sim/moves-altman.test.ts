// Altman's and Brockman's moves: talk terms, set deadlines, rally, visit, join Microsoft, start a company, and
// accept a deal, which is blocked until the board has terms on the table and the talks have come far enough.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/content/index.ts';
import { validateMove } from '../../src/sim/index.ts';
import { DEAL_PROGRESS } from '../../src/sim/moves/altman.ts';
import type { GameState } from '../../src/sim/index.ts';
import { afterRemoval, director, last, newsKeys, turnWith, withWorld } from './helpers.ts';

const TERMS = (directorsLeave: number) => ({ investigation: true, directorsLeave, altmanOffBoard: true });
const block = (s: GameState, move: string, params: Record<string, unknown> = {}) => validateMove(s, { party: 'altman', move, params });
/** A board soft enough to offer any terms. */
const softBoard = (seed = 1) => withWorld(afterRemoval({ seed }), (w) => w.directors.forEach((d) => (d.resolve = 45)));

/** Both sides keep talking until the talks are ripe. */
function talkUntilRipe(s0: GameState, directorsLeave: number): GameState {
  let s = s0;
  for (let i = 0; i < 6 && s.world.talks.progress < DEAL_PROGRESS; i++) {
    s = turnWith(s, {
      board: { move: 'board.negotiate-return', params: TERMS(directorsLeave) },
      altman: { move: 'altman.negotiate-return', params: { boardOut: true } },
    });
  }
  expect(s.world.talks.progress).toBeGreaterThanOrEqual(DEAL_PROGRESS);
  return s;
}

describe('altman.accept-deal is blocked until talks progress', () => {
  it('with nothing on the table: "the board has no terms on the table"', () => {
    const b = block(afterRemoval(), 'altman.accept-deal');
    expect(b).toEqual({ key: 'rule.nothing-on-table' });
    expect(formatMessage(b!)).toBe('the board has no terms on the table');
  });

  it('with terms on the table but talks not far along, the rule says how far they have come', () => {
    const s = turnWith(softBoard(), { board: { move: 'board.negotiate-return', params: TERMS(1) } });
    const progress = s.world.talks.progress;
    expect(progress).toBeLessThan(DEAL_PROGRESS);
    const b = block(s, 'altman.accept-deal');
    expect(b?.key).toBe('rule.talks-not-ripe');
    expect(b?.vars?.needed).toBe(DEAL_PROGRESS);
    // The progress is shown as a whole number.
    const shown = Number(b?.vars?.progress);
    expect(Number.isInteger(shown)).toBe(true);
    expect(Math.abs(shown - progress)).toBeLessThan(1);
    expect(formatMessage(b!)).toBe(`talks are not far enough along (${shown} of ${DEAL_PROGRESS})`);
  });

  it('once talks are ripe, the deal brings Altman back; with two directors leaving, the board is reconstituted', () => {
    const ripe = talkUntilRipe(softBoard(), 2);
    expect(block(ripe, 'altman.accept-deal')).toBeNull();
    const s = turnWith(ripe, { altman: { move: 'altman.accept-deal' } });
    expect(s.world.ceo).toBe('altman');
    expect(s.world.altmanAt).toBe('openai');
    expect(director(s.world, 'toner').seated).toBe(false);
    expect(director(s.world, 'mccauley').seated).toBe(false);
    expect(director(s.world, 'dangelo').seated).toBe(true);
    expect(s.parties).toMatchObject({ altman: 'reinstated', management: 'restored', investors: 'reassured', board: 'reconstituted' });
    expect(s.outcome).toEqual({ id: 'return-new-board', turn: ripe.turn });
    expect(newsKeys(last(s))).toContain('news.altman.accept-deal');
  });

  it('a deal in which no director leaves brings Altman back with the board intact', () => {
    const s = turnWith(talkUntilRipe(softBoard(), 0), { altman: { move: 'altman.accept-deal' } });
    expect(s.world.directors.filter((d) => d.seated)).toHaveLength(4);
    expect(s.outcome?.id).toBe('return-board-intact');
  });

  it('after the board agrees to resign, the deal can be taken at once; all four go and the deal names a new board of three', () => {
    const agreed = turnWith(softBoard(), { board: { move: 'board.agree-to-resign', params: { deadline: 1 } } });
    expect(agreed.world.talks.progress).toBeLessThan(DEAL_PROGRESS);
    expect(block(agreed, 'altman.accept-deal')).toBeNull();
    const s = turnWith(agreed, { altman: { move: 'altman.accept-deal' } });
    const seated = s.world.directors.filter((d) => d.seated);
    expect(seated.some((d) => ['sutskever', 'toner', 'mccauley', 'dangelo'].includes(d.id))).toBe(false);
    expect(seated.length).toBeGreaterThanOrEqual(3);
    expect(s.outcome?.id).toBe('return-new-board');
  });
});

describe('a lapsed offer to resign', () => {
  it('once the board’s resignation deadline passes, the deal is off: the rule names when it lapsed', () => {
    let s = turnWith(softBoard(), { board: { move: 'board.agree-to-resign', params: { deadline: 0 } } });
    while (s.world.boardAgreedToResign) s = turnWith(s, {});
    const b = block(s, 'altman.accept-deal');
    expect(b).toEqual({ key: 'rule.offer-lapsed', vars: { at: '2023-11-18T17:00-08:00' } });
    expect(formatMessage(b!)).toBe('the board’s offer lapsed when its deadline passed (Saturday 18 November, 17:00)');
  });
});

describe('altman.negotiate-return, altman.set-deadline, altman.rally-public, altman.visit-hq', () => {
  it('talking terms opens his side of the talks; demanding the board out is recorded', () => {
    const s = turnWith(afterRemoval(), { altman: { move: 'altman.negotiate-return', params: { boardOut: true } } });
    expect(s.parties.altman).toBe('negotiating');
    expect(s.world.talks.altmanDemandsBoardOut).toBe(true);
    // Without the board at the table, talking alone does not move the talks.
    expect(s.world.talks.progress).toBe(0);
  });

  it('one deadline at a time; when it passes the talks lose ground', () => {
    const s0 = turnWith(softBoard(), { board: { move: 'board.negotiate-return', params: TERMS(1) } });
    let s = turnWith(s0, { altman: { move: 'altman.set-deadline', params: { deadline: 0 } } });
    const d = s.world.deadlines.find((x) => x.kind === 'altman-ultimatum')!;
    expect(d).toMatchObject({ setBy: 'altman' });
    expect(d.at).toMatch(/T17:00/);
    expect(block(s, 'altman.set-deadline', { deadline: 1 })).toEqual({ key: 'rule.deadline-pending' });
    while (s.turn < d.turn) s = turnWith(s, {});
    const passed = turnWith(s, {});
    expect(passed.world.altmanDeadlinePassed).toBe(true);
    expect(newsKeys(last(passed))).toContain('news.deadline.altman-passed');
    expect(passed.world.talks.progress).toBeLessThan(s.world.talks.progress);
  });

  it('rallying the public lifts the rally and lowers the board’s credibility', () => {
    const s = turnWith(afterRemoval(), { altman: { move: 'altman.rally-public' } });
    expect(s.world.rally).toBeGreaterThan(0);
    // Altman's own voice carries further than the staff's show of loyalty.
    const staff = turnWith(afterRemoval(), { employees: { move: 'employees.public-support' } });
    expect(s.world.rally).toBeGreaterThan(staff.world.rally);
    const c = last(s).changes.find((x) => x.cause === 'altman.rally-public' && x.metric === 'boardCredibility')!;
    expect(Number(c.to)).toBeLessThan(Number(c.from));
  });

  it('he visits headquarters only as Murati’s guest, or when management has broken with the board', () => {
    expect(block(afterRemoval(), 'altman.visit-hq')).toBeNull();
    const shear = turnWith(afterRemoval(), { board: { move: 'board.appoint-interim', params: { interim: 'shear' } } });
    const b = block(shear, 'altman.visit-hq');
    expect(b).toEqual({ key: 'rule.not-invited' });
    expect(formatMessage(b!)).toBe('the interim CEO has not invited him');
    const revolt = turnWith(shear, { management: { move: 'management.threaten-resign' } });
    expect(block(revolt, 'altman.visit-hq')).toBeNull();
  });
});

describe('altman.join-microsoft and altman.start-company', () => {
  it('joining Microsoft needs its offer; then Altman is at Microsoft with Brockman', () => {
    const b = block(afterRemoval(), 'altman.join-microsoft');
    expect(b).toEqual({ key: 'rule.no-offer-yet', vars: { from: 'microsoft' } });
    expect(formatMessage(b!)).toBe('no offer from Microsoft yet');
    const offered = turnWith(afterRemoval(), { microsoft: { move: 'microsoft.hire-leaders' } });
    const s = turnWith(offered, { altman: { move: 'altman.join-microsoft' } });
    expect(s.world.altmanAt).toBe('microsoft');
    expect(s.world.brockmanQuit).toBe(true);
    expect(s.parties.altman).toBe('at-microsoft');
    // At Microsoft he cannot join it again.
    expect(block(s, 'altman.join-microsoft')?.key).toBe('rule.wrong-state');
  });

  it('a first call only starts raising; with investors backing it, the second founds the company', () => {
    const raising = turnWith(afterRemoval(), { altman: { move: 'altman.start-company' } });
    expect(raising.world.newcoRaising).toBe(true);
    expect(raising.world.altmanAt).toBe('out');
    expect(newsKeys(last(raising))).toContain('news.altman.start-company.raising');
    const backed = turnWith(raising, { investors: { move: 'investors.back-newco' } });
    const s = turnWith(backed, { altman: { move: 'altman.start-company' } });
    expect(s.world.altmanAt).toBe('newco');
    expect(s.world.offers.newcoFunded).toBe(true);
    expect(s.parties.altman).toBe('founding');
  });
});
