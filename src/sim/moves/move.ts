// What a move is: where it can be played, what forbids it, what it does, and what it teaches.
import type { ConceptId, MetricId, PartyId } from '../ids.ts';
import type { GameView, TurnContext } from '../turn-context.ts';
import type { Message } from '../types.ts';

export type Params = Record<string, unknown>;

export interface MoveDef {
  id: string;
  party: PartyId;
  /** The party states in which the move is offered at all. */
  states: readonly string[];
  /** How the move leans: hawks favour hard moves, doves soft ones. */
  stance: 'hard' | 'soft' | 'neutral';
  concepts: readonly ConceptId[];
  /** The parameter choices offered now; one empty object when the move takes none. */
  options?: (view: GameView) => Params[];
  /** null when the rules allow the move; else the rule that forbids it, in words. */
  guard?: (view: GameView, params: Params) => Message | null;
  effect: (ctx: TurnContext, params: Params) => void;
}

export const NO_PARAMS: Params[] = [{}];

export const rule = (key: string, vars?: Message['vars']): Message => (vars ? { key: `rule.${key}`, vars } : { key: `rule.${key}` });

export function defineMoves(moves: MoveDef[]): MoveDef[] {
  return moves;
}
