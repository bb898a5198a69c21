// The share code names moves by their place in a frozen table: every move of the simulation must have a place, and
// no place may change (a code made today must name the same moves tomorrow).
import { describe, expect, it } from 'vitest';
import { MOVE_TABLE_V1 } from '../../src/share/move-table.ts';
import { ALL_MOVES } from '../../src/sim/index.ts';

describe('the share code’s move table', () => {
  it('has every move of the simulation (a new move is added at the end of src/share/move-table.ts)', () => {
    const missing = ALL_MOVES.map((m) => m.id).filter((id) => !MOVE_TABLE_V1.includes(id));
    expect(missing).toEqual([]);
  });

  it('names each move once, in the form party.move', () => {
    expect(new Set(MOVE_TABLE_V1).size).toBe(MOVE_TABLE_V1.length);
    for (const id of MOVE_TABLE_V1) expect(id).toMatch(/^[a-z]+\.[a-z-]+$/);
  });

  it('keeps the places codes of format 1 were made with', () => {
    expect(MOVE_TABLE_V1.slice(0, 3)).toEqual(['board.remove-ceo', 'board.appoint-interim', 'board.explain-reasons']);
    expect(MOVE_TABLE_V1.indexOf('employees.circulate-letter')).toBe(10);
    expect(MOVE_TABLE_V1.indexOf('management.keep-lights-on')).toBe(48);
  });
});
