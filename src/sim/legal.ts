// Which moves a party has now, and which the rules forbid.
import { likelyChanges } from './hints.ts';
import type { PartyId } from './ids.ts';
import { MOVES, MOVES_BY_PARTY, type MoveDef, type Params } from './moves/index.ts';
import type { GameView } from './turn-context.ts';
import type { Message, MoveCard } from './types.ts';

export interface Choice {
  move: string;
  params: Params;
}

const offeredIn = (m: MoveDef, view: GameView) => (m.states as readonly string[]).includes(view.parties[m.party]);

/** Parameters compared by value; lists in any order ("Taylor and Summers" is "Summers and Taylor"). */
function canonical(params: Params | undefined): string {
  const p = params ?? {};
  return JSON.stringify(
    Object.keys(p)
      .sort()
      .map((k) => [k, Array.isArray(p[k]) ? [...(p[k] as unknown[])].map(String).sort() : p[k]]),
  );
}

export const sameParams = (a: Params | undefined, b: Params | undefined): boolean => canonical(a) === canonical(b);

/** Every (move, parameters) pair a party may play now. */
export function legalChoices(view: GameView, party: PartyId): Choice[] {
  const out: Choice[] = [];
  if (view.turn === -1 && party !== 'board') return out;
  for (const m of MOVES_BY_PARTY[party]) {
    if (!offeredIn(m, view)) continue;
    for (const params of m.options ? m.options(view) : [{}]) {
      if (!m.guard || m.guard(view, params) === null) out.push({ move: m.id, params });
    }
  }
  return out;
}

/** Why a move cannot be played now, in words; null when it can. */
/**
 * The rules that can change within a turn: the party's state and the move's guard. A move chosen at the start of
 * a turn is checked again with this when it resolves, after the moves before it in the order.
 */
export function stillAllowed(view: GameView, m: MoveDef, params: Params): Message | null {
  if (!offeredIn(m, view)) return { key: 'rule.wrong-state', vars: { party: m.party, state: view.parties[m.party] } };
  return m.guard ? m.guard(view, params) : null;
}

export function blockOf(view: GameView, party: PartyId, move: string, params: Params = {}): Message | null {
  const m = MOVES.get(move);
  if (!m) return { key: 'rule.unknown-move', vars: { move } };
  if (m.party !== party) return { key: 'rule.not-your-move', vars: { move, party } };
  if (view.turn === -1 ? move !== 'board.remove-ceo' : move === 'board.remove-ceo') return { key: 'rule.prologue-only' };
  const block = stillAllowed(view, m, params);
  if (block) return block;
  // Only the choices the move offers: no interim CEO called "nobody", no director named twice, no deadline in the past.
  const offered = m.options ? m.options(view) : [{}];
  return offered.some((o) => sameParams(o, params)) ? null : { key: 'rule.bad-params', vars: { move } };
}

/** The party's whole hand for the interface: every move of its current state, blocked ones with their rule. */
export function moveMenu(view: GameView, party: PartyId): MoveCard[] {
  const cards: MoveCard[] = [];
  for (const m of MOVES_BY_PARTY[party]) {
    if (!offeredIn(m, view)) continue;
    if (view.turn === -1 ? m.id !== 'board.remove-ceo' : m.id === 'board.remove-ceo') continue;
    const all = m.options ? m.options(view) : [{}];
    const options = m.guard ? all.filter((p) => m.guard!(view, p) === null) : all;
    const blocked = options.length > 0 ? null : all.length > 0 && m.guard ? m.guard(view, all[0]) : { key: 'rule.no-options' };
    const shown = options.length ? options : all;
    const likely = blocked || shown.length === 0 ? [] : likelyChanges(view, m.id, shown[0]);
    cards.push({ move: m.id, party, concepts: [...m.concepts], blocked, options: shown, likely });
  }
  return cards;
}
