// What each party knew: the public news so far, and its own private facts; never another party's. The staff never
// learn how strong the board's evidence is before it is published; the board never sees the letter's private count.
import { describe, expect, it } from 'vitest';
import { controllersOf, newGame, PARTIES, playTurn, type GameState, type PartyId } from '../../src/sim/index.ts';
import { knowledgeAt, knownNow, whyOf } from '../../src/teach/index.ts';
import { explainsAtOnce, history, spread } from './runs.ts';

/** Which parties may hold each private fact (src/teach/knowledge.ts says why). */
const HOLDERS: Record<string, readonly PartyId[]> = {
  evidence: ['board', 'management'],
  resolve: ['board'],
  talks: ['board', 'altman'],
  'letter-count': ['employees'],
  offers: ['microsoft', 'altman', 'salesforce'],
  newco: ['altman', 'investors'],
};

const turnsOf = (s: GameState) => s.log.map((r) => r.turn);
const publishedAt = (s: GameState) => s.log.find((r) => r.news.some((n) => n.msg.key.startsWith('news.board.explain-reasons')))?.turn ?? Infinity;

describe('knowledgeAt', () => {
  const runs = [...spread(), explainsAtOnce(), explainsAtOnce(5)];

  it('never gives a party another party’s private fact', () => {
    for (const state of runs) {
      for (const turn of turnsOf(state)) {
        for (const party of PARTIES) {
          for (const f of knowledgeAt(state, party, turn).private) {
            expect(HOLDERS[f.id], `${f.id} at ${turn}`).toBeDefined();
            expect(HOLDERS[f.id], `${party} holds ${f.id} at turn ${turn}`).toContain(party);
          }
        }
      }
    }
  });

  it('keeps the board’s evidence from the staff until it is published, and gives it to the board from the start', () => {
    for (const state of runs) {
      const strength = state.world.reasonsStrength;
      const published = publishedAt(state);
      for (const turn of turnsOf(state)) {
        const staff = knowledgeAt(state, 'employees', turn);
        const all = [...staff.public, ...staff.private].map((f) => f.text).join('\n');
        if (turn < published) {
          expect(all, `turn ${turn}`).not.toMatch(/publishes its reasons/);
          expect(all).not.toContain(`${strength} of 100`);
          expect(staff.private.some((f) => f.id === 'evidence')).toBe(false);
        }
        const board = knowledgeAt(state, 'board', turn).private.find((f) => f.id === 'evidence')!;
        expect(board.text).toContain(`${strength} of 100`);
      }
    }
  });

  it('shows everyone the published reasons, in the news’ words, the turn they are published', () => {
    const state = explainsAtOnce();
    const staff = knowledgeAt(state, 'employees', 0);
    expect(staff.public.some((f) => /The board publishes its reasons/.test(f.text))).toBe(true);
    expect(staff.private.some((f) => f.id === 'evidence')).toBe(false);
  });

  it('gives the letter’s count before it is public to the staff alone, and the talks to the two sides at the table', () => {
    const state = history();
    // Sunday night on history's line: 505 names gathered, the letter not yet public.
    const staff = knowledgeAt(state, 'employees', 10);
    expect(staff.private.filter((f) => f.id === 'letter-count').map((f) => f.text).join(' ')).toContain('505');
    for (const party of PARTIES.filter((p) => p !== 'employees')) {
      const k = knowledgeAt(state, party, 10);
      expect([...k.public, ...k.private].some((f) => /letter has 505|505 of 770/.test(f.text)), party).toBe(false);
    }
    // Monday morning it is public: everyone sees the 505 names.
    expect(knowledgeAt(state, 'board', 11).public.some((f) => /goes public with 505 signatures/.test(f.text))).toBe(true);
    // Tuesday: the talks' terms and progress, for the board and Altman only.
    for (const party of PARTIES) expect(knowledgeAt(state, party, 15).private.some((f) => f.id === 'talks'), party).toBe(['board', 'altman'].includes(party));
  });

  it('lists the public news so far, each item with its mark, historical items with their source', () => {
    const state = history();
    const k = knowledgeAt(state, 'microsoft', 3);
    const expected = state.log.filter((r) => r.turn <= 3).flatMap((r) => r.news).length;
    expect(k.public).toHaveLength(expected);
    for (const f of k.public) {
      expect(['historical', 'historical-elsewhen', 'simulated']).toContain(f.mark);
      if (f.mark !== 'simulated') expect(f.source).toMatch(/\S/);
    }
    expect(k.public.every((f) => f.turn <= 3)).toBe(true);
    expect(knowledgeAt(state, 'microsoft', 5).public.length).toBeGreaterThan(k.public.length);
  });

  it('in French too', () => {
    const state = history();
    expect(knowledgeAt(state, 'board', 0, 'fr').private.find((f) => f.id === 'evidence')!.text).toMatch(/^Le conseil sait que ses preuves sont/);
  });
});

describe('during play', () => {
  it('works on a game in progress, as a screen asks after each turn: what the seat knew, and why the last turn’s numbers moved', () => {
    const controllers = { ...controllersOf(), employees: 'human' as const };
    let state = newGame({ seed: 4, rules: [], controllers });
    for (let i = 0; i < 3; i++) state = playTurn(state, { employees: { party: 'employees', move: 'employees.circulate-letter', params: {} } });
    expect(state.outcome).toBeNull();
    const last = state.log[state.log.length - 1];
    const k = knowledgeAt(state, 'employees', last.turn);
    expect(k.turn).toBe(2);
    expect(k.private.some((f) => f.id === 'letter-count')).toBe(true);
    expect(knowledgeAt(state, 'board', last.turn).private.some((f) => f.id === 'letter-count')).toBe(false);
    const why = whyOf(last, state);
    expect(why.find((w) => w.metric === 'signatures')!.causes.map((c) => c.id)).toContain('employees.circulate-letter');
  });
});

describe('knownNow', () => {
  it('reveals the hidden facts at the end, and sets history’s hindsight beside them with sources', () => {
    const state = history();
    const now = knownNow(state);
    const evidence = now.hidden.find((f) => f.id === 'evidence')!;
    expect(evidence.text).toContain(`(${state.world.reasonsStrength} of 100), and it was never published`);
    expect(now.hidden.find((f) => f.id === 'resolve')!.text).toMatch(/Sutskever \d+ → 0/);
    expect(now.hidden.find((f) => f.id === 'letter-count')!.text).toContain('505');
    expect(now.hindsight.map((f) => f.id)).toEqual(['review', 'no-one-left', 'tender']);
    for (const f of now.hindsight) {
      expect(f.mark).toBe('historical');
      expect(f.source).toMatch(/\.com/);
    }
  });

  it('names the simulated parties’ tempers, which nobody knew during the run', () => {
    const now = knownNow(spread()[1]);
    expect(now.hidden.find((f) => f.id === 'tempers')!.text).toMatch(/The board: (combative|conciliatory|even-tempered)/);
    expect(knownNow(history()).hidden.some((f) => f.id === 'tempers')).toBe(false);
  });
});
