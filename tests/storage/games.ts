// Real games to save and break: played through the simulation, with people choosing legal moves.
import { legalChoices, newGame, playTurn, PARTIES, type Controller, type GameState, type PartyId, type PlayablePartyId, type PlayedMove, type RuleSwitch } from '../../src/sim/index.ts';
import { SAVE_VERSION } from '../../src/storage/save.ts';
import type { KV } from '../../src/storage/store.ts';

/** localStorage in memory, whose writes can be made to fail. */
export class MemoryKV implements KV {
  data = new Map<string, string>();
  failWrites: 'none' | 'quota' | 'all' = 'none';
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.failWrites === 'quota') throw new DOMException('full', 'QuotaExceededError');
    if (this.failWrites === 'all') throw new Error('write refused');
    this.data.set(k, v);
  }
  removeItem(k: string) { this.data.delete(k); }
  get length() { return this.data.size; }
  key(i: number) { return [...this.data.keys()][i] ?? null; }
}

/** The moves the people at the device choose this turn: for each, one of its legal choices, picked by `pick`. */
export function humanMoves(s: GameState, humans: readonly PartyId[], pick = 0): Partial<Record<PartyId, PlayedMove>> {
  const out: Partial<Record<PartyId, PlayedMove>> = {};
  for (const party of humans) {
    if (s.turn === -1 && party !== 'board') continue;
    const choices = legalChoices(s, party);
    if (choices.length === 0) continue;
    const c = choices[((pick % choices.length) + choices.length) % choices.length];
    out[party] = { party, move: c.move, params: c.params };
  }
  return out;
}

/** A game with `humans` played by people for `turns` turns (or until it ends). */
export function playedGame(o: { seed: number; humans: PlayablePartyId[]; turns: number; rules?: RuleSwitch[] }): GameState {
  const controllers = {} as Record<PartyId, Controller>;
  for (const p of PARTIES) controllers[p] = (o.humans as readonly string[]).includes(p) ? 'human' : 'default';
  let s = newGame({ seed: o.seed, rules: o.rules ?? [], controllers });
  for (let i = 0; i < o.turns && !s.outcome; i++) s = playTurn(s, humanMoves(s, o.humans, o.seed + i));
  return s;
}

export const NOW = Date.UTC(2023, 10, 17, 20, 0, 0);
export const NOW_ISO = new Date(NOW).toISOString();

/** A save as the store writes it. */
export function saveOf(state: GameState, humans: PlayablePartyId[], mode: 'play' | 'watch' = 'play') {
  return { version: SAVE_VERSION, savedAt: NOW_ISO, humans, mode, state };
}

/** Plays the saved game on to its ending with every party simulated: throws if the game cannot go on. */
export function playToEnd(state: GameState): GameState {
  const controllers = {} as Record<PartyId, Controller>;
  for (const p of PARTIES) controllers[p] = 'default';
  let s: GameState = { ...state, controllers };
  for (let i = 0; i < 40 && !s.outcome; i++) s = playTurn(s, {});
  if (!s.outcome) throw new Error(`the game never ends (turn ${s.turn})`);
  return s;
}
