// Which moves a party has now, and which the rules forbid.
import { boardVoteBlock, boardWouldPass } from './board-vote.ts';
import { PROLOGUE_TURN } from './clock.ts';
import { likelyChanges } from './hints.ts';
import { PARTIES, type PartyId } from './ids.ts';
import { MOVES, MOVES_BY_PARTY, type MoveDef, type Params } from './moves/index.ts';
import { partyStates } from './parties/index.ts';
import type { GameView } from './turn-context.ts';
import type { Message, MoveCard } from './types.ts';

export interface Choice {
  move: string;
  params: Params;
}

const offeredIn = (m: MoveDef, view: GameView) => (m.states as readonly string[]).includes(view.parties[m.party]);

/** Each party's moves in each state of its machine, in the catalogue's order: fixed by the definitions, so listed once. */
const OFFERED = {} as Record<PartyId, ReadonlyMap<string, readonly MoveDef[]>>;
for (const party of PARTIES) {
  const byState = new Map<string, readonly MoveDef[]>();
  for (const state of partyStates(party)) byState.set(state, MOVES_BY_PARTY[party].filter((m) => (m.states as readonly string[]).includes(state)));
  OFFERED[party] = byState;
}

/** The moves a party's state offers it now (guards, options and votes aside). */
const movesOffered = (view: GameView, party: PartyId): readonly MoveDef[] => OFFERED[party].get(view.parties[party]) ?? [];

/** Parameters compared by value; lists in any order ("Taylor and Summers" is "Summers and Taylor"). */
function canonical(params: Params | undefined): string {
  const p = params ?? {};
  return JSON.stringify(
    Object.keys(p)
      .sort()
      .map((k) => [k, Array.isArray(p[k]) ? [...(p[k] as unknown[])].map(String).sort() : p[k]]),
  );
}

/** The very same object needs no comparing: a move chosen from the legal choices is usually checked against its own options. */
export const sameParams = (a: Params | undefined, b: Params | undefined): boolean => a === b || canonical(a) === canonical(b);

/** Every (move, parameters) pair a party may play now. */
export function legalChoices(view: GameView, party: PartyId): Choice[] {
  const out: Choice[] = [];
  if (view.turn === PROLOGUE_TURN && party !== 'board') return out;
  for (const m of movesOffered(view, party)) {
    for (const params of m.options ? m.options(view) : [{}]) {
      if (allows(m, view, params)) out.push({ move: m.id, params });
    }
  }
  return out;
}

/**
 * Whether the move's own rules and vote allow it: allowedBy's answer without the words of a refusal, which the legal
 * moves (asked for every option of every move, every turn, by every simulated party) would only throw away.
 */
function allows(m: MoveDef, view: GameView, params: Params): boolean {
  if (m.guard && m.guard(view, params) !== null) return false;
  return !m.vote || boardWouldPass(view, m.vote(view, params));
}

/** The move's own rules and, for a motion of the board, its vote. */
function allowedBy(m: MoveDef, view: GameView, params: Params): Message | null {
  const block = m.guard ? m.guard(view, params) : null;
  if (block || !m.vote) return block;
  return boardVoteBlock(view, m.vote(view, params));
}

/**
 * The rules that can change within a turn: the party's state and the move's guard. A move chosen at the start of
 * a turn is checked again with this when it resolves, after the moves before it in the order.
 */
export function stillAllowed(view: GameView, m: MoveDef, params: Params): Message | null {
  if (!offeredIn(m, view)) return { key: 'rule.wrong-state', vars: { party: m.party, state: view.parties[m.party] } };
  return allowedBy(m, view, params);
}

export function blockOf(view: GameView, party: PartyId, move: string, params: Params = {}): Message | null {
  const m = MOVES.get(move);
  if (!m) return { key: 'rule.unknown-move', vars: { move } };
  if (m.party !== party) return { key: 'rule.not-your-move', vars: { move, party } };
  if (view.turn === PROLOGUE_TURN ? move !== 'board.remove-ceo' : move === 'board.remove-ceo') return { key: 'rule.prologue-only' };
  const block = stillAllowed(view, m, params);
  if (block) return block;
  // Only the choices the move offers: no interim CEO called "nobody", no director named twice, no deadline in the past.
  const offered = m.options ? m.options(view) : [{}];
  return offered.some((o) => sameParams(o, params)) ? null : { key: 'rule.bad-params', vars: { move } };
}

/** The party's whole hand for the interface: every move of its current state, blocked ones with their rule. */
export function moveMenu(view: GameView, party: PartyId): MoveCard[] {
  const cards: MoveCard[] = [];
  for (const m of movesOffered(view, party)) {
    if (view.turn === PROLOGUE_TURN ? m.id !== 'board.remove-ceo' : m.id === 'board.remove-ceo') continue;
    const all = m.options ? m.options(view) : [{}];
    const options = all.filter((p) => allows(m, view, p));
    const blocked = options.length > 0 ? null : all.length > 0 ? allowedBy(m, view, all[0]) : { key: 'rule.no-options' };
    const shown = options.length ? options : all;
    const likely = blocked || shown.length === 0 ? [] : likelyChanges(view, m.id, shown[0]);
    cards.push({ move: m.id, party, concepts: [...m.concepts], blocked, options: shown, likely });
  }
  return cards;
}
