// Saved games in the flow: a run saved under a name from a game is listed and loads back at its turn (becoming the
// autosave), the saves screen returns to the game it was opened from, and a named save that cannot be read sends the
// player back to the list with a notice, the game on screen untouched.
import { describe, expect, it } from 'vitest';
import { SLOT_PREFIX } from '../../src/storage/slots.ts';
import { SAVE_KEY } from '../../src/storage/save.ts';
import type { FlowEvent } from '../../src/flow/types.ts';
import { MemoryKV, playableChoice, startActor, where } from './helpers.ts';

function inGame(kv = new MemoryKV()) {
  const f = startActor({}, { kv });
  const send = (events: FlowEvent[]) => events.forEach((e) => f.actor.send(e));
  send([{ type: 'NEW_GAME' }, { type: 'TOGGLE_SEAT', party: 'board' }, { type: 'START' }]);
  send([...playableChoice(f.actor.getSnapshot()), { type: 'CONTINUE' }]);
  return { ...f, send };
}

describe('saved games in the flow', () => {
  it('saves the run under a name, returns to the game, and loads the run back at its turn', () => {
    const { actor, send, kv } = inGame();
    const turn = actor.getSnapshot().context.game!.turn;
    send([{ type: 'OPEN_SAVES' }, { type: 'SAVE_AS', name: 'Friday' }]);
    expect(actor.getSnapshot().context.slots.map((s) => s.name)).toEqual(['Friday']);
    expect(actor.getSnapshot().context.slotNote).toEqual({ did: 'saved', name: 'Friday' });
    send([{ type: 'BACK' }]);
    expect(where(actor.getSnapshot())).toBe('game.choosing.picking');
    // Played on, then back to the title: the named save still holds Friday's turn.
    send([...playableChoice(actor.getSnapshot()), { type: 'CONTINUE' }, { type: 'MENU' }, { type: 'OPEN_SAVES' }]);
    const [slot] = actor.getSnapshot().context.slots;
    send([{ type: 'LOAD_SLOT', id: slot.id }]);
    expect(where(actor.getSnapshot())).toBe('game.choosing.picking');
    expect(actor.getSnapshot().context.game!.turn).toBe(turn);
    // It is the run in progress now: the autosave holds it.
    expect(JSON.parse(kv!.getItem(SAVE_KEY)!).state.turn).toBe(turn);
  });

  it('a named save that cannot be read leads back to the list with a notice, the game untouched', () => {
    const { actor, send, kv } = inGame();
    const game = actor.getSnapshot().context.game;
    kv!.setItem(`${SLOT_PREFIX}broken`, '{"version":4,"name":"half');
    send([{ type: 'OPEN_SAVES' }]);
    expect(actor.getSnapshot().context.notices.map((n) => n.kind)).toContain('corrupt');
    send([{ type: 'LOAD_SLOT', id: 'broken' }]);
    expect(where(actor.getSnapshot())).toBe('saves');
    expect(actor.getSnapshot().context.notices.map((n) => n.kind)).toContain('gone');
    send([{ type: 'BACK' }]);
    expect(actor.getSnapshot().context.game).toBe(game);
  });
});
