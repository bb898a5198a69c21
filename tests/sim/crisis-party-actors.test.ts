// Every party runs as a child actor of the crisis actor: its state must always be the one the game records.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { crisisMachine, partyActorStates } from '../../src/sim/crisis.machine.ts';
import { controllersOf } from '../../src/sim/run.ts';

const start = (seed: number) => createActor(crisisMachine, { input: { setup: { seed, rules: [], controllers: controllersOf({}) } } }).start();

describe('party actors inside the crisis actor', () => {
  it('follow the game turn by turn, for several seeds', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const actor = start(seed);
      let turns = 0;
      while (actor.getSnapshot().value !== 'ended' && turns < 8) {
        actor.send({ type: 'PLAY_TURN', moves: {} });
        turns++;
        const snap = actor.getSnapshot();
        if (snap.value === 'ended') break;
        expect(partyActorStates(actor)).toEqual(snap.context.game.parties);
      }
      expect(turns).toBeGreaterThan(0);
    }
  });

  it('reach a saved game’s party states when the game is resumed from JSON', () => {
    const actor = start(11);
    for (let i = 0; i < 6 && actor.getSnapshot().value !== 'ended'; i++) actor.send({ type: 'PLAY_TURN', moves: {} });
    const saved = JSON.parse(JSON.stringify(actor.getSnapshot().context.game));
    const resumed = createActor(crisisMachine, { input: { state: saved } }).start();
    expect(partyActorStates(resumed)).toEqual(saved.parties);
    // The parties moved away from their initial states, so the replay did real work.
    expect(Object.values(saved.parties)).not.toEqual(['deliberating', 'stunned', 'blindsided', 'watching', 'ousted', 'alarmed', 'steadying']);
  });
});
