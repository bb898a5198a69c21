// A saved game one turn before its ending, whatever the person plays in that turn: found by playing seeds in Node, so
// a browser test (or the explorer's bench) reaches the ending screen with one move instead of a whole game.
import { legalChoices, newGame, playTurn, PARTIES, type Controller, type GameState, type PartyId, type PlayablePartyId } from '../../src/sim/index.ts';
import { SAVE_KEY, SAVE_VERSION } from '../../src/storage/save.ts';

function lastTurnWhateverPlayed(seat: PlayablePartyId, seed: number): GameState | null {
  const controllers = Object.fromEntries(PARTIES.map((p) => [p, p === seat ? 'human' : 'default'])) as Record<PartyId, Controller>;
  let s = newGame({ seed, rules: [], controllers });
  for (let i = 0; i < 40 && !s.outcome; i++) {
    const choices = s.turn === -1 && seat !== 'board' ? [] : legalChoices(s, seat);
    const ends = choices.length > 0 && choices.every((c) => playTurn(s, { [seat]: { party: seat, move: c.move, params: c.params } }).outcome);
    // Past the first few turns, so the run has moves to weigh.
    if (ends && s.turn >= 6) return s;
    const c = choices[(seed + i) % Math.max(1, choices.length)];
    s = playTurn(s, c ? { [seat]: { party: seat, move: c.move, params: c.params } } : {});
  }
  return null;
}

/** The save of a game `seat` plays, one turn before an ending that any of its moves reaches. */
export function nearEndingSave(seat: PlayablePartyId = 'employees'): { key: string; value: string; turn: number } {
  for (let seed = 1; seed < 200; seed++) {
    const state = lastTurnWhateverPlayed(seat, seed);
    if (state) {
      const save = { version: SAVE_VERSION, savedAt: new Date().toISOString(), humans: [seat], mode: 'play', state };
      return { key: SAVE_KEY, value: JSON.stringify(save), turn: state.turn };
    }
  }
  throw new Error(`no seed under 200 ends whatever ${seat} plays`);
}
