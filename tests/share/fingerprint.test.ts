// A branch's fingerprint names its game: any change of what happened changes it, while the wording of the news and
// the order of a record's fields do not (so a code survives a rewording of the game's texts).
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/share/index.ts';
import { runGame, type GameState } from '../../src/sim/index.ts';

const game = runGame({ seed: 11 });
const reversed = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;

describe('fingerprint', () => {
  it('is the same for the same game played twice', () => {
    expect(fingerprint(runGame({ seed: 11 }))).toBe(fingerprint(game));
  });

  it('ignores the news and the order of fields', () => {
    const reworded: GameState = {
      ...reversed(game),
      log: game.log.map((r) => ({ ...reversed(r), news: [], metrics: reversed(r.metrics), states: reversed(r.states) })),
    };
    expect(fingerprint(reworded)).toBe(fingerprint(game));
  });

  it('changes with any number, state, move, seat or seed of the game', () => {
    const at = 3;
    const changed = (change: (r: GameState['log'][number]) => GameState['log'][number]) => ({ ...game, log: game.log.map((r, i) => (i === at ? change(r) : r)) });
    const others: GameState[] = [
      changed((r) => ({ ...r, metrics: { ...r.metrics, continuity: r.metrics.continuity + 1 } })),
      changed((r) => ({ ...r, states: { ...r.states, board: 'resigned' } })),
      changed((r) => ({ ...r, moves: r.moves.slice(1) })),
      { ...game, controllers: { ...game.controllers, employees: 'human' } },
      { ...game, seed: 12 },
    ];
    for (const other of others) expect(fingerprint(other)).not.toBe(fingerprint(game));
  });
});
