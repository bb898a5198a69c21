// The teaching as the screens use it in play: a Why? asked of a step (or of a turn shown only in part) always finds
// its number and that step's causes; a party knows its own private facts before anything is played; the guided first
// turn shows once per seat, ticks its steps off from the choice in progress and recaps only the log's news; quotes come
// in the seed article's French, with the English beside them in English only.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { moveMenu, newGame, PARTIES, playTurn, stepsOf, type GameState } from '../../src/sim/index.ts';
import { QUOTES } from '../../src/sim/history/news.ts';
import { guideFor, knowledgeAt, quoteLine, quoteShown, SEED_FRENCH, whyOf, type QuoteId } from '../../src/teach/index.ts';
import { newsText } from '../../src/teach/knowledge.ts';
import { HISTORY_NUMBERS } from '../../src/teach/why.ts';
import { changeKey, mergeChanges } from '../../src/dom/view.ts';
import { hasText } from '../../src/text/index.ts';
import { history, spread } from './runs.ts';

describe('Why? on a step of a resolution', () => {
  it('finds every number the step moved (as the screens key it), with that step’s own causes only', () => {
    for (const state of spread().slice(0, 6)) {
      for (const record of state.log) {
        stepsOf(record).forEach((step) => {
          const why = whyOf({ ...record, changes: step.changes }, state);
          const causes = new Set(step.changes.map((c) => c.cause));
          for (const c of mergeChanges(step.changes)) {
            const w = why.find((x) => changeKey({ metric: x.metric, detail: x.detail } as typeof c) === changeKey(c));
            expect(w, `${record.turn} ${changeKey(c)}`).toBeDefined();
            expect(w!.causes.some((x) => x.id === c.cause || x.id === HISTORY_NUMBERS)).toBe(true);
          }
          // Nothing from another step: every move or rule named is one of this step's causes.
          for (const w of why) for (const x of w.causes) if (x.kind === 'move' || (x.kind === 'rule' && x.id !== HISTORY_NUMBERS)) expect(causes).toContain(x.id);
        });
      }
    }
  });

  it('for a turn shown in part, explains only what has been shown', () => {
    const state = history();
    const record = state.log.find((r) => stepsOf(r).length > 2)!;
    const shown = stepsOf(record).slice(0, 1).flatMap((s) => s.changes);
    const why = whyOf({ ...record, changes: shown }, state);
    expect(why.length).toBeGreaterThan(0);
    expect(why.length).toBeLessThanOrEqual(whyOf(record, state).length);
    for (const w of why) expect(shown.some((c) => c.metric === w.metric)).toBe(true);
  });
});

describe('what a party knows before anything is played', () => {
  it('gives the board its evidence on Friday morning, no news, and nobody else anything private', () => {
    const fresh = newGame({ seed: 4, rules: [], controllers: Object.fromEntries(PARTIES.map((p) => [p, p === 'board' ? 'human' : 'default'])) as GameState['controllers'] });
    const board = knowledgeAt(fresh, 'board', -1);
    expect(board.public).toEqual([]);
    expect(board.private.map((f) => f.id)).toContain('evidence');
    for (const p of PARTIES.filter((x) => x !== 'board' && x !== 'management')) expect(knowledgeAt(fresh, p, -1).private.map((f) => f.id)).not.toContain('evidence');
  });
});

describe('the guided first turn', () => {
  const start = (seat: 'board' | 'employees'): GameState => {
    const controllers = Object.fromEntries(PARTIES.map((p) => [p, p === seat ? 'human' : 'default'])) as GameState['controllers'];
    // A seat other than the board starts after the prologue, which the board's policy plays in newGame.
    return newGame({ seed: 9, rules: [], controllers });
  };
  const none = { move: null, option: -1, card: null };

  it('shows for the board on the prologue with nothing to recap, and not once the board has played', () => {
    const s = start('board');
    const g = guideFor(s, 'board', none)!;
    expect(g.recap).toEqual([]);
    expect(g.current).toBe('briefing');
    const card = moveMenu(s, 'board')[0];
    const after = playTurn(s, { board: { party: 'board', move: card.move, params: card.options[0] } });
    expect(guideFor(after, 'board', none)).toBeNull();
  });

  it('recaps for a seat after the prologue exactly the news the log reported, oldest first', () => {
    const s = start('employees');
    const g = guideFor(s, 'employees', none)!;
    const logged = s.log.flatMap((r) => r.news);
    expect(logged.length).toBeGreaterThan(0);
    expect(g.recap.length).toBe(logged.length);
    expect(g.recap.map((r) => r.item)).toEqual(logged);
  });

  it('ticks its steps off from the choice in progress, and points at the first step not taken', () => {
    const s = start('employees');
    const cards = moveMenu(s, 'employees');
    const open = cards.find((c) => !c.blocked && c.options.length > 1) ?? cards.find((c) => !c.blocked)!;
    expect(guideFor(s, 'employees', { ...none, briefed: true })!.current).toBe('move');
    const picked = guideFor(s, 'employees', { move: open.move, option: -1, card: open })!;
    expect(picked.steps.find((x) => x.id === 'move')!.done).toBe(true);
    expect(picked.current).toBe('option');
    const ready = guideFor(s, 'employees', { move: open.move, option: 0, card: open })!;
    expect(ready.current).toBe('end');
    const blocked = cards.find((c) => c.blocked);
    if (blocked) expect(guideFor(s, 'employees', { move: blocked.move, option: 0, card: blocked })!.current).toBe('move');
  });
});

describe('the seed article’s quotes', () => {
  const ids = Object.keys(QUOTES) as QuoteId[];
  const seedFile = '/work/shared/seed/000_25fbabc1a44cbcdb.txt';

  it.skipIf(!existsSync(seedFile))('are the article’s French word for word (its omissions marked […])', () => {
    const seed = readFileSync(seedFile, 'utf8');
    for (const [id, q] of Object.entries(SEED_FRENCH)) {
      for (const part of q!.fr.split('[…]').map((x) => x.trim()).filter(Boolean)) expect(seed, id).toContain(part);
    }
  });

  it('show the French in both languages, the English beside it in English only; a quote the article lacks stays in English', () => {
    for (const id of ids) {
      const q = QUOTES[id];
      const en = quoteShown(q, 'en');
      const fr = quoteShown(q, 'fr');
      expect(en.id).toBe(id);
      if (SEED_FRENCH[id]) {
        expect([en.lang, fr.lang]).toEqual(['fr', 'fr']);
        expect(en.english?.text).toBe(q.text);
        expect(fr.english).toBeUndefined();
      } else {
        expect([en.lang, fr.lang, en.text]).toEqual(['en', 'en', q.text]);
      }
      for (const lang of ['en', 'fr'] as const) expect(hasText(`ui.teach.quote.by.${id}`, lang)).toBe(true);
    }
    expect(ids.filter((id) => SEED_FRENCH[id]).length).toBeGreaterThanOrEqual(6);
  });

  it('reach the news in words: a quoted item reads in French in French, and keeps the English in English', () => {
    const state = history();
    const quoted = state.log.flatMap((r) => r.news).find((n) => n.quote && SEED_FRENCH[quoteShown(n.quote, 'en').id!])!;
    expect(quoted).toBeDefined();
    const fr = newsText(quoted, 'fr');
    const en = newsText(quoted, 'en');
    expect(fr).toContain(quoteLine(quoted.quote!, 'fr'));
    expect(fr).not.toContain(quoted.quote!.text);
    expect(en).toContain(quoted.quote!.text);
  });
});
