// A move's "likely changes" come from its effect (hints.ts), so they cannot contradict it: played from the same
// position, the move moves each hinted number the way its card said.
import { describe, expect, it } from 'vitest';
import { moveMenu, PLAYABLE_PARTIES, playTurn } from '../../src/sim/index.ts';
import type { GameState, Likely, PartyId, TurnRecord } from '../../src/sim/index.ts';
import { afterRemoval, turnWith, withWorld } from './helpers.ts';

/** What the move itself changed in a played turn, in the hint's terms. */
function moved(record: TurnRecord, move: string, metric: Likely['metric']): number {
  let sum = 0;
  for (const c of record.changes) {
    if (c.cause !== move) continue;
    const delta = Number(c.to) - Number(c.from);
    if (metric === 'departures' ? c.metric === 'departures' : c.metric === metric) sum += delta;
  }
  return sum;
}

/** Positions along a default game, turn by turn. */
function statesAlong(seed: number): GameState[] {
  const out: GameState[] = [];
  let s = afterRemoval({ seed });
  while (!s.outcome && s.turn < 16) {
    out.push(s);
    s = playTurn(s, {});
  }
  return out;
}

describe('likely changes', () => {
  it('agree with what the move does when played from the same position', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      for (const s of statesAlong(seed)) {
        for (const party of PLAYABLE_PARTIES as readonly PartyId[]) {
          for (const card of moveMenu(s, party)) {
            if (card.blocked || card.likely.length === 0) continue;
            const after = turnWith(s, { [party]: { move: card.move, params: card.options[0] } });
            const record = after.log[after.log.length - 1];
            for (const l of card.likely) {
              const d = moved(record, card.move, l.metric);
              checked++;
              if (d !== 0 && Math.sign(d) !== (l.direction === 'up' ? 1 : -1)) wrong.push(`seed ${seed} turn ${s.turn} ${card.move} ${l.metric} ${l.direction}: moved ${d}`);
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    // A gamble (a candidate who may decline) can land the other way; the hint is its expected direction.
    expect(wrong.length / checked, wrong.slice(0, 10).join('\n')).toBeLessThan(0.03);
  });

  it('naming Shear is shown costing continuity, and naming allies costing credibility (the cards once said the opposite)', () => {
    // After Friday afternoon, with Murati in office, the first choice is Shear.
    const s = turnWith(afterRemoval(), {});
    const shear = moveMenu(s, 'board').find((c) => c.move === 'board.appoint-interim')!;
    expect(shear.options[0]).toEqual({ interim: 'shear' });
    expect(shear.likely).toContainEqual(expect.objectContaining({ metric: 'continuity', direction: 'down' }));
    const allies = moveMenu(s, 'board').find((c) => c.move === 'board.name-directors')!;
    expect(allies.likely).toContainEqual(expect.objectContaining({ metric: 'boardCredibility', direction: 'down' }));
  });

  it('follow the position: pressing the board moves resolve more once Microsoft has offered the staff a place to go', () => {
    const size = (s: GameState) => moveMenu(s, 'microsoft').find((c) => c.move === 'microsoft.press-board')!.likely.find((l) => l.metric === 'resolve')!.size;
    const bare = size(afterRemoval());
    const offered = size(withWorld(afterRemoval(), (w) => (w.offers.microsoftAllStaff = true)));
    expect(offered).toBeGreaterThan(bare * 3);
  });
});
