// Each way a run can be wrong, refused with a line that says which: versions, ids, numbers, markup, moves the rules
// forbid, a game the simulation no longer plays, a broken tree of branches.
import { describe, expect, it } from 'vitest';
import { decodeRun, encodeRun, FILE_KIND, runFile, runOf, type Decoded, type Run } from '../../src/share/index.ts';
import { PARTIES, runGame } from '../../src/sim/index.ts';

const game = runGame({ seed: 7 });
const RUN = runOf(game);
const fileWith = (change: (f: Record<string, any>) => void): string => {
  const f = JSON.parse(runFile(RUN));
  change(f);
  return JSON.stringify(f);
};
/** A code made from a changed run, with a right checksum: only the checks after it can refuse it. */
const codeWith = (change: (r: Run) => void): string => {
  const r = structuredClone(RUN);
  change(r);
  return encodeRun(r);
};

function refusal(d: Decoded): { kind: string; message: string } {
  if (d.ok) throw new Error('expected a refusal');
  return d;
}

describe('versions', () => {
  it('a code or a file from a newer version says so', () => {
    expect(refusal(decodeRun('v2.AAAA'))).toMatchObject({ kind: 'newer-version', message: expect.stringMatching(/made by a newer version of the game/) });
    expect(refusal(decodeRun(fileWith((f) => (f.version = 3))))).toMatchObject({ kind: 'newer-version' });
  });

  it('a code from an older format says why it cannot be replayed and offers a fresh start', () => {
    expect(refusal(decodeRun('v0.AAAA'))).toMatchObject({ kind: 'older-version', message: expect.stringMatching(/older version .* start a fresh game/) });
  });

  it('a game the simulation now plays differently (its fingerprint does not match) is refused, not replayed as another', () => {
    const d = refusal(decodeRun(codeWith((r) => (r.branches[0].check = '00000000'))));
    expect(d).toMatchObject({ kind: 'not-replayable', message: expect.stringMatching(/cannot be replayed exactly/) });
    const ending = refusal(decodeRun(codeWith((r) => (r.branches[0].outcome = r.branches[0].outcome === 'collapse' ? 'merger' : 'collapse'))));
    expect(ending.message).toMatch(/records the ending .* replayed here it ends in/);
  });
});

describe('ids and numbers', () => {
  it('unknown ids are refused, saying where', () => {
    expect(refusal(decodeRun(fileWith((f) => (f.branches[0].moves[3].move = 'board.fly-to-the-moon'))))).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/branches\[0\]\.moves\[3\]\.move/) });
    expect(refusal(decodeRun(fileWith((f) => (f.rules = ['no-gravity']))))).toMatchObject({ message: expect.stringMatching(/rules\[0\]/) });
    expect(refusal(decodeRun(fileWith((f) => (f.seats.board = 'genius'))))).toMatchObject({ message: expect.stringMatching(/seats\.board/) });
    expect(refusal(decodeRun(fileWith((f) => (f.extra = 1))))).toMatchObject({ message: expect.stringMatching(/extra is a field no run has/) });
    expect(refusal(decodeRun(fileWith((f) => (f.kind = 'another-game'))))).toMatchObject({ kind: 'not-a-run' });
  });

  it('impossible numbers are refused: seeds outside 0..2^32-1, fractions, turns outside the game', () => {
    for (const seed of [-1, 2 ** 32, 1.5, '7']) expect(refusal(decodeRun(fileWith((f) => (f.seed = seed)))).message).toMatch(/^the file is not a sound run: seed/);
    expect(refusal(decodeRun(fileWith((f) => (f.branches[0].moves[0].turn = 99)))).message).toMatch(/moves\[0\]\.turn/);
    expect(refusal(decodeRun(codeWith((r) => (r.seed = -5)))).message).toMatch(/seed/);
  });

  it('markup or script anywhere is refused: no field of a run holds free text', () => {
    const script = '<script>alert(1)</script>';
    expect(refusal(decodeRun(fileWith((f) => (f.branches[0].moves[1].params = { interim: script })))).message).toMatch(/params\.interim is/);
    expect(refusal(decodeRun(fileWith((f) => (f.branches[0].moves[1].params = { [script]: 'murati' })))).message).toMatch(/params/);
    expect(refusal(decodeRun(fileWith((f) => (f.branches[0].outcome = script)))).message).toMatch(/outcome/);
    expect(refusal(decodeRun(codeWith((r) => (r.branches[0].moves[1].params = { interim: script }))))).toMatchObject({ kind: 'invalid' });
    // The message says where and what, and never repeats the text it refused.
    for (const f of [(x: Record<string, any>) => (x.branches[0].moves[1].params = { interim: script }), (x: Record<string, any>) => (x.seats[script] = 'default'), (x: Record<string, any>) => (x.rules = [script])]) {
      expect(refusal(decodeRun(fileWith(f))).message).not.toMatch(/[<>]|script/);
    }
  });

  it('only a person can be human, and only at a playable seat', () => {
    expect(refusal(decodeRun(fileWith((f) => (f.seats.investors = 'human')))).message).toMatch(/seats\.investors: nobody can play investors/);
  });
});

describe('moves', () => {
  it('a move the rules forbid is refused with its rule in words', () => {
    const d = refusal(decodeRun(codeWith((r) => (r.branches[0].moves[0] = { turn: -1, party: 'board', move: 'board.remove-ceo', params: { manner: 'gently' } }))));
    expect(d).toMatchObject({ kind: 'illegal-move', message: expect.stringMatching(/^branch 0, turn -1: board cannot play board\.remove-ceo: /) });
    const late = refusal(decodeRun(codeWith((r) => (r.branches[0].moves[1] = { ...r.branches[0].moves[1], move: 'board.remove-ceo', params: { manner: 'abrupt' } }))));
    expect(late.kind).toBe('illegal-move');
  });

  it('a turn without the move of a person’s seat is refused, not played by a policy', () => {
    const seats = { ...game.controllers, employees: 'human' as const };
    const d = refusal(decodeRun(codeWith((r) => {
      r.seats = seats;
      r.branches[0].moves = r.branches[0].moves.filter((m) => !(m.party === 'employees' && m.turn === 2));
    })));
    expect(d).toMatchObject({ kind: 'not-replayable', message: expect.stringMatching(/turn 2: No move was given for employees/) });
  });

  it('a policy’s move left out, or a move the game never played, is refused', () => {
    const missing = refusal(decodeRun(codeWith((r) => (r.branches[0].moves = r.branches[0].moves.filter((m) => !(m.party === 'investors' && m.turn === 3))))));
    expect(missing.message).toMatch(/turn 3: the game played investors .* which the run does not record/);
  });
});

describe('the tree of branches', () => {
  const branch = { id: 1, parent: 0, fromTurn: 3, rule: null, turns: 0, outcome: null, moves: [], check: '00000000' };
  it('the main line comes first; a parent comes before its branch; ids are unique', () => {
    expect(refusal(decodeRun(codeWith((r) => (r.branches = [{ ...branch, id: 0 }]))))).toMatchObject({ kind: 'bad-branch', message: expect.stringMatching(/main line comes first/) });
    expect(refusal(decodeRun(codeWith((r) => r.branches.push({ ...branch, parent: 5 })))).message).toMatch(/parent must be a branch listed before it/);
    expect(refusal(decodeRun(codeWith((r) => r.branches.push({ ...branch, id: 0 })))).message).toMatch(/id 0 is used twice/);
  });

  it('a branch starts within its parent’s game, and only with a switch that can change mid-game', () => {
    expect(refusal(decodeRun(codeWith((r) => r.branches.push({ ...branch, fromTurn: 24 })))).message).toMatch(/after its parent's game ended/);
    expect(refusal(decodeRun(codeWith((r) => r.branches.push({ ...branch, rule: 'notice-required' as const })))).message).toMatch(/only from the prologue/);
    expect(refusal(decodeRun(fileWith((f) => f.branches.push({ ...branch, rule: 'full-board' })))).message).toMatch(/branches\[1\]\.rule/);
  });
});

it('every seat and every party is named in a file', () => {
  expect(Object.keys(JSON.parse(runFile(RUN)).seats).sort()).toEqual([...PARTIES].sort());
  expect(JSON.parse(runFile(RUN))).toMatchObject({ kind: FILE_KIND, version: 1, seed: 7 });
});

it('a version is written one way: "v01." is not a code', () => {
  const code = encodeRun(RUN);
  expect(refusal(decodeRun(code.replace(/^v1\./, 'v01.')))).toMatchObject({ kind: 'not-a-run' });
  expect(decodeRun(code)).toMatchObject({ ok: true });
});
