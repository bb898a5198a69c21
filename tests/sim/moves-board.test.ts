// The board's moves: the removal in the prologue, and every later move decided by a majority of seated directors,
// each of whom votes from a resolve that events wear down (Sutskever changed sides once the letter came).
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/content/index.ts';
import { countVote, IllegalMoveError, moveMenu, playTurn, runGame, validateMove } from '../../src/sim/index.ts';
import { HOLD_AT, offerBelow, TALK_BELOW } from '../../src/sim/board-vote.ts';
import type { GameState } from '../../src/sim/index.ts';
import { afterRemoval, changesBy, director, game, historicalUntil, last, newsKeys, turnWith, withWorld } from './helpers.ts';

const TERMS = (directorsLeave: number) => ({ investigation: true, directorsLeave, altmanOffBoard: true });
const ids = (ds: { id: string }[]) => ds.map((d) => d.id).sort();

describe('the board vote (countVote)', () => {
  it('after the removal, four directors sit and three are needed; all four hold', () => {
    const s = afterRemoval({ seed: 5 });
    const v = countVote(s, 'hold');
    expect(v.seated).toBe(4);
    expect(v.needed).toBe(3);
    expect(ids(v.for)).toEqual(['dangelo', 'mccauley', 'sutskever', 'toner']);
    expect(v.passes).toBe(true);
    // Altman and Brockman lost their seats with the removal.
    expect(s.world.directors.filter((d) => d.id === 'altman' || d.id === 'brockman').every((d) => !d.seated)).toBe(true);
  });

  it('counts a majority of the directors still seated, not of the original board', () => {
    const two = withWorld(afterRemoval(), (w) => {
      director(w, 'toner').seated = false;
      director(w, 'mccauley').seated = false;
    });
    const v = countVote(two, 'review');
    expect(v.seated).toBe(2);
    expect(v.needed).toBe(2);
    let seed = 0;
    while (game({ seed, rules: ['full-board'] }).world.removal === 'failed') seed++;
    // Nine directors; Altman and Brockman lose their seats with the removal.
    const nine = afterRemoval({ seed, rules: ['full-board'] });
    expect(countVote(nine, 'review').seated).toBe(7);
    expect(countVote(nine, 'review').needed).toBe(4);
  });

  it('a director votes to hold at resolve 40 or more, and to talk below 75', () => {
    const s = withWorld(afterRemoval(), (w) => {
      director(w, 'sutskever').resolve = HOLD_AT - 1;
      director(w, 'toner').resolve = HOLD_AT;
      director(w, 'mccauley').resolve = TALK_BELOW;
      director(w, 'dangelo').resolve = TALK_BELOW - 1;
    });
    expect(ids(countVote(s, 'hold').against)).toEqual(['sutskever']);
    expect(ids(countVote(s, 'talk').for)).toEqual(['dangelo', 'sutskever', 'toner']);
  });

  it('Sutskever changes sides the turn the letter goes public in history’s line', () => {
    let s: GameState = historicalUntil(9);
    expect(ids(countVote(s, 'hold').for)).toContain('sutskever');
    while (!s.world.letterPublished) s = playTurn(s, {});
    const record = last(s);
    expect(newsKeys(record)).toContain('news.letter-published.microsoft');
    expect(newsKeys(record)).toContain('news.sutskever-regrets');
    expect(s.world.sutskeverRegrets).toBe(true);
    const vote = countVote(s, 'hold');
    expect(ids(vote.against)).toEqual(['sutskever']);
    // Three still hold: the board can still act, without him.
    expect(vote.passes).toBe(true);
    const regret = record.changes.find((c) => c.cause === 'rule.sutskever-regret' && c.metric === 'resolve');
    expect(regret?.detail).toBe('sutskever');
    expect(Number(regret?.to)).toBeLessThan(HOLD_AT);
  });

  it('a move the majority refuses is blocked with the rule in words, naming who now votes against', () => {
    let s: GameState = historicalUntil(9);
    while (!s.world.sutskeverRegrets) s = playTurn(s, {});
    // Two of the firing directors step down, as they would in a deal: now Sutskever's vote decides.
    const two = withWorld(s, (w) => {
      director(w, 'toner').seated = false;
      director(w, 'mccauley').seated = false;
    });
    const block = validateMove(two, { party: 'board', move: 'board.hold-firm' });
    expect(block).toEqual({ key: 'rule.board-majority', vars: { needed: 2, seated: 2, votesFor: 1, againstDirectors: 'sutskever' } });
    expect(formatMessage(block!)).toBe('needs a majority (2 of 2); Sutskever now votes against');
  });

  it('with four seated, two directors against block a hold: "needs a majority (3 of 4); Sutskever and Toner now vote against"', () => {
    const s = withWorld(afterRemoval(), (w) => {
      director(w, 'sutskever').resolve = 8;
      director(w, 'toner').resolve = 30;
    });
    const block = validateMove(s, { party: 'board', move: 'board.hold-firm' });
    expect(block?.key).toBe('rule.board-majority');
    expect(block?.vars).toMatchObject({ needed: 3, seated: 4, votesFor: 2 });
    expect(formatMessage(block!)).toBe('needs a majority (3 of 4); Sutskever and Toner now vote against');
    // The menu shows the same rule on the card.
    const card = moveMenu(s, 'board').find((c) => c.move === 'board.hold-firm');
    expect(card?.blocked).toEqual(block);
  });

  it('the more directors the terms send away, the softer the board must be to offer them', () => {
    const s = withWorld(afterRemoval(), (w) => w.directors.forEach((d) => (d.resolve = 55)));
    expect(offerBelow(0)).toBeGreaterThan(55);
    expect(offerBelow(3)).toBeLessThanOrEqual(55);
    expect(validateMove(s, { party: 'board', move: 'board.negotiate-return', params: TERMS(0) })).toBeNull();
    expect(validateMove(s, { party: 'board', move: 'board.negotiate-return', params: TERMS(3) })?.key).toBe('rule.board-majority');
  });
});

describe('board.remove-ceo (the prologue)', () => {
  it('is the only move in the prologue, and only there', () => {
    const s = game({ humanBoard: true });
    expect(s.turn).toBe(-1);
    expect(moveMenu(s, 'board').map((c) => c.move)).toEqual(['board.remove-ceo']);
    expect(validateMove(s, { party: 'board', move: 'board.hold-firm' })).toEqual({ key: 'rule.prologue-only' });
    expect(validateMove(afterRemoval(), { party: 'board', move: 'board.remove-ceo', params: { manner: 'abrupt' } })).toEqual({ key: 'rule.prologue-only' });
  });

  it('abrupt: Murati CEO, Altman out, Altman and Brockman off the board, Microsoft blindsided', () => {
    const s = afterRemoval({ seed: 2 });
    expect(s.turn).toBe(0);
    expect(s.world.removal).toBe('abrupt');
    expect(s.world.ceo).toBe('murati');
    expect(s.world.altmanAt).toBe('out');
    expect(s.parties.board).toBe('defending');
    expect(newsKeys(s.log[0])).toContain('news.board.remove-ceo.abrupt');
    const byMove = Object.fromEntries(s.log[0].changes.filter((c) => c.cause === 'board.remove-ceo' && typeof c.to === 'number').map((c) => [c.metric, Number(c.to) - Number(c.from)]));
    expect(byMove).toMatchObject({ microsoftConfidence: -22, boardCredibility: -12, continuity: -6 });
  });

  it('prepared: partners told, a smaller shock, but the staff hear early and start organizing', () => {
    const s = turnWith(game({ humanBoard: true, seed: 2 }), { board: { move: 'board.remove-ceo', params: { manner: 'prepared' } } });
    expect(s.world.removal).toBe('prepared');
    expect(s.world.microsoftConfidence).toBeGreaterThan(afterRemoval({ seed: 2 }).world.microsoftConfidence);
    expect(s.parties.employees).toBe('organizing');
    expect(s.world.signatures).toBeGreaterThanOrEqual(40);
    expect(s.world.signatures).toBeLessThanOrEqual(160);
  });

  it('never fails under the 2023 bylaws: a bare majority acts without notice', () => {
    for (let seed = 0; seed < 300; seed++) expect(game({ seed }).world.removal, `seed ${seed}`).not.toBe('failed');
  });

  describe.each([['notice-required' as const], ['full-board' as const]])('under %s', (rule) => {
    it('sometimes fails over seeds, and a failed removal ends the game at once: removal-fails, not a return', () => {
      let failed = 0;
      let succeeded = 0;
      for (let seed = 0; seed < 200; seed++) {
        // newGame plays a simulated board's prologue at once.
        const g = game({ seed, rules: [rule] });
        if (g.world.removal !== 'failed') {
          succeeded++;
          expect(g.world.removal).toMatch(/abrupt|prepared/);
          continue;
        }
        failed++;
        expect(g.outcome).toEqual({ id: 'removal-fails', turn: -1 });
        expect(g.log).toHaveLength(1);
        expect(g.world.ceo).toBe('altman');
        expect(g.world.altmanAt).toBe('openai');
        const news = g.log[0].news.find((n) => n.msg.key === 'news.removal-failed');
        expect(Number(news?.msg.vars?.yes)).toBeLessThan(Number(news?.msg.vars?.needed));
      }
      expect(failed).toBeGreaterThan(0);
      expect(succeeded).toBeGreaterThan(0);
    });
  });

  it('notice-required asks for a supermajority of the whole board (4 of 6)', () => {
    for (let seed = 0; seed < 60; seed++) {
      const g = game({ seed, rules: ['notice-required'] });
      const news = g.log[0].news.find((n) => n.msg.key === 'news.removal-failed');
      if (news) expect(news.msg.vars?.needed).toBe(4);
    }
  });
});

describe('board.appoint-interim', () => {
  it('Shear replaces Murati: a second interim unsettles the product and resets management', () => {
    const s0 = turnWith(afterRemoval(), { management: { move: 'management.threaten-resign' } });
    expect(s0.parties.management).toBe('in-revolt');
    const s = turnWith(s0, { board: { move: 'board.appoint-interim', params: { interim: 'shear' } } });
    expect(s.world.ceo).toBe('shear');
    expect(s.parties.management).toBe('steadying');
    const c = changesBy(s, 'board.appoint-interim').find((x) => x.metric === 'continuity')!;
    // A second interim in days is churn for the product.
    expect(Number(c.to)).toBeLessThan(Number(c.from));
    expect(newsKeys(last(s))).toContain('news.board.appoint-interim.shear');
  });

  it('appointing Shear while talks are open ends the talks', () => {
    const open = turnWith(withWorld(afterRemoval(), (w) => w.directors.forEach((d) => (d.resolve = 60))), {
      board: { move: 'board.negotiate-return', params: TERMS(0) },
    });
    expect(open.world.talks.open).toBe(true);
    expect(open.parties.altman).toBe('negotiating');
    const s = turnWith(open, { board: { move: 'board.appoint-interim', params: { interim: 'shear' } } });
    expect(s.world.talks.open).toBe(false);
    expect(s.parties.board).toBe('defending');
    expect(s.parties.altman).toBe('ousted');
  });

  it('the interim already in office cannot be appointed again', () => {
    const s = turnWith(afterRemoval(), { board: { move: 'board.appoint-interim', params: { interim: 'shear' } } });
    expect(validateMove(s, { party: 'board', move: 'board.appoint-interim', params: { interim: 'shear' } })?.key).toBe('rule.already-interim');
    // The menu offers only the others.
    const card = moveMenu(s, 'board').find((c) => c.move === 'board.appoint-interim');
    expect(card?.options.map((o) => o.interim)).not.toContain('shear');
  });

  it('the already-interim rule names the interim CEO in words', () => {
    const s = turnWith(afterRemoval(), { board: { move: 'board.appoint-interim', params: { interim: 'shear' } } });
    const block = validateMove(s, { party: 'board', move: 'board.appoint-interim', params: { interim: 'shear' } });
    expect(formatMessage(block!)).toBe('Emmett Shear is already interim CEO');
  });

  it('after two outside candidates decline, a rival lab’s CEO is no longer an option', () => {
    const s = withWorld(afterRemoval(), (w) => (w.rivalCeoDeclined = 2));
    expect(validateMove(s, { party: 'board', move: 'board.appoint-interim', params: { interim: 'rival-ceo' } })).toEqual({ key: 'rule.candidates-declined' });
  });

  it('a rival-lab candidate mostly declines, and each decline is counted', () => {
    let declined = 0;
    let hired = 0;
    for (let seed = 0; seed < 40; seed++) {
      const s = turnWith(afterRemoval({ seed }), { board: { move: 'board.appoint-interim', params: { interim: 'rival-ceo' } } });
      if (s.world.ceo === 'rival-ceo') hired++;
      else {
        declined++;
        expect(s.world.rivalCeoDeclined).toBe(1);
        expect(newsKeys(last(s))).toContain('news.board.appoint-interim.declined');
      }
    }
    expect(declined).toBeGreaterThan(hired);
    expect(hired).toBeGreaterThan(0);
  });
});

describe('board.explain-reasons, board.open-investigation, board.seek-merger: once each', () => {
  it('explaining publishes the hidden reasons once; strong reasons raise credibility', () => {
    const strong = withWorld(afterRemoval(), (w) => (w.reasonsStrength = 90));
    expect(strong.world.reasonsPublished).toBe(false);
    const s = turnWith(strong, { board: { move: 'board.explain-reasons' } });
    expect(s.world.reasonsPublished).toBe(true);
    expect(newsKeys(last(s))).toContain('news.board.explain-reasons.strong');
    const c = changesBy(s, 'board.explain-reasons').find((x) => x.metric === 'boardCredibility')!;
    expect(Number(c.to)).toBeGreaterThan(Number(c.from));
    expect(validateMove(s, { party: 'board', move: 'board.explain-reasons' })).toEqual({ key: 'rule.reasons-already-published' });
  });

  it('under board-explains the strong evidence comes out with the removal: nothing left to explain', () => {
    const s = afterRemoval({ rules: ['board-explains'] });
    expect(s.world.reasonsPublished).toBe(true);
    expect(s.world.reasonsStrength).toBeGreaterThanOrEqual(70);
    expect(s.world.boardCredibility).toBeGreaterThan(afterRemoval().world.boardCredibility);
    expect(validateMove(s, { party: 'board', move: 'board.explain-reasons' })).toEqual({ key: 'rule.reasons-already-published' });
  });

  it('weak reasons, published, cost credibility', () => {
    const weak = withWorld(afterRemoval(), (w) => (w.reasonsStrength = 15));
    const s = turnWith(weak, { board: { move: 'board.explain-reasons' } });
    expect(newsKeys(last(s))).toContain('news.board.explain-reasons.weak');
    const c = changesBy(s, 'board.explain-reasons').find((x) => x.metric === 'boardCredibility')!;
    expect(Number(c.to)).toBeLessThan(Number(c.from));
  });

  it('an investigation opens once', () => {
    const s = turnWith(afterRemoval(), { board: { move: 'board.open-investigation' } });
    expect(s.world.investigationOpened).toBe(true);
    expect(validateMove(s, { party: 'board', move: 'board.open-investigation' })).toEqual({ key: 'rule.investigation-open' });
  });

  it('a rival lab answers a merger approach once, a turn later; when it accepts, the game ends in a merger', () => {
    let accepted: GameState | null = null;
    for (let seed = 0; seed < 60 && !accepted; seed++) {
      const s = turnWith(afterRemoval({ seed }), { board: { move: 'board.seek-merger' } });
      expect(s.world.mergerApproached).toBe(true);
      expect(s.world.mergerAgreed).toBe(false);
      expect(validateMove(s, { party: 'board', move: 'board.seek-merger' })).toEqual({ key: 'rule.merger-pending' });
      if (s.outcome) continue;
      const answered = turnWith(s, { board: { move: 'board.stay-silent' } });
      if (answered.world.mergerAgreed) accepted = answered;
      else if (!answered.outcome) expect(validateMove(answered, { party: 'board', move: 'board.seek-merger' })).toEqual({ key: 'rule.merger-answered' });
    }
    expect(accepted).not.toBeNull();
    expect(accepted!.outcome).toEqual({ id: 'merger', turn: 1 });
  });

  it('a rival will not merge with a company whose staff have mostly signed the letter', () => {
    for (let seed = 0; seed < 30; seed++) {
      const s = turnWith(withWorld(afterRemoval({ seed }), (w) => (w.signatures = 400)), { board: { move: 'board.seek-merger' } });
      if (s.outcome) continue;
      const answered = turnWith(s, { board: { move: 'board.stay-silent' } });
      expect(answered.world.mergerAgreed).toBe(false);
    }
  });
});

describe('board.hold-firm, board.negotiate-return, board.agree-to-resign', () => {
  it('holding firm entrenches the board, collapses talks and raises investor pressure', () => {
    const soft = withWorld(afterRemoval(), (w) => w.directors.forEach((d) => (d.resolve = 60)));
    const talking = turnWith(soft, { board: { move: 'board.negotiate-return', params: TERMS(1) } });
    expect(talking.world.talks.onTable).toEqual(TERMS(1));
    const held = turnWith(talking, { board: { move: 'board.hold-firm' } });
    expect(held.parties.board).toBe('entrenched');
    expect(held.parties.altman).toBe('ousted');
    expect(held.world.talks.open).toBe(false);
    expect(held.world.talks.onTable).toBeNull();
    const p = changesBy(held, 'board.hold-firm').find((c) => c.metric === 'investorPressure')!;
    expect(Number(p.to)).toBeGreaterThan(Number(p.from));
  });

  it('negotiating puts terms on the table and moves talks forward', () => {
    const soft = withWorld(afterRemoval(), (w) => w.directors.forEach((d) => (d.resolve = 50)));
    const s = turnWith(soft, { board: { move: 'board.negotiate-return', params: TERMS(2) } });
    expect(s.parties.board).toBe('negotiating');
    expect(s.parties.altman).toBe('negotiating');
    expect(s.world.talks.open).toBe(true);
    // 10 + 8 per director leaving + a draw of up to 10.
    expect(s.world.talks.progress).toBeGreaterThanOrEqual(26);
    expect(s.world.talks.progress).toBeLessThan(36);
  });

  it('agreeing to resign sets a deadline and offers all four seats; agreeing twice is refused; reneging costs credibility', () => {
    const soft = withWorld(afterRemoval(), (w) => w.directors.forEach((d) => (d.resolve = 50)));
    const s = turnWith(soft, { board: { move: 'board.agree-to-resign', params: { deadline: 1 } } });
    expect(s.world.boardAgreedToResign).toBe(true);
    // From Friday afternoon the next 17:00 is Saturday's (turn 4); the one after, Sunday's (turn 8).
    expect(s.world.deadlines).toContainEqual({ kind: 'board-resignation', turn: 8, at: '2023-11-19T17:00-08:00', setBy: 'board' });
    expect(s.world.talks.onTable?.directorsLeave).toBe(4);
    expect(validateMove(s, { party: 'board', move: 'board.agree-to-resign', params: { deadline: 1 } })).toEqual({ key: 'rule.already-agreed' });
    const reneged = turnWith(s, { board: { move: 'board.hold-firm' } });
    expect(reneged.world.boardAgreedToResign).toBe(false);
    expect(newsKeys(last(reneged))).toContain('news.board.hold-firm.reneged');
  });

  it('a missed resignation deadline passes with a cost to the board', () => {
    const soft = withWorld(afterRemoval(), (w) => w.directors.forEach((d) => (d.resolve = 50)));
    let s = turnWith(soft, { board: { move: 'board.agree-to-resign', params: { deadline: 0 } } });
    // From Friday afternoon, the next 17:00 falls on Saturday (turn 4): it passes at that turn's end.
    const due = s.world.deadlines.find((d) => d.kind === 'board-resignation')!.turn;
    while (s.turn <= due) {
      expect(s.world.boardAgreedToResign).toBe(true);
      s = turnWith(s, {});
    }
    expect(s.world.boardAgreedToResign).toBe(false);
    expect(newsKeys(last(s))).toContain('news.deadline.board-missed');
    expect(changesBy(s, 'rule.deadline.board-resignation').map((c) => c.metric)).toEqual(['boardCredibility', 'investorPressure']);
  });

  it('a resolute board refuses to agree to resign (it votes to talk only below 75)', () => {
    const hard = withWorld(afterRemoval(), (w) => w.directors.forEach((d) => (d.resolve = 90)));
    expect(validateMove(hard, { party: 'board', move: 'board.agree-to-resign', params: { deadline: 1 } })?.key).toBe('rule.board-majority');
  });
});

describe('board.name-directors', () => {
  it('an entrenched board names allies, a board in talks names independents', () => {
    const base = withWorld(afterRemoval(), (w) => w.directors.forEach((d) => (d.resolve = 50)));
    // A board defending its decision names people of its own choosing; the compromise slate is not its to use.
    expect(validateMove(base, { party: 'board', move: 'board.name-directors', params: { directors: ['taylor'] } })).toEqual({ key: 'rule.unknown-director' });
    const allies = turnWith(base, { board: { move: 'board.name-directors', params: { directors: ['safety-researcher', 'governance-scholar'] } } });
    expect(newsKeys(last(allies))).toContain('news.board.name-directors.allies');
    for (const id of ['safety-researcher', 'governance-scholar']) expect(director(allies.world, id)).toMatchObject({ seated: true, joinedLater: true });
    expect(director(allies.world, 'safety-researcher').resolve).toBeGreaterThanOrEqual(45);

    const talking = turnWith(base, { board: { move: 'board.negotiate-return', params: TERMS(2) } });
    const independents = turnWith(talking, { board: { move: 'board.name-directors', params: { directors: ['taylor', 'summers'] } } });
    expect(newsKeys(last(independents))).toContain('news.board.name-directors');
    expect(director(independents.world, 'taylor').resolve).toBeLessThan(40);
    expect(countVote(independents, 'review').seated).toBe(6);
  });

  it('refuses an empty list, someone outside the pool, or a director already named', () => {
    const s = afterRemoval();
    const v = (directors: unknown) => validateMove(s, { party: 'board', move: 'board.name-directors', params: { directors } });
    expect(v([])).toEqual({ key: 'rule.no-directors-chosen' });
    expect(v(['musk'])).toEqual({ key: 'rule.unknown-director' });
    const named = turnWith(s, { board: { move: 'board.name-directors', params: { directors: ['safety-researcher'] } } });
    expect(validateMove(named, { party: 'board', move: 'board.name-directors', params: { directors: ['safety-researcher'] } })).toEqual({ key: 'rule.director-already-named' });
  });
});

describe('refused moves in playTurn', () => {
  it('playTurn throws IllegalMoveError with the rule, and the state passed in is untouched', () => {
    const s = withWorld(afterRemoval(), (w) => {
      director(w, 'sutskever').resolve = 8;
      director(w, 'toner').resolve = 30;
    });
    const before = JSON.stringify(s);
    let error: unknown;
    try {
      playTurn(s, { board: { party: 'board', move: 'board.hold-firm' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalMoveError);
    expect((error as IllegalMoveError).reason.key).toBe('rule.board-majority');
    expect((error as IllegalMoveError).played).toMatchObject({ party: 'board', move: 'board.hold-firm' });
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('the board’s votes in the record', () => {
  it('every motion records its tally: each seated director’s ballot, cast from her resolve against the motion’s threshold', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const g = runGame({ seed });
      for (const r of g.log) {
        for (const vote of r.votes) {
          // The removal's subjects, Altman and Brockman, sit but do not vote on it.
          if (vote.kind === 'remove') expect(vote.ballots.length).toBe(vote.seated - 2);
          else expect(vote.ballots).toHaveLength(vote.seated);
          for (const b of vote.ballots) expect(b.for).toBe(vote.forWhen === 'at-least' ? b.resolve >= vote.threshold : b.resolve < vote.threshold);
          expect(vote.passed).toBe(vote.ballots.filter((b) => b.for).length >= vote.needed);
          // A motion that resolved had its majority; only the removal can be recorded as failing.
          if (vote.kind !== 'remove') expect(vote.passed).toBe(true);
        }
        for (const m of r.moves.filter((x) => x.party === 'board' && x.move !== 'board.stay-silent')) {
          if (r.news.some((n) => n.msg.key === 'news.move-failed')) continue;
          expect(r.votes.map((v) => v.move), `turn ${r.turn}`).toContain(m.move);
        }
      }
    }
  });

  it('a failed removal under notice-required is recorded with the ballots that sank it', () => {
    const failed = Array.from({ length: 80 }, (_, seed) => game({ seed, rules: ['notice-required'] })).find((g) => g.outcome?.id === 'removal-fails')!;
    const vote = failed.log[0].votes[0];
    expect(vote).toMatchObject({ move: 'board.remove-ceo', kind: 'remove', passed: false });
    expect(vote.ballots.filter((b) => b.for).length).toBeLessThan(vote.needed);
  });
});
