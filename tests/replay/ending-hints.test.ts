// Every ending has a hint: a seat a person can play, moves that seat has, a switch the rulebook has, and the words in
// both languages naming them through their own texts.
import { describe, expect, it } from 'vitest';
import { MOVES, OUTCOMES, PLAYABLE_PARTIES, RULE_SWITCHES } from '../../src/sim/index.ts';
import { ENDING_HINTS } from '../../src/replay/ending-hints.ts';
import { LANGS, TABLES } from '../../src/text/index.ts';

describe('the endings’ hints', () => {
  it('name, for every ending, a playable seat, its own moves and a switch of the rulebook', () => {
    expect(Object.keys(ENDING_HINTS).sort()).toEqual([...OUTCOMES].sort());
    for (const [id, hint] of Object.entries(ENDING_HINTS)) {
      expect(PLAYABLE_PARTIES, id).toContain(hint.seat);
      expect(hint.moves.length, id).toBeGreaterThan(0);
      for (const m of hint.moves) expect(MOVES.get(m)?.party, `${id}: ${m}`).toBe(hint.seat);
      if (hint.rule) expect(RULE_SWITCHES).toContain(hint.rule);
    }
  });

  it('are worded in both languages with the seat, the moves and the switch filled in', () => {
    for (const lang of LANGS) {
      for (const [id, hint] of Object.entries(ENDING_HINTS)) {
        const text = TABLES[lang][`ui.replay.hint.${id}`];
        expect(text, `${lang} ${id}`).toBeTruthy();
        expect(text).toContain('{seat}');
        expect(text).toContain('{moves}');
        expect(text.includes('{rule}'), `${lang} ${id}: {rule}`).toBe(hint.rule !== null);
      }
    }
  });
});
