// Replaying in the flow: the timeline of a game, a branch played from one of its turns (with a switch, by other
// people, or watched), the tree kept in the save across a reload, another branch opened, a run opened from a code
// (shown, never written over the save), one refused, and the endings gallery noted only for endings reached here.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { legalChoices, newGame, playTurn, runGame, type GameState, type OutcomeId } from '../../src/sim/index.ts';
import { runOf } from '../../src/share/index.ts';
import { createFlowMachine } from '../../src/flow/machine.ts';
import type { FlowEvent } from '../../src/flow/types.ts';
import { SAVE_KEY } from '../../src/storage/save.ts';
import { SlotStore } from '../../src/storage/slots.ts';
import { MemoryKV, playableChoice, where } from './helpers.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function startFlow(kv = new MemoryKV()) {
  const reached: OutcomeId[] = [];
  const machine = createFlowMachine({ store: new SlotStore(kv, () => 0), randomSeed: () => 7, endings: { record: (id) => reached.push(id) } });
  const actor = createActor(machine, { input: { reducedMotion: true, seedParam: '20231117' } }).start();
  const send = (...events: FlowEvent[]) => events.forEach((e) => actor.send(e));
  const snap = () => actor.getSnapshot();
  return { actor, kv, reached, send, snap };
}

/** A game of the employees played for `turns` turns from the title. */
function played(turns: number, kv = new MemoryKV()) {
  const f = startFlow(kv);
  f.send({ type: 'NEW_GAME' }, { type: 'TOGGLE_SEAT', party: 'employees' }, { type: 'START' });
  for (let i = 0; i < turns; i++) f.send(...playableChoice(f.snap()), { type: 'CONTINUE' });
  return f;
}

const saved = (kv: MemoryKV) => JSON.parse(kv.getItem(SAVE_KEY)!);

describe('the timeline', () => {
  it('opens at the last turn played, shows any turn played, and goes back to the choice', () => {
    const f = played(3);
    expect(where(f.snap())).toBe('game.choosing.picking');
    f.send({ type: 'OPEN_TIMELINE' });
    expect(where(f.snap())).toBe('review.timeline');
    expect(f.snap().context.replay.turn).toBe(2);
    f.send({ type: 'SHOW_TURN', turn: 0 });
    expect(f.snap().context.replay.turn).toBe(0);
    // Turns not played, or not turns at all, are not shown.
    f.send({ type: 'SHOW_TURN', turn: 9 }, { type: 'SHOW_TURN', turn: Number.NaN });
    expect(f.snap().context.replay.turn).toBe(2);
    f.send({ type: 'BACK' });
    expect(where(f.snap())).toBe('game.choosing.picking');
    expect(f.snap().context.game!.turn).toBe(3);
  });
});

describe('a branch from a past turn', () => {
  it('replays the same seed and moves up to the turn, turns the switch on there, and plays on', () => {
    const f = played(4);
    const before = f.snap().context.game!;
    f.send({ type: 'OPEN_TIMELINE' }, { type: 'SHOW_TURN', turn: 1 }, { type: 'PLAN_BRANCH' }, { type: 'PLAN_RULE', rule: 'no-salesforce' }, { type: 'START_BRANCH' });
    const s = f.snap();
    expect(where(s)).toBe('game.choosing.picking');
    const game = s.context.game!;
    expect(game.turn).toBe(1);
    expect(game.log).toEqual(before.log.slice(0, 2));
    expect(game.rules).toContain('no-salesforce');
    expect(s.context.humans).toEqual(['employees']);
    expect(s.context.replay.tree!.run.branches.map((b) => [b.id, b.parent, b.fromTurn, b.rule])).toEqual([[0, null, -1, null], [1, 0, 1, 'no-salesforce']]);
    // The main line was carried on to the turn the player left it at.
    expect(s.context.replay.tree!.run.branches[0].turns).toBe(5);
    expect(saved(f.kv).tree.branch).toBe(1);
  });

  it('keeps the tree in the save: after a reload the run has both branches and plays on from the branch', () => {
    const f = played(3);
    f.send({ type: 'OPEN_TIMELINE' }, { type: 'SHOW_TURN', turn: 0 }, { type: 'PLAN_BRANCH' }, { type: 'START_BRANCH' });
    f.send(...playableChoice(f.snap()), { type: 'CONTINUE' });
    const again = startFlow(f.kv);
    again.send({ type: 'RESUME' });
    const s = again.snap();
    expect(where(s)).toBe('game.choosing.picking');
    expect(s.context.replay.tree!.branch).toBe(1);
    expect(s.context.replay.tree!.run.branches).toHaveLength(2);
    expect(s.context.game!.turn).toBe(1);
    // The other branch opens from the tree: the main line, at its last turn.
    again.send({ type: 'OPEN_TREE' }, { type: 'OPEN_BRANCH', branch: 0 });
    expect(where(again.snap())).toBe('review.timeline');
    expect(again.snap().context.game!.turn).toBe(3);
    expect(again.snap().context.replay.tree!.branch).toBe(0);
  });

  it('is watched when nobody here plays it, the seats played by their policies', () => {
    const f = played(2);
    f.send({ type: 'OPEN_TIMELINE' }, { type: 'PLAN_BRANCH' }, { type: 'PLAN_SEAT', party: 'employees' }, { type: 'START_BRANCH' });
    const s = f.snap();
    expect(s.matches('watching')).toBe(true);
    expect(s.context.mode).toBe('watch');
    expect(s.context.game!.controllers.employees).toBe('default');
    expect(saved(f.kv).mode).toBe('watch');
  });

  it('from watching history, lets a person take a seat from a turn on', () => {
    const f = startFlow();
    f.send({ type: 'WATCH', }, { type: 'PAUSE' }, { type: 'NEXT_TURN' }, { type: 'CONTINUE' }, { type: 'NEXT_TURN' }, { type: 'CONTINUE' });
    f.send({ type: 'OPEN_TIMELINE' }, { type: 'PLAN_BRANCH' }, { type: 'PLAN_SEAT', party: 'altman' }, { type: 'START_BRANCH' });
    const s = f.snap();
    expect(where(s)).toBe('game.choosing.picking');
    expect(s.context.humans).toEqual(['altman']);
    // The run keeps history's seats: the person's moves are recorded as moves of the branch.
    expect(s.context.replay.tree!.run.seats.altman).toBe('historical');
    f.send(...playableChoice(s), { type: 'CONTINUE' });
    f.send({ type: 'OPEN_SHARE' });
    expect(where(f.snap())).toBe('review.share');
  });

  it('plays a branch from the prologue at once when nobody here holds the board', () => {
    const f = played(2);
    f.send({ type: 'OPEN_TIMELINE' }, { type: 'SHOW_TURN', turn: -1 }, { type: 'PLAN_BRANCH' }, { type: 'PLAN_RULE', rule: 'notice-required' }, { type: 'START_BRANCH' });
    const s = f.snap();
    expect(s.context.game!.log[0].moves[0].party).toBe('board');
    expect(s.context.game!.rules).toEqual(['notice-required']);
    expect(['game.choosing.picking', 'ended']).toContain(where(s));
  });

  it('says why a switch cannot be turned on at that turn, and stays in the plan', () => {
    const f = played(3);
    f.send({ type: 'OPEN_TIMELINE' }, { type: 'SHOW_TURN', turn: 1 }, { type: 'PLAN_BRANCH' }, { type: 'PLAN_RULE', rule: 'notice-required' }, { type: 'START_BRANCH' });
    expect(where(f.snap())).toBe('review.branching');
    expect(f.snap().context.replay.failure).toMatchObject({ kind: 'bad-branch', message: expect.stringMatching(/prologue/) });
    expect(f.snap().context.game!.turn).toBe(3);
  });
});

describe('comparing branches', () => {
  it('needs two branches picked', () => {
    const f = played(2);
    f.send({ type: 'OPEN_TIMELINE' }, { type: 'PLAN_BRANCH' }, { type: 'PLAN_RULE', rule: 'no-microsoft-offer' }, { type: 'START_BRANCH' });
    f.send({ type: 'OPEN_TREE' }, { type: 'PICK_BRANCH', branch: 0 }, { type: 'COMPARE' });
    expect(where(f.snap())).toBe('review.tree');
    f.send({ type: 'PICK_BRANCH', branch: 1 }, { type: 'COMPARE' });
    expect(where(f.snap())).toBe('review.compare');
    expect(f.snap().context.replay.picked).toEqual([0, 1]);
    // A branch the run does not have is not picked.
    f.send({ type: 'OPEN_TREE' }, { type: 'PICK_BRANCH', branch: 42 });
    expect(f.snap().context.replay.picked).toEqual([0, 1]);
  });
});

describe('a run opened from a code or a file', () => {
  const history = runGame({ seed: 9, policies: { board: 'historical', employees: 'historical', microsoft: 'historical', salesforce: 'historical', altman: 'historical', investors: 'historical', management: 'historical' } });

  it('lands at its ending, and neither clears the save nor counts the ending as reached here', () => {
    const f = played(2);
    f.send({ type: 'MENU' });
    const save = f.kv.getItem(SAVE_KEY);
    f.send({ type: 'OPEN_RUN', run: runOf(history), states: [history] });
    expect(where(f.snap())).toBe('ended');
    expect(f.snap().context.game!.outcome).toEqual(history.outcome);
    expect(f.kv.getItem(SAVE_KEY)).toBe(save);
    expect(f.reached).toEqual([]);
    // Its timeline and branches are there as for any game.
    f.send({ type: 'OPEN_TIMELINE' });
    expect(where(f.snap())).toBe('review.timeline');
    f.send({ type: 'BACK' });
    expect(where(f.snap())).toBe('ended');
    expect(f.kv.getItem(SAVE_KEY)).toBe(save);
  });

  it('lands at the last turn of a run shared before its ending; playing on makes it this device’s game', () => {
    let g: GameState = newGame({ seed: 12, rules: [], controllers: { ...history.controllers, microsoft: 'human' } });
    for (let i = 0; i < 2; i++) g = playTurn(g, { microsoft: { party: 'microsoft', ...legalChoices(g, 'microsoft')[0] } });
    const f = startFlow();
    f.send({ type: 'OPEN_RUN', run: runOf(g), states: [g] });
    expect(where(f.snap())).toBe('review.timeline');
    expect(f.snap().context.replay.opened).toBe(true);
    expect(f.kv.getItem(SAVE_KEY)).toBeNull();
    f.send({ type: 'BACK' });
    expect(where(f.snap())).toBe('game.choosing.picking');
    expect(f.snap().context.humans).toEqual(['microsoft']);
    expect(f.snap().context.replay.opened).toBe(false);
    f.send(...playableChoice(f.snap()));
    expect(saved(f.kv).state.turn).toBe(g.turn + 1);
  });

  it('refused: the title says why, nothing is replayed, the save is untouched', () => {
    const f = played(2);
    f.send({ type: 'MENU' });
    const save = f.kv.getItem(SAVE_KEY);
    f.send({ type: 'RUN_REFUSED', problem: { kind: 'damaged', message: 'the code is damaged' } });
    expect(where(f.snap())).toBe('title');
    expect(f.snap().context.replay.refused).toEqual({ kind: 'damaged', message: 'the code is damaged' });
    expect(f.snap().context.game).toBeNull();
    expect(f.kv.getItem(SAVE_KEY)).toBe(save);
    f.send({ type: 'DISMISS_RUN_PROBLEM' });
    expect(f.snap().context.replay.refused).toBeNull();
  });

  it('refused while importing: the import screen says why and stays', () => {
    const f = startFlow();
    f.send({ type: 'OPEN_IMPORT' }, { type: 'RUN_REFUSED', problem: { kind: 'not-a-run', message: 'not a run' } });
    expect(where(f.snap())).toBe('extras.import');
    expect(f.snap().context.replay.refused?.kind).toBe('not-a-run');
    f.send({ type: 'BACK' });
    expect(where(f.snap())).toBe('title');
  });
});

describe('the endings gallery', () => {
  it('notes an ending reached in a game played here', () => {
    const f = startFlow();
    f.send({ type: 'WATCH' });
    vi.advanceTimersByTime(120_000);
    f.send({ type: 'CONTINUE' });
    expect(where(f.snap())).toBe('ended');
    expect(f.reached).toEqual([f.snap().context.game!.outcome!.id]);
  });
});
