// Model-based: every state of the flow is reached by some sequence of player events (and the clock's delays), and
// from every one of them a player who keeps going reaches the ending or the title.
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { chooserOf } from '../../src/flow/machine.ts';
import { flowName, sceneFor } from '../../src/flow/names.ts';
import type { FlowEvent } from '../../src/flow/types.ts';
import { finish, flowFor, where, type FlowSnap } from './helpers.ts';
import { events, key } from './model.ts';

describe('the flow, as a model', () => {
  const { machine } = flowFor();
  const input = { reducedMotion: false, seedParam: '20231117' };
  const paths = getShortestPaths(machine, { input, events, serializeState: key });
  const reached = new Set(paths.map((p) => where(p.state)));

  it('reaches every state a player can be in', () => {
    const leaves = [
      // Not the prologue's refusal: its one move has no blocked card, and End turn waits for the option to be chosen.
      'title', 'settings', 'setup', 'game.handingOver', 'game.prologue.picking', 'game.choosing.picking',
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
