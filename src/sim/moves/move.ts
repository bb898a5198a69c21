// What a move is: where it can be played, what forbids it, what it does, and what it teaches.
import type { VoteKind } from '../board-vote.ts';
import type { ConceptId, PartyId } from '../ids.ts';
import type { PartyState } from '../parties/index.ts';
import type { GameView, TurnContext } from '../turn-context.ts';
import type { Message } from '../types.ts';

export type Params = Record<string, unknown>;

export interface MoveDef<P extends PartyId = PartyId> {
  id: string;
  party: P;
  /** The party states in which the move is offered at all: names from the party's own machine, checked by tsc. */
  states: readonly PartyState<P>[];
  /** How the move leans: hawks favour hard moves, doves soft ones. */
  stance: 'hard' | 'soft' | 'neutral';
  concepts: readonly ConceptId[];
  /** The parameter choices offered now; one empty object when the move takes none. */
  options?: (view: GameView) => Params[];
  /** null when the rules allow the move; else the rule that forbids it, in words. */
  guard?: (view: GameView, params: Params) => Message | null;
  /** For the board's motions: the vote that carries it (a majority of the seated directors, each by her resolve). */
  vote?: (view: GameView, params: Params) => VoteKind;
  effect: (ctx: TurnContext, params: Params) => void;
}

export const NO_PARAMS: Params[] = [{}];

export const rule = (key: string, vars?: Message['vars']): Message => (vars ? { key: `rule.${key}`, vars } : { key: `rule.${key}` });

/**
 * One party's moves, with each move's states checked against that party's machine. Each is rebuilt with every field
 * present (undefined where a move has none), in one order: every move then has the same shape, and the legal moves,
 * which read the fields of every move for every party every turn, read them at the speed of one shape, not of forty.
 */
export function defineMoves<P extends PartyId>(_party: P, moves: MoveDef<P>[]): MoveDef[] {
  return moves.map((m) => ({
    id: m.id,
    party: m.party,
    states: m.states,
    stance: m.stance,
    concepts: m.concepts,
    options: m.options,
    guard: m.guard,
    vote: m.vote,
    effect: m.effect,
  })) as unknown as MoveDef[];
}
