// The crisis actor: owns the clock, the shared state and the turn order by holding the game's snapshot and stepping
// it through the pure playTurn. Each party's state is its own XState machine's state (parties/*.machine.ts): playTurn
// steps those machines with XState's transition(), so there is no second copy of them to keep in step here.
// A refused turn is a state with its reason, not an exception. Used by tools that drive a game as an actor (tests,
// the command line's future interactive mode); the browser's flow (src/flow) calls the same pure functions.
import { assign, setup, type ActorRefFrom } from 'xstate';
import { actingParties, newGame, playTurn, validateMove } from './engine.ts';
import type { PartyId } from './ids.ts';
import type { GameSetup, GameState, Message, PlayedMove } from './types.ts';

export type CrisisInput = { setup: GameSetup } | { state: GameState };

export interface CrisisContext {
  game: GameState;
  /** The last move the rules refused, with the rule in words; cleared by the next accepted turn. */
  rejected: { played: PlayedMove; reason: Message } | null;
}

export type CrisisEvent = { type: 'PLAY_TURN'; moves: Partial<Record<PartyId, PlayedMove>> };

/** The first move of a turn that the rules refuse (one validation function: validateMove), or null. */
export function firstRefusal(game: GameState, moves: Partial<Record<PartyId, PlayedMove>>): CrisisContext['rejected'] {
  for (const party of actingParties(game.turn)) {
    if (game.controllers[party] === 'human' && !moves[party]) {
      return { played: { party, move: '' }, reason: { key: 'rule.move-missing', vars: { party } } };
    }
  }
  for (const [party, played] of Object.entries(moves)) {
    if (!played) continue;
    const reason = validateMove(game, { ...played, party: party as PartyId });
    if (reason) return { played: { ...played, party: party as PartyId }, reason };
  }
  return null;
}

export const crisisMachine = setup({
  types: {
    context: {} as CrisisContext,
    events: {} as CrisisEvent,
    input: {} as CrisisInput,
  },
  actions: {
    play: assign({ game: ({ context, event }) => playTurn(context.game, event.moves), rejected: null }),
    refuse: assign({ rejected: ({ context, event }) => firstRefusal(context.game, event.moves) }),
  },
  guards: {
    movesAreLegal: ({ context, event }) => firstRefusal(context.game, event.moves) === null,
    gameHasEnded: ({ context }) => context.game.outcome !== null,
  },
}).createMachine({
  id: 'crisis',
  context: ({ input }) => ({ game: 'state' in input ? input.state : newGame(input.setup), rejected: null }),
  initial: 'checking',
  states: {
    checking: {
      always: [{ guard: 'gameHasEnded', target: 'ended' }, { target: 'playing' }],
    },
    playing: {
      on: {
        PLAY_TURN: [
          { guard: 'movesAreLegal', target: 'checking', actions: 'play' },
          { target: 'refused', actions: 'refuse' },
        ],
      },
    },
    /** The rules refused a move; the reason is in `rejected`. The same turn can be played again. */
    refused: {
      on: {
        PLAY_TURN: [
          { guard: 'movesAreLegal', target: 'checking', actions: 'play' },
          { target: 'refused', actions: 'refuse' },
        ],
      },
    },
    ended: { type: 'final' },
  },
});

export type CrisisActor = ActorRefFrom<typeof crisisMachine>;
