// Model-based: every state of the flow is reached by some sequence of player events (and the clock's delays), and
// from every one of them a player who keeps going reaches the ending or the title.
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { chooserOf } from '../../src/flow/machine.ts';
import { flowName, sceneFor } from '../../src/flow/names.ts';
import type { FlowEvent } from '../../src/flow/types.ts';
import { legalChoices, newGame, playTurn, runGame, type GameState } from '../../src/sim/index.ts';
import { runOf } from '../../src/share/index.ts';
import { finish, flowFor, where, type FlowSnap } from './helpers.ts';
import { events as gameEvents, key as gameKey } from './model.ts';

// The game's model (model.ts, which the browser suite also walks) and, on top of it, replaying: the timeline, a branch,
// the branches and their comparison, sharing, a run opened from a code, importing and the endings gallery (the
// browser suite walks those in replay.spec.ts).

/** Runs opened from a code: one that ended, one shared after its first turns, with a person at the employees' seat. */
const finished = runGame({ seed: 3 });
let unfinishedGame: GameState = newGame({ seed: 4, rules: [], controllers: { ...finished.controllers, employees: 'human' } });
for (let i = 0; i < 2; i++) unfinishedGame = playTurn(unfinishedGame, { employees: { party: 'employees', ...legalChoices(unfinishedGame, 'employees')[0] } });
const OPENED: FlowEvent[] = [
  { type: 'OPEN_RUN', run: runOf(finished), states: [finished] },
  { type: 'OPEN_RUN', run: runOf(unfinishedGame), states: [unfinishedGame] },
];

const branches = (snap: FlowSnap) => snap.context.replay.tree?.run.branches.length ?? 0;

/** What a player can do to look back over a run; one branch is played from a run (then it is followed to its ending). */
function replayEvents(snap: FlowSnap): FlowEvent[] {
  const ctx = snap.context;
  const single = branches(snap) < 2;
  const out: FlowEvent[] = [];
  const inGame = snap.matches({ game: 'choosing' }) || snap.matches({ game: 'resolved' }) || snap.matches('watching') || snap.matches('ended');
  // Watching history, the review is followed from its first turns (its later turns are the same screens).
  if (inGame && (ctx.mode !== 'watch' || (ctx.game?.turn ?? 0) <= 1)) out.push({ type: 'OPEN_TIMELINE' });
  if (snap.matches('review')) out.push({ type: 'BACK' }, { type: 'OPEN_TREE' }, { type: 'OPEN_SHARE' }, { type: 'OPEN_TIMELINE' });
  if (snap.matches({ review: 'timeline' })) out.push({ type: 'SHOW_TURN', turn: 0 }, { type: 'PLAN_BRANCH' });
  // A branch is played from the run's main line, as a player who shows no other branch for comparison plays it.
  if (snap.matches({ review: 'branching' }) && single && ctx.replay.picked.length === 0) {
    out.push({ type: 'PLAN_RULE', rule: 'no-salesforce' }, { type: 'PLAN_SEAT', party: 'board' }, { type: 'START_BRANCH' });
  }
  if (snap.matches({ review: 'tree' })) {
    for (const b of ctx.replay.tree?.run.branches ?? []) {
      out.push({ type: 'PICK_BRANCH', branch: b.id });
      if (b.id !== ctx.replay.tree?.branch && ctx.replay.picked.length === 0) out.push({ type: 'OPEN_BRANCH', branch: b.id });
    }
    out.push({ type: 'COMPARE' });
  }
  if (snap.matches('title')) out.push({ type: 'OPEN_IMPORT' }, { type: 'OPEN_GALLERY' }, ...OPENED);
  if (snap.matches('extras')) out.push({ type: 'BACK' }, { type: 'OPEN_GALLERY' });
  return out;
}

/** The saved games: opened from the title and from a game (history watched: from its first turns), and left. */
function saveEvents(snap: FlowSnap): FlowEvent[] {
  const inGame = snap.matches({ game: 'choosing' }) || snap.matches({ game: 'resolved' }) || (snap.matches('watching') && (snap.context.game?.turn ?? 0) <= 1);
  if (snap.matches('title') || inGame) return [{ type: 'OPEN_SAVES' }];
  return snap.matches('saves') ? [{ type: 'BACK' }] : [];
}

const events = (snap: FlowSnap): FlowEvent[] => [...gameEvents(snap), ...replayEvents(snap), ...saveEvents(snap)];

/** In the review, the game's position and the draft it keeps do not change what can be done there. */
const replayKey = (snap: FlowSnap) => [snap.context.replay.picked.length, Math.min(branches(snap), 2), snap.context.replay.opened, snap.context.game?.outcome != null];
const key = (snap: FlowSnap) =>
  snap.matches('review')
    ? JSON.stringify([snap.value, snap.context.mode, snap.context.humans.join(), snap.context.saved !== null, ...replayKey(snap)])
    : JSON.stringify([gameKey(snap), ...replayKey(snap)]);

describe('the flow, as a model', () => {
  const { machine } = flowFor();
  const input = { reducedMotion: false, seedParam: '20231117' };
  const paths = getShortestPaths(machine, { input, events, serializeState: key });
  const reached = new Set(paths.map((p) => where(p.state)));

  it('reaches every state a player can be in', () => {
    const leaves = [
      // Not the prologue's refusal: its one move has no blocked card, and End turn waits for the option to be chosen.
      'title', 'settings', 'saves', 'setup', 'game.handingOver', 'game.prologue.picking', 'game.choosing.picking',
      'game.choosing.refused', 'game.resolving', 'game.resolved', 'ended',
      'watching.playback.playing|watching.turn.idle', 'watching.playback.playing|watching.turn.resolving', 'watching.playback.playing|watching.turn.resolved',
      'watching.playback.paused|watching.turn.idle', 'watching.playback.paused|watching.turn.resolving', 'watching.playback.paused|watching.turn.resolved',
      'review.timeline', 'review.branching', 'review.tree', 'review.compare', 'review.share', 'extras.import', 'extras.gallery',
    ];
    for (const leaf of leaves) expect(reached, leaf).toContain(leaf);
    // And nothing else: no state the screens do not know how to show.
    expect([...reached].sort()).toEqual([...leaves].sort());
  });

  it('gives every state a scene and a name on the page, the choice states showing whose turn it is', () => {
    const scenes = new Set<string>();
    for (const p of paths) {
      scenes.add(sceneFor(p.state));
      const name = flowName(p.state);
      if (['prologue', 'choosing', 'refused', 'handing-over'].includes(name)) expect(chooserOf(p.state.context), where(p.state)).not.toBeNull();
      if (name === 'refused') expect(p.state.context.refusal?.reason.key, where(p.state)).toBeTruthy();
      if (name === 'resolving' || name === 'resolved') expect(p.state.context.resolution, where(p.state)).not.toBeNull();
    }
    expect([...scenes].sort()).toEqual(['crisis', 'ending', 'extras', 'party', 'privacy', 'review', 'saves', 'settings', 'title']);
  });

  it('leads from every state it reaches to the ending or the title', () => {
    expect(paths.length).toBeGreaterThan(20);
    // A state is known by its flow state and the game's exact position (turn, seat, moves locked in, the draft).
    const exact = (s: FlowSnap) => JSON.stringify([s.value, s.context.mode, s.context.humans, s.context.game?.turn, s.context.game?.rng, s.context.seat, s.context.draft, s.context.resolution?.shown]);
    const known = new Map<string, string>();
    for (const p of paths) expect(['title', 'ended'], where(p.state)).toContain(finish(machine, p.state, known, exact));
  });

  it('reaches the ending from a new game, whoever plays, and from watching history', () => {
    const [start] = initialTransition(machine, input);
    for (const party of ['board', 'employees', 'microsoft', 'salesforce', 'altman'] as const) {
      let snap = start;
      for (const e of [{ type: 'NEW_GAME' }, { type: 'TOGGLE_SEAT', party }, { type: 'START' }] as FlowEvent[]) [snap] = transition(machine, snap, e);
      expect(finish(machine, snap), party).toBe('ended');
    }
    const [watching] = transition(machine, start, { type: 'WATCH' });
    expect(finish(machine, watching)).toBe('ended');
  });
});
