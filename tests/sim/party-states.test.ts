// Each party's machine in real games: the moves and rules of a turn put each party in the state its situation calls
// for, and every state of every machine is reached in some simulated game. (The machines themselves are not restated
// here: their states and events are checked against the moves by the type checker, typed-parties.test.ts.)
import { describe, expect, it } from 'vitest';
import { PARTIES, initialPartyStates, partyStates, runGame, validateMove } from '../../src/sim/index.ts';
import type { PartyId, PolicyId } from '../../src/sim/index.ts';
import { afterRemoval, allOn, game, turnWith, withWorld } from './helpers.ts';

describe('altman machine in a game', () => {
  it('is ousted after the removal, negotiating once he talks terms', () => {
    const s0 = afterRemoval();
    expect(s0.parties.altman).toBe('ousted');
    const s1 = turnWith(s0, { altman: { move: 'altman.negotiate-return', params: { boardOut: true } } });
    expect(s1.parties.altman).toBe('negotiating');
  });

  it('is at-microsoft once he takes the unit Microsoft offered', () => {
    const s1 = turnWith(afterRemoval(), { microsoft: { move: 'microsoft.hire-leaders' } });
    const s2 = turnWith(s1, { altman: { move: 'altman.join-microsoft' } });
    expect(s2.parties.altman).toBe('at-microsoft');
    expect(s2.world.altmanAt).toBe('microsoft');
  });
});

describe('board machine in a game', () => {
  it('waits in deliberating through a human board prologue and defends once the CEO is removed', () => {
    expect(game({ humanBoard: true }).parties.board).toBe('deliberating');
    expect(afterRemoval().parties.board).toBe('defending');
  });

  it('holding firm entrenches the board, and reopening talks moves it to negotiating', () => {
    const s0 = afterRemoval({ seed: 3 });
    const held = turnWith(s0, { board: { move: 'board.hold-firm' } });
    expect(held.parties.board).toBe('entrenched');
    // A board softened enough to offer terms.
    const soft = withWorld(held, (w) => w.directors.forEach((d) => (d.resolve = 50)));
    const talking = turnWith(soft, { board: { move: 'board.negotiate-return', params: { investigation: true, directorsLeave: 0, altmanOffBoard: true } } });
    expect(talking.parties.board).toBe('negotiating');
  });
});

describe('employees machine in a game', () => {
  it('starts stunned after an abrupt removal and organizes once the letter circulates', () => {
    const s0 = afterRemoval();
    expect(s0.parties.employees).toBe('stunned');
    expect(turnWith(s0, { employees: { move: 'employees.circulate-letter' } }).parties.employees).toBe('organizing');
  });

  it('a prepared removal warns the staff: they are already organizing at turn 0', () => {
    const s = turnWith(game({ humanBoard: true }), { board: { move: 'board.remove-ceo', params: { manner: 'prepared' } } });
    expect(s.turn).toBe(0);
    expect(s.parties.employees).toBe('organizing');
  });
});

describe('investors machine in a game', () => {
  it('pressing the board moves them to pressing, a suit to litigating', () => {
    const s1 = turnWith(afterRemoval(), { investors: { move: 'investors.press-board' } });
    expect(s1.parties.investors).toBe('pressing');
    const angry = withWorld(s1, (w) => (w.investorPressure = 60));
    expect(turnWith(angry, { investors: { move: 'investors.threaten-suit' } }).parties.investors).toBe('litigating');
  });
});

describe('management machine in a game', () => {
  it('demanding evidence moves it to questioning, threatening to resign to in-revolt, a new interim back to steadying', () => {
    const s1 = turnWith(afterRemoval(), { management: { move: 'management.demand-evidence' } });
    expect(s1.parties.management).toBe('questioning');
    const s2 = turnWith(s1, { management: { move: 'management.threaten-resign' } });
    expect(s2.parties.management).toBe('in-revolt');
    const s3 = turnWith(s2, { board: { move: 'board.appoint-interim', params: { interim: 'shear' } } });
    expect(s3.world.ceo).toBe('shear');
    expect(s3.parties.management).toBe('steadying');
  });
});

describe('microsoft machine in a game', () => {
  it('reassuring the markets moves it to stabilizing; hiring the leaders to hiring-team; pressing the board to backing-return', () => {
    const s0 = afterRemoval();
    expect(s0.parties.microsoft).toBe('blindsided');
    const s1 = turnWith(s0, { microsoft: { move: 'microsoft.reassure-markets' } });
    expect(s1.parties.microsoft).toBe('stabilizing');
    const s2 = turnWith(s1, { microsoft: { move: 'microsoft.hire-leaders' } });
    expect(s2.parties.microsoft).toBe('hiring-team');
    const s3 = turnWith(s2, { microsoft: { move: 'microsoft.press-board' } });
    expect(s3.parties.microsoft).toBe('backing-return');
  });
});

describe('salesforce machine in a game', () => {
  it('the matching offer starts recruiting; standing down is final and leaves only watching', () => {
    const s1 = turnWith(afterRemoval(), { salesforce: { move: 'salesforce.match-offer' } });
    expect(s1.parties.salesforce).toBe('recruiting');
    const s2 = turnWith(s1, { salesforce: { move: 'salesforce.stand-down' } });
    expect(s2.parties.salesforce).toBe('stood-down');
    expect(validateMove(s2, { party: 'salesforce', move: 'salesforce.match-offer' })).toEqual({
      key: 'rule.wrong-state',
      vars: { party: 'salesforce', state: 'stood-down' },
    });
    expect(validateMove(s2, { party: 'salesforce', move: 'salesforce.watch' })).toBeNull();
  });
});

describe('party states in real games', () => {
  it('every state of every party machine is reached in some simulated game (bounded search)', () => {
    const missing = new Map<PartyId, Set<string>>(PARTIES.map((p) => [p, new Set(partyStates(p))]));
    for (const p of PARTIES) missing.get(p)!.delete(initialPartyStates()[p]);
    const policies: PolicyId[] = ['random', 'default', 'hawk', 'dove'];
    let runs = 0;
    for (let seed = 0; seed < 500 && [...missing.values()].some((m) => m.size > 0); seed++) {
      for (const policy of policies) {
        const g = runGame({ seed, policies: allOn(policy) });
        runs++;
        for (const r of g.log) for (const p of PARTIES) missing.get(p)!.delete(r.states[p]);
      }
    }
    const left = Object.fromEntries([...missing].filter(([, m]) => m.size > 0).map(([p, m]) => [p, [...m]]));
    expect(left, `after ${runs} games`).toEqual({});
  });
});
