// The crisis actor: owns the clock, the shared state and the turn order by holding the game's snapshot and
// stepping it through playTurn. Scenes create it, send PLAY_TURN with the people's moves, and draw its snapshots.
import { assign, setup } from 'xstate';
import { newGame, playTurn, validateMove } from './engine.ts';
import type { PartyId } from './ids.ts';
import type { GameSetup, GameState, Message, PlayedMove } from './types.ts';

export type CrisisInput = { setup: GameSetup } | { state: GameState };

export interface CrisisContext {
  game: GameState;
  /** The last move the rules refused, with the rule in words; cleared by the next accepted turn. */
  rejected: { played: PlayedMove; reason: Message } | null;
}

export type CrisisEvent = { type: 'PLAY_TURN'; moves: Partial<Record<PartyId, PlayedMove>> };

function firstRefusal(game: GameState, moves: Partial<Record<PartyId, PlayedMove>>): CrisisContext['rejected'] {
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
          {
            guard: 'movesAreLegal',
            target: 'checking',
            actions: assign({ game: ({ context, event }) => playTurn(context.game, event.moves), rejected: null }),
          },
          { actions: assign({ rejected: ({ context, event }) => firstRefusal(context.game, event.moves) }) },
        ],
      },
    },
    ended: { type: 'final' },
  },
});
