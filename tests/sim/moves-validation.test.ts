// validateMove, moveMenu and legalChoices: the three views of "what may this party play now" agree, and a move
// outside the catalogue, of another party, or out of its state is refused with the rule in words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/content/index.ts';
import { legalChoices, moveMenu, MOVES_BY_PARTY, PARTIES, playTurn, POLICIES, RULE_SWITCHES, runGame, validateMove } from '../../src/sim/index.ts';
import type { GameState, PartyId, PlayedMove, PolicyId } from '../../src/sim/index.ts';
import { afterRemoval, game, turnWith } from './helpers.ts';

describe('validateMove on moves and parties it does not know', () => {
  it('an unknown move is refused with rule.unknown-move', () => {
    const b = validateMove(afterRemoval(), { party: 'board', move: 'board.fly-to-the-moon' });
    expect(b).toEqual({ key: 'rule.unknown-move', vars: { move: 'board.fly-to-the-moon' } });
    expect(formatMessage(b!)).toMatch(/^there is no move "/);
  });

  it('an unknown party is refused with rule.unknown-party', () => {
    const b = validateMove(afterRemoval(), { party: 'nobody' as PartyId, move: 'board.hold-firm' });
    expect(b).toEqual({ key: 'rule.unknown-party', vars: { party: 'nobody' } });
    expect(formatMessage(b!)).toMatch(/^there is no party "/);
  });

  it('the rules for an unknown move or party name what was given', () => {
    const move = validateMove(afterRemoval(), { party: 'board', move: 'board.fly-to-the-moon' });
    expect(formatMessage(move!)).toBe('there is no move "board.fly-to-the-moon"');
    const party = validateMove(afterRemoval(), { party: 'nobody' as PartyId, move: 'board.hold-firm' });
    expect(formatMessage(party!)).toBe('there is no party "nobody"');
  });

  it('another party’s move: "… is not a move of …"', () => {
    const b = validateMove(afterRemoval(), { party: 'altman', move: 'board.hold-firm' });
    expect(b).toEqual({ key: 'rule.not-your-move', vars: { move: 'board.hold-firm', party: 'altman' } });
    expect(formatMessage(b!)).toBe('"Hold firm" is not a move of Altman and Brockman');
  });

  it('a move its party’s state does not offer names the state in words', () => {
    const b = validateMove(afterRemoval(), { party: 'employees', move: 'employees.issue-ultimatum', params: { deadline: 1 } });
    expect(b).toEqual({ key: 'rule.wrong-state', vars: { party: 'employees', state: 'stunned' } });
    expect(formatMessage(b!)).toBe('The employees: not while stunned');
  });

  it('any move once the game is over: "the game is over"', () => {
    const over = runGame({ seed: 2 });
    const b = validateMove(over, { party: 'altman', move: 'altman.wait' });
    expect(b).toEqual({ key: 'rule.game-over' });
    expect(formatMessage(b!)).toBe('the game is over');
  });

  it('parameters a move does not offer are refused', () => {
    const s = afterRemoval();
    expect(validateMove(s, { party: 'board', move: 'board.appoint-interim', params: { interim: 'nobody' } })).not.toBeNull();
    expect(validateMove(s, { party: 'board', move: 'board.name-directors', params: { directors: ['taylor', 'taylor'] } })).not.toBeNull();
    expect(validateMove(s, { party: 'altman', move: 'altman.set-deadline', params: { deadline: -5 } })).not.toBeNull();
  });

  it('playTurn refuses to play a human party’s turn without its move', () => {
    const s = game({ humanBoard: true });
    expect(() => playTurn(s, {})).toThrow(/No move was given for board/);
  });
});

describe('moveMenu, legalChoices and validateMove agree', () => {
  const setupArb = fc.record({
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    rules: fc.subarray([...RULE_SWITCHES]),
    policy: fc.constantFrom(...POLICIES),
    turns: fc.integer({ min: 0, max: 20 }),
  });

  /** A game some turns in, under one policy for all. */
  function position(seed: number, rules: (typeof RULE_SWITCHES)[number][], policy: PolicyId, turns: number): GameState {
    let s = game({ seed, rules, policies: Object.fromEntries(PARTIES.map((p) => [p, policy])) });
    while (!s.outcome && s.turn < turns) s = playTurn(s, {});
    return s;
  }

  it('a card is open exactly when its move is among the legal choices; every legal choice validates; a blocked card’s rule is validateMove’s', () => {
    fc.assert(
      fc.property(setupArb, ({ seed, rules, policy, turns }) => {
        const s = position(seed, rules, policy, turns);
        if (s.outcome) return;
        for (const party of PARTIES) {
          const choices = legalChoices(s, party);
          const menu = moveMenu(s, party);
          const open = new Set(menu.filter((c) => c.blocked === null).map((c) => c.move));
          expect(new Set(choices.map((c) => c.move))).toEqual(open);
          for (const c of choices) expect(validateMove(s, { party, move: c.move, params: c.params }), c.move).toBeNull();
          for (const card of menu) {
            expect(MOVES_BY_PARTY[party].some((m) => m.id === card.move)).toBe(true);
            if (card.blocked) {
              // A move with nothing left to choose (say, every candidate director already named) is blocked as such.
              if (card.options.length === 0) expect(card.blocked).toEqual({ key: 'rule.no-options' });
              else expect(validateMove(s, { party, move: card.move, params: card.options[0] })).toEqual(card.blocked);
            } else {
              for (const o of card.options) expect(validateMove(s, { party, move: card.move, params: o }), `${card.move} ${JSON.stringify(o)}`).toBeNull();
            }
          }
          // Moves the party's state does not offer are not on the menu, and are refused as such.
          for (const m of MOVES_BY_PARTY[party]) {
            if (menu.some((c) => c.move === m.id) || m.id === 'board.remove-ceo') continue;
            const played: PlayedMove = { party, move: m.id, params: m.options ? (m.options(s)[0] ?? {}) : {} };
            expect(validateMove(s, played)?.key, m.id).toBe('rule.wrong-state');
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('every party that is not waiting for a person always has something legal to do', () => {
    for (let seed = 0; seed < 60; seed++) {
      let s = afterRemoval({ seed });
      while (!s.outcome) {
        for (const party of PARTIES) expect(legalChoices(s, party).length, `seed ${seed} turn ${s.turn} ${party}`).toBeGreaterThan(0);
        s = turnWith(s, {});
      }
    }
  });
});
