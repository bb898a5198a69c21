// The crisis actor: owns the game, refuses illegal turns with the rule in words, advances on legal ones, stops at
// an ending, keeps a child actor per party in step with the game, and resumes a saved game exactly.
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { controllersOf, crisisMachine, legalChoices, LAST_TURN } from '../../src/sim/index.ts';
import type { CrisisActor } from '../../src/sim/crisis.machine.ts';
import type { GameSetup, GameState, PartyId, PlayedMove } from '../../src/sim/index.ts';

const setupWith = (human: PartyId, seed = 7): GameSetup => ({ seed, rules: [], controllers: { ...controllersOf({}), [human]: 'human' } });

function start(input: { setup: GameSetup } | { state: GameState }): CrisisActor {
  const actor = createActor(crisisMachine, { input });
  // Errors surface through the snapshot's status; an observer keeps them from being rethrown.
  actor.subscribe({ error: () => {} });
  return actor.start();
}

const game = (a: CrisisActor) => a.getSnapshot().context.game;

/** The human Altman's move: wait when he can, else the first legal move. */
function altmanMove(g: GameState): PlayedMove {
  const choices = legalChoices(g, 'altman');
  const c = choices.find((x) => x.move === 'altman.wait') ?? choices[0];
  return { party: 'altman', move: c.move, params: c.params };
}

const playAltman = (a: CrisisActor) => a.send({ type: 'PLAY_TURN', moves: { altman: altmanMove(game(a)) } });

describe('crisis actor', () => {
  it('starts playing at turn 0 with a simulated board (the prologue already played)', () => {
    const a = start({ setup: setupWith('altman') });
    expect(a.getSnapshot().value).toBe('playing');
    expect(game(a).turn).toBe(0);
    expect(game(a).log.map((r) => r.turn)).toEqual([-1]);
    expect(a.getSnapshot().context.rejected).toBeNull();
  });

  it('waits in the prologue for a human board, then plays the removal it is sent', () => {
    const a = start({ setup: setupWith('board') });
    expect(game(a).turn).toBe(-1);
    a.send({ type: 'PLAY_TURN', moves: { board: { party: 'board', move: 'board.remove-ceo', params: { manner: 'prepared' } } } });
    expect(game(a).turn).toBe(0);
    expect(game(a).world.removal).toBe('prepared');
  });

  it('refuses an illegal PLAY_TURN: the rule is in context.rejected and the game is unchanged', () => {
    const a = start({ setup: setupWith('altman') });
    const before = JSON.stringify(game(a));
    const played: PlayedMove = { party: 'altman', move: 'altman.accept-deal', params: {} };
    a.send({ type: 'PLAY_TURN', moves: { altman: played } });
    const snap = a.getSnapshot();
    expect(snap.value).toBe('refused');
    expect(snap.status).toBe('active');
    expect(snap.context.rejected).toEqual({ played, reason: { key: 'rule.nothing-on-table' } });
    expect(JSON.stringify(snap.context.game)).toBe(before);
  });

  it('refuses a move of another party’s, or an unknown move, the same way', () => {
    const a = start({ setup: setupWith('altman') });
    a.send({ type: 'PLAY_TURN', moves: { altman: { party: 'altman', move: 'board.hold-firm' } } });
    expect(a.getSnapshot().context.rejected?.reason).toEqual({ key: 'rule.not-your-move', vars: { move: 'board.hold-firm', party: 'altman' } });
    a.send({ type: 'PLAY_TURN', moves: { altman: { party: 'altman', move: 'altman.fly-away' } } });
    expect(a.getSnapshot().context.rejected?.reason).toEqual({ key: 'rule.unknown-move', vars: { move: 'altman.fly-away' } });
    expect(game(a).turn).toBe(0);
  });

  it('a legal turn advances the game and clears the last refusal', () => {
    const a = start({ setup: setupWith('altman') });
    a.send({ type: 'PLAY_TURN', moves: { altman: { party: 'altman', move: 'altman.accept-deal' } } });
    expect(a.getSnapshot().context.rejected).not.toBeNull();
    a.send({ type: 'PLAY_TURN', moves: { altman: { party: 'altman', move: 'altman.rally-public', params: {} } } });
    expect(game(a).turn).toBe(1);
    expect(game(a).log[1].moves).toContainEqual({ party: 'altman', move: 'altman.rally-public', params: {} });
    expect(a.getSnapshot().context.rejected).toBeNull();
  });

  it('reaching an ending puts the actor in its final, ended state', () => {
    const a = start({ setup: setupWith('altman') });
    for (let i = 0; i <= LAST_TURN + 1 && a.getSnapshot().value !== 'ended'; i++) playAltman(a);
    const snap = a.getSnapshot();
    expect(snap.status).toBe('done');
    expect(snap.value).toBe('ended');
    expect(snap.context.game.outcome).not.toBeNull();
    expect(snap.context.game.outcome!.turn).toBeLessThanOrEqual(LAST_TURN);
  });

  it('resumes a saved game (JSON round-tripped) and continues identically to an uninterrupted one', () => {
    const setup = setupWith('altman', 11);
    const uninterrupted = start({ setup });
    const first = start({ setup });
    for (let i = 0; i < 6; i++) {
      playAltman(uninterrupted);
      playAltman(first);
    }
    const saved = JSON.parse(JSON.stringify(game(first))) as GameState;
    first.stop();
    const resumed = start({ state: saved });
    expect(resumed.getSnapshot().value).toBe('playing');
    expect(game(resumed).parties).toEqual(saved.parties);
    while (uninterrupted.getSnapshot().value !== 'ended') {
      const move = altmanMove(game(uninterrupted));
      uninterrupted.send({ type: 'PLAY_TURN', moves: { altman: move } });
      resumed.send({ type: 'PLAY_TURN', moves: { altman: move } });
    }
    expect(resumed.getSnapshot().value).toBe('ended');
    expect(JSON.stringify(game(resumed))).toBe(JSON.stringify(game(uninterrupted)));
  });

  function finishedGame(): GameState {
    const a = start({ setup: setupWith('altman') });
    while (a.getSnapshot().value !== 'ended') playAltman(a);
    return JSON.parse(JSON.stringify(game(a))) as GameState;
  }

  it('a finished game resumed is ended at once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const resumed = start({ state: finishedGame() });
      expect(resumed.getSnapshot().value).toBe('ended');
    } finally {
      warn.mockRestore();
    }
  });


  it('a PLAY_TURN without the human party’s move is refused, and the actor keeps playing', () => {
    const a = start({ setup: setupWith('altman') });
    a.send({ type: 'PLAY_TURN', moves: {} });
    const snap = a.getSnapshot();
    expect(snap.status).toBe('active');
    expect(snap.value).toBe('refused');
    expect(snap.context.rejected).not.toBeNull();
    expect(snap.context.game.turn).toBe(0);
  });
});
