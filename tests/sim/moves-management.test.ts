// The interim CEO's and executives' moves: sign the letter, demand the evidence, threaten to resign, keep the lights on.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/content/index.ts';
import { moveMenu, validateMove } from '../../src/sim/index.ts';
import type { GameState } from '../../src/sim/index.ts';
import { afterRemoval, changesBy, last, newsKeys, turnWith, withWorld } from './helpers.ts';

const play = (s: GameState, move: string) => turnWith(s, { management: { move } });
const block = (s: GameState, move: string) => validateMove(s, { party: 'management', move });

describe('management.sign-letter', () => {
  it('needs a letter to sign: "there is no letter to sign yet"', () => {
    const b = block(afterRemoval(), 'management.sign-letter');
    expect(b).toEqual({ key: 'rule.no-letter' });
    expect(formatMessage(b!)).toBe('there is no letter to sign yet');
  });

  it('adds 15 to 40 names, puts management in revolt, and cannot be done twice', () => {
    const s0 = withWorld(afterRemoval(), (w) => (w.signatures = 100));
    const s = play(s0, 'management.sign-letter');
    expect(s.parties.management).toBe('in-revolt');
    const c = changesBy(s, 'management.sign-letter').find((x) => x.metric === 'signatures')!;
    expect(Number(c.to) - Number(c.from)).toBeGreaterThanOrEqual(15);
    expect(Number(c.to) - Number(c.from)).toBeLessThanOrEqual(40);
    expect(block(s, 'management.sign-letter')).toEqual({ key: 'rule.already-in-revolt' });
  });
});

describe('management.demand-evidence', () => {
  it('exposes weak reasons: the board loses credibility (its standing, which weighs on every director in turn)', () => {
    const s = play(withWorld(afterRemoval(), (w) => (w.reasonsStrength = 20)), 'management.demand-evidence');
    expect(s.parties.management).toBe('questioning');
    expect(newsKeys(last(s))).toContain('news.management.demand-evidence');
    const changes = changesBy(s, 'management.demand-evidence');
    const cred = changes.find((c) => c.metric === 'boardCredibility')!;
    expect(Number(cred.from)).toBeGreaterThan(Number(cred.to));
  });

  it('answered by strong evidence (board-explains), it steadies the board instead', () => {
    const s = play(afterRemoval({ rules: ['board-explains'] }), 'management.demand-evidence');
    expect(newsKeys(last(s))).toContain('news.management.demand-evidence.answered');
    const cred = changesBy(s, 'management.demand-evidence').find((c) => c.metric === 'boardCredibility')!;
    expect(Number(cred.to)).toBeGreaterThan(Number(cred.from));
    expect(changesBy(s, 'management.demand-evidence').some((c) => c.metric === 'resolve')).toBe(false);
  });
});

describe('management.threaten-resign and management.keep-lights-on', () => {
  it('threatening to resign costs continuity 7 and puts management in revolt', () => {
    const s = play(afterRemoval(), 'management.threaten-resign');
    expect(s.parties.management).toBe('in-revolt');
    const c = changesBy(s, 'management.threaten-resign').find((x) => x.metric === 'continuity')!;
    expect(Number(c.from)).toBeGreaterThan(Number(c.to));
    // Executives in open revolt cannot threaten again: the threat is spent.
    expect(validateMove(s, { party: 'management', move: 'management.threaten-resign' })).toEqual({ key: 'rule.already-in-revolt' });
  });

  it('keeping the lights on adds 1 to 4 continuity and steadies management', () => {
    const s = play(play(afterRemoval(), 'management.threaten-resign'), 'management.keep-lights-on');
    expect(s.parties.management).toBe('steadying');
    const c = changesBy(s, 'management.keep-lights-on').find((x) => x.metric === 'continuity')!;
    expect(Number(c.to) - Number(c.from)).toBeGreaterThanOrEqual(1 - 0.1);
    expect(Number(c.to) - Number(c.from)).toBeLessThanOrEqual(4 + 0.1);
  });

  it('with Altman restored, only keeping the lights on is left', () => {
    const s = withWorld(afterRemoval(), (w) => {
      w.ceo = 'altman';
      w.altmanAt = 'openai';
    });
    const restored = { ...s, parties: { ...s.parties, management: 'restored' } };
    expect(moveMenu(restored, 'management').map((c) => c.move)).toEqual(['management.keep-lights-on']);
    expect(block(s, 'management.threaten-resign')).toEqual({ key: 'rule.ceo-in-office' });
  });
});
