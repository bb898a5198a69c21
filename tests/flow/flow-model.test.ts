// Model-based: every state of the flow is reached by some sequence of player events (and the clock's delays), and
// from every one of them a player who keeps going reaches the ending or the title.
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { moveMenu } from '../../src/sim/index.ts';
import { chooserOf } from '../../src/flow/machine.ts';
import { flowName, sceneFor } from '../../src/flow/names.ts';
import type { FlowEvent } from '../../src/flow/types.ts';
import { finish, flowFor, where, type FlowSnap } from './helpers.ts';

const after = (delay: string, node: string) => ({ type: `xstate.after.${delay}.flow.${node}` }) as unknown as FlowEvent;

/** Everything a player can do in a state (one of each kind), and the delays that can fire there. */
function events(snap: FlowSnap): FlowEvent[] {
  const ctx = snap.context;
  const out: FlowEvent[] = [{ type: 'MENU' }, { type: 'DISMISS_NOTICES' }];
  if (snap.matches('title')) out.push({ type: 'NEW_GAME' }, { type: 'RESUME' }, { type: 'WATCH' }, { type: 'OPEN_SETTINGS' });
  if (snap.matches('settings')) out.push({ type: 'BACK' });
  if (snap.matches('setup')) {
    out.push({ type: 'BACK' }, { type: 'START' }, { type: 'TOGGLE_RULEBOOK' }, { type: 'TOGGLE_RULE', rule: 'no-tender' });
    // Up to two seats: enough for the hot seat.
    if (ctx.setup.humans.length < 2) out.push({ type: 'TOGGLE_SEAT', party: ctx.setup.humans.includes('board') ? 'microsoft' : 'board' });
  }
  if (snap.matches({ game: 'handingOver' })) out.push({ type: 'READY' });
  if (snap.matches({ game: 'prologue' }) || snap.matches({ game: 'choosing' })) {
    const cards = moveMenu(ctx.game!, chooserOf(ctx)!);
    const playable = cards.find((c) => !c.blocked);
    const multi = cards.find((c) => !c.blocked && c.options.length > 1);
    if (playable) out.push({ type: 'SELECT_MOVE', move: playable.move });
    // A move whose option is not chosen yet is refused by the rules, with the rule in words.
    if (multi && multi !== playable) out.push({ type: 'SELECT_MOVE', move: multi.move });
    out.push({ type: 'SELECT_OPTION', option: 0 }, { type: 'END_TURN' });
  }
  if (snap.matches({ game: 'resolving' })) out.push({ type: 'SKIP' }, after('STEP', 'game.resolving'));
  if (snap.matches({ game: 'resolved' })) out.push({ type: 'CONTINUE' });
  if (snap.matches('watching')) {
    out.push({ type: 'PAUSE' }, { type: 'PLAY' }, { type: 'NEXT_TURN' }, { type: 'SKIP' }, { type: 'CONTINUE' });
    out.push(after('WATCH_GAP', 'watching.turn.idle'), after('WATCH_GAP', 'watching.turn.resolved'), after('STEP', 'watching.turn.resolving'));
  }
  if (snap.matches('ended')) out.push({ type: 'PLAY_AGAIN' });
  return out;
}

/**
 * States that differ only in the game's progress count as one (while playing: a whole game is followed by the tests
 * below); history's line is short, so watching it is followed turn by turn to its ending.
 */
const key = (snap: FlowSnap) =>
  JSON.stringify([snap.value, snap.context.mode === 'watch' ? snap.context.game?.turn : null, snap.context.humans.length, snap.context.setup.humans.length, snap.context.saved !== null, snap.context.game?.turn === -1, snap.context.draft.move !== null, snap.context.draft.option >= 0]);

describe('the flow, as a model', () => {
  const { machine } = flowFor();
  const input = { reducedMotion: false, seedParam: '20231117' };
  const paths = getShortestPaths(machine, { input, events, serializeState: key });
  const reached = new Set(paths.map((p) => where(p.state)));

  it('reaches every state a player can be in', () => {
    const leaves = [
      'title', 'settings', 'setup', 'game.handingOver', 'game.prologue.picking', 'game.prologue.refused', 'game.choosing.picking',
      'game.choosing.refused', 'game.resolving', 'game.resolved', 'ended',
      'watching.playback.playing|watching.turn.idle', 'watching.playback.playing|watching.turn.resolving', 'watching.playback.playing|watching.turn.resolved',
      'watching.playback.paused|watching.turn.idle', 'watching.playback.paused|watching.turn.resolving', 'watching.playback.paused|watching.turn.resolved',
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
    expect([...scenes].sort()).toEqual(['crisis', 'ending', 'party', 'privacy', 'settings', 'title']);
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
