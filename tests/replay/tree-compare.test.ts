// The tree of a run's branches and the comparison of two of its games: read from the run's records and the games'
// logs, they say where each branch parted, how far it went and how it ended, and where two games part.
import { describe, expect, it } from 'vitest';
import { legalChoices, PARTIES, playTurn, runGame, type GameState } from '../../src/sim/index.ts';
import { addBranch, runOf, startBranch, type MidGameSwitch, type Run } from '../../src/share/index.ts';
import { branchTree, flatten, lineOf, ownerOf } from '../../src/replay/tree.ts';
import { compareGames, COMPARE_ROWS, valueOf } from '../../src/replay/compare.ts';

const HISTORICAL = Object.fromEntries(PARTIES.map((p) => [p, 'historical' as const]));
const history = runGame({ seed: 3, policies: HISTORICAL });

function branch(run: Run, parent: number, fromTurn: number, rule: MidGameSwitch | null, change = false) {
  const start = startBranch(run, parent, fromTurn, rule);
  if (!start.ok) throw new Error(start.message);
  let s: GameState = start.state;
  if (change) {
    const other = legalChoices(s, 'employees').find((c) => !history.log[fromTurn + 1].moves.some((m) => m.move === c.move))!;
    s = playTurn(s, { employees: { party: 'employees', ...other } });
  }
  while (!s.outcome && s.turn <= 25) s = playTurn(s, {});
  const added = addBranch(run, parent, fromTurn, rule, s);
  if (!added.ok) throw new Error(added.message);
  return { run: added.run, id: added.id, state: s };
}

const a = branch(runOf(history), 0, 4, 'no-microsoft-offer');
const b = branch(a.run, a.id, 8, null, true);
const c = branch(b.run, 0, 2, null, true);
const run = c.run;

describe('the tree of branches', () => {
  it('puts each branch under the one it parted from, with its turn, its switch, its reach and its ending', () => {
    const root = branchTree(run, b.id);
    expect(root.id).toBe(0);
    expect(root.children.map((n) => n.id)).toEqual([c.id, a.id]);
    const nodes = flatten(root);
    expect(nodes.map((n) => n.id)).toEqual([0, c.id, a.id, b.id]);
    for (const n of nodes) {
      const rec = run.branches.find((x) => x.id === n.id)!;
      expect([n.parent, n.fromTurn, n.rule, n.outcome]).toEqual([rec.parent, rec.fromTurn, rec.rule, rec.outcome]);
      expect(n.lastTurn).toBeGreaterThanOrEqual(n.fromTurn - 1);
      for (const kid of n.children) expect(kid.depth).toBe(n.depth + 1);
    }
    expect(nodes.find((n) => n.id === a.id)!.lastTurn).toBe(a.state.outcome!.turn);
  });

  it('picks out the line of the branch being played', () => {
    const nodes = flatten(branchTree(run, b.id));
    expect(nodes.filter((n) => n.onLine).map((n) => n.id)).toEqual(lineOf(run, b.id));
    expect(lineOf(run, b.id)).toEqual([0, a.id, b.id]);
    expect(nodes.filter((n) => n.current).map((n) => n.id)).toEqual([b.id]);
  });

  it('plays a new branch from the branch of the line that played that turn as one of its own', () => {
    // Branch b plays from turn 8; a from 4; the main line before.
    expect(ownerOf(run, b.id, 10)).toBe(b.id);
    expect(ownerOf(run, b.id, 8)).toBe(a.id);
    expect(ownerOf(run, b.id, 6)).toBe(a.id);
    expect(ownerOf(run, b.id, 4)).toBe(0);
    expect(ownerOf(run, b.id, -1)).toBe(0);
    // Each of those is a branch that startBranch accepts, and gives the same position as the line itself.
    for (const turn of [-1, 2, 4, 6, 8, 10]) {
      const owner = ownerOf(run, b.id, turn);
      const start = startBranch(run, owner, turn);
      expect(start.ok, `turn ${turn}`).toBe(true);
      if (start.ok) expect(start.state.log).toEqual(b.state.log.slice(0, turn + 1));
    }
  });
});

describe('two games compared', () => {
  it('part at the first turn played differently, and agree on every number before it', () => {
    const cmp = compareGames(history, b.state);
    // Branch a turned Microsoft's offer off from turn 4: the games part there, even where the moves agree.
    expect(cmp.parted).toBe(4);
    expect(cmp.common).toBe(5);
    for (const r of cmp.rows) expect(r.before).toEqual(valueOf(history.log[4], r.row));
    expect(cmp.a.outcome).toEqual(history.outcome);
    expect(cmp.b.outcome).toEqual(b.state.outcome);
    expect(cmp.b.switches).toEqual([{ turn: 4, rule: 'no-microsoft-offer' }]);
    expect(cmp.rows.map((r) => r.row)).toEqual(COMPARE_ROWS);
  });

  it('part at a turn whose moves differ, saying what each played there', () => {
    const cmp = compareGames(history, c.state);
    expect(cmp.parted).toBe(2);
    expect(cmp.a.movesAtParting).toEqual(history.log[3].moves);
    expect(cmp.b.movesAtParting).toEqual(c.state.log[3].moves);
    expect(cmp.a.movesAtParting).not.toEqual(cmp.b.movesAtParting);
  });

  it('part where a switch is turned on, even before the branch has played that turn', () => {
    const start = startBranch(runOf(history), 0, 6, 'no-salesforce');
    if (!start.ok) throw new Error(start.message);
    expect(compareGames(history, start.state).parted).toBe(6);
    expect(compareGames(start.state, history).parted).toBe(6);
  });

  it('is symmetric, and a game does not part from itself or its own beginning', () => {
    const ab = compareGames(a.state, c.state);
    const ba = compareGames(c.state, a.state);
    expect(ba.parted).toBe(ab.parted);
    expect(ba.rows.map((r) => [r.a, r.b])).toEqual(ab.rows.map((r) => [r.b, r.a]));
    expect(compareGames(history, history).parted).toBeNull();
    const start = { ...history, log: history.log.slice(0, 6) };
    expect(compareGames(start, history)).toMatchObject({ parted: null, common: 6 });
  });
});
