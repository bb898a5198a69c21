// The staff's moves: the letter, loyalty, the walk-out, the ultimatum, going back to work, and leaving
// (to Microsoft, Salesforce or Altman's new company) once someone has made an offer.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/content/index.ts';
import { moveMenu, STAFF_AT_START, validateMove } from '../../src/sim/index.ts';
import { LETTER_THRESHOLD } from '../../src/sim/moves/employees.ts';
import type { GameState } from '../../src/sim/index.ts';
import { afterRemoval, changesBy, departedTotal, last, newsKeys, turnWith, withWorld } from './helpers.ts';

const play = (s: GameState, move: string, params: Record<string, unknown> = {}) => turnWith(s, { employees: { move, params } });
const block = (s: GameState, move: string, params: Record<string, unknown> = {}) => validateMove(s, { party: 'employees', move, params });

describe('employees.circulate-letter', () => {
  it('gathers signatures, starts the staff organizing and raises investor pressure', () => {
    const s = play(afterRemoval(), 'employees.circulate-letter');
    expect(s.parties.employees).toBe('organizing');
    expect(s.world.signatures).toBeGreaterThan(0);
    expect(changesBy(s, 'employees.circulate-letter').map((c) => c.metric)).toEqual(['signatures', 'investorPressure']);
    expect(newsKeys(last(s))).toContain('news.employees.circulate-letter');
  });

  const letterOut = (s: GameState) => newsKeys(last(s)).filter((k) => k.startsWith('news.letter-published'));

  it('publishes the letter with the names gathered so far once half the staff have signed, and only once', () => {
    const under = withWorld(afterRemoval(), (w) => {
      w.signatures = Math.ceil(STAFF_AT_START * LETTER_THRESHOLD) - 5;
      w.offers.microsoftUnit = true;
      w.letterStartedTurn = -1; // circulating since the prologue
    });
    expect(play(under, 'employees.circulate-letter').world.letterPublished).toBe(false);
    const half = withWorld(under, (w) => (w.signatures = Math.ceil(STAFF_AT_START * LETTER_THRESHOLD)));
    const s = play(half, 'employees.circulate-letter');
    expect(s.world.letterPublished).toBe(true);
    expect(s.parties.employees).toBe('petitioning');
    expect(letterOut(s)).toHaveLength(1);
    const item = last(s).news.find((n) => n.msg.key.startsWith('news.letter-published'))!;
    expect(item.msg.vars?.signatures).toBe(half.world.signatures);
    expect(letterOut(play(s, 'employees.circulate-letter'))).toHaveLength(0);
  });

  it('the letter threatens to go only where someone has offered: Microsoft, a funded company, or nowhere yet', () => {
    const ready = (edit: (w: GameState['world']) => void) =>
      withWorld(afterRemoval(), (w) => {
        w.signatures = 500;
        w.letterStartedTurn = -1;
        edit(w);
      });
    expect(letterOut(play(ready((w) => (w.offers.microsoftUnit = true)), 'employees.circulate-letter'))).toEqual(['news.letter-published.microsoft']);
    expect(letterOut(play(ready((w) => (w.offers.newcoFunded = true)), 'employees.circulate-letter'))).toEqual(['news.letter-published.newco']);
    expect(letterOut(play(ready(() => {}), 'employees.circulate-letter'))).toEqual(['news.letter-published.none']);
  });

  it('does not go public in the turn it begins circulating, however many sign', () => {
    const rushed = withWorld(afterRemoval(), (w) => {
      w.signatures = 600;
      w.offers.microsoftUnit = true;
    });
    const s = play(rushed, 'employees.circulate-letter');
    expect(s.world.signatures).toBeGreaterThan(STAFF_AT_START * LETTER_THRESHOLD);
    expect(s.world.letterPublished).toBe(false);
    expect(s.world.letterStartedTurn).toBe(rushed.turn);
    expect(play(s, 'employees.circulate-letter').world.letterPublished).toBe(true);
  });

  it('never collects more names than the staff who stay', () => {
    let s = withWorld(afterRemoval(), (w) => (w.offers.microsoftUnit = true));
    for (let i = 0; i < 10 && !s.outcome; i++) {
      s = play(s, 'employees.circulate-letter');
      expect(s.world.signatures).toBeLessThanOrEqual(s.world.staff);
    }
    expect(s.world.signatures).toBeGreaterThan(STAFF_AT_START * 0.5);
  });
});

describe('employees.issue-ultimatum', () => {
  it('needs a published letter', () => {
    const organizing = play(afterRemoval(), 'employees.circulate-letter');
    const b = block(organizing, 'employees.issue-ultimatum', { deadline: 1 });
    expect(b).toEqual({ key: 'rule.letter-not-public' });
    expect(formatMessage(b!)).toBe('needs a published letter');
  });

  it('sets a staff deadline, moves the staff to ultimatum and wears the directors down', () => {
    const s0 = play(
      withWorld(afterRemoval(), (w) => {
        w.signatures = 500;
        w.offers.microsoftUnit = true;
        w.letterStartedTurn = -1;
      }),
      'employees.circulate-letter',
    );
    expect(s0.world.letterPublished).toBe(true);
    const s = play(s0, 'employees.issue-ultimatum', { deadline: 1 });
    expect(s.parties.employees).toBe('ultimatum');
    // Deadlines fall at 17:00, as 2023's did: the second 17:00 from now.
    const d = s.world.deadlines.find((x) => x.kind === 'staff-ultimatum')!;
    expect(d).toMatchObject({ setBy: 'employees' });
    expect(d.turn).toBeGreaterThan(s0.turn + 4);
    expect(d.at).toMatch(/T17:00/);
    const resolve = changesBy(s, 'employees.issue-ultimatum').filter((c) => c.metric === 'resolve');
    expect(resolve.map((c) => c.detail).sort()).toEqual(['dangelo', 'mccauley', 'sutskever', 'toner']);
    for (const c of resolve) expect(Number(c.to)).toBeLessThan(Number(c.from));
  });
});

describe('employees.walk-out and employees.back-interim', () => {
  it('a walk-out happens once and costs continuity', () => {
    const s = play(afterRemoval(), 'employees.walk-out');
    expect(s.world.walkedOut).toBe(true);
    const c = changesBy(s, 'employees.walk-out').find((x) => x.metric === 'continuity')!;
    expect(Number(c.from)).toBeGreaterThan(Number(c.to));
    expect(block(s, 'employees.walk-out')).toEqual({ key: 'rule.already-walked-out' });
  });

  it('backing the interim CEO takes names off the letter and sends the staff back to work', () => {
    const s0 = withWorld(afterRemoval(), (w) => (w.signatures = 300));
    const s = play(s0, 'employees.back-interim');
    expect(s.parties.employees).toBe('back-to-work');
    // The move takes 30% of the names off; attrition later in the turn may take a few more.
    expect(changesBy(s, 'employees.back-interim').find((c) => c.metric === 'signatures')).toMatchObject({ from: 300, to: 210 });
    expect(s.world.signatures).toBeLessThanOrEqual(210);
    expect(s.world.calmTurns).toBe(1);
  });
});

describe('leaving: employees.accept-microsoft, employees.accept-salesforce, employees.follow-altman', () => {
  it('Microsoft’s offer must exist first: "no offer from Microsoft yet"', () => {
    const s = play(afterRemoval(), 'employees.circulate-letter');
    const b = block(s, 'employees.accept-microsoft', { share: 'part' });
    expect(b).toEqual({ key: 'rule.no-offer-yet', vars: { from: 'microsoft' } });
    expect(formatMessage(b!)).toBe('no offer from Microsoft yet');
  });

  it('the stunned staff cannot leave yet: the move is not offered in their state', () => {
    const b = block(afterRemoval(), 'employees.accept-microsoft', { share: 'part' });
    expect(b).toEqual({ key: 'rule.wrong-state', vars: { party: 'employees', state: 'stunned' } });
    expect(moveMenu(afterRemoval(), 'employees').map((c) => c.move)).not.toContain('employees.accept-microsoft');
  });

  it('with only the research unit on offer, part of the staff may go, not all', () => {
    const s = withWorld(play(afterRemoval(), 'employees.circulate-letter'), (w) => (w.offers.microsoftUnit = true));
    expect(block(s, 'employees.accept-microsoft', { share: 'part' })).toBeNull();
    expect(block(s, 'employees.accept-microsoft', { share: 'full' })).toEqual({ key: 'rule.no-offer-for-all' });
  });

  it('going to Microsoft moves people from the staff to departures.microsoft, one for one', () => {
    const s0 = withWorld(play(afterRemoval(), 'employees.circulate-letter'), (w) => {
      w.offers.microsoftUnit = true;
      w.offers.microsoftAllStaff = true;
      w.signatures = 600;
    });
    const s = play(s0, 'employees.accept-microsoft', { share: 'full' });
    expect(s.parties.employees).toBe('exodus');
    const moved = s.world.departures.microsoft - s0.world.departures.microsoft;
    expect(moved).toBeGreaterThan(STAFF_AT_START * 0.4);
    expect(s.world.staff + departedTotal(s.world.departures)).toBe(STAFF_AT_START);
    expect(s.world.signatures).toBeLessThanOrEqual(s.world.staff);
    const full = changesBy(s, 'employees.accept-microsoft');
    expect(full.find((c) => c.metric === 'departures')).toMatchObject({ detail: 'microsoft' });
    expect(newsKeys(last(s))).toContain('news.employees.accept-microsoft.full');
  });

  it('Salesforce’s offer must exist first, and takes part of the staff', () => {
    const s0 = play(afterRemoval(), 'employees.circulate-letter');
    expect(block(s0, 'employees.accept-salesforce', { share: 'part' })).toEqual({ key: 'rule.no-offer-yet', vars: { from: 'salesforce' } });
    const offered = turnWith(s0, { salesforce: { move: 'salesforce.match-offer' } });
    const s = play(offered, 'employees.accept-salesforce', { share: 'part' });
    const moved = s.world.departures.salesforce - offered.world.departures.salesforce;
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(STAFF_AT_START * 0.15);
    expect(s.parties.salesforce).toBe('hired');
  });

  it('following Altman needs a funded new company', () => {
    const s0 = play(afterRemoval(), 'employees.circulate-letter');
    expect(block(s0, 'employees.follow-altman', { share: 'part' })).toEqual({ key: 'rule.no-newco' });
    const funded = withWorld(s0, (w) => {
      w.altmanAt = 'newco';
      w.offers.newcoFunded = true;
    });
    const s = play(funded, 'employees.follow-altman', { share: 'part' });
    expect(s.world.departures.newco).toBeGreaterThan(0);
  });
});

describe('employees.wait and employees.public-support', () => {
  it('waiting is quiet: no news of its own, a little continuity', () => {
    const s = play(afterRemoval(), 'employees.wait');
    expect(last(s).news.some((n) => n.msg.key.startsWith('news.employees'))).toBe(false);
    expect(changesBy(s, 'employees.wait').map((c) => c.metric)).toEqual(['continuity']);
  });

  it('a public show of loyalty lowers the board’s credibility and lifts the rally', () => {
    const s = play(afterRemoval(), 'employees.public-support');
    expect(s.world.rally).toBeGreaterThan(0);
    expect(s.parties.employees).toBe('organizing');
    const c = changesBy(s, 'employees.public-support').find((x) => x.metric === 'boardCredibility')!;
    expect(Number(c.to)).toBeLessThan(Number(c.from));
  });
});
