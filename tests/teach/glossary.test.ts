// The glossary: every concept of GAME.md, in both languages, with the crisis's fact and its source, and words that
// follow the rulebook in force.
import { describe, expect, it } from 'vitest';
import { CONCEPTS, type RuleSwitch } from '../../src/sim/index.ts';
import { boardArithmetic, glossary, NEW_CONCEPTS, TEACHING_CONCEPTS } from '../../src/teach/index.ts';

/** GAME.md's "Teaching" list, in its order. */
const GAME_MD = [
  'nonprofit-control', 'duty-to-mission', 'fiduciary-duty', 'self-perpetuating-board', 'acting-without-notice', 'quorum-and-majority',
  'supermajority', 'key-person-risk', 'employee-leverage', 'investor-rights-without-seat', 'candour-and-communication',
  'interim-leadership', 'board-composition', 'acqui-hire',
];
const text = (rules: RuleSwitch[], id: string, lang: 'en' | 'fr' = 'en') => glossary(rules, lang).find((e) => e.id === id)!.text;

describe('the glossary', () => {
  it('explains every concept of GAME.md, the simulation’s eleven and the three it does not name yet', () => {
    expect([...TEACHING_CONCEPTS]).toEqual(GAME_MD);
    for (const c of CONCEPTS) expect(TEACHING_CONCEPTS).toContain(c);
    expect([...NEW_CONCEPTS].sort()).toEqual(GAME_MD.filter((c) => !(CONCEPTS as readonly string[]).includes(c)).sort());
  });

  it('gives each one a title, a paragraph and the crisis’s fact with its source, in English and in French', () => {
    const en = glossary([], 'en');
    const fr = glossary([], 'fr');
    for (const [i, e] of en.entries()) {
      const f = fr[i];
      expect(f.id).toBe(e.id);
      for (const entry of [e, f]) {
        expect(entry.title.length, entry.id).toBeGreaterThan(3);
        expect(entry.text.length, entry.id).toBeGreaterThan(150);
        expect(entry.fact.text.length, entry.id).toBeGreaterThan(30);
        expect(entry.fact.source, entry.id).toMatch(/\.com|\.ca|\.in|The Information/);
        expect(`${entry.title} ${entry.text} ${entry.fact.text}`, entry.id).not.toMatch(/\{\w+\}|teach\.|concept\./);
      }
      // Translated, not copied.
      expect(f.text).not.toBe(e.text);
      expect(f.fact.text).not.toBe(e.fact.text);
      expect(f.fact.source).toBe(e.fact.source);
    }
  });

  it('under the 2023 bylaws says a majority may act without notice; under notice-required says notice and a supermajority', () => {
    expect(text([], 'acting-without-notice')).toMatch(/majority act without prior notice or a meeting/);
    const notice = text(['notice-required'], 'acting-without-notice');
    expect(notice).not.toMatch(/without prior notice or a meeting/);
    expect(notice).toMatch(/require notice and a meeting.*supermajority of two thirds/);
    expect(text(['notice-required'], 'acting-without-notice', 'fr')).not.toMatch(/sans préavis ni réunion/);
    expect(text(['notice-required'], 'supermajority')).toMatch(/two thirds of the board \(4 of 6\), after notice/);
    expect(text([], 'supermajority')).toMatch(/simple majority/);
  });

  it('counts the seats the rulebook gives: six in 2023, nine with the full board, one more with Microsoft’s seat', () => {
    expect(boardArithmetic([])).toEqual({ seated: 6, removal: 4, after: 4, afterNeeded: 3 });
    expect(boardArithmetic(['full-board'])).toEqual({ seated: 9, removal: 5, after: 7, afterNeeded: 4 });
    expect(boardArithmetic(['full-board', 'notice-required'])).toMatchObject({ seated: 9, removal: 6 });
    expect(boardArithmetic(['microsoft-board-seat'])).toMatchObject({ seated: 7, removal: 4, after: 5, afterNeeded: 3 });
    expect(text([], 'quorum-and-majority')).toMatch(/Here 6 directors sit on Friday morning; removing the CEO takes 4 votes/);
    const full = text(['full-board'], 'quorum-and-majority');
    expect(full).toMatch(/Here 9 directors sit/);
    expect(full).not.toMatch(/all four who acted were needed/);
    expect(text(['full-board'], 'board-composition')).toMatch(/Hoffman, Zilis and Hurd never left: nine directors/);
    expect(text(['full-board'], 'board-composition')).not.toMatch(/six before the firing/);
  });

  it('under directors-with-equity speaks of the directors’ equity where 2023 had none', () => {
    expect(text([], 'fiduciary-duty')).toMatch(/held no equity/);
    const equity = text(['directors-with-equity'], 'fiduciary-duty');
    expect(equity).toMatch(/directors hold equity/);
    expect(equity).not.toMatch(/held no equity/);
    expect(glossary(['directors-with-equity']).filter((e) => e.rules.includes('directors-with-equity')).map((e) => e.id)).toEqual([
      'nonprofit-control', 'duty-to-mission', 'fiduciary-duty',
    ]);
  });

  it('changes no entry under 2023’s rulebook, and only the entries a switch concerns under a switch', () => {
    expect(glossary([]).every((e) => e.rules.length === 0)).toBe(true);
    const seat = glossary(['microsoft-board-seat']);
    expect(seat.find((e) => e.id === 'investor-rights-without-seat')!.text).toMatch(/Microsoft holds a voting seat/);
    expect(seat.find((e) => e.id === 'key-person-risk')!.text).toBe(text([], 'key-person-risk'));
  });
});
