// The crisis actor: owns the clock, the shared state and the turn order by holding the game's snapshot and
// stepping it through playTurn. Each party runs as a child actor of its own machine, fed the events the turn's
// moves and rules send it, so a party's state is always its XState machine's state. Scenes create this actor,
// send PLAY_TURN with the people's moves, and draw its snapshots.
import { assign, enqueueActions, setup, type ActorRefFrom, type AnyActorRef } from 'xstate';
import { actingParties, newGame, playTurn, validateMove } from './engine.ts';
import { PARTIES, type PartyId } from './ids.ts';
import { PARTY_MACHINES } from './parties/index.ts';
import type { GameSetup, GameState, Message, PlayedMove } from './types.ts';

export type CrisisInput = { setup: GameSetup } | { state: GameState };

export interface CrisisContext {
  game: GameState;
  /** The last move the rules refused, with the rule in words; cleared by the next accepted turn. */
  rejected: { played: PlayedMove; reason: Message } | null;
}

export type CrisisEvent = { type: 'PLAY_TURN'; moves: Partial<Record<PartyId, PlayedMove>> };

function firstRefusal(game: GameState, moves: Partial<Record<PartyId, PlayedMove>>): CrisisContext['rejected'] {
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
    children: {} as { [P in PartyId]: P },
  },
  actors: PARTY_MACHINES,
  guards: {
    movesAreLegal: ({ context, event }) => firstRefusal(context.game, event.moves) === null,
    gameHasEnded: ({ context }) => context.game.outcome !== null,
  },
  actions: {
    /** One child actor per party; a resumed game replays each party's events so far. */
    startParties: enqueueActions(({ context, enqueue }) => {
      // Typed per party by XState; the loop's union of ids needs the plain signature.
      const spawnParty = enqueue.spawnChild as (src: PartyId, options: { id: PartyId }) => void;
      for (const party of PARTIES) spawnParty(party, { id: party });
      for (const record of context.game.log) for (const e of record.events) enqueue.sendTo(e.party, { type: e.type });
    }),
    /** The events of the turn just played, to the parties they were sent to. */
    forwardTurnEvents: enqueueActions(({ context, enqueue }) => {
      const record = context.game.log[context.game.log.length - 1];
      for (const e of record?.events ?? []) enqueue.sendTo(e.party, { type: e.type });
    }),
  },
}).createMachine({
  id: 'crisis',
  context: ({ input }) => ({ game: 'state' in input ? input.state : newGame(input.setup), rejected: null }),
  entry: 'startParties',
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
            actions: [assign({ game: ({ context, event }) => playTurn(context.game, event.moves), rejected: null }), 'forwardTurnEvents'],
          },
          { actions: assign({ rejected: ({ context, event }) => firstRefusal(context.game, event.moves) }) },
        ],
      },
    },
    // Not a final state: a finished crisis keeps its party actors running, so a finished game resumed from a save
    // still replays them to the states it recorded (a final state would stop them before the replay arrives).
    ended: {},
  },
});

export type CrisisActor = ActorRefFrom<typeof crisisMachine>;

/** Each party's state as its own running actor has it. */
export function partyActorStates(actor: CrisisActor): Record<PartyId, string> {
  const children = actor.getSnapshot().children as Record<string, AnyActorRef | undefined>;
  const out = {} as Record<PartyId, string>;
  for (const party of PARTIES) out[party] = String(children[party]?.getSnapshot().value);
  return out;
}
