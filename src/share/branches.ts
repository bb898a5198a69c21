// Making runs to share: the main line from a game, and branches played from any of its turns. The page (or the
// command line) plays a branch with the simulation itself, from startBranch's position, then records it here; every
// record is replayed before it is accepted, so a run holds only games the simulation really plays.
import { movesOf } from '../sim/run.ts';
import type { Controller, PartyId } from '../sim/ids.ts';
import type { GameState } from '../sim/types.ts';
import { FORMAT_VERSION, MAIN_LINE, refuse, type Branch, type MidGameSwitch, type Result, type Run } from './format.ts';
import { fingerprint, positionOf, replayBranch } from './replay.ts';
import { runProblem } from './schema.ts';

/** The branch `id` of a game, from `fromTurn` on: its moves, its turns, its ending and its fingerprint. */
function recordOf(id: number, parent: number | null, fromTurn: number, rule: MidGameSwitch | null, state: GameState): Branch {
  return {
    id,
    parent,
    fromTurn,
    rule,
    turns: state.log.filter((r) => r.turn >= fromTurn).length,
    outcome: state.outcome?.id ?? null,
    moves: movesOf(state)
      .filter((m) => m.turn >= fromTurn)
      .map((m) => ({ turn: m.turn, party: m.party, move: m.move, params: structuredClone(m.params ?? {}) })),
    check: fingerprint(state),
  };
}

/**
 * A run of one line: a game begun with newGame (or runGame), finished or not. `seats` says who held each seat; by
 * default the game's own controllers (a person's seat is 'human').
 */
export function runOf(state: GameState, seats: Record<PartyId, Controller> = state.controllers): Run {
  return { version: FORMAT_VERSION, seed: state.seed, rules: [...state.rules], seats: { ...seats }, branches: [recordOf(MAIN_LINE, null, -1, null, state)] };
}

const nextId = (run: Run) => Math.max(...run.branches.map((b) => b.id)) + 1;

/**
 * Where a new branch from `parent` at `fromTurn` starts: the parent's game up to that turn, with `rule` turned on.
 * Play on from it with playTurn (people's seats as the page asks them, the others by their policies), then addBranch.
 */
export function startBranch(run: Run, parent: number, fromTurn: number, rule: MidGameSwitch | null = null): Result<{ state: GameState }> {
  const draft: Branch = { id: nextId(run), parent, fromTurn, rule, turns: 0, outcome: null, moves: [], check: '00000000' };
  const withDraft = { ...run, branches: [...run.branches, draft] };
  const problem = runProblem(withDraft);
  if (problem) return refuse('bad-branch', problem.replace(/^branches\[\d+\]: /, 'the new branch: '));
  return positionOf(withDraft, draft.id);
}

/** The run with a branch added: the game `state`, played on from startBranch(run, parent, fromTurn, rule). */
export function addBranch(run: Run, parent: number, fromTurn: number, rule: MidGameSwitch | null, state: GameState): Result<{ run: Run; id: number }> {
  const branch = recordOf(nextId(run), parent, fromTurn, rule, state);
  const next: Run = { ...run, branches: [...run.branches, branch] };
  const problem = runProblem(next);
  if (problem) return refuse('bad-branch', problem.replace(/^branches\[\d+\]: /, 'the new branch: '));
  const r = replayBranch(next, branch.id);
  if (!r.ok) return refuse('bad-branch', `the game is not a branch of this run from turn ${fromTurn}: ${r.message}`);
  return { ok: true, run: next, id: branch.id };
}

/** The run with branch `id` (the main line is 0) carried on to the game `state`, which continues it. */
export function extendBranch(run: Run, id: number, state: GameState): Result<{ run: Run }> {
  const old = run.branches.find((b) => b.id === id);
  if (!old) return refuse('bad-branch', `the run has no branch ${id}`);
  const branch = recordOf(id, old.parent, old.fromTurn, old.rule, state);
  const kept = old.moves.every((m, i) => JSON.stringify(m) === JSON.stringify(branch.moves[i]));
  if (branch.turns < old.turns || !kept) return refuse('bad-branch', `the game does not carry branch ${id} on: it differs before turn ${old.fromTurn + old.turns}`);
  const next: Run = { ...run, branches: run.branches.map((b) => (b.id === id ? branch : b)) };
  const problem = runProblem(next);
  if (problem) return refuse('bad-branch', problem);
  // Only this branch's game changed: the branches played from it start at or before its old last turn, whose moves it
  // keeps, so their games are the same. Replaying this one alone keeps a page that extends a run every turn quick.
  const r = replayBranch(next, id);
  return r.ok ? { ok: true, run: next } : refuse('bad-branch', `the game does not carry branch ${id} on: ${r.message}`);
}
