// `npm run sim -- --share`, `--replay` and `--branch`, run as a user runs them: a code printed by one game replays to
// the same output from the code, a page address or a downloaded file; a branch keeps the turns before it; a damaged
// code or a misuse of the flags is exit code 2 and one line.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SimReport } from '../../src/cli/report.ts';
import { decodeRun, encodeRun, runFile, runOf } from '../../src/share/index.ts';
import { newGame, PARTIES, playTurn, type Controller, type PartyId } from '../../src/sim/index.ts';
import { cli, expectUsageError, scratch, type CliResult } from './run-cli.ts';

const lines = (r: CliResult) => r.stdout.trimEnd().split('\n');
const codeOf = (r: CliResult) => lines(r).at(-1)!;
const reportOf = (r: CliResult) => JSON.parse(lines(r)[0]) as SimReport;

describe('--share, then --replay', () => {
  const args = ['--seed', '7', '--play', 'board=hawk', 'employees=dove', '--rules', 'no-tender'];
  let shared: CliResult;
  let plain: CliResult;
  let code: string;
  beforeAll(async () => {
    [shared, plain] = await Promise.all([cli('sim', [...args, '--json', '--share']), cli('sim', [...args, '--json'])]);
    code = codeOf(shared);
  }, 60_000);

  it('prints the run as before, then its code as the last line', () => {
    expect(shared.code).toBe(0);
    expect(shared.stderr).toBe('');
    expect(lines(shared)).toHaveLength(2);
    expect(lines(shared)[0]).toBe(lines(plain)[0]);
    expect(code).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  });

  it('the code, a page address holding it and a downloaded file each replay to the identical JSON', async () => {
    const decoded = decodeRun(code);
    if (!decoded.ok) throw new Error(decoded.message);
    const file = scratch().file('five-days-seed-7.json', runFile(decoded.run));
    const replays = await Promise.all([
      cli('sim', ['--replay', code, '--json']),
      cli('sim', ['--replay', `https://example.org/five-days/?lang=fr#${code}`, '--json']),
      cli('sim', ['--replay', file, '--json']),
    ]);
    for (const r of replays) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(plain.stdout);
    }
  }, 60_000);

  it('the timeline replays the same too, and --share after --replay prints the same code again', async () => {
    const [original, replayed] = await Promise.all([cli('sim', args), cli('sim', ['--replay', code, '--share'])]);
    expect(lines(replayed).slice(0, -1).join('\n')).toBe(original.stdout.trimEnd());
    expect(codeOf(replayed)).toBe(code);
  }, 60_000);

  it('a damaged code exits 2 with one line: a character changed, the end cut off, a character added', async () => {
    const i = Math.floor(code.length / 2);
    const damaged = [code.slice(0, i) + (code[i] === 'x' ? 'y' : 'x') + code.slice(i + 1), code.slice(0, -3), code.slice(0, i) + 'Q' + code.slice(i), code.replace('v1.', 'v9.')];
    const results = await Promise.all(damaged.map((c) => cli('sim', ['--replay', c, '--json'])));
    for (const r of results.slice(0, 3)) expectUsageError(r, /^error: cannot replay this run: the code is damaged/);
    expectUsageError(results[3], /^error: cannot replay this run: this run was made by a newer version of the game/);
  }, 60_000);
});

describe('--replay of a run shared before its ending', () => {
  it('prints its turns so far, with no outcome and no scores yet', async () => {
    const seats: Record<PartyId, Controller> = { ...(Object.fromEntries(PARTIES.map((p) => [p, 'default'])) as Record<PartyId, Controller>), employees: 'human' };
    let state = newGame({ seed: 3, rules: [], controllers: seats });
    while (state.turn < 3) state = playTurn(state, { employees: { party: 'employees', move: 'employees.wait', params: {} } });
    expect(state.outcome).toBeNull();
    const r = await cli('sim', ['--replay', encodeRun(runOf(state)), '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ seed: 3, outcome: null, scores: null, policies: { employees: 'human', board: 'default' } });
    expect(report.turns.map((t: { turn: number }) => t.turn)).toEqual([-1, 0, 1, 2]);
  }, 60_000);
});

describe('--replay CODE --branch TURN --moves FILE', () => {
  let code: string;
  let history: SimReport;
  let branched: CliResult;
  beforeAll(async () => {
    const h = await cli('sim', ['--play', 'all=historical', '--json', '--share']);
    code = codeOf(h);
    history = reportOf(h);
    const moves = scratch().file('moves.json', JSON.stringify([{ turn: 8, party: 'employees', move: 'employees.circulate-letter', params: {} }]));
    branched = await cli('sim', ['--replay', code, '--branch', '8', '--moves', moves, '--json', '--share']);
  }, 60_000);

  it('keeps every turn before TURN identical, and plays the file’s move at TURN', () => {
    expect(branched.stderr).toBe('');
    expect(branched.code).toBe(0);
    const b = reportOf(branched);
    expect(b.turns.filter((t) => t.turn < 8)).toEqual(history.turns.filter((t) => t.turn < 8));
    expect(b.turns.find((t) => t.turn === 8)!.moves).toContainEqual({ party: 'employees', move: 'employees.circulate-letter', params: {} });
    expect(b.turns).not.toEqual(history.turns);
  });

  it('with --share, prints the code of the run with its branch: its main line is still history’s, its branch the one printed', async () => {
    const withBranch = codeOf(branched);
    const d = decodeRun(withBranch);
    if (!d.ok) throw new Error(d.message);
    expect(d.run.branches.map((b) => [b.id, b.parent, b.fromTurn])).toEqual([[0, null, -1], [1, 0, 8]]);
    expect(d.states[1].outcome!.id).toBe(reportOf(branched).outcome.id);
    const main = await cli('sim', ['--replay', withBranch, '--json']);
    expect(reportOf(main)).toEqual(history);
  }, 60_000);

  it('may turn on a switch that can change mid-game from TURN', async () => {
    const r = await cli('sim', ['--replay', code, '--branch', '10', '--rules', 'no-salesforce', '--json']);
    expect(r.code).toBe(0);
    const b = reportOf(r);
    expect(b.rules).toEqual(['no-salesforce']);
    expect(b.turns.filter((t) => t.turn < 10)).toEqual(history.turns.filter((t) => t.turn < 10));
  }, 60_000);

  const bad: [string, (code: string, dir: ReturnType<typeof scratch>) => string[], RegExp][] = [
    ['--branch without --replay', () => ['--branch', '3'], /--branch needs --replay/],
    ['--seed with --replay', (c) => ['--replay', c, '--seed', '2'], /--seed cannot go with --replay/],
    ['--moves with --replay but no --branch', (c, d) => ['--replay', c, '--moves', d.file('m.json', '[]')], /add --branch TURN/],
    ['a turn past the last', (c) => ['--replay', c, '--branch', '26'], /--branch must be a turn from -1 \(the prologue\) to 25, not "26"/],
    ['a turn after the run ended', (c) => ['--replay', c, '--branch', '18'], /cannot branch at turn 18: .*after its parent's game ended/],
    ['a switch that cannot change mid-game', (c) => ['--replay', c, '--branch', '4', '--rules', 'full-board'], /at most one switch that can change mid-game/],
    ['notice-required after the prologue', (c) => ['--replay', c, '--branch', '4', '--rules', 'notice-required'], /only from the prologue/],
    ['a move before the branch', (c, d) => ['--replay', c, '--branch', '8', '--moves', d.file('early.json', JSON.stringify([{ turn: 3, party: 'board', move: 'board.hold-firm', params: {} }]))], /at turn 3, before the branch's first turn 8/],
    ['an illegal move in the branch', (c, d) => ['--replay', c, '--branch', '8', '--moves', d.file('bad.json', JSON.stringify([{ turn: 8, party: 'board', move: 'board.remove-ceo', params: { manner: 'abrupt' } }]))], /illegal move at turn 8: board cannot play board\.remove-ceo/],
    ['a file that is not a run', (_c, d) => ['--replay', d.file('other.json', '{"name":"not a run"}')], /not a run of Five Days in November/],
    ['a file that does not exist', () => ['--replay', 'no-such-run.json'], /cannot read the run file "no-such-run\.json"/],
    ['text that is not a code', () => ['--replay', 'hello'], /this is not a run's code/],
  ];
  it.each(bad.map(([name, make, pattern]) => [name, make, pattern] as const))('refuses %s: exit 2, one line', async (_, make, pattern) => {
    expectUsageError(await cli('sim', make(code, scratch())), pattern);
  }, 60_000);
});

it('--help lists --share, --replay and --branch', async () => {
  const r = await cli('sim', ['--help']);
  for (const flag of ['--share', '--replay CODE_OR_FILE', '--branch TURN', 'no-salesforce (from any turn)']) expect(r.stdout).toContain(flag);
}, 60_000);
