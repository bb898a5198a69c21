// Every save a real game makes is accepted: whole games under every policy and rulebook switch, checked after each
// turn. A range or a cross-field check too tight would set a player's sound game aside; this is where it shows.
import { describe, expect, it } from 'vitest';
import { LAST_TURN, newGame, PARTIES, playTurn, POLICIES, RULE_SWITCHES, type Controller, type GameState, type PartyId } from '../../src/sim/index.ts';
import { saveProblem } from '../../src/storage/save-schema.ts';
import { humanMoves, playedGame, saveOf } from './games.ts';

describe('saves of real games', () => {
  it('are all accepted, after every turn of 120 simulated games', () => {
    const refused: string[] = [];
    let checked = 0;
    for (let seed = 0; seed < 120; seed++) {
      const controllers = {} as Record<PartyId, Controller>;
      PARTIES.forEach((p, i) => (controllers[p] = POLICIES[(seed + i) % POLICIES.length]));
      const rules = RULE_SWITCHES.filter((_, i) => (seed >> (i % 7)) & 1);
      let s: GameState = newGame({ seed: seed * 2654435761 % 2 ** 32, rules, controllers });
      for (;;) {
        const r = saveProblem(JSON.parse(JSON.stringify(saveOf(s, [], 'watch'))));
        checked++;
        if (!r.ok) refused.push(`seed ${seed} turn ${s.turn}: ${r.reason}`);
        if (s.outcome || s.turn > LAST_TURN) break;
        s = playTurn(s, {});
      }
    }
    expect(refused.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('are all accepted with people playing, each seat and the hot seat', () => {
    const seats = [['board'], ['employees'], ['microsoft'], ['salesforce'], ['altman'], ['board', 'employees', 'microsoft', 'salesforce', 'altman']] as const;
    for (const [i, humans] of seats.entries()) {
      for (let seed = 0; seed < 6; seed++) {
        let s = playedGame({ seed: seed * 7 + i, humans: [...humans], turns: 0, rules: seed % 2 ? ['notice-required'] : [] });
        for (;;) {
          const r = saveProblem(JSON.parse(JSON.stringify(saveOf(s, [...humans]))));
          if (!r.ok) throw new Error(`${humans.join('+')} seed ${seed} turn ${s.turn}: ${r.reason}`);
          if (s.outcome) break;
          s = playTurn(s, humanMoves(s, humans, seed + s.turn));
        }
      }
    }
  });
});
