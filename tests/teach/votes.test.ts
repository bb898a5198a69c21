// The board's votes in words: the tally matches the ballots, and each director's vote comes with her reason.
import { describe, expect, it } from 'vitest';
import { votesOf } from '../../src/teach/index.ts';
import { failedRemoval, history, spread } from './runs.ts';

describe('votes in words', () => {
  it('match the ballots: each director’s side, resolve and threshold, and the tally and its result', () => {
    let votes = 0;
    for (const state of spread()) {
      for (const record of state.log) {
        const words = votesOf(record);
        expect(words).toHaveLength(record.votes.length);
        record.votes.forEach((vote, i) => {
          const w = words[i];
          votes++;
          const yes = vote.ballots.filter((b) => b.for).length;
          expect(w.votesFor).toBe(yes);
          expect(w.votesAgainst).toBe(vote.ballots.length - yes);
          expect(w.tally).toContain(`${yes} for, ${vote.ballots.length - yes} against; ${vote.needed} of ${vote.seated} seated directors needed: ${vote.passed ? 'carried' : 'lost'}.`);
          vote.ballots.forEach((b, j) => {
            const text = w.ballots[j].text;
            expect(w.ballots[j].for).toBe(b.for);
            expect(text).toContain(`resolve, ${b.resolve}, is`);
            expect(text).toContain(String(vote.threshold));
            // For "at least" motions a vote for means resolve at or above the threshold; for "below" motions, under it.
            const above = b.resolve >= vote.threshold;
            if (vote.forWhen === 'at-least') expect(text).toMatch(above ? /is at least/ : /is below/);
            else expect(text).toMatch(above ? /or more$/ : /is below/);
          });
        });
      }
    }
    expect(votes).toBeGreaterThan(20);
  });

  it('read as a teacher would say them: “Toner votes to hold: her resolve, 92, is at least 40”', () => {
    const state = history();
    const friday = votesOf(state.log.find((r) => r.turn === 0)!);
    expect(friday[0].tally).toMatch(/^Name an interim CEO \(Mira Murati\): 4 for, 0 against; 3 of 4 seated directors needed: carried\.$/);
    const toner = friday[0].ballots.find((b) => b.director === 'toner')!;
    expect(toner.text).toMatch(/^Toner votes to hold: her resolve, [\d.]+, is at least 40$/);
    const dangelo = friday[0].ballots.find((b) => b.director === 'dangelo')!;
    expect(dangelo.text).toMatch(/^D’Angelo votes to hold: his resolve/);
  });

  it('show the removal that failed under notice: who voted to keep Altman, and that he and Brockman did not vote', () => {
    const state = failedRemoval();
    const [removal] = votesOf(state.log[0]);
    expect(removal.passed).toBe(false);
    expect(removal.tally).toMatch(/^Remove the CEO \(abruptly\): \d for, \d against; 4 of 6 seated directors needed: lost\. Altman and Brockman, whose removal it is, hold seats but do not vote\.$/);
    expect(removal.ballots.some((b) => /votes to keep Altman: (his|her) resolve, [\d.]+, is below 40$/.test(b.text))).toBe(true);
  });

  it('are in French too', () => {
    const state = history();
    const [vote] = votesOf(state.log.find((r) => r.turn === 0)!, 'fr');
    expect(vote.tally).toMatch(/^Nommer un PDG par intérim .*\u00a0: 4 pour, 0 contre\u00a0; 3 voix requises sur 4\u00a0administrateurs en poste\u00a0: adoptée\.$/);
    expect(vote.ballots.find((b) => b.director === 'toner')!.text).toMatch(/^Toner vote pour tenir bon\u00a0: sa détermination, [\d,]+, est d’au moins 40$/);
  });
});
