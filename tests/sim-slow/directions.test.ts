// The directions a governance scholar expects (GAME.md, "What drives the crisis"), each over 2,000 seeds.
import { beforeAll, describe, expect, it } from 'vitest';
import { altmanSide, returns, show, study, type Study } from './study.ts';

const RUNS = 2000;
let base: Study;
beforeAll(() => {
  base = study(RUNS);
}, 120_000);

describe('directions over 2,000 seeds', () => {
  it('organised, hawkish staff win more for Altman’s side than passive staff; passive staff leave the board holding more often', () => {
    const hawk = study(RUNS, { policies: { employees: 'hawk' } });
    const passive = study(RUNS, { policies: { employees: 'dove' } });
    expect(altmanSide(hawk), `hawk: ${show(hawk)} | passive: ${show(passive)}`).toBeGreaterThan(altmanSide(passive) + 0.15);
    expect(passive.share['board-holds'], `hawk: ${show(hawk)} | passive: ${show(passive)}`).toBeGreaterThan(hawk.share['board-holds'] + 0.1);
  }, 120_000);

  it('removing Microsoft’s offer makes Altman’s return rarer, and the board’s hold likelier', () => {
    const s = study(RUNS, { rules: ['no-microsoft-offer'] });
    expect(returns(s), `${show(s)} | 2023: ${show(base)}`).toBeLessThan(returns(base) - 0.03);
    expect(s.share['board-holds']).toBeGreaterThan(base.share['board-holds']);
  }, 120_000);

  it('notice-required makes the removal fail in a real share of runs (it never fails under the 2023 bylaws)', () => {
    const s = study(RUNS, { rules: ['notice-required'] });
    expect(s.share['removal-fails'], show(s)).toBeGreaterThan(0.05);
    expect(base.share['removal-fails']).toBe(0);
  }, 120_000);

  it('board-explains helps the board hold, and makes Altman’s return rarer', () => {
    const s = study(RUNS, { rules: ['board-explains'] });
    expect(s.share['board-holds'], `${show(s)} | 2023: ${show(base)}`).toBeGreaterThan(base.share['board-holds'] + 0.02);
    expect(returns(s)).toBeLessThan(returns(base));
  }, 120_000);

  it('equity for directors makes them yield sooner: Altman returns more often, and earlier', () => {
    const s = study(RUNS, { rules: ['directors-with-equity'] });
    expect(returns(s), `${show(s)} | 2023: ${show(base)}`).toBeGreaterThan(returns(base) + 0.05);
    expect(s.medianEndOf['return-new-board']).toBeLessThan(base.medianEndOf['return-new-board']);
  }, 120_000);
});
