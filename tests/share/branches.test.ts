// Branches: from any turn of a run, the same seed and the same moves up to that turn, then other moves, maybe under
// a switch turned on from that turn. What the page and the command line build on: startBranch, addBranch,
// extendBranch, positionAt.
import { describe, expect, it } from 'vitest';
import { addBranch, decodeRun, encodeRun, extendBranch, positionAt, replayBranch, runOf, startBranch, type Run } from '../../src/share/index.ts';
import { legalChoices, newGame, PARTIES, playTurn, runGame, type GameState } from '../../src/sim/index.ts';

const HISTORICAL = Object.fromEntries(PARTIES.map((p) => [p, 'historical' as const]));
const history = runGame({ seed: 1, policies: HISTORICAL });
const run = runOf(history);

const playOn = (s: GameState) => {
  while (!s.outcome && s.turn <= 25) s = playTurn(s, {});
  return s;
};

function branch(from: Run, parent: number, fromTurn: number, rule: Parameters<typeof startBranch>[3] = null, first?: (s: GameState) => GameState) {
  const start = startBranch(from, parent, fromTurn, rule);
  if (!start.ok) throw new Error(start.message);
  const played = playOn(first ? first(start.state) : start.state);
  const added = addBranch(from, parent, fromTurn, rule, played);
  if (!added.ok) throw new Error(added.message);
  return { ...added, state: played };
}

describe('a branch from a turn of history’s line', () => {
  it('keeps every turn before it identical, then plays its own', () => {
    // The employees, who waited at turn 8, do something else.
    const other = (s: GameState) => legalChoices(s, 'employees').find((c) => c.move !== 'employees.wait')!;
    const b = branch(run, 0, 8, null, (s) => playTurn(s, { employees: { party: 'employees', ...other(s) } }));
    const before = (s: GameState) => s.log.filter((r) => r.turn < 8);
    expect(before(b.state)).toEqual(before(history));
    expect(before(b.state)).toHaveLength(9);
    expect(b.state.log[9].moves.find((m) => m.party === 'employees')!.move).not.toBe('employees.wait');
    const d = decodeRun(encodeRun(b.run));
    if (!d.ok) throw new Error(d.message);
    expect(d.states[1]).toEqual(b.state);
    expect(d.state).toEqual(history);
  });

  it('with no-salesforce from Saturday on, Salesforce’s moves are blocked from that turn only', () => {
    const b = branch(run, 0, 10, 'no-salesforce');
    expect(b.state.rules).toEqual(['no-salesforce']);
    const before = positionAt(b.run, b.id, 10);
    if (!before.ok) throw new Error(before.message);
    expect(before.state.rules).toEqual([]);
    const salesforce = b.state.log.filter((r) => r.turn >= 10).flatMap((r) => r.moves).filter((m) => m.party === 'salesforce').map((m) => m.move);
    expect(salesforce.length).toBeGreaterThan(0);
    for (const blocked of ['salesforce.match-offer', 'salesforce.target-researchers', 'salesforce.premium-offer']) expect(salesforce).not.toContain(blocked);
    // A what-if is off history's line from its switch on, as a run with that rulebook from the start is.
    expect(before.state.onHistory).toBe(true);
    expect(b.state.onHistory).toBe(false);
  });

  it('with notice-required from the prologue, it is the same game as a run with that rulebook from the start', () => {
    const b = branch(run, 0, -1, 'notice-required');
    const fresh = runGame({ seed: 1, rules: ['notice-required'], policies: HISTORICAL });
    expect(b.state.log).toEqual(fresh.log);
    expect(b.state.outcome).toEqual(fresh.outcome);
  });

  it('refuses a switch that cannot change mid-game, a turn past the ending, a branch of a branch that does not exist', () => {
    expect(startBranch(run, 0, 4, 'notice-required')).toMatchObject({ ok: false, message: expect.stringMatching(/only from the prologue/) });
    expect(startBranch(run, 0, 18)).toMatchObject({ ok: false, message: expect.stringMatching(/after its parent's game ended/) });
    expect(startBranch(run, 3, 4)).toMatchObject({ ok: false, message: expect.stringMatching(/parent must be a branch/) });
    const withRule = runOf(runGame({ seed: 1, rules: ['no-salesforce'] }));
    expect(startBranch(withRule, 0, 4, 'no-salesforce')).toMatchObject({ ok: false, message: expect.stringMatching(/already in the run's rulebook/) });
  });

  it('refuses to record a game that is not a branch of the run (another seed, or other moves before its turn)', () => {
    const other = runGame({ seed: 2, policies: HISTORICAL });
    expect(addBranch(run, 0, 5, null, other)).toMatchObject({ ok: false, kind: 'bad-branch' });
  });
});

describe('a tree of branches', () => {
  it('a branch of a branch keeps its parent’s switch when it starts after it, and drops it when it starts at it', () => {
    const a = branch(run, 0, 6, 'no-microsoft-offer');
    const later = branch(a.run, a.id, 9);
    expect(later.state.rules).toEqual(['no-microsoft-offer']);
    expect(later.state.log.slice(0, 10)).toEqual(a.state.log.slice(0, 10));
    const same = branch(later.run, a.id, 6);
    expect(same.state.rules).toEqual([]);
    const d = decodeRun(encodeRun(same.run));
    if (!d.ok) throw new Error(d.message);
    expect(d.run.branches.map((b) => [b.id, b.parent, b.fromTurn, b.rule])).toEqual([[0, null, -1, null], [1, 0, 6, 'no-microsoft-offer'], [2, 1, 9, null], [3, 1, 6, null]]);
    expect(d.states).toEqual([history, a.state, later.state, same.state]);
  });
});

describe('a run shared during a game', () => {
  it('extendBranch carries the main line on turn by turn; each step decodes to the game so far', () => {
    const seats = { ...runGame({ seed: 5 }).controllers, employees: 'human' as const };
    let state = newGame({ seed: 5, rules: [], controllers: seats });
    let shared = runOf(state);
    while (!state.outcome) {
      const c = legalChoices(state, 'employees')[0];
      state = playTurn(state, state.turn === -1 ? {} : { employees: { party: 'employees', ...c } });
      const next = extendBranch(shared, 0, state);
      if (!next.ok) throw new Error(next.message);
      shared = next.run;
      const d = decodeRun(encodeRun(shared));
      if (!d.ok) throw new Error(d.message);
      expect(d.state).toEqual(state);
    }
    expect(replayBranch(shared, 0)).toMatchObject({ ok: true });
  });

  it('extendBranch refuses a game that does not continue the branch', () => {
    const other = runGame({ seed: 2, policies: HISTORICAL });
    expect(extendBranch(run, 0, other)).toMatchObject({ ok: false, kind: 'bad-branch' });
  });

  it('positionAt gives the position before any turn, the same as the game at that point', () => {
    for (const turn of [-1, 0, 7, 17]) {
      const p = positionAt(run, 0, turn);
      if (!p.ok) throw new Error(p.message);
      expect(p.state.turn).toBe(turn);
      expect(p.state.log).toEqual(history.log.slice(0, turn + 1));
    }
  });
});
